/**
 * Post-build step "search": bundles the search UI into one classic script (search.js at the site
 * root) and indexes the built pages with Pagefind, from the pages as the pipeline holds them. Both
 * happen in `npm run build`; nothing extra to run.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import * as pagefind from 'pagefind';
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
    const { pages } = await indexPages(site.pages, join(site.dist, 'pagefind'));
    logger.info(
      `Pagefind indexed ${pages} pages (those marked data-pagefind-body); wrote search.js`,
    );
  },
};

/** Indexes the pages (Pagefind computes each result URL from the file's site path) and writes the index. */
export async function indexPages(
  pages: BuiltPage[],
  outputPath: string,
): Promise<{ pages: number }> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; '));
    let count = 0;
    for (const page of pages) {
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
