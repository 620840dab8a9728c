import { describe, expect, test } from 'vitest';
import { offlineCss, offlineSrcset, offlineUrl } from './links';

describe('offline links', () => {
  test('URLs on a page', () => {
    const page = 'practices/4/index.html';
    expect(offlineUrl('/sub-practices/4-m-d/', page)).toBe('../../sub-practices/4-m-d/index.html');
    expect(offlineUrl('/sub-practices/4-m-d/#how-to-measure', page)).toBe(
      '../../sub-practices/4-m-d/index.html#how-to-measure',
    );
    expect(offlineUrl('/', page)).toBe('../../index.html');
    expect(offlineUrl('/search/?q=x', page)).toBe('../../search/index.html?q=x');
    expect(offlineUrl('#why', page)).toBe('#why');
    expect(offlineUrl('https://405d.hhs.gov/x.pdf', page)).toBe('https://405d.hhs.gov/x.pdf');
    expect(offlineUrl('../5/', page)).toBe('../5/index.html');
    expect(offlineUrl('/docs/hicp/threats/1/', page, '/docs/hicp/')).toBe(
      '../../threats/1/index.html',
    );
  });
  test('srcset and CSS url()', () => {
    expect(offlineSrcset('/a.png 1x, /img/b.png 2x', 'x/index.html')).toBe(
      '../a.png 1x, ../img/b.png 2x',
    );
    expect(
      offlineCss('a{background:url("/img/a.svg")} b{background:url(/b.png)}', 'x/index.html'),
    ).toBe('a{background:url("../img/a.svg")} b{background:url(../b.png)}');
  });
});
