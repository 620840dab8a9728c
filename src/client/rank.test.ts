/**
 * The shared ranking over a small record set: the order both engines give is decided here, so its
 * rules are tested here, with the engines' recall given as plain sets.
 */
import { describe, expect, test } from 'vitest';
import type { SearchRecord } from '../lib/search-contract';
import { understand } from './query';
import { mayOpen, prepare, rank, type RankOptions } from './rank';
import { NO_FILTERS } from './search-core';

const R = (r: Partial<SearchRecord> & Pick<SearchRecord, 'url' | 'title' | 'kind'>) =>
  ({ summary: '', ...r }) as SearchRecord;

const RECORDS: SearchRecord[] = [
  R({
    url: 'threats/2/',
    title: 'Ransomware Attack',
    kind: 'threat',
    id: 'T2',
    summary: 'Ransomware locks your files.',
    threats: [2],
    land: { small: 'by-size-small', medium: 'by-size-medium', large: 'by-size-large' },
    start: { small: ['4.S.B'], medium: ['4.M.D'], large: ['4.M.D'] },
    steps: 'first-steps',
    aside: ['scenario'],
  }),
  R({
    url: 'practices/4/',
    title: 'Data Protection and Loss Prevention',
    kind: 'practice',
    id: 'P4',
    practice: 4,
    land: { small: 'small-sub-practices', medium: 'medium-sub-practices' },
  }),
  R({
    url: 'sub-practices/4-s-a/',
    title: 'Classification of Data',
    kind: 'sub-practice',
    id: '4.S.A',
    sizes: ['small'],
    practice: 4,
  }),
  R({
    url: 'sub-practices/4-s-b/',
    title: 'Data Backup',
    kind: 'sub-practice',
    id: '4.S.B',
    sizes: ['small'],
    practice: 4,
    summary: 'Keep copies away from ransomware.',
  }),
  R({
    url: 'sub-practices/4-m-d/',
    title: 'Backup Strategies',
    kind: 'sub-practice',
    id: '4.M.D',
    sizes: ['medium'],
    practice: 4,
    csf: ['PR.IP-4'],
  }),
  R({
    url: 'sub-practices/4-l-a/',
    title: 'Advanced Data Loss Prevention',
    kind: 'sub-practice',
    id: '4.L.A',
    sizes: ['large'],
    practice: 4,
  }),
  R({
    url: 'sub-practices/4-m-e/',
    title: 'Data Loss Prevention',
    kind: 'sub-practice',
    id: '4.M.E',
    sizes: ['medium'],
    practice: 4,
  }),
  R({ url: 'csf/pr-ip-4/', title: 'PR.IP-4', kind: 'csf', code: 'PR.IP-4' }),
  R({
    url: 'sizing/',
    title: 'Which size is your organization?',
    kind: 'page',
    land: { small: 'small-organizations' },
  }),
  ...['Ransomware', 'Ransomware note', 'Ransomware as a service', 'Ransomware recovery'].map((t) =>
    R({ url: `glossary/#${t.toLowerCase().replace(/ /g, '-')}`, title: t, kind: 'glossary' }),
  ),
];
const prepared = prepare({
  records: RECORDS,
  words: [
    ['ransomware', 3],
    ['backup', 2],
  ],
});
const n = (id: string) => RECORDS.findIndex((r) => (r.id ?? r.title) === id);
const nameOf = (i: number) => RECORDS[i]!.id ?? RECORDS[i]!.title;

/** The engines' recall, made from the records' titles and summaries (plus extra holders). */
function recall(words: string[], extra: Record<string, string[]> = {}) {
  return new Map(
    words.map((w) => [
      w,
      new Set([
        ...RECORDS.flatMap((r, i) =>
          `${r.title} ${r.summary}`.toLowerCase().includes(w.slice(0, 5)) ? [i] : [],
        ),
        ...(extra[w] ?? []).map(n),
      ]),
    ]),
  );
}
function ranked(query: string, o: Partial<RankOptions> = {}, extra: Record<string, string[]> = {}) {
  const q = understand(query);
  return rank(prepared, q, recall(q.words, extra), { filters: NO_FILTERS, ...o });
}
const ids = (query: string, o: Partial<RankOptions> = {}) =>
  ranked(query, o).results.map((r) => nameOf(r.record));

