/**
 * The content gate: reads content/ from disk and NIST's CSF 2.0 catalog from vendor/, checks every
 * file and every relation, then the redirects against the pages the graph implies. The build's single
 * gate for content mistakes.
 */
import { resolve } from 'node:path';
import { readContentDir } from './content-source';
import { readCsf2Catalog } from './csf2-source';
import { buildGraph, type Graph } from './graph';
import { ContentError } from './content-errors';
import { redirectProblems } from './redirects';
import { shortLinkProblems, shortLinks } from './short-links';
import { sitePages } from './site-map';
import { createUrls } from './urls';

/** The content folder; HICP_CONTENT_DIR points the build at another one (used by the bad-content tests). */
export function contentDir(): string {
  return resolve(process.env.HICP_CONTENT_DIR ?? 'content');
}

/** Reads and checks a content folder; throws ContentError listing every problem (file, field, problem, fix). */
export function checkContent(dir: string): Graph {
  const { input, problems } = readContentDir(dir);
  // NIST's CSF 2.0 catalog is not content, but the graph needs it: every CSF 1.1 code must resolve.
  const csf2 = readCsf2Catalog();
  const graph = buildGraph({ ...input, ...(csf2.catalog ? { csf2: csf2.catalog } : {}) }, [
    ...problems,
    ...csf2.problems,
  ]);
  // Redirects and short links are checked against the site's pages, which only a valid graph can
  // list: each address leads to one page.
  const all = sitePages(graph, createUrls('/'));
  const pages = new Set(all.map((p) => p.url));
  const others = new Set(all.filter((p) => p.kind !== 'redirect').map((p) => p.url));
  const addresses = [
    ...redirectProblems(graph.redirects, pages, graph.files.redirects),
    ...shortLinkProblems(shortLinks(graph), others),
  ];
  if (addresses.length) throw new ContentError(addresses);
  return graph;
}

/**
 * One cache for the whole process: Astro loads this module twice in a build (with the config, and
 * again in the bundle that renders the pages), and each copy would check every file again.
 */
const CACHE_KEY = Symbol.for('hicp.graphs');
const cache: Map<string, Graph> = ((globalThis as Record<symbol, Map<string, Graph>>)[CACHE_KEY] ??=
  new Map());

/** The checked graph of a content folder, read once per process (until `forgetGraph`). */
export function loadGraph(dir = contentDir()): Graph {
  let graph = cache.get(dir);
  if (!graph) {
    graph = checkContent(dir);
    cache.set(dir, graph);
  }
  return graph;
}

/** Drops the cached graph of a folder, so the next `loadGraph` reads and checks it again (dev). */
export function forgetGraph(dir = contentDir()): void {
  cache.delete(dir);
}
