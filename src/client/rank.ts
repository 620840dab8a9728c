/**
 * The one ranking both engines share. Pagefind (hosted) and MiniSearch (offline) only say which
 * records hold each query word (their recall); the order is decided here, from the record set
 * (src/lib/search-contract.ts), the query as query.ts reads it and the reader's size. So both engines
 * give the same results in the same order, and the first results can be drawn from the records
 * before either engine's excerpts arrive. Pure: no DOM, no engine.
 */
import { recordKeys, type RecordSet, type SearchRecord } from '../lib/search-contract';
import { APPLIES, sameWord, understand, wordsOf, type Size, type Understood } from './query';

/** The record set made ready for ranking, once: each record's words and every lookup key. */
export interface Prepared {
  records: SearchRecord[];
  /** Each record's title and summary words (wordsOf). */
  titleWords: string[][];
  summaryWords: string[][];
  /** Each record's title as a query reads it, and a glossary term's abbreviation ("siem"). */
  names: string[][][];
  /** Lookup key (search-contract.ts recordKeys) → record numbers. */
  keys: Map<string, number[]>;
  /** Item ID → record number (a threat's start lists name items by ID). */
  byId: Map<string, number>;
  vocabulary: Map<string, number>;
}

export function prepare(set: RecordSet): Prepared {
  const keys = new Map<string, number[]>();
  const byId = new Map<string, number>();
  set.records.forEach((r, i) => {
    for (const k of recordKeys(r)) keys.set(k, [...(keys.get(k) ?? []), i]);
    if (r.id) byId.set(r.id, i);
  });
  return {
    records: set.records,
    titleWords: set.records.map((r) => wordsOf(r.title)),
    // A record's alias words count as its summary's.
    summaryWords: set.records.map((r) => wordsOf(`${r.summary} ${r.alias ?? ''}`)),
    names: set.records.map((r) => {
      // "Security information and event management (SIEM)": the term, and its abbreviation.
      const m = /^(.*?)\s*\(([^)]+)\)$/.exec(r.title);
      return (m ? [m[1]!, m[2]!] : [r.title]).map((t) => understand(t).words);
    }),
    keys,
    byId,
    vocabulary: new Map(set.words),
  };
}

/** What the reader filtered for (the search page's kind, volume and size boxes). */
export interface Filters {
  kind: string[];
  volume: string[];
  size: string[];
}

export interface RankOptions {
  filters: Filters;
  /** The size the reader saved ("My organization is"), used when the query names none. */
  saved?: Size | undefined;
}

/** One result: a record, and where its link opens. */
export interface Ranked {
  record: number;
  /**
   * The section to open: an anchor, '' for the top of the page, or undefined to let the engine's
   * excerpt choose the section that holds the words (never an aside the query is not about).
   */
  anchor?: string;
  /** Found by its ID or code, or listed by filters alone: it shows its summary, not an excerpt. */
  exact?: boolean;
}

export interface Ranking {
  results: Ranked[];
  /** The size the results are ranked for, and where it came from. */
  size?: Size;
  sizeFrom?: 'query' | 'saved' | 'filter';
}

/** Below this many results with every word, results with some of the words follow. */
export const ENOUGH = 3;
/** The first results: the header shows up to 8, the search page 10 a page. */
export const FIRST = 10;
/** Glossary terms allowed among the first results, besides a term the query names. */
export const GLOSSARY_IN_FIRST = 2;

const KIND_ORDER = [
  'threat',
  'practice',
  'sub-practice',
  'glossary',
  'csf',
  'csf2',
  'chapter',
  'page',
];
/** Among items the query names, which comes first: a threat, then a practice, … a glossary term. */
const NAMED_ORDER = ['glossary', 'chapter', 'sub-practice', 'practice', 'threat'];

/**
 * IDs and titles in reading order (1.M.B before 10.M.B). One collator made when the script loads:
 * `localeCompare` with options builds one per call.
 */
const byIdOrTitle = new Intl.Collator('en', { numeric: true }).compare;

/** Words found in many titles and headings ("protect") weigh less than rare ones ("ransomware"). */
function weightOf(word: string, vocabulary: Map<string, number>): number {
  let common = 0;
  for (const [v, n] of vocabulary) if (sameWord(word, v)) common += n;
  return 1 / (1 + Math.log2(1 + common / 8));
}

const SIZE_VALUES = new Set<string>(['small', 'medium', 'large']);

function passes(r: SearchRecord, f: Filters): boolean {
  const sizes = f.size.filter((s) => SIZE_VALUES.has(s));
  return (
    (!f.kind.length || f.kind.includes(r.kind)) &&
    (!f.volume.length || (r.volume !== undefined && f.volume.includes(r.volume))) &&
    (!sizes.length || (r.sizes ?? []).some((s) => sizes.includes(s)))
  );
}

