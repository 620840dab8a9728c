/** The open-data context of the running build: its graph, URLs, public site URL and build date. */
import { graph, urls } from '../site-graph';
import { buildDate } from '../build-date';
import type { OpenDataContext } from './context';

const date = buildDate();

/** `site`: Astro's `site` (Astro.site in pages, context.site in endpoints), set in astro.config.mjs. */
export function buildContext(site: URL | undefined): OpenDataContext {
  if (!site) throw new Error('astro.config.mjs must set `site`: data files carry absolute links.');
  return { graph, urls, site: site.href, date };
}
