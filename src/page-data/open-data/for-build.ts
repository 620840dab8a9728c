/** The open-data context of the running build: its graph, URLs, public site URL and build date. */
import { graph, urls } from '../site-graph';
import { buildDate } from '../build-date';
import type { OpenDataContext } from './context';

const date = buildDate();

/** `site`: Astro's `site` (Astro.site in pages, context.site in endpoints), from SITE_URL if set. */
export function buildContext(site: URL | undefined): OpenDataContext {
  return { graph, urls, site: site?.href, date };
}
