/**
 * Offline search (file://): MiniSearch over the pages' text in search-index.js, answering the shared
 * search procedure (search-flow.ts) with the same record set the hosted search fetches
 * (search-records.js). Same UI, same ranking, same filters as the hosted search.
 */
import MiniSearch from 'minisearch';
import { stem } from 'porter2';
import type { RecordSet, SearchSection } from '../lib/search-contract';
import { fileOf, relativePath } from '../lib/urls';
import { wordsOf } from './query';
import type { Backend, Segment } from './search-core';
import { backendOf, type Engine } from './search-flow';

interface Doc {
  id: number;
  title: string;
  headings: string;
  text: string;
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

/**
 * `set` is the record set; `text` each record's sections (null: not indexed); `currentFile` the page
 * being read, relative to the copy's top folder. Result links are relative file paths from that
 * page, as everything else in the copy.
 */
export function offlineBackend(
  set: RecordSet,
  text: (SearchSection[] | null)[],
  currentFile: string,
): Backend {
  const docs: Doc[] = text.flatMap((sections, id) =>
    sections
      ? [
          {
            id,
            title: set.records[id]!.title,
            headings: sections
              .slice(1)
              .map((s) => s.heading)
              .join(' '),
            text: sections.map((s) => s.text).join(' '),
          },
        ]
      : [],
  );
  // Words as Pagefind indexes them: "e-mail" is "e", "mail" and "email".
  const ms = new MiniSearch<Doc>({
    fields: ['title', 'headings', 'text'],
    processTerm,
    tokenize: wordsOf,
  });
  ms.addAll(docs);

  const engine: Engine = {
    async recall(words) {
      return new Map(
        words.map((w) => [w, new Set(ms.search(w, { prefix: true }).map((r) => r.id as number))]),
      );
    },
    async sections(record, words) {
      const sections = text[record] ?? [];
      const stems = words.map((w) => processTerm(w) ?? w);
      const count = (t: string) =>
        t.split(/\s+/).filter((w) => stems.some((s) => (processTerm(w) ?? '').startsWith(s)))
          .length;
      return sections
        .map((s, i) => ({ s, i, n: count(`${s.heading} ${s.text}`) }))
        .filter(({ n, s }) => n && s.text)
        .sort((a, b) => b.n - a.n || a.i - b.i)
        .map(({ s }) => ({ anchor: s.anchor, excerpt: excerpt(s.text, stems) }));
    },
  };

  return backendOf(
    async () => set,
    engine,
    (url) => {
      const [path, anchor] = url.split('#');
      return relativePath(currentFile, fileOf(path!)) + (anchor ? `#${anchor}` : '');
    },
  );
}