/** True when the query is about one of the record's asides (its fictional scenario). */
export function asksForAside(record: SearchRecord, anchor: string, words: string[]): boolean {
  const about = [...anchor.split('-'), 'example', 'story', 'case'];
  return words.some((w) => about.some((a) => sameWord(w, a)));
}

/** Whether an engine may open a record at this section for this query. */
export function mayOpen(record: SearchRecord, anchor: string, words: string[]): boolean {
  return !record.aside?.includes(anchor) || asksForAside(record, anchor, words);
}

/**
 * The results of a query, in order: exact lookups first (IDs, codes: in the order the query names
 * them), then records with every word (with some of them when fewer than ENOUGH have all), ordered
 * alike in both engines. `recall`: for each query word, the records whose text holds it.
 */
export function rank(
  p: Prepared,
  q: Understood,
  recall: Map<string, Set<number>>,
  o: RankOptions,
): Ranking {
  const { records } = p;
  const filterSizes = o.filters.size.filter((s): s is Size => SIZE_VALUES.has(s));
  const [size, sizeFrom] = q.size
    ? [q.size, 'query' as const]
    : filterSizes.length === 1
      ? [filterSizes[0], 'filter' as const]
      : o.saved
        ? [o.saved, 'saved' as const]
        : [undefined, undefined];
  const applies: Size[] = size ? APPLIES[size] : [];
  const forSize = (i: number) => (records[i]!.sizes ?? []).some((s) => applies.includes(s));
  const away = (i: number) => (size && records[i]!.sizes?.length && !forSize(i) ? 1 : 0);
  const kindOf = (i: number) => KIND_ORDER.indexOf(records[i]!.kind);
  const tieBreak = (a: number, b: number) =>
    kindOf(a) - kindOf(b) ||
    byIdOrTitle(records[a]!.id ?? records[a]!.title, records[b]!.id ?? records[b]!.title);

  // Exact lookups, in the order the query names them; a CSF code's version the query asks first.
  const lookup = new Map<number, number>();
  q.exact.forEach((key, n) => {
    for (const i of p.keys.get(key) ?? [])
      if (!lookup.has(i) && passes(records[i]!, o.filters)) lookup.set(i, n);
  });
  const later = (i: number) => (q.prefer && records[i]!.kind !== q.prefer ? 1 : 0);
  const exact = [...lookup.keys()].sort(
    (a, b) =>
      lookup.get(a)! - lookup.get(b)! || later(a) - later(b) || away(a) - away(b) || tieBreak(a, b),
  );
  const results: Ranked[] = exact.map((record) => ({ record, anchor: '', exact: true }));

  const { words } = q;
  if (!words.length) {
    // Filters alone (the search page with no query): every record they allow, in reading order.
    if (!q.exact.length && !q.dropped)
      for (const i of records.keys())
        if (passes(records[i]!, o.filters)) results.push({ record: i, anchor: '', exact: true });
    if (!q.exact.length) results.sort((a, b) => tieBreak(a.record, b.record));
    return { results, ...(size ? { size, sizeFrom } : {}) };
  }

  const weights = words.map((w) => weightOf(w, p.vocabulary));
  const cover: number[] = [];
  const score: number[] = [];
  const named: number[] = [];
  const candidates: number[] = [];
  for (let i = 0; i < records.length; i++) {
    if (lookup.has(i) || !passes(records[i]!, o.filters)) continue;
    const title = p.titleWords[i]!;
    const summary = p.summaryWords[i]!;
    let c = 0;
    let s = 0;
    let inTitle = 0;
    words.forEach((w, k) => {
      const t = title.some((x) => sameWord(w, x));
      // The very word in the title, not a word that starts alike ("applies", not "application").
      const exactly = t && title.includes(w);
      const u = summary.some((x) => sameWord(w, x));
      const b = recall.get(w)?.has(i) ?? false;
      if (t || u || b) c++;
      if (t) inTitle++;
      s += weights[k]! * ((t ? 4 : 0) + (exactly ? 1 : 0) + (u ? 2 : 0) + (b ? 1 : 0));
    });
    if (!c) continue;
    cover[i] = c;
    // A title the words fill well scores more: counted in the title's own content words, so "What
    // applies to a large organization" is filled by "applies"; a glossary term the query does not
    // name weighs half (a short term's title would otherwise crowd out the items).
    const fill = (2 * inTitle) / Math.max(1, p.names[i]![0]!.length);
    const term = records[i]!.kind === 'glossary' ? 0.5 : 1;
    named[i] = namedTier(p, i, q, size);
    score[i] = (s + fill) * (term < 1 && !named[i] ? term : 1);
    candidates.push(i);
  }
  const all = candidates.filter((i) => cover[i] === words.length);
  const found = all.length >= ENOUGH || words.length === 1 ? all : candidates;
  const minor = (i: number) => (records[i]!.minor ? 1 : 0);
  found.sort(
    (a, b) =>
      away(a) - away(b) ||
      cover[b]! - cover[a]! ||
      named[b]! - named[a]! ||
      minor(a) - minor(b) ||
      score[b]! - score[a]! ||
      tieBreak(a, b),
  );

  let order = found;
  const allowed = (i: number) => !lookup.has(i) && passes(records[i]!, o.filters);
  if (size && sizeFrom !== 'filter')
    order = forTheSize(p, order, named, size, { allowed, forSize, away });
  order = fewGlossaryTerms(p, order, named);

  const landing = (i: number): string | undefined => {
    const r = records[i]!;
    if (size && r.land?.[size]) return r.land[size];
    if (q.action && r.steps) return r.steps;
    // The item the query names (or a threat names for the size) opens at its top; a text match
    // where its words are.
    return named[i] || cover[i] === undefined ? '' : undefined;
  };
  for (const record of order) results.push({ record, anchor: landing(record) });
  return { results, ...(size ? { size, sizeFrom } : {}) };
}

