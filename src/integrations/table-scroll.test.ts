import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { wrapTables } from './table-scroll';

describe('table scroll boxes', () => {
  test('a bare table gets a focusable, labelled box; a table already in one is left alone', () => {
    const tree = fromHtml(
      '<main tabindex="-1"><table><tr><th>Size</th><th>Beds</th></tr></table><section tabindex="0"><table><caption>M</caption></table></section></main>',
      { fragment: true },
    );
    expect(wrapTables(tree)).toBe(1);
    const box = select('section.table-scroll', tree)!;
    expect(box.properties.tabIndex).toBe(0);
    expect(box.properties.ariaLabel).toBe('Table: Size, Beds');
    expect(selectAll('section.table-scroll > table', tree)).toHaveLength(1);
    expect(wrapTables(tree)).toBe(0);
  });
});
