import { describe, expect, test } from 'vitest';
import {
  excerptSegments,
  filtersFromParams,
  merge,
  paramsFor,
  plan,
  type Hit,
} from './search-core';
import { aliasToken, queryAlias } from '../lib/search-contract';

const hit = (url: string): Hit => ({ url, title: url, kind: 'page', sizes: [], excerpt: [] });

describe('search core', () => {
  test('IDs typed any way map to one alias word', () => {
    const alias = aliasToken({ kind: 'subPractice', id: '1.M.B' });
    for (const q of ['1.M.B', '1.m.b', '1-M-B', ' 1-m-b ', 'what is 1.M.B?'])
      expect(queryAlias(q), q).toBe(alias);
    expect(queryAlias('T2')).toBe(aliasToken({ kind: 'threat', number: 2 }));
    expect(queryAlias('practice 4')).toBe(aliasToken({ kind: 'practice', number: 4 }));
    expect(queryAlias('phishing e-mails')).toBeUndefined();
    expect(
      aliasToken({ kind: 'practice', number: 10 }).startsWith(
        aliasToken({ kind: 'practice', number: 1 }),
      ),
    ).toBe(false);
  });

  test('plan: alias first when the query names an ID', () => {
    expect(plan('backups')).toEqual({ alias: undefined, text: 'backups' });
    expect(plan('4.M.D').alias).toBe('hicpid4mdz');
  });

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
    expect(excerptSegments('text hicpid4mdz more')).toEqual([{ text: 'text more', mark: false }]);
  });

  test('merge keeps the ID hit first and each page once', () => {
    expect(merge([hit('/a/')], [hit('/b/'), hit('/a/#x')]).map((h) => h.url)).toEqual([
      '/a/',
      '/b/',
    ]);
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
  });
});
