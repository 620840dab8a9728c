/** Unit tests of the HTML rewrites that run after the build (CSP, print pages, downloads, search records). */
import { describe, expect, test } from 'vitest';
import { createHash } from 'node:crypto';
import { applyCsp } from './csp';
import { rewritePrintPage } from './print-html';
import { fillDownloads, formatSize, markOfflineDownloads } from './downloads-html';
import { recordFromHtml } from './search-records';
import { rewriteForOffline } from './offline-html';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;

describe('post-build rewrites', () => {
  test('CSP allows exactly the inline scripts and styles of the page by hash', () => {
    const html = applyCsp('<html><head><meta charset="utf-8"><style>a{}</style></head><body><script>go()</script><script src="/x.js"></script></body></html>', { wasm: false, offline: false });
    const policy = /content="([^"]+)"/.exec(html.replace(/&#x27;/g, "'"))![1]!;
    expect(policy).toContain(`script-src 'self' ${sha('go()')}`);
    expect(policy).toContain(`style-src 'self' ${sha('a{}')}`);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('wasm-unsafe-eval');
    expect(html.indexOf('Content-Security-Policy')).toBeGreaterThan(html.indexOf('charset'));
  });

  test('print page: ids prefixed per item, headings moved down, links to items made in-page', () => {
    const html = rewritePrintPage(
      '<main><section id="t1" data-print-item="/threats/1/"><h2 id="t1--title">T1</h2><div data-print-body data-print-level="2"><h2 id="what">What</h2><a href="#what">w</a> <a href="/threats/1/#what">x</a> <a href="/about/">y</a></div></section></main>',
      'https://example.org',
      '/',
    );
    expect(html).toContain('<h3 id="t1--what">What</h3>');
    expect(html).toContain('<a href="#t1--what">w</a>');
    expect(html).toContain('<a href="#t1--what">x</a>');
    expect(html).toContain('<a href="https://example.org/about/">y</a>');
  });

  test('downloads page: size and SHA-256 filled in; offline copy points to the hosted site', () => {
    const page = '<div data-hosted-only><span data-download-size>?</span><code data-download-sha>?</code></div><p data-offline-only hidden><a href="/downloads/" data-hosted-link>x</a></p>';
    const filled = fillDownloads(page, { size: 2048, sha256: 'abc' });
    expect(filled).toContain('2 KB (2,048 bytes)');
    expect(filled).toContain('>abc</code>');
    const offline = markOfflineDownloads(page, 'https://example.org/downloads/');
    expect(offline).not.toContain('data-download-sha');
    expect(offline).toMatch(/<p data-offline-only(="")?><a href="https:\/\/example.org\/downloads\/"/);
    expect(formatSize(3 * 1024 * 1024)).toBe('3.0 MB');
  });

  test('search record: title, filters, ID alias and sections from the page markers', () => {
    const record = recordFromHtml(
      `<main data-pagefind-body><h1>Backup Strategies</h1><p class="lead" data-pagefind-meta="summary">Keep copies.</p>
       <nav data-pagefind-ignore>skip me</nav><h2 id="why">Why it matters</h2><p>Restore fast.</p>
       <div hidden><span data-pagefind-filter="kind:sub-practice"></span><span data-pagefind-filter="size:medium"></span>
       <span data-pagefind-meta="id:4.M.D"></span><span data-pagefind-weight="10">hicpid4mdz</span></div></main>`,
      '/sub-practices/4-m-d/',
    );
    expect(record).toMatchObject({ title: 'Backup Strategies', id: '4.M.D', alias: 'hicpid4mdz', kind: 'sub-practice', sizes: ['medium'], summary: 'Keep copies.' });
    expect(record!.sections).toEqual([
      { anchor: '', heading: 'Backup Strategies', text: 'Keep copies.' },
      { anchor: 'why', heading: 'Why it matters', text: 'Restore fast.' },
    ]);
    expect(recordFromHtml('<main><h1>Not indexed</h1></main>', '/x/')).toBeUndefined();
  });

  test('offline page: links relative to files, marker after the header', () => {
    const html = rewriteForOffline('<html><head><link rel="canonical" href="https://example.org/threats/2/"></head><body><header class="site-header"><a href="/">Home</a></header><form action="/search/"></form><a href="/threats/1/#why">t</a></body></html>', {
      file: 'threats/2/index.html',
      base: '/',
      marker: 'Offline copy — built on 2026-01-01 from edition 2018',
      hostedUrl: 'https://example.org/',
    });
    expect(html).toContain('<a href="../../index.html">Home</a>');
    expect(html).toContain('action="../../search/index.html"');
    expect(html).toContain('href="../1/index.html#why"');
    expect(html).toContain('href="https://example.org/threats/2/"');
    expect(html).toMatch(/<\/header><p class="offline-marker" role="note">Offline copy — built on 2026-01-01 from edition 2018\. <a href="https:\/\/example.org\/"/);
  });
});
