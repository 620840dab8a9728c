/**
 * The real `astro build` stops on bad content and prints the validator's message (file, field,
 * fix); Astro 7 itself would only log a dangling reference and carry on.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeContentTree } from './support/content-tree';

const ROOT = join(import.meta.dirname, '..');

function buildWith(contentDir: string) {
  const astro = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const outDir = join(contentDir, '..', 'dist');
  return spawnSync(process.execPath, [astro, 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, HICP_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
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

test('redirects in content/redirects.yaml become real redirect pages and anchor aliases', () => {
  const content = makeContentTree({
    'redirects.yaml':
      'pages:\n  - { from: /old-threat/, to: /threats/1/ }\nanchors:\n  - { page: /threats/1/, from: old-what, to: what-it-is }\n',
  });
  const run = buildWith(content);
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const dist = join(content, '..', 'dist');
  const moved = readFileSync(join(dist, 'old-threat', 'index.html'), 'utf8');
  expect(moved).toMatch(/<meta http-equiv="refresh" content="0; url=\/threats\/1\/">/);
  expect(moved).toMatch(/<link rel="canonical" href="[^"]*\/threats\/1\/">/);
  expect(moved).toMatch(/<a href="\/threats\/1\/">Fixture Threat 1<\/a>/);
  expect(readFileSync(join(dist, 'threats', '1', 'index.html'), 'utf8')).toMatch(
    /<span id="old-what" class="anchor-alias"><\/span><h2 id="what-it-is">/,
  );
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
    'content/redirects.yaml: redirect from /old/ goes to /threats/9/, which is not a page of the site',
  );
}, 120_000);
