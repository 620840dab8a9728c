/**
 * The same input gives the same bytes: two clean builds of the same commit are byte-identical (hosted
 * site, offline copy and zip), and so is a rebuild that reuses the caches of a build of other content
 * (one changed file), as `npm run build` does after an edit.
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

test('two clean builds are byte-identical, and so is a rebuild after one file changed', () => {
  test.setTimeout(480_000);
  const a = build().files;
  const b = build().files;
  expect(Object.keys(a).length).toBeGreaterThan(500);
  expect(Object.keys(a).some((f) => f.endsWith('hicp-guide-offline.zip'))).toBe(true);
  expect(Object.keys(a).some((f) => f.startsWith('dist-offline'))).toBe(true);
  expect(differ(a, b)).toEqual([]);

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
    expect(differ(a, rebuilt.files)).toEqual([]);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
