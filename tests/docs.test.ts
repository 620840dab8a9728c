import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The docs a newcomer reads stay usable: the README short, no page of docs/ too long to read, every
 * decision record listed in the index, and every relative link between them resolving.
 */
const ROOT = resolve(import.meta.dirname, '..');
const DOCS = join(ROOT, 'docs');
const DECISIONS = join(DOCS, 'decisions');
const markdown = (dir: string): string[] =>
  readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? markdown(p) : n.endsWith('.md') ? [p] : [];
  });

describe('docs', () => {
  it('the README is under 12 KB, and no page of docs/ is over 15 KB', () => {
    expect(statSync(join(ROOT, 'README.md')).size).toBeLessThan(12 * 1024);
    const long = markdown(DOCS).filter((f) => statSync(f).size > 15 * 1024);
    expect(long).toEqual([]);
  });

  it('the decision index lists every record, each with a status', () => {
    const index = readFileSync(join(DECISIONS, 'README.md'), 'utf8');
    const records = readdirSync(DECISIONS).filter((n) => /^\d{3}-.+\.md$/.test(n));
    expect(records.length).toBeGreaterThan(60);
    expect(records.filter((r) => !index.includes(`](${r})`))).toEqual([]);
    for (const r of records)
      expect(readFileSync(join(DECISIONS, r), 'utf8'), r).toMatch(
        /^# \d{3}\. .+\n\n- Status: (accepted|superseded by|amended by)/,
      );
  });

  it('every relative link in the README and docs/ resolves', () => {
    const broken: string[] = [];
    for (const file of [join(ROOT, 'README.md'), ...markdown(DOCS)]) {
      // Code (the decision template's `[NNN](NNN-slug.md)`) is not a link.
      const text = readFileSync(file, 'utf8')
        .replace(/```[\s\S]*?```/g, '')
        .replace(/`[^`\n]*`/g, '');
      for (const m of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        const href = m[1]!.split('#')[0]!;
        if (!href || /^[a-z]+:/i.test(href)) continue;
        if (!existsSync(resolve(dirname(file), href))) broken.push(`${file}: ${m[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
