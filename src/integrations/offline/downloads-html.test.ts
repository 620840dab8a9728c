import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { fillDownloads, markOfflineDownloads } from './downloads-html';
import { formatSize } from '../../page-data/downloads';
import { dropHostedOnly } from './html';

const page = () =>
  fromHtml(
    '<div data-hosted-only><span data-download-size>?</span><code data-download-sha>?</code></div><p data-offline-only hidden><a href="/downloads/" data-hosted-link>x</a></p>',
    { fragment: true },
  );

describe('downloads page rewrites', () => {
  test('size and SHA-256 filled in', () => {
    const tree = page();
    fillDownloads(tree, { size: 2048, sha256: 'abc' });
    expect(toString(select('[data-download-size]', tree)!)).toBe('2 KB (2,048 bytes)');
    expect(toString(select('[data-download-sha]', tree)!)).toBe('abc');
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });
  test('the offline copy drops the hosted-only parts and points to the hosted site', () => {
    const tree = page();
    dropHostedOnly(tree); // every offline page: see html.ts
    markOfflineDownloads(tree, 'https://hicp-guide.test/downloads/');
    expect(select('[data-download-sha]', tree)).toBeUndefined();
    const note = select('[data-offline-only]', tree)!;
    expect(note.properties.hidden).toBeUndefined();
    expect(select('a', note)!.properties.href).toBe('https://hicp-guide.test/downloads/');
  });
  test('without a configured site the hosted link becomes plain text, not a dead link', () => {
    const tree = page();
    markOfflineDownloads(tree, undefined);
    const note = select('[data-offline-only]', tree)!;
    expect(select('a', note)).toBeUndefined();
    expect(select('[data-hosted-link]', note)!.tagName).toBe('span');
  });
});
