/** The shared search procedure over a fake engine: exact lookups keep the order the query asks. */
import { describe, expect, test } from 'vitest';
import { backendOf, rank, type Engine } from './search-flow';
import { NO_FILTERS, type Hit } from './search-core';
import { understand } from './query';

/** Pages by key, each carrying alias words, as an engine would index them. */
const PAGES: Record<string, { kind: string; title: string; id?: string; alias: string[] }> = {
  sub4md: { kind: 'sub-practice', title: 'Backup Strategies', id: '4.M.D', alias: [] },
  sub1sa: { kind: 'sub-practice', title: 'E-mail Protection', id: '1.S.A', alias: [] },
  csf2: { kind: 'csf', title: 'PR.DS-11', alias: [] },
};
const lookups = understand('PR.DS-11').exact; // [1.1 page, 2.0 page, 1.1 citers, 2.0 reachers]
PAGES.csf2!.alias.push(lookups[1]!);
PAGES.sub4md!.alias.push(lookups[3]!);
PAGES.sub1sa!.alias.push(lookups[3]!);

const engine: Engine = {
  find: async () => [],
  // The engine's own order puts sub-practices first: the procedure must not depend on it.
  exact: async (token) => Object.keys(PAGES).filter((k) => PAGES[k]!.alias.includes(token)),
  all: async () => Object.keys(PAGES),
  vocabulary: async () => new Map(),
};
const hitOf = (key: string): Hit => ({
  url: key,
  title: PAGES[key]!.title,
  id: PAGES[key]!.id,
  kind: PAGES[key]!.kind,
  volume: undefined,
  sizes: [],
  summary: '',
  content: '',
  excerpt: [],
});

describe('exact lookups', () => {
  test('remember which lookup found each page', async () => {
    const ranked = await rank(engine, 'PR.DS-11', NO_FILTERS);
    expect([...ranked.lookup]).toEqual([
      ['csf2', 1],
      ['sub4md', 3],
      ['sub1sa', 3],
    ]);
  });
  test("a CSF code's own page comes first, then the items that reach it in the shared order", async () => {
    const backend = backendOf(engine, async (keys) => keys.map(hitOf));
    const { hits } = await backend.search('pr.ds-11', NO_FILTERS, 10);
    // Kind order alone would put the sub-practices before the CSF page.
    expect(hits.map((h) => h.url)).toEqual(['csf2', 'sub1sa', 'sub4md']);
  });
});
