/** The shared search procedure over a fake engine: exact lookups keep the order the query asks. */
import { describe, expect, test } from 'vitest';
import { backendOf, rank, type Engine } from './search-flow';
import { NO_FILTERS, type Hit } from './search-core';
import { csfAliasToken, csfPageToken } from '../lib/search-contract';

/** Pages by key with the alias words they carry. The engine's own order puts sub-practices first. */
const PAGES: Record<string, { kind: string; title: string; id?: string; alias: string[] }> = {
  sub4md: { kind: 'sub-practice', title: 'Backup Strategies', id: '4.M.D', alias: [] },
  sub1sa: { kind: 'sub-practice', title: 'E-mail Protection', id: '1.S.A', alias: [] },
  csf11: { kind: 'csf', title: 'DE.CM-1', alias: [csfPageToken('DE.CM-1')] },
  csf20: { kind: 'csf2', title: 'DE.CM-01', alias: [csfPageToken('DE.CM-01')] },
};
PAGES.sub4md!.alias.push(csfAliasToken('DE.CM-01'));
PAGES.sub1sa!.alias.push(csfAliasToken('DE.CM-1'));

const engine: Engine = {
  find: async () => [],
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
const backend = backendOf(engine, async (keys) => keys.map(hitOf));
const urls = async (query: string) =>
  (await backend.search(query, NO_FILTERS, 10)).hits.map((h) => h.url);

describe('exact lookups', () => {
  test('remember which lookup found each page', async () => {
    const ranked = await rank(engine, 'DE.CM-1', NO_FILTERS);
    expect([...ranked.lookup]).toEqual([
      ['csf11', 0],
      ['csf20', 0],
      ['sub4md', 1],
      ['sub1sa', 1],
    ]);
  });
  test("a CSF code's own pages come first, then the items, in the shared order", async () => {
    // Kind order alone would put the sub-practices before the CSF pages.
    expect(await urls('DE.CM-1')).toEqual(['csf11', 'csf20', 'sub1sa', 'sub4md']);
  });
  test('the version the typed form names comes first', async () => {
    expect(await urls('de.cm-01')).toEqual(['csf20', 'csf11', 'sub1sa', 'sub4md']);
  });
  test('more exact hits than the pool: all are ranked, whatever order the engine found them in', async () => {
    const token = csfAliasToken('PR.AC');
    const ids = Array.from({ length: 14 }, (_, i) => `${i + 1}.M.A`);
    const many: Engine = {
      ...engine,
      // The engine's own order: last ID first, so a cut at 10 would drop 1.M.A to 4.M.A.
      exact: async (t) => (t === token ? [...ids].reverse() : []),
    };
    const hit = (id: string): Hit => ({ ...hitOf('sub4md'), url: id, id, title: id });
    const b = backendOf(many, async (keys) => keys.map(hit));
    const { hits } = await b.search('PR.AC', NO_FILTERS, 3);
    expect(hits.map((h) => h.id)).toEqual(['1.M.A', '2.M.A', '3.M.A']);
  });
});
