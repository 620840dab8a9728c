import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { wrapHeadings } from './heading-wraps';

describe('heading wraps', () => {
  test('section headings in main with an id are wrapped once; others are left alone', () => {
    const tree = fromHtml(
      '<header><h2 id="menu">Menu</h2></header><main><h1 id="t">T</h1><h2 id="a">A</h2><p>x</p><section><h3 id="b">B</h3><h3>No id</h3></section></main>',
      { fragment: true },
    );
    expect(wrapHeadings(tree)).toBe(2);
    expect(selectAll('div.heading-wrap > h2#a, div.heading-wrap > h3#b', tree)).toHaveLength(2);
    expect(selectAll('.heading-wrap', tree)).toHaveLength(2);
    const once = toHtml(tree);
    expect(wrapHeadings(tree)).toBe(0);
    expect(toHtml(tree)).toBe(once);
  });
});
