/**
 * The record set: one compact record per searchable thing, made once per build from what the
 * records step read of the pages (title, kind, sizes, summary, sections) and from the graph (the
 * threats and practice an item belongs to, its CSF codes, a threat's sub-practices to start with).
 * Both engines read the same file; the shared ranking (src/client/rank.ts) orders results from it.
 */
import type { Graph } from '../../lib/graph';
import { SIZES, type Size } from '../../lib/ids';
import type { RecordSet, SearchRecord, SearchSection } from '../../lib/search-contract';
import { threatSizeAnchor, type Urls } from '../../lib/urls';
import { vocabularyOf } from '../../client/query';
import { FIRST_STEPS_HEADING, threatBySize } from '../../page-data/threat-by-size';
import type { PageRecord } from './records';

/** A page no engine indexes (a list of items) that search still offers by its title and summary. */
export interface ListedPage {
  url: string;
  title: string;
  summary: string;
  sizes: Size[];
  /** Words readers use for it that its title and summary lack. */
  alias?: string;
}

/** The longest one-line summary a record keeps. */
export const SUMMARY_MAX = 110;

/**
 * A summary's first sentence, cut at a word to at most `max` characters (an ellipsis says so):
 * what a result shows before its excerpt arrives, in one line on a phone.
 */
export function oneLine(text: string, max = SUMMARY_MAX): string {
  // A sentence ends after a lower-case word ("U.S." and "e.g." do not end one).
  const sentence = /^(.+?[a-z0-9)”’][.!?])(?=\s+[A-Z“"(]|\s*$)/.exec(text)?.[1] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:–—-]+$/, '')}…`;
}

/** A threat's section heading that tells a story rather than what to do (never a landing place). */
const ASIDE_HEADING = /^Scenario\b/;

/** Facts the graph knows of a page, by its base-less site path. */
type GraphFacts = Omit<Partial<SearchRecord>, 'url' | 'title' | 'kind' | 'summary'>;

function graphFacts(graph: Graph, urls: Urls): Map<string, GraphFacts> {
  const path = (url: string) => urls.sitePath(url)!;
  const facts = new Map<string, GraphFacts>();
  const threatsOf = (practice: number) =>
    [...graph.practice(practice).data.mitigates].sort((a, b) => a - b);
  for (const t of graph.threats) {
    const n = t.data.number;
    const start: Partial<Record<Size, string[]>> = {};
    for (const guide of threatBySize(graph, n))
      start[guide.size] = guide.first.map((s) => s.data.id);
    facts.set(path(urls.threat(n)), {
      threats: [n],
      land: Object.fromEntries(SIZES.map((s) => [s, threatSizeAnchor(s)])),
      start,
    });
  }
  for (const p of graph.practices) {
    const n = p.data.number;
    facts.set(path(urls.practice(n)), {
      practice: n,
      threats: threatsOf(n),
      land: Object.fromEntries(SIZES.map((s) => [s, `${s}-sub-practices`])),
    });
  }
  for (const c of graph.chapters)
    facts.set(path(urls.chapter(c.data.volume, c.data.practice)), {
      practice: c.data.practice,
      threats: threatsOf(c.data.practice),
    });
  for (const s of graph.subPractices) {
    const { id, practice, csf } = s.data;
    const csf2 = graph.csf2Ids(id);
    facts.set(path(urls.subPractice(id)), {
      practice,
      threats: threatsOf(practice),
      ...(csf.length ? { csf: [...csf] } : {}),
      ...(csf2.length ? { csf2 } : {}),
    });
  }
  for (const c of graph.csfEntries) facts.set(path(urls.csfCode(c.code)), { code: c.code });
  for (const e of graph.csf2Catalog.elements) facts.set(path(urls.csf2Code(e.id)), { code: e.id });
  facts.set(path(urls.unconfirmed()), { minor: true });
  // The site's own pages, in the words readers ask for them with (our words, not the pages').
  facts.set(path(urls.downloads()), {
    alias: 'offline internet network phone tablet app zip pdf csv json oscal spreadsheet',
  });
  facts.set(path(urls.about()), { alias: 'official publication pdf source short links cite' });
  facts.set(path(urls.startSmall()), { alias: 'first begin steps' });
  facts.set(path(urls.page('sizing')), {
    land: Object.fromEntries(SIZES.map((s) => [s, `${s}-organizations`])),
  });
  return facts;
}

/** The record of one indexed page: its own facts, the graph's, and its landing sections. */
function recordOf(page: PageRecord, facts: GraphFacts | undefined): SearchRecord {
  const anchors = new Set(page.anchors);
  const record: SearchRecord = {
    url: page.url,
    title: page.title,
    kind: page.kind,
    summary: oneLine(page.summary || page.sections[0]?.text || ''),
  };
  if (page.id) record.id = page.id;
  if (page.volume) record.volume = page.volume;
  if (page.sizes.length) record.sizes = page.sizes;
  const { land, ...rest } = facts ?? {};
  Object.assign(record, rest);
  if (land) {
    // Threat and practice pages make these sections themselves: a missing one is a changed template.
    const missing = Object.values(land).filter((a) => !anchors.has(a));
    if (missing.length && (page.kind === 'threat' || page.kind === 'practice'))
      throw new Error(
        `search records: ${page.url} has no section "${missing.join('", "')}" for its size results to open; check the page template against src/integrations/search/record-set.ts`,
      );
    const found = Object.entries(land).filter(([, a]) => anchors.has(a));
    if (found.length) record.land = Object.fromEntries(found);
  }
  if (page.kind === 'threat') {
    const steps = page.sections.find((s) => s.heading === FIRST_STEPS_HEADING);
    if (steps) record.steps = steps.anchor;
    const aside = page.sections.filter((s) => s.anchor && ASIDE_HEADING.test(s.heading));
    if (aside.length) record.aside = aside.map((s) => s.anchor);
  }
  return record;
}

/**
 * The record set, in a stable order: the indexed pages and terms as read (`indexed`, one per
 * Pagefind page or custom record), then the listed pages. Also returns each record's sections for
 * the offline index (none for a listed page).
 */
export function recordSet(
  indexed: PageRecord[],
  listed: ListedPage[],
  graph: Graph,
  urls: Urls,
): { set: RecordSet; sections: (SearchSection[] | null)[] } {
  const facts = graphFacts(graph, urls);
  const records = [
    ...indexed.map((p) => recordOf(p, facts.get(p.url.split('#')[0]!))),
    ...listed.map((l): SearchRecord => ({
      url: l.url,
      title: l.title,
      kind: 'page',
      summary: oneLine(l.summary),
      sizes: l.sizes,
      ...(l.alias ? { alias: l.alias } : {}),
    })),
  ];
  const texts = [
    ...indexed.flatMap((p) => [p.title, ...p.sections.map((s) => s.heading)]),
    ...listed.map((l) => l.title),
  ];
  return {
    set: { records, words: [...vocabularyOf(texts)] },
    sections: [...indexed.map((p) => p.sections), ...listed.map(() => null)],
  };
}
