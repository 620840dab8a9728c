/**
 * Offline search (file://): MiniSearch over the records in search-index.js, a classic script that
 * sets a global. Same UI, same ID search, same filters as the hosted Pagefind search.
 */
import MiniSearch from 'minisearch';
import type { SearchRecord } from '../lib/search-contract';
import { fileOf, relativePath } from '../lib/urls';
import {
  merge,
  plan,
  type Backend,
  type Filters,
  type Found,
  type Hit,
  type Segment,
} from './search-core';

interface Doc {
  id: number;
  page: number;
  anchor: string;
  title: string;
  heading: string;
  text: string;
  alias: string;
}

const EXCERPT_WORDS = 24;

/** An excerpt of about 24 words around the first matched term, matched words marked. */
export function excerpt(text: string, terms: string[]): Segment[] {
  const words = text.split(/\s+/).filter(Boolean);
  const isMatch = (w: string) =>
    terms.some((t) =>
      w
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '')
        .startsWith(t),
    );
  const first = Math.max(0, words.findIndex(isMatch));
  const start = Math.max(0, first - 6);
  const out: Segment[] = [];
  for (const w of words.slice(start, start + EXCERPT_WORDS)) {
    const mark = isMatch(w);
    const last = out[out.length - 1];
    if (last && last.mark === mark && !mark) last.text += ` ${w}`;
    else out.push({ text: out.length ? ` ${w}` : w, mark });
  }
  return out;
}

function matchesFilters(r: SearchRecord, f: Filters): boolean {
  return (
    (!f.kind.length || f.kind.includes(r.kind)) &&
    (!f.volume.length || (r.volume !== undefined && f.volume.includes(r.volume))) &&
    (!f.size.length || r.sizes.some((s) => f.size.includes(s)))
  );
}

/**
 * `root` is the URL of the copy's top folder; `currentFile` the page being read, relative to it.
 * Result links are relative file paths from that page, as everything else in the offline copy.
 */
export function offlineBackend(records: SearchRecord[], currentFile: string): Backend {
  const docs: Doc[] = [];
  records.forEach((r, page) =>
    r.sections.forEach((s, i) =>
      docs.push({
        id: docs.length,
        page,
        anchor: s.anchor,
        title: i === 0 ? r.title : '',
        heading: s.heading,
        text: s.text,
        alias: i === 0 ? (r.alias ?? '') : '',
      }),
    ),
  );
  const ms = new MiniSearch<Doc>({
    fields: ['title', 'heading', 'text', 'alias'],
    storeFields: [],
  });
  ms.addAll(docs);
  const href = (r: SearchRecord, anchor: string) =>
    relativePath(currentFile, fileOf(r.url)) + (anchor ? `#${anchor}` : '');

  function run(query: string, filters: Filters, limit: number, byId: boolean): Found {
    const results = byId
      ? ms.search(query, { fields: ['alias'] })
      : ms.search(query, {
          prefix: (t) => t.length > 2,
          fuzzy: (t) => (t.length > 4 ? 0.2 : 0),
          boost: { title: 4, heading: 2 },
          combineWith: 'AND',
        });
    const best = new Map<number, { score: number; doc: Doc; terms: string[] }>();
    for (const res of results) {
      const doc = docs[res.id as number]!;
      if (!matchesFilters(records[doc.page]!, filters)) continue;
      const seen = best.get(doc.page);
      if (seen) seen.score += res.score / 4;
      else best.set(doc.page, { score: res.score, doc, terms: res.terms });
    }
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    const hits: Hit[] = ranked.slice(0, limit).map(({ doc, terms }) => {
      const r = records[doc.page]!;
      return {
        url: href(r, byId ? '' : doc.anchor),
        title: r.title,
        id: r.id,
        kind: r.kind,
        volume: r.volume,
        sizes: r.sizes,
        excerpt: byId || !doc.text ? [{ text: r.summary, mark: false }] : excerpt(doc.text, terms),
      };
    });
    return { hits, total: ranked.length };
  }

  return {
    async search(query, filters, limit) {
      const { alias, text } = plan(query);
      const byId = alias ? run(alias, filters, 1, true) : { hits: [], total: 0 };
      const byText = run(text, filters, limit, false);
      const hits = merge(byId.hits, byText.hits);
      return {
        hits: hits.slice(0, limit),
        total: Math.max(hits.length, byText.total + (hits.length > byText.hits.length ? 1 : 0)),
      };
    },
  };
}
