/**
 * Post-build step "records": readies the pages for both search indexes and reads what they will
 * hold. Table cells and list items end in a space (so excerpts never run cells together: "What it
 * asksPR.AT"); each page's search records are read once (records.ts) for both indexes; the indexed
 * pages' HTML is taken for Pagefind; and the words of the records (typo correction, "did you mean")
 * and the results' styles are written for search.js.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { SEARCH_RESULTS_CSS, vocabularyTexts } from '../../lib/search-contract';
import { vocabularyOf } from '../../client/query';
import { bundleStyles } from '../bundle';
import type { BuiltPage } from '../built-site';
import type { PipelineStep } from '../step';
import { findElement, findElements } from '../tree';
import { readPage, type ReadPage } from './records';

export const recordsStep: PipelineStep = {
  name: 'records',
  async run({ site, outputs }) {
    spaceCells(site.pages);
    const read: ReadPage[] = site.pages.map((page) => ({
      page,
      ...readPage(page.tree, site.urls.sitePath(page.url)!),
    }));
    outputs.searchPages = read;
    outputs.searchRecords = read.flatMap((r) => r.records);
    // Pagefind reads HTML: the indexed pages as they now stand, before markers and styles go.
    outputs.indexedHtml = new Map(
      read.filter((r) => r.records.length).map((r) => [r.page.file, toHtml(r.page.tree)]),
    );
    await writeFile(
      join(site.dist, 'search-words.json'),
      JSON.stringify([...vocabularyOf(vocabularyTexts(outputs.searchRecords))]),
    );
    // The results' styles, which search.js adds to a page when the header's panel first opens.
    await bundleStyles(
      fileURLToPath(new URL('../../styles/search-results.css', import.meta.url)),
      join(site.dist, SEARCH_RESULTS_CSS),
    );
  },
};

/**
 * Table cells and list items end in a space, so excerpts never run cells together. Whitespace
 * between cells changes nothing on screen.
 */
function spaceCells(pages: BuiltPage[]): void {
  const cell = (el: Element) => /^(td|th|dt|dd)$/.test(el.tagName);
  for (const page of pages) {
    const body = findElement(page.tree, (el) => el.properties.dataPagefindBody !== undefined);
    if (body)
      for (const c of findElements(body, cell)) c.children.push({ type: 'text', value: ' ' });
  }
}
