/**
 * What every open-data generator reads: the validated graph, the URL module, the public site URL
 * (data files carry absolute links, so a downloaded file still points home) and the build date.
 * Pure inputs, so tests can run the generators over any content tree without a build.
 */
import type { Graph } from '../../lib/graph';
import type { Urls } from '../../lib/urls';
import { refLabel, type ItemRef } from '../../lib/ids';

export interface OpenDataContext {
  graph: Graph;
  urls: Urls;
  /**
   * The public URL of the hosted site (Astro's `site`, from SITE_URL). Without one the build warns,
   * and links in the data are root-relative paths, as on the pages.
   */
  site?: string;
  /** The build date (src/page-data/build-date.ts): the same commit gives the same bytes. */
  date: Date;
}

/** An absolute URL for a root-relative one from the URL module (root-relative without a site). */
export const absolute = (ctx: OpenDataContext, url: string) =>
  ctx.site ? ctx.urls.absolute(url, ctx.site) : url;

/** The ID of an item as the data files write it: T2, P4, 4.M.D. */
export const threatId = (n: number) => refLabel({ kind: 'threat', number: n });
export const practiceId = (n: number) => refLabel({ kind: 'practice', number: n });
export const subPracticeRef = (id: string): ItemRef => ({ kind: 'subPractice', id });

/** Related sub-practices in both directions, as the sub-practice page shows them. */
export function relatedIds(graph: Graph, id: string): string[] {
  const own = graph.subPractice(id).data.related;
  return [
    ...own,
    ...graph
      .relatedFrom(id)
      .map((r) => r.data.id)
      .filter((r) => !own.includes(r)),
  ];
}

/** The sub-practices that cite a NIST CSF code exactly as written. */
export const citing = (graph: Graph, code: string) =>
  graph.subPractices.filter((s) => s.data.csf.includes(code));

/** The build date as a calendar day ("2026-12-01"). */
export const day = (date: Date) => date.toISOString().slice(0, 10);
