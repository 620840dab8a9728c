import { describe, expect, test } from 'vitest';
import { createUrls, fileOf, relativePath, sitePathOf, subPracticeSlug } from './urls';

describe('urls (the scheme in DESIGN.md)', () => {
  const u = createUrls('/');
  test('item pages', () => {
    expect(u.threat(2)).toBe('/threats/2/');
    expect(u.practice(10)).toBe('/practices/10/');
    expect(u.subPractice('4.M.D')).toBe('/sub-practices/4-m-d/');
    expect(subPracticeSlug('10.S.A')).toBe('10-s-a');
  });
  test('volumes, chapters, short links and pages', () => {
    expect(u.volume('main')).toBe('/volumes/main/');
    expect(u.chapter('small', 3)).toBe('/volumes/small/3/');
    expect(u.chapter('medium-large', 10)).toBe('/volumes/medium-large/10/');
    expect(u.go('4.M.D')).toBe('/go/4.M.D/');
    expect(u.go('T2')).toBe('/go/T2/');
    expect(u.page('sizing')).toBe('/sizing/');
    expect(u.glossaryTerm('phi')).toBe('/glossary/#phi');
    expect(u.item({ kind: 'practice', number: 4 })).toBe('/practices/4/');
  });
  test('NIST CSF pages, open data and text for assistants', () => {
    expect(u.csf()).toBe('/csf/');
    expect(u.csfCode('PR.IP-4')).toBe('/csf/pr-ip-4/');
    expect(u.csfCode('PR.AT')).toBe('/csf/pr-at/');
    expect(u.csfCode('RC')).toBe('/csf/rc/');
    expect(u.csf2()).toBe('/csf/2.0/');
    expect(u.csf2Code('PR.DS-11')).toBe('/csf/2.0/pr-ds-11/');
    expect(u.csf2Code('GV.PO')).toBe('/csf/2.0/gv-po/');
    expect(u.csf2Section('PR.PS')).toBe('/csf/2.0/#pr-ps');
    // The version's dot is a folder name, not a file's extension: the page is its index.html.
    expect(u.fileOfUrl(u.csf2())).toBe('csf/2.0/index.html');
    expect(u.fileOfUrl(u.csf2Code('RC'))).toBe('csf/2.0/rc/index.html');
    expect(u.data('oscal/hicp-catalog.json')).toBe('/data/oscal/hicp-catalog.json');
    expect(u.llmsTxt()).toBe('/llms.txt');
    expect(u.itemMarkdown({ kind: 'subPractice', id: '4.M.D' })).toBe(
      '/sub-practices/4-m-d/index.md',
    );
    expect(fileOf('sub-practices/4-m-d/index.md')).toBe('sub-practices/4-m-d/index.md');
  });
  test('a sub-path base prefixes every URL', () => {
    for (const base of ['/docs/hicp', '/docs/hicp/', 'docs/hicp']) {
      const b = createUrls(base);
      expect(b.home()).toBe('/docs/hicp/');
      expect(b.subPractice('1.M.B')).toBe('/docs/hicp/sub-practices/1-m-b/');
    }
  });
  test('relative paths between files', () => {
    expect(relativePath('index.html', 'threats/2/index.html')).toBe('threats/2/index.html');
    expect(relativePath('threats/2/index.html', 'index.html')).toBe('../../index.html');
    expect(relativePath('threats/2/index.html', 'threats/3/index.html')).toBe('../3/index.html');
    expect(relativePath('sub-practices/4-m-d/index.html', 'sub-practices/4-m-d/index.html')).toBe(
      'index.html',
    );
    expect(relativePath('a/index.html', 'favicon.svg')).toBe('../favicon.svg');
  });
  test('site paths name files', () => {
    expect(fileOf('')).toBe('index.html');
    expect(fileOf('threats/2/')).toBe('threats/2/index.html');
    expect(fileOf('threats/2')).toBe('threats/2/index.html');
    expect(fileOf('favicon.svg')).toBe('favicon.svg');
  });
  test('files and site paths round-trip; URLs under a base map to files', () => {
    for (const p of ['', 'threats/2/', 'favicon.svg', 'downloads/hicp-guide-offline.zip'])
      expect(sitePathOf(fileOf(p))).toBe(p);
    const b = createUrls('/docs/hicp/');
    expect(b.ofFile('threats/2/index.html')).toBe('/docs/hicp/threats/2/');
    expect(b.ofFile('index.html')).toBe('/docs/hicp/');
    expect(b.sitePath('/docs/hicp/threats/2/')).toBe('threats/2/');
    expect(b.sitePath('/threats/2/')).toBeUndefined();
    expect(b.fileOfUrl('/docs/hicp/threats/2/#why')).toBe('threats/2/index.html');
    expect(b.fileOfUrl('/docs/hicp/search/?q=x')).toBe('search/index.html');
  });
});
