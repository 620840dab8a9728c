/** Two clean builds of the same commit give byte-identical output: hosted site, offline copy and zip. */
import { expect, test } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite } from '../tests/support/build';

/** A clean build (its own folder and content cache), digested, then removed. */
function cleanBuild(): Record<string, string> {
  const b = buildSite();
  try {
    expect(b.status, b.output).toBe(0);
    return digest(b.dir, ['cache']);
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

test('two clean builds are byte-identical', () => {
  test.setTimeout(240_000);
  const a = cleanBuild();
  const b = cleanBuild();
  expect(Object.keys(a).length).toBeGreaterThan(500);
  expect(Object.keys(a).some((f) => f.endsWith('hicp-guide-offline.zip'))).toBe(true);
  expect(Object.keys(a).some((f) => f.startsWith('dist-offline'))).toBe(true);
  const differ = Object.keys({ ...a, ...b }).filter((f) => a[f] !== b[f]);
  expect(differ).toEqual([]);
});
