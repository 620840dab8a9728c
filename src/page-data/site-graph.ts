/** The validated graph and the URLs of the running build, for pages. */
import { loadGraph } from '../lib/load-graph';
import type { Graph } from '../lib/graph';
import { createUrls, type Urls } from '../lib/urls';

/**
 * The checked graph, read once per build. Every use asks the gate's cache for the current graph, so
 * under `npm run dev`, where the gate runs again when content changes (src/integrations/dev-content.ts),
 * pages show the new titles and links, and a content mistake shows as the page's error.
 */
export const graph: Graph = new Proxy({} as Graph, {
  get: (_, key) => Reflect.get(loadGraph(), key),
  has: (_, key) => Reflect.has(loadGraph(), key),
  ownKeys: () => Reflect.ownKeys(loadGraph()),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(loadGraph(), key),
});

const env = (import.meta as { env?: { BASE_URL?: string } }).env;
/** URLs for the running build: Astro's `base` comes in through BASE_URL. */
export const urls: Urls = createUrls(env?.BASE_URL ?? '/');

/**
 * The public address of a site path when the build has one (SITE_URL, Astro's `site`); otherwise the
 * path itself, so a page still links to where it is read.
 */
export const publicUrl = (path: string, site: URL | undefined): string =>
  site ? new URL(path, site).href : path;
