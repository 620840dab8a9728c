import { describe, expect, test } from 'vitest';
import { writeTree } from './content-tree';
import { checkSite } from './site-links';

const site = (files: Record<string, string>) => writeTree(files, 'hicp-site-');

describe('checkSite', () => {
  test('accepts a consistent site', () => {
    const root = site({
      'index.html':
        '<a href="/a/">a</a><a href="/a/#x">x</a><a href="https://hicp-guide.test">e</a>',
      'a/index.html': '<h2 id="x">X</h2><a href="../">home</a>',
    });
    expect(checkSite(root).problems).toEqual([]);
  });
  test('reports missing pages, missing anchors and orphans', () => {
    const root = site({
      'index.html': '<a href="/missing/">m</a><a href="/a/#nope">a</a>',
      'a/index.html': '<p>a</p>',
      'lonely/index.html': '<p>nobody links here</p>',
    });
    const problems = checkSite(root).problems.map((p) => `${p.page} ${p.link} ${p.problem}`);
    expect(problems).toEqual([
      'index.html /missing/ no file missing/index.html',
      'index.html /a/#nope no element with id "nope" in a/index.html',
      'lonely/index.html  orphan: no chain of links from the home page reaches it',
    ]);
  });
  test('honours a sub-path base', () => {
    const root = site({
      'index.html': '<a href="/docs/a/">a</a><a href="/a/">wrong</a>',
      'a/index.html': '',
    });
    expect(checkSite(root, '/docs/').problems.map((p) => p.link)).toEqual(['/a/']);
  });
});
