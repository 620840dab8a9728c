/**
 * Post-build step "records": readies the pages for both search indexes and reads what they will
 * hold. Table cells and list items end in a space (so excerpts never run cells together: "What it
 * asksPR.AT"); each page is read once (records.ts) for both indexes; the indexed pages' HTML is taken
 * for Pagefind; the record set both engines rank from (record-set.ts) is written for search.js; and
 * the results' styles are written too.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import { loadGraph } from '../../lib/load-graph';
import { SIZES } from '../../lib/ids';
import { RECORDS_JSON, SEARCH_RESULTS_CSS } from '../../lib/search-contract';
import { bundleStyles } from '../bundle';
import type { BuiltPage, BuiltSite } from '../built-site';
import type { PipelineStep } from '../step';
import { findElement, findElements } from '../tree';
import { readPage, type ReadPage } from './records';
import { recordSet, type ListedPage } from './record-set';

export const recordsStep: PipelineStep = {
  name: 'records',
  async run({ site, outputs }) {
    spaceCells(site.pages);
    const read: ReadPage[] = site.pages.map((page) => ({
      page,
      ...readPage(page.tree, site.urls.sitePath(page.url)!),
    }));
    outputs.searchPages = read;
    // Pagefind reads HTML: the indexed pages as they now stand, before markers and styles go.
    outputs.indexedHtml = new Map(
      read.filter((r) => r.records.length).map((r) => [r.page.file, toHtml(r.page.tree)]),
    );
    const { set, sections } = recordSet(
      read.flatMap((r) => r.records),
      listedPages(site),
      loadGraph(),
      site.urls,
    );
    outputs.recordSet = set;
    outputs.recordsJson = JSON.stringify(set);
    outputs.searchText = sections;
    await writeFile(join(site.dist, RECORDS_JSON), outputs.recordsJson);
    // The results' styles, which search.js adds to a page when the header's panel first opens.
    await bundleStyles(
      fileURLToPath(new URL('../../styles/search-results.css', import.meta.url)),
      join(site.dist, SEARCH_RESULTS_CSS),
    );
  },
};

/**
 * Pages of lists that no engine indexes (their text is other items' titles) but a reader asking for
 * them should find: what applies to each size, and each size's checklist. Title and lead only.
 */
function listedPages(site: BuiltSite): ListedPage[] {
  const { urls } = site;
  return SIZES.flatMap((size) =>
    [urls.sizeView(size), urls.checklist(size)].map((url): ListedPage => {
      const page = site.page(urls.fileOfUrl(url)!);
      if (!page) throw new Error(`search records: the page ${url} was not built`);
      const text = (test: (el: Element) => boolean) => {
        const el = findElement(page.tree, test);
        return el ? toString(el).replace(/\s+/g, ' ').trim() : '';
      };
      return {
        url: urls.sitePath(url)!,
        title: text((el) => el.tagName === 'h1'),
        summary: text((el) => el.tagName === 'p' && classes(el).includes('lead')),
        sizes: [size],
        // A checklist is where an organization scores itself (our words for what readers ask).
        ...(url === urls.checklist(size)
          ? { alias: 'score scoring assess assessment progress track' }
          : {}),
      };
    }),
  );
}

const classes = (el: Element) => [el.properties.className ?? []].flat().map(String);

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
