/**
 * The real `astro build` stops on bad content and prints the validator's message (file, field,
 * fix); Astro 7 itself would only log a dangling reference and carry on.
 */
import { afterAll, expect, test } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { makeContentTree, removeContentTrees, writeTree } from './support/content-tree';
import { CSF2_CATALOG_FILE } from '../src/lib/csf2-source';
import { buildSite, ROOT, type TestBuild } from './support/build';

const builds: TestBuild[] = [];
afterAll(() => {
  for (const b of builds) b.cleanup();
  removeContentTrees();
});

/** A real `astro build` of a content tree, in its own folder with its own content cache. */
function buildWith(contentDir: string) {
  const b = buildSite({ HICP_CONTENT_DIR: contentDir }, 120_000);
  builds.push(b);
  return { status: b.status, stdout: b.output, stderr: '', dist: b.dist };
}

/** Every file of a build (hosted site and offline copy; Pagefind's hashed index aside), path → bytes. */
function filesOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      const rel = relative(dir, p);
      if (rel === 'cache' || rel === join('dist', 'pagefind')) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out[rel] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

for (const name of ['dangling-practice', 'unknown-id-in-prose']) {
  test(`astro build fails on ${name} with the validator's message`, () => {
    const c = parse(readFileSync(join(ROOT, 'tests', 'bad-content', `${name}.yaml`), 'utf8')) as {
      files: Record<string, string>;
      expect: string[];
    };
    const run = buildWith(makeContentTree(c.files));
    expect(run.status, 'the build should fail').not.toBe(0);
    const output = run.stdout + run.stderr;
    for (const fragment of c.expect) expect(output).toContain(fragment);
  }, 120_000);
}

test('astro build fails on a changed NIST CSF 2.0 catalog version, naming the file and what to check', () => {
  const vendored = readFileSync(join(ROOT, CSF2_CATALOG_FILE), 'utf8');
  expect(vendored).toContain('"version":"1.2.0"');
  const catalog = join(
    writeTree({ 'catalog.json': vendored.replace('"version":"1.2.0"', '"version":"1.3.0"') }),
    'catalog.json',
  );
  const b = buildSite({ HICP_CSF2_CATALOG: catalog }, 120_000);
  builds.push(b);
  expect(b.status, 'the build should fail').not.toBe(0);
  for (const fragment of [
    catalog,
    'field: catalog.metadata.version',
    'problem: the version is 1.3.0; the build is pinned to 1.2.0',
    'marks withdrawn CSF 1.1 elements and links them',
    // The changed bytes are caught too, with where to restore them from.
    'vendor/nist-csf-2.0/README.md',
  ])
    expect(b.output).toContain(fragment);
}, 120_000);

test('redirects in content/redirects.yaml become real redirect pages and anchor aliases', () => {
  const content = makeContentTree({
    'redirects.yaml':
      'pages:\n  - { from: /old-threat/, to: /threats/1/ }\nanchors:\n  - { page: /threats/1/, from: old-what, to: what-it-is }\n',
  });
  const run = buildWith(content);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const dist = run.dist;
  const moved = fromHtml(readFileSync(join(dist, 'old-threat', 'index.html'), 'utf8'));
  expect(select('meta[http-equiv="refresh"]', moved)?.properties.content).toBe(
    '0; url=/threats/1/',
  );
  expect(String(select('link[rel="canonical"]', moved)?.properties.href)).toMatch(
    /\/threats\/1\/$/,
  );
  const link = select('a[href="/threats/1/"]', moved);
  // The visible link names the target as its title does, with its ID.
  expect(link && toString(link)).toBe('Threat 1: Fixture Threat 1');
  const threat = fromHtml(readFileSync(join(dist, 'threats', '1', 'index.html'), 'utf8'));
  expect(select('span.anchor-alias#old-what + h2#what-it-is', threat)).toBeDefined();
  const manifest = JSON.parse(readFileSync(join(dist, 'permalinks.json'), 'utf8')) as Record<
    string,
    string[]
  >;
  expect(manifest['/old-threat/']).toContain('what-it-is');
  expect(manifest['/threats/1/']).toContain('old-what');
}, 120_000);

test('a redirect to a page that does not exist fails the build and says which', () => {
  const run = buildWith(
    makeContentTree({ 'redirects.yaml': 'pages:\n  - { from: /old/, to: /threats/9/ }\n' }),
  );
  expect(run.status).not.toBe(0);
  expect(run.stdout + run.stderr).toContain(
    'the redirect from /old/ goes to /threats/9/, which is not a page of the site',
  );
}, 120_000);

test('content saved by any editor (byte-order mark, CRLF line endings) builds and renders the same', () => {
  const plain = makeContentTree();
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files[relative(plain, p)] = `\uFEFF${readFileSync(p, 'utf8').replace(/\n/g, '\r\n')}`;
    }
  };
  walk(plain);
  const a = buildWith(plain);
  const b = buildWith(makeContentTree(files));
  expect(a.status, a.stdout).toBe(0);
  expect(b.status, b.stdout).toBe(0);
  expect(b.stdout).not.toMatch(/error/i);
  const before = filesOf(join(a.dist, '..'));
  const after = filesOf(join(b.dist, '..'));
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  expect(Object.keys(before).filter((f) => after[f] !== before[f])).toEqual([]);
}, 240_000);