/**
 * How strongly the query names a record: its title word for word (for a threat, words of its name
 * are enough: readers ask about a threat by what it is), a glossary term by its name or its
 * abbreviation; for a question about a size, the page that explains the sizes, then the pages of
 * that size. 0: not named.
 */
function namedTier(p: Prepared, i: number, q: Understood, size: Size | undefined): number {
  const r = p.records[i]!;
  const { words } = q;
  if (q.sizeQuestion && size && r.kind === 'page') {
    if (r.land?.[size]) return NAMED_ORDER.length + 2;
    if (r.sizes?.includes(size)) return NAMED_ORDER.length + 1;
  }
  const tier = NAMED_ORDER.indexOf(r.kind) + 1;
  if (!tier) return 0;
  const [title, ...others] = p.names[i]!;
  if (r.kind === 'threat') return words.every((w) => title!.some((t) => sameWord(w, t))) ? tier : 0;
  const is = (name: string[]) =>
    name.length === words.length && name.every((t, k) => sameWord(words[k]!, t));
  return is(title!) || (r.kind === 'glossary' && others.some(is)) ? tier : 0;
}

/**
 * With a size: after the items the query names, a threat's sub-practices to start with at that size
 * (its "First steps" for the size, in order), then records written for the size alternate with the
 * best of the rest, so the first results hold both; records only for other sizes stay last.
 */
function forTheSize(
  p: Prepared,
  order: number[],
  named: number[],
  size: Size,
  is: {
    allowed: (i: number) => boolean;
    forSize: (i: number) => boolean;
    away: (i: number) => number;
  },
): number[] {
  const { forSize, away } = is;
  // Each named item, followed at once by its sub-practices to start with at the size.
  const head = order
    .filter((i) => named[i])
    .flatMap((i) => [
      i,
      ...(p.records[i]!.start?.[size] ?? [])
        .map((id) => p.byId.get(id))
        .filter((n): n is number => n !== undefined && is.allowed(n)),
    ]);
  const taken = new Set(head);
  const rest = order.filter((i) => !taken.has(i) && !away(i));
  const fit = rest.filter(forSize);
  const other = rest.filter((i) => !forSize(i));
  const mixed = Array.from({ length: Math.max(fit.length, other.length) }, (_, k) => [
    fit[k],
    other[k],
  ])
    .flat()
    .filter((i) => i !== undefined);
  return [...taken, ...mixed, ...order.filter((i) => away(i) && !taken.has(i))];
}

/**
 * At most GLOSSARY_IN_FIRST glossary terms among the first results, besides a term the query
 * names: the others follow the first results, in their order.
 */
function fewGlossaryTerms(p: Prepared, order: number[], named: number[]): number[] {
  const first: number[] = [];
  const deferred: number[] = [];
  let terms = 0;
  for (const i of order) {
    const extraTerm = p.records[i]!.kind === 'glossary' && !named[i];
    if (first.length < FIRST && extraTerm && terms >= GLOSSARY_IN_FIRST) deferred.push(i);
    else {
      if (first.length < FIRST && extraTerm) terms++;
      first.push(i);
    }
    if (first.length === FIRST && deferred.length) {
      first.push(...deferred);
      deferred.length = 0;
    }
  }
  return [...first, ...deferred];
}
