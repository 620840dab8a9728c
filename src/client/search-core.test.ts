import { describe, expect, test } from 'vitest';
import { excerptSegments, filtersFromParams, paramsFor, type Hit } from './search-core';

const hit = (url: string): Hit => ({
  url,
  title: url,
  kind: 'page',
  sizes: [],
  excerpt: [],
});

describe('search core', () => {
  test('excerpts become text segments; markup other than <mark> is dropped, entities decoded', () => {
    expect(excerptSegments('keep <mark>backups</mark> &amp; test')).toEqual([
      { text: 'keep ', mark: false },
      { text: 'backups', mark: true },
      { text: ' & test', mark: false },
    ]);
    const evil = excerptSegments(
      '&lt;img src=x onerror=alert(1)&gt; <img src=x onerror=alert(2)> ok',
    );
    expect(evil.map((s) => s.text).join('')).toBe('<img src=x onerror=alert(1)> ok');
  });

  test('query and filters round-trip through the URL', () => {
    const search = paramsFor('mfa remote', {
      kind: ['sub-practice'],
      volume: [],
      size: ['small', 'large'],
    });
    expect(search).toBe('?q=mfa+remote&kind=sub-practice&size=small&size=large');
    expect(filtersFromParams(new URLSearchParams(search))).toEqual({
      kind: ['sub-practice'],
      volume: [],
      size: ['small', 'large'],
    });
  });
});

describe('status line', () => {
  test('says how many results there are and how many are shown', async () => {
    const { statusText } = await import('./search-core');
    expect(statusText({ hits: [], total: 0 }, 'zzz')).toBe('No results for “zzz”');
    expect(statusText({ hits: [hit('/a/')], total: 1 }, 'a')).toBe('1 result for “a”');
    expect(statusText({ hits: [hit('/a/'), hit('/b/')], total: 9 }, 'a')).toBe(
      'Showing 2 of 9 results for “a”',
    );
    expect(
      statusText({ hits: [hit('/a/')], total: 1, corrected: [['phising', 'phishing']] }, 'phising'),
    ).toBe('1 result for “phising” (searched for “phishing”)');
    expect(statusText({ hits: [hit('/a/')], total: 12 }, '')).toBe('12 items match the filters');
  });

  test('a query with nothing to search for says what to type, never "No results"', async () => {
    const { statusText } = await import('./search-core');
    const short = statusText({ hits: [], total: 0, dropped: 'short' }, 'ba');
    const common = statusText({ hits: [], total: 0, dropped: 'common' }, 'what is');
    expect(short).toBe('Keep typing: search words need three letters or more.');
    expect(common).toContain('only common words');
    for (const text of [short, common]) expect(text).not.toContain('No results');
  });
});
