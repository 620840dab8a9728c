/** Every internal link and anchor of the build resolves, and every page is reachable from home. */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { checkSite, htmlFiles } from '../tests/support/site-links';
import { ROOT, graph, urls } from './helpers';
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

test('every page says it is an independent rendering, links the three official PDFs and says its edition', () => {
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
    // The edition notice, above the fold under the header, links what we know of the newer one.
    expect(selectAll(doc, 'p.edition').text()[0], file).toBe(
      'This is the 2018 edition of HICP. HHS has published a 2023 edition: what we know changed.',
    );
    expect(selectAll(doc, 'p.edition a').attr('href')[0], file).toBe(urls.edition2023());
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

test('the edition page lists each known 2023 title with how sure we are, the topics added and what we do not know', () => {
  const newer = graph.site.newerEdition!;
  const doc = fromHtml(readFileSync(join(ROOT, 'dist', 'edition-2023', 'index.html'), 'utf8'));
  const rows = selectAll(doc, 'main table tbody tr').text();
  const sure = { high: 'Confirmed', medium: 'Likely', low: 'Not confirmed' } as const;
  for (const [kind, list, items] of [
    ['Threat', newer.threats, graph.threats],
    ['Practice', newer.practices, graph.practices],
  ] as const)
    for (const t of list) {
      const old = items.find((i) => i.data.number === t.number)!.data.title;
      const title = t.title === old ? 'Same title' : t.title;
      expect(rows, `${kind} ${t.number}`).toContain(
        `${kind} ${t.number} ${old} ${title} ${sure[t.confidence]}`,
      );
    }
  const main = selectAll(doc, 'main').text()[0]!;
  for (const topic of newer.topicsAdded) expect(main).toContain(topic);
  expect(main).toContain('What we do not know');
  expect(main).toContain('“Medical Device Security” becomes “Network Connected Medical Devices”');
});
