/** Two clean builds of the same commit give byte-identical output: hosted site, offline copy and zip. */
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './helpers';

function build(): string {
  const parent = mkdtempSync(join(tmpdir(), 'hicp-repro-'));
  const run = spawnSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(parent, 'dist')],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  return parent;
}

function digest(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(dir, p)] = createHash('sha256').update(readFileSync(p)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

test('two clean builds are byte-identical', () => {
  test.setTimeout(240_000);
  const a = digest(build());
  const b = digest(build());
  expect(Object.keys(a).length).toBeGreaterThan(500);
  expect(Object.keys(a).some((f) => f.endsWith('hicp-guide-offline.zip'))).toBe(true);
  expect(Object.keys(a).some((f) => f.startsWith('dist-offline'))).toBe(true);
  const differ = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
  expect(differ).toEqual([]);
});
