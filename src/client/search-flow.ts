/**
 * The one search procedure both engines run, so the hosted and the offline search give the same
 * results in the same order: read the query (query.ts), correct typos from the record set's word
 * list, ask the engine which records hold each word (its recall), rank in shared code (rank.ts), and
 * draw the results from the records at once; excerpts of the words found follow from the engine.
 */
import type { RecordSet } from '../lib/search-contract';
import { correct, fixTypo, understand, type Understood } from './query';
import { mayOpen, prepare, rank, FIRST, type Prepared, type Ranking } from './rank';
import type { Backend, Filled, Filters, Found, Hit, SearchOptions, Segment } from './search-core';

/** A section of a record that holds query words, with its excerpt (anchor '' is the page's top). */
export interface EngineSection {
  anchor: string;
  excerpt: Segment[];
}

export interface Engine {
  /** For each word, the records (by number in the record set) whose text holds it. */
  recall(words: string[]): Promise<Map<string, Set<number>>>;
  /** The sections of a record that hold the words, best first: where its link may open. */
  sections(record: number, words: string[]): Promise<EngineSection[]>;
  /** Starts fetching what a half-typed query will need (hosted only). */
  preload?(query: string): void;
}

/** Words near a query's words in the record set's word list, for "did you mean". */
export function suggestions(words: string[], vocabulary: Map<string, number>): string[] {
  const near = words.flatMap((w) => closest(w, vocabulary));
  return [...new Set(near)].slice(0, 3);
}

/**
 * Edit distance (insert, delete, change, swap two letters), stopping early once it exceeds `max`.
 */
export function distance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > max) return max + 1;
    [prev2, prev] = [prev, row];
  }
  return prev[b.length]!;
}

/**
 * The word list's words nearest a typed word: one edit for words of four letters, two for longer
 * ("fishing" → "phishing"); nearest first, then the most frequent, then by alphabet (both engines
 * pick the same). A typo correction (query.ts `correct`) leads when there is one.
 */
function closest(word: string, vocabulary: Map<string, number>): string[] {
  if (word.length < 4) return [];
  const max = word.length < 6 ? 1 : 2;
  const near: [string, number, number][] = [];
  for (const [v, n] of vocabulary) {
    const d = distance(word, v, max);
    if (d <= max && v !== word) near.push([v, d, n]);
  }
  near.sort((a, b) => a[1] - b[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : 1));
  const fixed = correct(word, vocabulary);
  return [...new Set([...(fixed ? [fixed] : []), ...near.map(([v]) => v)])].slice(0, 3);
}

/** A query read once: its words after typo correction, and what was corrected. */
function readQuery(query: string, p: Prepared): { q: Understood; corrected: [string, string][] } {
  const q = understand(query);
  const corrected: [string, string][] = [];
  const words = q.words.map((w) => {
    const fix = fixTypo(w, p.vocabulary);
    if (fix) corrected.push([w, fix]);
    return fix ?? w;
  });
  return { q: { ...q, words }, corrected };
}

/** Results kept per query, filters and size: a repeated search answers at once. */
const REMEMBERED = 24;

/**
 * A UI backend over an engine and the record set. `href` makes a record's link from its site path
 * and anchor (hosted: under the site's root; offline: a file path relative to the page).
 */
export function backendOf(
  records: () => Promise<RecordSet>,
  engine: Engine,
  href: (url: string) => string,
): Backend {
  let prepared: Promise<Prepared> | undefined;
  const ranked = new Map<
    string,
    Promise<{ ranking: Ranking; q: Understood; corrected: [string, string][] }>
  >();

  async function rankOnce(query: string, filters: Filters, o: SearchOptions) {
    const p = await (prepared ??= records().then(prepare));
    const id = JSON.stringify([query.trim(), filters, o.saved ?? '']);
    let answer = ranked.get(id);
    if (!answer) {
      answer = (async () => {
        const { q, corrected } = readQuery(query, p);
        const recall = q.words.length ? await engine.recall(q.words) : new Map();
        return { ranking: rank(p, q, recall, { filters, saved: o.saved }), q, corrected };
      })();
      answer.catch(() => ranked.delete(id));
      ranked.set(id, answer);
      if (ranked.size > REMEMBERED) ranked.delete(ranked.keys().next().value!);
    }
    return { p, ...(await answer) };
  }

  return {
    preload: engine.preload?.bind(engine),
    async search(query, filters, limit, o = {}) {
      const { p, ranking, q, corrected } = await rankOnce(query, filters, o);
      const shown = ranking.results.slice(0, limit);
      const hits = shown.map(({ record, anchor }): Hit => {
        const r = p.records[record]!;
        return {
          url: href(anchor ? `${r.url.split('#')[0]}#${anchor}` : r.url),
          title: r.title,
          id: r.id,
          kind: r.kind,
          volume: r.volume,
          sizes: r.sizes ?? [],
          excerpt: r.summary ? [{ text: r.summary, mark: false }] : [],
        };
      });
      // Excerpts for results found by their words (an item the query names, found by its ID or
      // listed by filters keeps its summary): from the section it opens at, or the best one.
      const wanted = shown
        .map((s, at) => ({ ...s, at }))
        .filter((s) => !s.exact && s.anchor !== '' && s.at < (o.excerpts ?? FIRST));
      const found: Found = {
        hits,
        total: ranking.results.length,
        corrected,
        dropped: q.dropped,
        size: ranking.size,
        sizeFrom: ranking.sizeFrom,
        suggestions: ranking.results.length || q.dropped ? [] : suggestions(q.words, p.vocabulary),
      };
      if (wanted.length && q.words.length)
        found.excerpts = Promise.all(
          wanted.map(async ({ record, anchor, at }): Promise<[number, Filled] | undefined> => {
            const r = p.records[record]!;
            const sections = await engine.sections(record, q.words);
            // Where the words are, never in an aside the query is not about; a result that opens
            // at its size's section shows that section's words, if it has any.
            const best =
              anchor === undefined
                ? sections.find((s) => mayOpen(r, s.anchor, q.words))
                : sections.find((s) => s.anchor === anchor);
            if (!best?.excerpt.length) return undefined;
            const to = anchor ?? best.anchor;
            const base = r.url.split('#')[0]!;
            return [at, { url: href(to ? `${base}#${to}` : r.url), excerpt: best.excerpt }];
          }),
        ).then((all) => new Map(all.filter((x) => x !== undefined)));
      return found;
    },
  };
}
