import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { stripMarkers } from './strip-markers';

describe('search markers', () => {
  test("the indexers' attributes and hidden marker box go; content and other hidden boxes stay", () => {
    const tree = fromHtml(
      '<main data-pagefind-body=""><p class="lead" data-pagefind-meta="summary">S</p>' +
        '<nav data-pagefind-ignore="">N</nav><dl data-search-split="">D</dl>' +
        '<div hidden aria-hidden="true"><span data-pagefind-filter="kind:threat"></span><span data-pagefind-weight="10">hicpidt2z</span></div>' +
        '<div hidden><p>Kept</p></div></main>',
      { fragment: true },
    );
    expect(stripMarkers(tree)).toBe(5);
    expect(toHtml(tree)).toBe(
      '<main><p class="lead">S</p><nav>N</nav><dl>D</dl><div hidden><p>Kept</p></div></main>',
    );
    expect(stripMarkers(tree)).toBe(0);
  });
});
