/**
 * The same input gives the same bytes: a clean build of this commit equals a rebuild that reuses the
 * caches of a build of other content (one changed file), as `npm run build` does after an edit. Every
 * page of that rebuild was rendered afresh in another process (in the edited build, or in the rebuild
 * where the change reached it) and every post-build step ran again, so the comparison catches what a
 * second clean build would, at one build less.
 */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT, buildSite } from '../tests/support/build';

/** A build (its own folder; a clean content cache unless `env` names one), digested, then removed. */
function build(env: Record<string, string> = {}): {
  files: Record<string, string>;
  output: string;
} {
  const b = buildSite(env);
  try {
    expect(b.status, b.output).toBe(0);
    return { files: digest(b.dir, ['cache']), output: b.output };
  } finally {
    b.cleanup();
  }
}

function digest(dir: string, skip: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (skip.includes(relative(dir, p))) continue;
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

const differ = (a: Record<string, string>, b: Record<string, string>) =>
  Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);

test('a clean build is byte-identical to a rebuild over the caches of a one-file edit', () => {
  test.setTimeout(420_000);
  const a = build().files;
  expect(Object.keys(a).length).toBeGreaterThan(500);
  expect(Object.keys(a).some((f) => f.endsWith('hicp-guide-offline.zip'))).toBe(true);
  expect(Object.keys(a).some((f) => f.startsWith('dist-offline'))).toBe(true);

  // A build of content with one sentence changed leaves its caches; the original content rebuilt
  // over them (pages copied from the cache where their keys match) equals the clean build.
  const work = mkdtempSync(join(ROOT, '.test-builds', 'edited-'));
  try {
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    const file = join(content, 'sub-practices', '4.M.D.mdx');
    const original = readFileSync(file, 'utf8');
    const sentence = 'A backup you have never restored is a hope, not a plan.';
    expect(original).toContain(sentence);
    const env = { HICP_CONTENT_DIR: content, HICP_CACHE_DIR: join(work, 'cache') };
    writeFileSync(file, original.replace(sentence, 'Restore one every quarter.'));
    const edited = build(env).files;
    expect(differ(a, edited).length).toBeGreaterThan(0);
    writeFileSync(file, original);
    const rebuilt = build(env);
    // Most pages came from the cache: their keys, code and rendered content were unchanged.
    expect(rebuilt.output.match(/\((cached|restored)\)/g)?.length ?? 0).toBeGreaterThan(200);
    // The page whose source changed back was rendered again, not copied.
    expect(rebuilt.output).toMatch(/\/sub-practices\/4-m-d\/index\.html \(\+\d/);
    expect(differ(a, rebuilt.files)).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
