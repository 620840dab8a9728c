/** Every internal link and anchor of the build resolves, and every page is reachable from home. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { checkSite, htmlFiles } from '../tests/support/site-links';
import { ROOT, graph } from './helpers';
import { selectAll } from './select';
import { visit } from 'unist-util-visit';
import { toString } from 'hast-util-to-string';
import type { Element, RootContent } from 'hast';

test('the built site has no broken link, missing anchor or orphan page', () => {
  const { problems, pages, links } = checkSite(join(ROOT, 'dist'));
  expect(pages).toBeGreaterThan(200);
  expect(links).toBeGreaterThan(5000);
  expect(problems).toEqual([]);
});

test('every page says it is an independent rendering and links the three official PDFs', () => {
  const pdfs = graph.site.officialPdfs.map((p) => p.url);
  const pages = htmlFiles(join(ROOT, 'dist')).filter((f) => !f.includes('/go/'));
  expect(pages.length).toBeGreaterThanOrEqual(5 + 10 + 89 + 3 + 20);
  for (const file of pages) {
    const doc = fromHtml(readFileSync(file, 'utf8'));
    expect(selectAll(doc, 'footer').text()[0], file).toContain(
      'Independent rendering, not an official publication',
    );
    const hrefs = selectAll(doc, 'footer a').attr('href');
    for (const pdf of pdfs) expect(hrefs, file).toContain(pdf);
  }
});

/** The text of a node when it is a text node. */
const textOf = (node: RootContent | undefined) => (node?.type === 'text' ? node.value : '');

test('no link is glued to the words around it ("score yourself:small", "and/go/4.M.D/")', () => {
  // Astro drops a line break between text and an element; a missing {' '} glues them together.
  const glued: string[] = [];
  for (const file of htmlFiles(join(ROOT, 'dist'))) {
    visit(fromHtml(readFileSync(file, 'utf8')), 'element', (el: Element) => {
      el.children.forEach((child, i) => {
        if (child.type !== 'element' || child.tagName !== 'a') return;
        const before = textOf(el.children[i - 1]);
        const after = textOf(el.children[i + 1]);
        if (/[\p{L}\p{N}:,;!?]$/u.test(before) || /^[\p{L}\p{N}]/u.test(after))
          glued.push(
            `${file.slice(ROOT.length)}: …${before.slice(-20)}[${toString(child)}]${after.slice(0, 20)}…`,
          );
      });
    });
  }
  expect(glued).toEqual([]);
});
