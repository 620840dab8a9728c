/**
 * The real `astro build` stops on bad content and prints the validator's message (file, field,
 * fix); Astro 7 itself would only log a dangling reference and carry on.
 */
import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { makeContentTree } from './helpers/content-tree';

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
    const c = parse(readFileSync(join(ROOT, 'tests', 'bad-content', `${name}.yaml`), 'utf8')) as { files: Record<string, string>; expect: string[] };
    const run = buildWith(makeContentTree(c.files));
    expect(run.status, 'the build should fail').not.toBe(0);
    const output = run.stdout + run.stderr;
    for (const fragment of c.expect) expect(output).toContain(fragment);
  }, 120_000);
}
