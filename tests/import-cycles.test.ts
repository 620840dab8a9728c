import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { filesUnder } from '../src/integrations/built-site';

/**
 * The import graph of src/ (type-only imports included) has no cycle: a module never depends,
 * through any chain, on itself. Imports are read with TypeScript's own pre-processor; an .astro
 * file's imports are those of its frontmatter.
 */
const ROOT = resolve(import.meta.dirname, '..');
const SRC = join(ROOT, 'src');
const EXTENSIONS = ['', '.ts', '.mjs', '.astro', '/index.ts'];

function importsOf(file: string): string[] {
  let text = readFileSync(file, 'utf8');
  if (file.endsWith('.astro')) text = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
  return ts
    .preProcessFile(text, true, true)
    .importedFiles.map((f) => f.fileName)
    .filter((spec) => spec.startsWith('.'))
    .flatMap((spec) => {
      const target = EXTENSIONS.map((ext) => resolve(dirname(file), spec) + ext).find(
        (p) => existsSync(p) && !p.endsWith('/'),
      );
      return target && /\.(ts|mjs|astro)$/.test(target) ? [target] : [];
    });
}

/** Every cycle's modules (strongly connected components of more than one module, or a self-import). */
function cycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || graph.get(v)?.includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

describe('import graph of src/', () => {
  const files = filesUnder(SRC).filter((f) => /\.(ts|astro)$/.test(f) && !f.endsWith('.test.ts'));
  const graph = new Map(files.map((f) => [f, importsOf(f)]));

  it('reads the imports (the pipeline imports its steps)', () => {
    const pipeline = graph.get(join(SRC, 'integrations', 'pipeline.ts'))!;
    expect(pipeline).toContain(join(SRC, 'integrations', 'csp.ts'));
    expect(pipeline).toContain(join(SRC, 'integrations', 'step.ts'));
  });

  it('has no cycle', () => {
    const named = cycles(graph).map((c) => c.map((f) => relative(ROOT, f)).join(' → '));
    expect(named, 'modules that import each other, directly or through others').toEqual([]);
  });

  it('finds a cycle when there is one', () => {
    const a = join(SRC, 'a.ts');
    const b = join(SRC, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([[a, b]]);
  });
});
