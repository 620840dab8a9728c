import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { createUrls } from '../lib/urls';
import { collectPermalinks, lostPermalinks } from './permalinks';

const urls = createUrls('/');
const site = (files: Record<string, string>) =>
  Object.entries(files).map(([file, html]) => ({
    file,
    url: urls.ofFile(file),
    tree: fromHtml(html),
  }));

const page = (...ids: string[]) =>
  `<h1 id="top">T</h1>${ids.map((i) => `<h2 id="${i}">${i}</h2>`).join('')}`;

describe('permalink manifest', () => {
  const before = collectPermalinks(
    site({
      'index.html': page(),
      'threats/2/index.html': page('what-it-is', 'first-steps'),
      'old/index.html': page('a'),
    }),
  );

  test('collects every page and heading anchor', () => {
    expect(before).toEqual({
      '/': ['top'],
      '/old/': ['a', 'top'],
      '/threats/2/': ['first-steps', 'top', 'what-it-is'],
    });
  });

  test('a section folded into a <details> with an id is an anchor too (a link opens it)', () => {
    expect(
      collectPermalinks(
        site({
          'threats/2/index.html': `${page('by-size')}<details id="by-size-small"></details>`,
        }),
      ),
    ).toEqual({ '/threats/2/': ['by-size', 'by-size-small', 'top'] });
  });

  test('names the URL of a removed page and the anchor of a removed heading', () => {
    const after = collectPermalinks(
      site({ 'index.html': page(), 'threats/2/index.html': page('what-it-is') }),
    );
    expect(lostPermalinks(before, after)).toEqual(['/old/', '/threats/2/#first-steps']);
  });

  test('a redirect page and an anchor alias keep the promise', () => {
    const after = collectPermalinks(
      site({
        'index.html': page(),
        'threats/2/index.html': `${page('what-it-is', 'next-steps')}<span class="anchor-alias" id="first-steps"></span>`,
        'new/index.html': page('a'),
        'old/index.html':
          '<meta http-equiv="refresh" content="0; url=/new/"><a href="/new/">moved</a>',
      }),
    );
    expect(lostPermalinks(before, after)).toEqual([]);
  });
});
