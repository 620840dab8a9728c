/** The shared search procedure over a fake engine: results from the records, excerpts after. */
import { describe, expect, test } from 'vitest';
import type { RecordSet } from '../lib/search-contract';
import { backendOf, distance, suggestions, type Engine } from './search-flow';
import { NO_FILTERS } from './search-core';

const SET: RecordSet = {
  records: [
    {
      url: 'threats/1/',
      title: 'E-mail Phishing Attack',
      kind: 'threat',
      id: 'T1',
      summary: 'Fake e-mail.',
      aside: ['scenario'],
    },
    { url: 'csf/de-cm-1/', title: 'DE.CM-1', kind: 'csf', code: 'DE.CM-1', summary: '' },
    { url: 'csf/2.0/de-cm-01/', title: 'DE.CM-01', kind: 'csf2', code: 'DE.CM-01', summary: '' },
    {
      url: 'sub-practices/1-s-a/',
      title: 'E-mail Protection',
      kind: 'sub-practice',
      id: '1.S.A',
      sizes: ['small'],
      csf: ['DE.CM-1'],
      csf2: ['DE.CM-01'],
      summary: 'Filter mail.',
    },
  ],
  words: [
    ['phishing', 4],
    ['protection', 3],
  ],
};

/** Holds "phishing" in T1 (its scenario first) and 1.S.A; counts the engine's calls. */
function fakeEngine() {
  const calls = { recall: 0, sections: 0 };
  const engine: Engine = {
    async recall(words) {
      calls.recall++;
      return new Map(words.map((w) => [w, new Set(w === 'phishing' ? [0, 3] : [])]));
    },
    async sections(record) {
      calls.sections++;
      return record === 0
        ? [
            { anchor: 'scenario', excerpt: [{ text: 'story', mark: true }] },
            { anchor: 'what-it-is', excerpt: [{ text: 'phishing', mark: true }] },
          ]
        : [{ anchor: '', excerpt: [{ text: 'mail', mark: true }] }];
    },
  };
  return { engine, calls };
}

describe('the shared procedure', () => {
  test("a CSF code's own pages first, in the version typed; then the items", async () => {
    const b = backendOf(
      async () => SET,
      fakeEngine().engine,
      (u) => `/${u}`,
    );
    const urls = async (q: string) => (await b.search(q, NO_FILTERS, 10)).hits.map((h) => h.url);
    expect(await urls('DE.CM-1')).toEqual([
      '/csf/de-cm-1/',
      '/csf/2.0/de-cm-01/',
      '/sub-practices/1-s-a/',
    ]);
    expect((await urls('de.cm-01'))[0]).toBe('/csf/2.0/de-cm-01/');
  });

  test('results show their summaries at once; excerpts follow, never from an aside', async () => {
    const b = backendOf(
      async () => SET,
      fakeEngine().engine,
      (u) => `/${u}`,
    );
    const found = await b.search('phishing e-mail', NO_FILTERS, 10);
    expect(found.hits[0]!.excerpt).toEqual([{ text: 'Fake e-mail.', mark: false }]);
    const filled = await found.excerpts!;
    const first = filled.get(found.hits.findIndex((h) => h.url === '/threats/1/'));
    // The threat is named by the query, so it keeps its summary and opens at its top...
    expect(first).toBeUndefined();
    // ... and a query that is not about the threat's name opens where the words are.
    const other = await b.search('phishing protection', NO_FILTERS, 10);
    const at = other.hits.findIndex((h) => h.url.startsWith('/threats/1/'));
    const got = (await other.excerpts!).get(at);
    expect(got?.url).toBe('/threats/1/#what-it-is');
  });

  test('a repeated search asks the engine nothing again', async () => {
    const { engine, calls } = fakeEngine();
    const b = backendOf(
      async () => SET,
      engine,
      (u) => u,
    );
    await b.search('phishing', NO_FILTERS, 10);
    const before = calls.recall;
    await b.search('phishing', NO_FILTERS, 10);
    expect(calls.recall).toBe(before);
  });

  test('nothing found: the nearest words of the word list; too-short input says so', async () => {
    const b = backendOf(
      async () => SET,
      fakeEngine().engine,
      (u) => u,
    );
    const none = await b.search('fishing', NO_FILTERS, 10);
    expect(none.total).toBe(0);
    expect(none.suggestions).toEqual(['phishing']);
    const short = await b.search('ph', NO_FILTERS, 10);
    expect(short).toMatchObject({ total: 0, dropped: 'short', suggestions: [] });
  });
});

describe('did you mean', () => {
  test('edit distance counts a swap of two letters as one edit', () => {
    expect(distance('phsihing', 'phishing')).toBe(1);
    expect(distance('fishing', 'phishing')).toBe(2);
    expect(distance('abc', 'xyzabc', 2)).toBe(3);
  });
  test('words far from every known word suggest nothing', () => {
    expect(suggestions(['qqqqqq'], new Map([['phishing', 1]]))).toEqual([]);
  });
});
