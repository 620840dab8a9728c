import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { VFile } from 'vfile';
import { foldSummary, practiceOfFile, rehypeSizeFolds } from './rehype-size-folds';

const run = (html: string, path: string) => {
  const tree = fromHtml(html, { fragment: true });
  rehypeSizeFolds({ count: (_, size) => ({ small: 3, medium: 5, large: 0 })[size] })(
    tree,
    new VFile({ path }),
  );
  return toHtml(tree);
};
const body = (sizes = ['small', 'medium', 'large']) =>
  `<h2>What it is</h2><p>A.</p>${sizes.map((s) => `<h2>What ${s} organizations do</h2><p>${s}.</p>`).join('')}<h2>How to measure progress</h2><p>M.</p>`;

describe('rehype size folds', () => {
  test('wraps each size section of a practice, heading and text, in an open fold that says what it holds', () => {
    const html = run(body(), '/x/content/practices/4.mdx');
    expect(html).toBe(
      '<h2>What it is</h2><p>A.</p>' +
        '<details class="fold" data-fold="small" open><summary>What small organizations do: 3 sub-practices</summary><h2>What small organizations do</h2><p>small.</p></details>' +
        '<details class="fold" data-fold="medium" open><summary>What medium organizations do: 5 sub-practices</summary><h2>What medium organizations do</h2><p>medium.</p></details>' +
        '<details class="fold" data-fold="large" open><summary>What large organizations do: no large sub-practices</summary><h2>What large organizations do</h2><p>large.</p></details>' +
        '<h2>How to measure progress</h2><p>M.</p>',
    );
  });

  test('a practice without one of the sections fails with the file and the fix', () => {
    expect(() => run(body(['small', 'medium']), '/x/content/practices/4.mdx')).toThrow(
      /content\/practices\/4\.mdx: the practice has no "## What large organizations do" section.*Fix: add it/,
    );
  });

  test('leaves every other file alone (chapters and sub-practices are not practice bodies)', () => {
    for (const path of ['/x/content/volumes/small/4.mdx', '/x/content/sub-practices/4.S.A.mdx'])
      expect(run(body(['small']), path)).toBe(body(['small']));
    expect(practiceOfFile('C:\\site\\content\\practices\\10.mdx')).toBe(10);
    expect(foldSummary('medium', 1)).toBe('What medium organizations do: 1 sub-practice');
  });
});
