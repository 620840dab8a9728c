/**
 * Post-build step "search": bundles the search UI into one classic script (search.js at the site
 * root) and indexes the built pages with Pagefind, from the pages as the pipeline holds them. Both
 * happen in `npm run build`; nothing extra to run.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { writeFile } from 'node:fs/promises';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import * as pagefind from 'pagefind';
import { vocabularyTexts } from '../../lib/search-contract';
import { recordsFromTree, searchRecords } from './records';
import { vocabularyOf } from '../../client/query';
import { bundleClient } from '../bundle';
import type { BuiltPage } from '../built-site';
import type { PipelineStep } from '../pipeline';

export const searchStep: PipelineStep = {
  name: 'search',
  async run({ site, logger }) {
    await bundleClient(
      fileURLToPath(new URL('../../client/search.ts', import.meta.url)),
      join(site.dist, 'search.js'),
    );
    spaceCells(site.pages);
    const { pages } = await indexPages(site.pages, join(site.dist, 'pagefind'), (p) =>
      site.urls.sitePath(p.url)!,
    );
    // Typo correction and "did you mean" read the same words offline (from the records).
    await writeFile(
      join(site.dist, 'search-words.json'),
      JSON.stringify([...vocabularyOf(vocabularyTexts(searchRecords(site)))]),
    );
    logger.info(
      `Pagefind indexed ${pages} records (pages marked data-pagefind-body; glossary terms one by one); wrote search.js`,
    );
  },
};

/**
 * Table cells and list items end in a space, so excerpts never run cells together ("What it
 * asksPR.AT"). Whitespace between cells changes nothing on screen.
 */
function spaceCells(pages: BuiltPage[]): void {
  for (const page of pages) {
    const body = select('[data-pagefind-body]', page.tree);
    if (!body) continue;
    for (const cell of selectAll('td, th, dt, dd', body) as Element[])
      cell.children.push({ type: 'text', value: ' ' });
  }
}

/**
 * Indexes the pages (Pagefind computes each result URL from the file's site path) and writes the
 * index. A page marked data-search-split (the glossary) is added as one custom record per term, the
 * same records the offline search holds.
 */
export async function indexPages(
  pages: BuiltPage[],
  outputPath: string,
  sitePath: (page: BuiltPage) => string,
): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; '));
    let count = 0;
    for (const page of pages) {
      if (select('[data-pagefind-body] [data-search-split]', page.tree)) {
        for (const r of recordsFromTree(page.tree, sitePath(page))) {
          const added = await index.addCustomRecord({
            url: `/${r.url}`,
            content: `${r.title}. ${r.summary}`,
            language: 'en',
            meta: { title: r.title, summary: r.summary },
            filters: { kind: [r.kind] },
          });
          if (added.errors.length) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
          count += 1;
        }
        continue;
      }
      const added = await index.addHTMLFile({ sourcePath: page.file, content: toHtml(page.tree) });
      if (added.errors.length) throw new Error(`${page.file}: ${added.errors.join('; ')}`);
      count += 1;
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: count };
  } catch (cause) {
    throw new Error(`Pagefind failed: ${(cause as Error).message}`, { cause });
  } finally {
    await pagefind.close();
  }
}
