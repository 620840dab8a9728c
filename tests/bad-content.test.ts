/**
 * Each fixture in tests/bad-content/ overlays a small valid content tree with one mistake; the
 * validator (the same code that gates `astro build`) must reject it with the file, the field, the
 * problem and the fix. tests/build-gate.test.ts proves the real build stops on these messages.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { readContentDir } from '../src/lib/content-source';
import { buildGraph } from '../src/lib/graph';
import { ContentError } from '../src/lib/content-errors';
import { makeContentTree } from './support/content-tree';

interface BadCase {
  why: string;
  files: Record<string, string>;
  expect: string[];
}

const dir = join(import.meta.dirname, 'bad-content');
const cases = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({
    name: f.replace(/\.yaml$/, ''),
    ...(parse(readFileSync(join(dir, f), 'utf8')) as BadCase),
  }));

function validate(root: string): string | undefined {
  const { input, problems } = readContentDir(root);
  try {
    buildGraph(input, problems);
    return undefined;
  } catch (err) {
    expect(err).toBeInstanceOf(ContentError);
    return (err as Error).message;
  }
}

describe('bad content fails with a clear message', () => {
  test('the valid base fixture passes', () => {
    expect(validate(makeContentTree())).toBeUndefined();
  });

  test('there are at least 12 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(12);
  });

  for (const c of cases) {
    test(`${c.name}: ${c.why}`, () => {
      const message = validate(makeContentTree(c.files));
      expect(message, 'the validator accepted bad content').toBeDefined();
      for (const fragment of c.expect) expect(message).toContain(fragment);
    });
  }
});
