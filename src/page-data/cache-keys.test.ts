import { describe, expect, test } from 'vitest';
import type { Graph } from '../lib/graph';
import { pageKey, siteKey } from './cache-keys';

/** The parts of a graph the keys read, with one threat and one sub-practice to change. */
function graph(o: { title?: string; threatBody?: string; subBody?: string } = {}): Graph {
  const entry = (id: string, data: object, body: string) => ({ id, file: `${id}.mdx`, data, body });
  return {
    site: { title: 'HICP' },
    redirects: { pages: [], anchors: [] },
    glossary: [],
    csfEntries: [],
    threats: [
      entry('2', { number: 2, title: o.title ?? 'Ransomware Attack' }, o.threatBody ?? 'T'),
    ],
    practices: [],
    subPractices: [entry('4.M.D', { id: '4.M.D' }, o.subBody ?? 'S')],
    volumes: [],
    chapters: [],
    pages: [],
  } as unknown as Graph;
}

describe('cache keys for incremental builds', () => {
  test('the same graph gives the same keys', () => {
    expect(pageKey(graph(), 'S')).toBe(pageKey(graph(), 'S'));
    expect(siteKey(graph())).toBe(siteKey(graph()));
  });

  test('any fact of any entry changes every page key (pages show other items’ titles)', () => {
    expect(pageKey(graph({ title: 'Ransomware' }), 'S')).not.toBe(pageKey(graph(), 'S'));
  });

  test('a body changes the keys of the pages that read it, and the site key', () => {
    expect(pageKey(graph(), 'S2')).not.toBe(pageKey(graph(), 'S'));
    expect(pageKey(graph({ threatBody: 'T2' }), 'S')).toBe(pageKey(graph(), 'S'));
    expect(siteKey(graph({ threatBody: 'T2' }))).not.toBe(siteKey(graph()));
  });
});
