/**
 * The one search procedure both engines run, so the hosted and offline search give the same top
 * results: exact lookups (IDs, CSF codes) first, in the order the query asks them; then all the words; when that finds too little, each
 * word on its own with typo correction, merged by any-word ranking; then the size preference. Engines
 * only answer small questions (which pages hold these words, this alias word, these filters).
 */
import {
  anyWord,
  APPLIES,
  correct,
  fixTypo,
  matchesAny,
  preferSize,
  rerank,
  understand,
  type Size,
  type Understood,
} from './query';
import type { Backend, Filters, Hit } from './search-core';

export interface Engine {
  /** Pages holding every one of the words (each may be a prefix), best first, as opaque keys. */
  find(words: string[], filters: Filters): Promise<string[]>;
  /** Pages carrying this alias word. */
  exact(token: string, filters: Filters): Promise<string[]>;
  /** Every page that passes the filters, in the engine's order. */
  all(filters: Filters): Promise<string[]>;
  /** Vocabulary for typo correction (same words in both engines). */
  vocabulary(): Promise<Map<string, number>>;
}

export interface Ranked {
  understood: Understood;
  /** Words searched for, after typo correction. */
  words: string[];
  /** Typed word → the word searched instead. */
  corrected: [string, string][];
  keys: string[];
  /** Keys found by an exact lookup: they open the page itself and show its summary. */
  exact: Set<string>;
  /** For each of those keys, which lookup (its index in understood.exact) found it first. */
  lookup: Map<string, number>;
}

/** Below this many all-words hits, any-word ranking fills the list. */
export const ENOUGH = 3;

/**
 * The first results, ordered by the shared rerank (query.ts) so both engines agree on them: as many
 * as the header shows, so no result text is fetched that is not shown.
 */
export const POOL = 10;

const SIZES: Size[] = ['small', 'medium', 'large'];

function unique(keys: string[]): string[] {
  return [...new Set(keys)];
}

export async function rank(engine: Engine, query: string, filters: Filters): Promise<Ranked> {
  const understood = understand(query);
  let words = understood.words;
  const corrected: [string, string][] = [];
  const lookups = await Promise.all(understood.exact.map((t) => engine.exact(t, filters)));
  const exactKeys = lookups.flat();

  let keys: string[] = [];
  if (words.length) {
    // Typos are decided from the shared vocabulary, before either engine is asked.
    if (words.some((w) => w.length >= 5)) {
      const vocabulary = await engine.vocabulary();
      words = words.map((w) => {
        const fix = fixTypo(w, vocabulary);
        if (fix) corrected.push([w, fix]);
        return fix ?? w;
      });
    }
    keys = await engine.find(words, filters);
    if (keys.length < ENOUGH && words.length > 1) {
      const lists = await Promise.all(words.map((w) => engine.find([w], filters)));
      keys = unique([...keys, ...anyWord(lists)]);
    }
  } else if (!understood.exact.length && !query.trim()) keys = await engine.all(filters);

  if (understood.size && keys.length) {
    const applies = APPLIES[understood.size];
    const others = SIZES.filter((s) => !applies.includes(s));
    const [other, wanted] = await Promise.all([
      engine.all({ ...filters, size: others }),
      engine.all({ ...filters, size: applies }),
    ]);
    const fit = new Set(wanted);
    keys = preferSize(keys, new Set(other.filter((k) => !fit.has(k))), fit);
  }
  return {
    understood,
    words,
    corrected,
    keys: unique([...exactKeys, ...keys]),
    exact: new Set(exactKeys),
    lookup: new Map(unique(exactKeys).map((k) => [k, lookups.findIndex((l) => l.includes(k))])),
  };
}

/** "Did you mean" words for a query that found nothing: vocabulary words one edit away. */
export function suggestions(words: string[], vocabulary: Map<string, number>): string[] {
  return unique(words.map((w) => correct(w, vocabulary)).filter((w): w is string => !!w));
}

/**
 * A UI backend from an engine: ranks once per query and filters, then turns only the keys shown into
 * hits ("Show more" asks for a longer list and fetches just the new ones).
 */
export function backendOf(
  engine: Engine,
  hits: (keys: string[], ranked: Ranked) => Promise<Hit[]>,
): Backend {
  let last: { id: string; ranked: Promise<Ranked> } | undefined;
  return {
    async search(query, filters, limit) {
      const id = JSON.stringify([query.trim(), filters]);
      if (last?.id !== id) last = { id, ranked: rank(engine, query, filters) };
      const ranked = await last.ranked;
      // Every exact hit (the answer to an ID or a code: a few dozen at most, 29 for "PR.AC") and
      // the first POOL results are loaded and put in the shared order, exact lookups first; past
      // them the engine's order stands. Cutting the exact hits short would let each engine's own
      // order pick which of them are ranked.
      const size = Math.max(POOL, ranked.exact.size);
      const head = await hits(ranked.keys.slice(0, size), ranked);
      const lookupOf = new Map(head.map((h, i) => [h, ranked.lookup.get(ranked.keys[i]!) ?? 0]));
      const exact = head.filter((_, i) => ranked.exact.has(ranked.keys[i]!));
      const text = head.filter((_, i) => !ranked.exact.has(ranked.keys[i]!));
      const rest = limit > size ? await hits(ranked.keys.slice(size, limit), ranked) : [];
      const vocabulary = ranked.words.length ? await engine.vocabulary() : undefined;
      // A result whose text holds none of the words (Pagefind falls back to shorter prefixes when
      // a word is unknown) is dropped, so both engines agree that nothing was found.
      const relevant = text.filter((h) => !ranked.words.length || matchesAny(h, ranked.words));
      // Exact hits keep the order of the lookups that found them (a CSF code's own pages first,
      // the version the typed form asks for before the other); within one lookup, the shared order.
      const later = (h: Hit) =>
        ranked.understood.prefer && h.kind !== ranked.understood.prefer ? 1 : 0;
      const found = [
        ...rerank(exact, ranked.words, vocabulary, ranked.understood.size).sort(
          (a, b) => lookupOf.get(a)! - lookupOf.get(b)! || later(a) - later(b),
        ),
        ...rerank(relevant, ranked.words, vocabulary, ranked.understood.size),
        ...rest,
      ].slice(0, limit);
      return {
        hits: found,
        total: ranked.keys.length - (text.length - relevant.length),
        corrected: ranked.corrected,
        suggestions: found.length
          ? []
          : suggestions(ranked.understood.words, await engine.vocabulary()),
      };
    },
  };
}