describe('exact lookups', () => {
  test("a CSF code's own page first, then the items that cite it", () => {
    expect(ids('PR.IP-4')).toEqual(['PR.IP-4', '4.M.D']);
  });
  test('an ID finds its item, which opens at its top and shows its summary', () => {
    const r = ranked('4sb').results;
    expect(r).toEqual([{ record: n('4.S.B'), anchor: '', exact: true }]);
  });
});

describe('words', () => {
  test('the item the query names comes first, before longer titles that hold the words', () => {
    expect(ids('data loss prevention')[0]).toBe('4.M.E');
  });
  test('the threat a word names comes first; at most two glossary terms in the first results', () => {
    // Every other record holds the word in its text, so there are more than ten results.
    const others = ['P4', '4.S.A', '4.S.B', '4.M.D', '4.L.A', '4.M.E', 'PR.IP-4'];
    const top = ranked('ransomware', {}, { ransomware: others }).results.map((r) =>
      nameOf(r.record),
    );
    expect(top[0]).toBe('T2');
    // "Ransomware" is named by the query; two other terms may be among the first ten results,
    // the next waits until after them.
    const terms = (list: string[]) => list.filter((id) => RECORDS[n(id)]!.kind === 'glossary');
    expect(terms(top.slice(0, 10))).toHaveLength(3);
    expect(top.slice(0, 10)).toContain('Ransomware');
    expect(top.length).toBeGreaterThan(10);
    expect(terms(top.slice(10))).toHaveLength(1);
  });
  test('a result with every word comes before results with some of them', () => {
    const top = ids('backup ransomware');
    expect(top[0]).toBe('4.S.B');
  });
  test("a threat found by words opens where the engine's words are, never in its scenario", () => {
    const threat = RECORDS[n('T2')]!;
    expect(ranked('ransomware').results[0]).toMatchObject({ record: n('T2'), anchor: '' });
    expect(mayOpen(threat, 'scenario', ['ransomware'])).toBe(false);
    expect(mayOpen(threat, 'scenario', ['ransomware', 'scenario'])).toBe(true);
    expect(mayOpen(threat, 'impact', ['ransomware'])).toBe(true);
  });
  test('a question about what to do opens a threat at its first steps', () => {
    expect(ranked('how do we stop ransomware').results[0]).toMatchObject({
      record: n('T2'),
      anchor: 'first-steps',
    });
  });
});

describe('size', () => {
  test("a size in the query: the threat at that size's section, then its first steps there", () => {
    const r = ranked('small practice ransomware', {}, { ransomware: ['4.M.D', '4.L.A'] });
    expect(r.size).toBe('small');
    expect(r.sizeFrom).toBe('query');
    expect(r.results[0]).toMatchObject({ record: n('T2'), anchor: 'by-size-small' });
    expect(nameOf(r.results[1]!.record)).toBe('4.S.B');
    // Items only for other sizes come last.
    const order = r.results.map((x) => nameOf(x.record));
    const items = order.filter((id) => RECORDS[n(id)]!.kind !== 'glossary');
    expect(items.slice(-2).sort()).toEqual(['4.L.A', '4.M.D']);
  });
  test('the saved size ranks when the query names none; a large organization does medium items', () => {
    const saved = ranked('ransomware', { saved: 'large' });
    expect(saved.sizeFrom).toBe('saved');
    expect(saved.results[0]).toMatchObject({ record: n('T2'), anchor: 'by-size-large' });
    expect(nameOf(saved.results[1]!.record)).toBe('4.M.D');
    // The query's size wins over the saved one.
    expect(ranked('small practice ransomware', { saved: 'large' }).size).toBe('small');
    // No size: no size section.
    expect(ranked('ransomware').size).toBeUndefined();
  });
  test('a question about a size finds the page that explains the sizes first', () => {
    const r = ranked(
      'who counts as a small practice',
      {},
      { small: ['Which size is your organization?'] },
    );
    expect(r.results[0]).toMatchObject({
      record: n('Which size is your organization?'),
      anchor: 'small-organizations',
    });
  });
  test('a size filter keeps only items for that size (and items for everyone)', () => {
    const top = ids('data', { filters: { kind: [], volume: [], size: ['small'] } });
    expect(top).not.toContain('4.M.E');
    expect(top).toContain('4.S.B');
  });
});
