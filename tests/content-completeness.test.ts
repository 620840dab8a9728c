/**
 * Every entry has the sections, length, steps and measures CONTENT.md asks for. Prints a table per
 * kind (entries, words, shortest entry) so editors can see where the content stands.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadGraph } from '../src/lib/load-graph';
import {
  bodyWords,
  checkEntry,
  sentenceCount,
  unexpandedAcronyms,
  type Kind,
} from './support/content-rules';
import { countWords } from '../src/lib/markdown-body';

const graph = loadGraph(join(import.meta.dirname, '..', 'content'));

const entries: { kind: Kind; label: string; file: string; body: string; summary: string }[] = [
  ...graph.threats.map((e) => ({
    kind: 'threat' as const,
    label: `T${e.data.number}`,
    file: e.file,
    body: e.body,
    summary: e.data.summary,
  })),
  ...graph.practices.map((e) => ({
    kind: 'practice' as const,
    label: `P${e.data.number}`,
    file: e.file,
    body: e.body,
    summary: e.data.summary,
  })),
  ...graph.subPractices.map((e) => ({
    kind: 'subPractice' as const,
    label: e.data.id,
    file: e.file,
    body: e.body,
    summary: e.data.summary,
  })),
  ...graph.volumes.map((e) => ({
    kind: 'volume' as const,
    label: e.data.volume,
    file: e.file,
    body: e.body,
    summary: e.data.summary,
  })),
  ...graph.chapters.map((e) => ({
    kind: `chapter-${e.data.volume}` as Kind,
    label: e.id,
    file: e.file,
    body: e.body,
    summary: e.data.summary,
  })),
  ...graph.pages.map((e) => ({
    kind: 'page' as const,
    label: e.id,
    file: e.file,
    body: e.body,
    summary: e.data.summary,
  })),
];

const stats = new Map<
  string,
  { entries: number; words: number; shortest: { label: string; words: number } }
>();

describe('content completeness (CONTENT.md)', () => {
  test('all required entries exist: 3 volume introductions, 20 chapters, the sizing page', () => {
    expect(graph.volumes.map((v) => v.data.volume)).toEqual(['main', 'small', 'medium-large']);
    expect(graph.chaptersOf('small').map((c) => c.data.practice)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(graph.chaptersOf('medium-large').map((c) => c.data.practice)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(graph.pages.map((p) => p.id)).toContain('sizing');
  });

  test.each(entries)('$label ($kind) meets its rules', ({ kind, label, file, body, summary }) => {
    const words = bodyWords(body);
    const s = stats.get(kind) ?? { entries: 0, words: 0, shortest: { label, words } };
    s.entries += 1;
    s.words += words;
    if (words < s.shortest.words) s.shortest = { label, words };
    stats.set(kind, s);
    expect(checkEntry(kind, body, summary), file).toEqual([]);
  });

  const acronyms = [
    ...new Set([
      ...graph.glossary.flatMap((g) => (g.abbr ? g.abbr.split('/') : [])),
      'IT',
      'NIST',
      'CSF',
    ]),
  ];
  test.each(entries)('$label expands each acronym on its first use', ({ file, body, summary }) => {
    expect(unexpandedAcronyms(summary, body, acronyms), file).toEqual([]);
  });

  // The gist is shown under a sub-practice's title where pages list what to start with, often on a
  // page whose body has not yet expanded an acronym: a short phrase of our own, in plain words.
  test.each(graph.subPractices.map((s) => ({ id: s.data.id, data: s.data, file: s.file })))(
    '$id has a gist: a short phrase of its own, in plain words',
    ({ data, file }) => {
      const words = countWords(data.gist);
      expect(words, file).toBeGreaterThanOrEqual(3);
      expect(words, file).toBeLessThanOrEqual(10);
      expect(sentenceCount(data.gist), file).toBe(1);
      expect(unexpandedAcronyms('', data.gist, acronyms), file).toEqual([]);
      // Not the summary cut short: a gist is written for its line, not clipped from the sentence.
      expect(data.summary.toLowerCase().startsWith(data.gist.toLowerCase()), file).toBe(false);
    },
  );

  test('glossary: at least 40 terms, each defined in one or two sentences', () => {
    expect(graph.glossary.length).toBeGreaterThanOrEqual(40);
    for (const g of graph.glossary) {
      expect(sentenceCount(g.definition), g.term).toBeLessThanOrEqual(2);
    }
  });

  afterAll(() => {
    const rows = [...stats].map(([kind, s]) => ({
      kind,
      entries: s.entries,
      'total words': s.words,
      'average words': Math.round(s.words / s.entries),
      shortest: `${s.shortest.label} (${s.shortest.words})`,
    }));
    const gw = graph.glossary.map((g) => ({ label: g.slug, words: countWords(g.definition) }));
    const total = gw.reduce((n, g) => n + g.words, 0);
    const shortest = gw.reduce((a, b) => (b.words < a.words ? b : a));
    rows.push({
      kind: 'glossary',
      entries: gw.length,
      'total words': total,
      'average words': Math.round(total / gw.length),
      shortest: `${shortest.label} (${shortest.words})`,
    });
    console.log('\nContent completeness by kind:');
    console.table(rows);
  });
});
