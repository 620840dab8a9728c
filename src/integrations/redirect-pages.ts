/**
 * Post-build step "redirects", the first: adds the pages that only forward (short links, moved pages;
 * src/page-data/redirect-pages.ts) to the built site as trees, so every later step treats them as
 * the pages they are (CSP, permalinks, the offline copy, the saved copy) without Astro rendering them.
 */
import { loadGraph } from '../lib/load-graph';
import { redirectPages, redirectTree } from '../page-data/redirect-pages';
import type { PipelineStep } from './step';

export const redirectsStep: PipelineStep = {
  name: 'redirects',
  run({ site, settings, logger }) {
    const { urls } = site;
    const siteUrl = settings.site ? new URL(settings.site) : undefined;
    const pages = redirectPages(loadGraph(), urls);
    for (const r of pages)
      site.addPage(urls.fileOfUrl(r.url)!, redirectTree(r, urls.asset('favicon.svg'), siteUrl));
    logger.info(`${pages.length} redirect pages (short links and moved pages)`);
  },
};
