/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`): a page that returns a
 * key from getStaticPaths is copied from the previous build, not rendered, when its key, its code and
 * the content entries it renders are all unchanged (Astro tracks the last two). The key covers what
 * a page reads from the graph, which Astro cannot see: every entry's facts (pages show other items'
 * titles, summaries, sizes, links and CSF labels, so any fact changes every page), the build date
 * (each Cite box shows it) and the bodies the page reads through the graph rather than renders.
 */
import { createHash } from 'node:crypto';
import type { Graph } from '../lib/graph';
import { buildDate } from './build-date';

const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

const factsOf = new WeakMap<object, string>();

/** Every fact of the graph (all but the bodies) and the build date, as one short hash. */
function facts(graph: Graph): string {
  // The graph is read through a proxy (site-graph.ts): the site facts object is the stable identity.
  const id = graph.site;
  let key = factsOf.get(id);
  if (!key) {
    const {
      site,
      redirects,
      threats,
      practices,
      subPractices,
      volumes,
      chapters,
      pages,
      glossary,
    } = graph;
    const data = { site, redirects, glossary, csf: graph.csfEntries };
    const entries = [threats, practices, subPractices, volumes, chapters, pages].map((list) =>
      list.map((e) => [e.id, e.data]),
    );
    key = sha(JSON.stringify([data, entries, buildDate().toISOString()]));
    factsOf.set(id, key);
  }
  return key;
}

/** The key of a page that reads these bodies through the graph (its own, usually). */
export function pageKey(graph: Graph, ...bodies: string[]): string {
  return `${facts(graph)}:${sha(bodies.join('\0'))}`;
}

/** The key of a page or file that reads every body (print editions, the data files). */
export function siteKey(graph: Graph): string {
  const all = [graph.threats, graph.practices, graph.subPractices, graph.volumes, graph.chapters];
  return pageKey(graph, ...all.flat().map((e) => e.body), ...graph.pages.map((p) => p.body));
}
