/** The validated graph and the URLs of the running build, for pages (read once per build). */
import { loadGraph } from '../lib/load-graph';
import { createUrls, type Urls } from '../lib/urls';

export const graph = loadGraph();

const env = (import.meta as { env?: { BASE_URL?: string } }).env;
/** URLs for the running build: Astro's `base` comes in through BASE_URL. */
export const urls: Urls = createUrls(env?.BASE_URL ?? '/');

/**
 * The public address of a site path when the build has one (SITE_URL, Astro's `site`); otherwise the
 * path itself, so a page still links to where it is read.
 */
export const publicUrl = (path: string, site: URL | undefined): string =>
  site ? new URL(path, site).href : path;
