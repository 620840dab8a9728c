import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { rewriteForOffline } from './html';

describe('offline page rewrite', () => {
  test('links relative to files, canonical left absolute, marker after the header', () => {
    const tree = fromHtml(
      '<html><head><link rel="canonical" href="https://hicp-guide.test/threats/2/"><meta http-equiv="refresh" content="0; url=/threats/1/"></head><body><header class="site-header"><a href="/">Home</a></header><form action="/search/"></form><a id="t" href="/threats/1/#why">t</a></body></html>',
    );
    rewriteForOffline(tree, {
      file: 'threats/2/index.html',
      base: '/',
      marker: 'Offline copy · built 2026-01-01 · edition 2018',
      hostedUrl: 'https://hicp-guide.test/',
    });
    expect(select('header a', tree)!.properties.href).toBe('../../index.html');
    expect(select('form', tree)!.properties.action).toBe('../../search/index.html');
    expect(select('#t', tree)!.properties.href).toBe('../1/index.html#why');
    expect(select('link[rel=canonical]', tree)!.properties.href).toBe(
      'https://hicp-guide.test/threats/2/',
    );
    expect(select('meta[http-equiv=refresh]', tree)!.properties.content).toBe(
      '0; url=../1/index.html',
    );
    const marker = select('header + p.offline-marker', tree)!;
    expect(toString(marker)).toBe(
      'Offline copy · built 2026-01-01 · edition 2018 · Latest version',
    );
    expect(select('a', marker)!.properties.href).toBe('https://hicp-guide.test/');
  });
  test('without a configured site the marker links nowhere', () => {
    const tree = fromHtml('<html><body><header></header><main></main></body></html>');
    rewriteForOffline(tree, { file: 'index.html', base: '/', marker: 'Offline copy' });
    const marker = select('p.offline-marker', tree)!;
    expect(toString(marker)).toBe('Offline copy.');
    expect(select('a', marker)).toBeUndefined();
  });

  test('hosted-only parts (the "Keep this guide" control, the zip link) are left out', () => {
    const tree = fromHtml(
      '<html><body><footer><div data-keep data-hosted-only hidden><button>Keep</button></div><p>Stays</p></footer></body></html>',
    );
    rewriteForOffline(tree, {
      file: 'index.html',
      base: '/',
      marker: 'Offline copy',
      hostedUrl: 'https://hicp-guide.test/',
    });
    expect(select('[data-keep]', tree)).toBeUndefined();
    expect(toString(select('footer', tree)!)).toBe('Stays');
  });
});
