/**
 * Each fixture in tests/bad-content/ overlays a small valid content tree with one mistake; the
 * validator (the same code that gates `astro build`) must reject it with the file, the field, the
 * problem and the fix. tests/build-gate.test.ts proves the real build stops on these messages.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { checkContent } from '../src/lib/load-graph';
import { ContentError } from '../src/lib/content-errors';
import { makeContentTree, removeContentTrees } from './support/content-tree';

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

afterAll(removeContentTrees);

function validate(root: string): string | undefined {
  try {
    checkContent(root);
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

  test('a file saved with a byte-order mark and CRLF line endings reads exactly like the original', () => {
    const plain = makeContentTree();
    const edited = makeContentTree(
      Object.fromEntries(
        [
          'threats/1.mdx',
          'practices/1.mdx',
          'sub-practices/1.M.A.mdx',
          'glossary.yaml',
          'csf.yaml',
        ].map((f) => [f, `\uFEFF${readFileSync(join(plain, f), 'utf8').replace(/\n/g, '\r\n')}`]),
      ),
    );
    expect(validate(edited)).toBeUndefined();
    const a = checkContent(plain);
    const b = checkContent(edited);
    expect(b.threat(1)).toEqual({ ...a.threat(1), file: b.threat(1).file });
    expect(b.subPractice('1.M.A').body).toBe(a.subPractice('1.M.A').body);
    expect(b.glossary).toEqual(a.glossary);
  });
});
