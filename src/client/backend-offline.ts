/**
 * Offline search (file://): MiniSearch over the records in search-index.js, a classic script that
 * sets a global. Same UI, same ID search, same filters as the hosted Pagefind search.
 */
import MiniSearch from 'minisearch';
import { stem } from 'porter2';
import { vocabularyTexts, type SearchRecord } from '../lib/search-contract';
import { fileOf, relativePath } from '../lib/urls';
import { vocabularyOf } from './query';
import type { Backend, Filters, Hit, Segment } from './search-core';
import { backendOf, type Engine } from './search-flow';

interface Doc {
  id: number;
  title: string;
  headings: string;
  text: string;
  alias: string;
}

/** Lower case, punctuation off, English stem: Pagefind stems with Snowball's English (Porter2) too. */
export function processTerm(term: string): string | null {
  const t = term.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return t ? stem(t) : null;
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

/** The section with the most query words in it (its heading counts), the first one on a tie. */
function bestSection(r: SearchRecord, words: string[]) {
  const stems = words.map((w) => processTerm(w) ?? w);
  const count = (t: string) =>
    t.split(/\s+/).filter((w) => stems.some((s) => (processTerm(w) ?? '').startsWith(s))).length;
  let best = r.sections[0]!;
  let most = 0;
  for (const s of r.sections) {
    const n = count(`${s.heading} ${s.text}`);
    if (n > most) [best, most] = [s, n];
  }
  return best;
}

/**
 * `records` are the pages of the copy; `currentFile` the page being read, relative to the copy's top
 * folder. Result links are relative file paths from that page, as everything else in the copy.
 */
export function offlineBackend(records: SearchRecord[], currentFile: string): Backend {
  const docs: Doc[] = records.map((r, id) => ({
    id,
    title: r.title,
    headings: r.sections
      .slice(1)
      .map((s) => s.heading)
      .join(' '),
    text: r.sections.map((s) => s.text).join(' '),
    alias: r.alias ?? '',
  }));
  // Boosts mirror Pagefind's weights: the title (h1) counts most, then headings, then body text.
  const ms = new MiniSearch<Doc>({ fields: ['title', 'headings', 'text', 'alias'], processTerm });
  ms.addAll(docs);
  const pass = (f: Filters) => (id: number) => matchesFilters(records[id]!, f);
  const keysOf = (results: { id: unknown }[], f: Filters) =>
    results
      .map((r) => r.id as number)
      .filter(pass(f))
      .map(String);
  const vocabulary = vocabularyOf(vocabularyTexts(records));

  const engine: Engine = {
    find: async (words, filters) =>
      keysOf(
        ms.search(words.join(' '), {
          fields: ['title', 'headings', 'text'],
          prefix: true,
          boost: { title: 3, headings: 1.5 },
          combineWith: 'AND',
        }),
        filters,
      ),
    exact: async (token, filters) =>
      keysOf(ms.search(token, { fields: ['alias'], prefix: false }), filters),
    all: async (filters) =>
      docs
        .map((d) => d.id)
        .filter(pass(filters))
        .map(String),
    vocabulary: async () => vocabulary,
  };

  const href = (r: SearchRecord, anchor: string) =>
    relativePath(currentFile, fileOf(r.url.split('#')[0]!)) +
    (anchor ? `#${anchor}` : r.url.includes('#') ? `#${r.url.split('#')[1]}` : '');

  return backendOf(engine, async (keys, ranked) =>
    keys.map((key): Hit => {
      const r = records[Number(key)]!;
      const byId = ranked.exact.has(key) || !ranked.words.length;
      const section = byId ? r.sections[0]! : bestSection(r, ranked.words);
      return {
        url: href(r, byId ? '' : section.anchor),
        title: r.title,
        id: r.id,
        kind: r.kind,
        volume: r.volume,
        sizes: r.sizes,
        summary: r.summary,
        content: r.sections.map((s) => `${s.heading} ${s.text}`).join(' '),
        excerpt:
          byId || !section.text
            ? [{ text: r.summary, mark: false }]
            : excerpt(
                section.text,
                ranked.words.map((w) => processTerm(w) ?? w),
              ),
      };
    }),
  );
}
