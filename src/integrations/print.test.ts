import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { rewritePrintPage } from './print';

describe('print step', () => {
  test('ids prefixed per item, headings moved down, links to items made in-page, other links absolute', () => {
    const tree = fromHtml(
      '<main><section id="t1" data-print-item="/threats/1/"><h2 id="t1--title">T1</h2><div data-print-body data-print-level="2"><h2 id="what">What</h2><a href="#what">w</a> <a href="/threats/1/#what">x</a> <a href="/about/">y</a></div></section></main>',
      { fragment: true },
    );
    rewritePrintPage(tree, 'https://hicp-guide.test', '/');
    expect(select('#t1--what', tree)?.tagName).toBe('h3');
    expect(selectAll('[data-print-body] a', tree).map((a) => a.properties.href)).toEqual([
      '#t1--what',
      '#t1--what',
      'https://hicp-guide.test/about/',
    ]);
  });
  test('without a configured site, links to the site stay root-relative', () => {
    const tree = fromHtml('<main><a href="/about/">y</a></main>', { fragment: true });
    rewritePrintPage(tree, undefined, '/');
    expect(select('a', tree)!.properties.href).toBe('/about/');
  });
});
