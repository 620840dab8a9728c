/**
 * Query understanding, shared by the hosted (Pagefind) and offline (MiniSearch) search so both read a
 * query the same way. Pure: no DOM, no engine. Turns what a reader types ("what should a small
 * practice do about ransomware", "7md", "PR.IP-4", "phising") into content words, exact lookups (the
 * made-up alias words that item and CSF pages carry) and a size preference.
 */
import { parseItemRef, type ItemRef } from '../lib/ids';
import { aliasToken, csfAliasToken, csfPageToken } from '../lib/search-contract';

export type Size = 'small' | 'medium' | 'large';

export interface Understood {
  /** Content words, lower case, in typed order: no stop words, no one- or two-letter words. */
  words: string[];
  /**
   * Alias words for the IDs and CSF codes the query names: exact lookups, ranked first, in this
   * order (a CSF code's own page before the items that cite it).
   */
  exact: string[];
  /** The organization size the query asks about ("small practice", "large hospital"). */
  size?: Size | undefined;
  /** Of a CSF code's two pages (CSF 1.1 and 2.0), the kind the typed form asks for first. */
  prefer?: 'csf' | 'csf2' | undefined;
}

/**
 * Words that carry no topic. Searching for them only fetches index chunks and prefix-matches half the
 * site ("a" matched "asked", "and", "agree"). Question words go too: readers type questions.
 */
export const STOP_WORDS = new Set(
  (
    'a about above after again against all also am an and any are as at be because been before being ' +
    'between both but by can could did do does doing done down during each few for from further get ' +
    'got had has have having he her here hers how i if in into is it its itself just let me might more ' +
    'most must my need needs no nor not now of off on once only or other our ours out over own same ' +
    'shall she should so some such than that the their theirs them then there these they this those ' +
    'through to too under until up us very via was we were what when where which while who whom why ' +
    'will with would you your yours guide hicp tell show find want know please help best way ways ' +
    // Verbs of questions about what something is ("who counts as a small practice").
    'count counts counted consider considered qualify qualifies qualified mean means meaning'
  ).split(' '),
);

const SIZE_WORDS: Record<string, Size> = {
  small: 'small',
  smaller: 'small',
  tiny: 'small',
  medium: 'medium',
  'mid-sized': 'medium',
  midsize: 'medium',
  'mid-size': 'medium',
  'medium-sized': 'medium',
  large: 'large',
  larger: 'large',
  big: 'large',
};

/** Nouns that, right after a size word, name the organization rather than a topic. */
const ORG_WORDS = new Set(
  'practice practices organization organizations organisation org orgs clinic clinics office offices hospital hospitals system systems provider providers company business'.split(
    ' ',
  ),
);

/** "7md", "7-m-d", "7.M.D", "p7", "threat 2": parseItemRef plus the run-together form. */
function itemRef(text: string): ItemRef | undefined {
  const joined = /^(\d{1,2})([sml])([a-z])$/i.exec(text);
  return parseItemRef(joined ? `${joined[1]}.${joined[2]}.${joined[3]}` : text);
}

/**
 * A NIST CSF code or category, CSF 1.1 or 2.0, any case: "PR.IP-4", "pr.ip-4", "PR.IP", "GV.PO-01",
 * or run together with its number ("prds11"; without a number it could be an English word).
 */
export const CSF_PATTERN =
  /^(gv|id|pr|de|rs|rc)(?:\.([a-z]{2})(?:-(\d{1,2}))?|([a-z]{2})-?(\d{1,2}))$/i;

/**
 * What a typed CSF code asks for: two exact lookups, in the order they rank (the code's own pages,
 * then the items that cite it in CSF 1.1 or reach it in CSF 2.0), and which version's page to show
 * first when both exist. A zero-padded number ("DE.CM-01") or the GV function is CSF 2.0's form;
 * otherwise CSF 1.1's, as HICP prints its codes.
 */
export function csfLookups(typed: string): { exact: string[]; prefer: 'csf' | 'csf2' } | undefined {
  const m = CSF_PATTERN.exec(typed);
  if (!m) return undefined;
  const fn = m[1]!.toUpperCase();
  const number = m[3] ?? m[5];
  const code = `${fn}.${(m[2] ?? m[4])!.toUpperCase()}${number ? `-${number}` : ''}`;
  return {
    exact: [csfPageToken(code), csfAliasToken(code)],
    prefer: fn === 'GV' || /^0\d$/.test(number ?? '') ? 'csf2' : 'csf',
  };
}

/**
 * Typed forms the content spells otherwise. The content writes "e-mail", which both engines split
 * into "e" and "mail"; "email" typed as one word would find only the odd page that spells it so.
 */
const SPELLINGS: Record<string, string> = { email: 'mail', emails: 'mail', wifi: 'wi-fi' };

const strip = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

export function understand(query: string): Understood {
  const raw = query.trim().split(/\s+/).map(strip).filter(Boolean);
  const exact: string[] = [];
  const words: string[] = [];
  let size: Size | undefined;
  let prefer: Understood['prefer'];
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    const lower = w.toLowerCase();
    const csf = csfLookups(w);
    if (csf) {
      for (const token of csf.exact) if (!exact.includes(token)) exact.push(token);
      prefer ??= csf.prefer;
      continue;
    }
    const pair = raw[i + 1] ? itemRef(`${w} ${raw[i + 1]}`) : undefined;
    const ref = pair ?? itemRef(w);
    if (ref) {
      const token = aliasToken(ref);
      if (!exact.includes(token)) exact.push(token);
      if (pair) i++;
      continue;
    }
    // "how big is a medium organization" asks about size; "big" there is not the size meant.
    if (SIZE_WORDS[lower] && raw[i - 1]?.toLowerCase() === 'how') continue;
    if (SIZE_WORDS[lower]) {
      size ??= SIZE_WORDS[lower];
      if (raw[i + 1] && ORG_WORDS.has(raw[i + 1]!.toLowerCase())) i++;
      continue;
    }
    for (const part of (SPELLINGS[lower] ?? lower).split(/[^\p{L}\p{N}]+/u)) {
      // One- and two-letter words would prefix-match half the site; IDs and codes are handled above.
      if (part.length < 3 || STOP_WORDS.has(part) || words.includes(part)) continue;
      words.push(part);
    }
  }
  // "small practice" alone is a question about size, not about nothing.
  if (!words.length && !exact.length && size) words.push(size);
  return { words, exact, size, ...(prefer ? { prefer } : {}) };
}

/** True when `a` and `b` differ by one edit: a letter changed, added, dropped or two swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return long.slice(i + 1) === short.slice(i);
}

/**
 * The word a reader probably meant: for words of five letters or more, the most frequent vocabulary
 * word one edit away (ties by alphabet, so both engines pick the same). Undefined when none is near.
 */
export function correct(word: string, vocabulary: Map<string, number>): string | undefined {
  if (word.length < 5) return undefined;
  let best: [string, number] | undefined;
  for (const [v, n] of vocabulary)
    if (oneEditApart(word, v) && (!best || n > best[1] || (n === best[1] && v < best[0])))
      best = [v, n];
  return best?.[0];
}

/**
 * The word to search for instead of a typed one, or undefined to keep it: only words of five letters
 * or more that are not a vocabulary word, its start or it with an ending, and are one edit from one. Decided
 * from the vocabulary alone, never from what an engine found, so both engines correct alike.
 */
export function fixTypo(word: string, vocabulary: Map<string, number>): string | undefined {
  if (word.length < 5 || vocabulary.has(word)) return undefined;
  // The start of a known word, or a known word with an ending ("backups"): not a typo.
  for (const v of vocabulary.keys()) if (v.startsWith(word) || word.startsWith(v)) return undefined;
  return correct(word, vocabulary);
}

/**
 * The vocabulary used for typo tolerance and "did you mean": the words of five letters or more in
 * the titles and headings given, with how often they occur. Built from the same records in both
 * engines, so both correct a typo the same way.
 */
export function vocabularyOf(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of texts)
    for (const w of t.toLowerCase().split(/[^\p{L}]+/u))
      if (w.length >= 5 && !STOP_WORDS.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * Any-word ranking, used when an all-words search finds too little: pages matching more of the words
 * first, then by their best rank in the per-word lists. Input: one ranked key list per word.
 */
export function anyWord(lists: string[][]): string[] {
  const score = new Map<string, { count: number; rank: number }>();
  for (const list of lists)
    list.forEach((key, rank) => {
      const s = score.get(key);
      if (s) {
        s.count++;
        s.rank = Math.min(s.rank, rank);
      } else score.set(key, { count: 1, rank });
    });
  return [...score.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.rank - b.rank)
    .map(([k]) => k);
}

/**
 * Stable reorder for a size preference: keys in `later` (pages only for other sizes) go last; before
 * them, pages for the size asked about (`sooner`) alternate with the rest, so the first results,
 * which get the shared order, hold both the items for that size and the best pages for the words.
 */
export function preferSize(
  keys: string[],
  later: Set<string>,
  sooner: Set<string> = new Set(),
): string[] {
  const fit = keys.filter((k) => sooner.has(k) && !later.has(k));
  const rest = keys.filter((k) => !sooner.has(k) && !later.has(k));
  const mixed = Array.from({ length: Math.max(fit.length, rest.length) }, (_, i) => [
    fit[i],
    rest[i],
  ]).flat();
  return [
    ...mixed.filter((k): k is string => k !== undefined),
    ...keys.filter((k) => later.has(k)),
  ];
}

/** What both engines know about a result once its data is loaded: enough to order it the same way. */
export interface RankFacts {
  title: string;
  summary: string;
  /** The result's whole text (Pagefind's fragment content; the offline record's sections). */
  content: string;
  kind: string;
  id?: string | undefined;
  /** Organization sizes the item is for; none for items for everyone. */
  sizes?: string[];
}

/** The sizes of guidance that apply to an organization: a large one does the medium items too. */
export const APPLIES: Record<Size, Size[]> = {
  small: ['small'],
  medium: ['medium'],
  large: ['medium', 'large'],
};

/**
 * IDs and titles in reading order (1.M.B before 10.M.B). One collator made when the script loads:
 * `localeCompare` with options builds one per call, and the first cost 10 ms mid-search.
 */
const byIdOrTitle = new Intl.Collator('en', { numeric: true }).compare;

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

/**
 * What a text word must start with to be the typed word: the typed word less up to three letters
 * of ending, never shorter than four letters (or the whole word when it is that short).
 */
function stemOf(typed: string): string {
  return typed.slice(0, Math.max(4, typed.length - 3));
}

/**
 * A typed word and a text word are the same word: the text word starts with the typed word's stem
 * (backup/backups, encrypt/encryption).
 */
export function sameWord(typed: string, word: string): boolean {
  return word.startsWith(stemOf(typed));
}

/**
 * The words of a sorted list that are the typed word (sameWord): they start with its stem, so they
 * sit together in the list and a binary search finds them without reading every word.
 */
export function sameWordsIn(sorted: readonly string[], typed: string): string[] {
  const stem = stemOf(typed);
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < stem) lo = mid + 1;
    else hi = mid;
  }
  const found: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.startsWith(stem); i++) found.push(sorted[i]!);
  return found;
}

/** Words of a text, lower case; "e-mail" also gives "email". */
export function wordsOf(text: string): string[] {
  // No-break spaces and the General Punctuation block (dashes, quotes, bullets) hold no letters or
  // digits. Without them the site's texts are ASCII, and ASCII classes read them about 3 times as
  // fast as Unicode ones (a search reads up to 10 page texts); other texts take the Unicode path.
  const lower = text.toLowerCase().replace(/[\u00a0\u2000-\u206f]/g, ' ');
  const ascii = !/[^\x00-\x7f]/.test(lower);
  const joined = (
    ascii
      ? lower.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g)
      : lower.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)
  )?.map((w) => w.replace(/-/g, ''));
  const words = lower.split(ascii ? /[^a-z0-9]+/ : /[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...words, ...(joined ?? [])];
}

/** A text's words, read once however often the text is scored. */
interface TextWords {
  /** Each word with how often it occurs. */
  counts: Map<string, number>;
  /** The distinct words in code-unit order, for sameWordsIn. */
  sorted: string[];
}
/** A result's words: title, summary and text. */
interface Tokens {
  title: string[];
  summary: string[];
  text: TextWords;
}
// Bounded by the site: one entry per page, term, title or summary text ever ranked.
const textCache = new Map<string, TextWords>();
const wordsCache = new Map<string, string[]>();
/** Each title's words as a query reads them (for named). */
const titleWordsCache = new Map<string, string[]>();

/** The value a cache holds for a text, made once. */
function cached<T>(cache: Map<string, T>, text: string, make: (text: string) => T): T {
  let value = cache.get(text);
  if (value === undefined) cache.set(text, (value = make(text)));
  return value;
}

function tokensOf(facts: RankFacts): Tokens {
  const text = cached(textCache, facts.content, (content) => {
    const counts = new Map<string, number>();
    for (const w of wordsOf(content)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return { counts, sorted: [...counts.keys()].sort() };
  });
  return {
    title: cached(wordsCache, facts.title, wordsOf),
    summary: cached(wordsCache, facts.summary, wordsOf),
    text,
  };
}

/** Words found in many titles and headings ("protect") weigh less than rare ones ("ransomware"). */
function weightOf(word: string, vocabulary: Map<string, number>): number {
  let common = 0;
  for (const [v, n] of vocabulary) if (sameWord(word, v)) common += n;
  return 1 / (1 + Math.log2(1 + common / 8));
}

/**
 * A relevance score both engines compute alike from the same text: each query word scores when it
 * is in the title (most), in the summary, and in the text (growing slowly with how often), weighed
 * down when the word is common in the site's titles and headings; a title the words fill well
 * scores more. `weights` may carry each word's weight, computed once for many results.
 */
export function score(
  facts: RankFacts,
  words: string[],
  vocabulary: Map<string, number> = new Map(),
  weights: number[] = words.map((w) => weightOf(w, vocabulary)),
): number {
  const { title, summary, text } = tokensOf(facts);
  let total = 0;
  let inTitle = 0;
  words.forEach((w, i) => {
    let part = 0;
    if (title.some((t) => sameWord(w, t))) {
      part += 4;
      inTitle++;
    }
    if (summary.some((t) => sameWord(w, t))) part += 2;
    let tf = 0;
    for (const t of sameWordsIn(text.sorted, w)) tf += text.counts.get(t)!;
    if (tf) part += 1 + Math.log2(tf);
    total += part * weights[i]!;
  });
  return total + (2 * inTitle) / Math.max(1, title.length);
}

/** True when the word is in the result's title, or also its summary, or its text. */
function has(facts: RankFacts, word: string, inSummary: boolean): boolean {
  const { title, summary, text } = tokensOf(facts);
  const same = (t: string) => sameWord(word, t);
  if (title.some(same) || (inSummary && summary.some(same))) return true;
  return sameWordsIn(text.sorted, word).length > 0;
}

/**
 * True when the query names the item: its words are the item's title, word for word, both read alike
 * ("data loss prevention" names 4.M.E, "backup strategy" names 4.M.D); for a threat, words from its
 * name are enough ("phishing", "medical devices"), since readers ask about a threat by what it is.
 * Glossary terms are not named this way: a threat or practice stays ahead of the definition.
 */
export function named(facts: RankFacts, words: string[]): boolean {
  if (facts.kind === 'glossary' || !words.length) return false;
  const title = cached(titleWordsCache, facts.title, (t) => understand(t).words);
  if (facts.kind === 'threat') return words.every((w) => title.some((t) => sameWord(w, t)));
  return title.length === words.length && title.every((t, i) => sameWord(words[i]!, t));
}

/** How many of the query words a result has anywhere (title, summary or text). */
export function coverage(facts: RankFacts, words: string[]): number {
  return words.filter((w) => has(facts, w, true)).length;
}

/** True when any of the words is in the result's title or text. */
export function matchesAny(facts: RankFacts, words: string[]): boolean {
  return words.some((w) => has(facts, w, false));
}

/**
 * Orders the first results the same way in both engines, whatever their own scores: by the size
 * preference, then how many of the words each has, then the shared score, then by kind (threat, practice, sub-practice, glossary term, chapter, page), then by ID or
 * title. The engine's own order only decides past these first results.
 */
export function rerank<T extends RankFacts>(
  items: T[],
  words: string[],
  vocabulary?: Map<string, number>,
  size?: Size,
): T[] {
  // With a size preference, items only for other sizes go last.
  const applies = size ? APPLIES[size] : [];
  const away = (it: T) =>
    size && it.sizes?.length && !it.sizes.some((s) => applies.includes(s as Size)) ? 1 : 0;
  const weights = words.map((w) => weightOf(w, vocabulary ?? new Map()));
  const scores = new Map(items.map((it) => [it, score(it, words, vocabulary, weights)]));
  // A result that has every word the reader typed comes before one that has only some of them.
  const covered = new Map(items.map((it) => [it, coverage(it, words)]));
  // Items the query names come next, the threat or practice before its chapter or sub-practice.
  const isNamed = new Map(
    items.map((it) => [it, named(it, words) ? KIND_ORDER.length - KIND_ORDER.indexOf(it.kind) : 0]),
  );
  return [...items].sort(
    (a, b) =>
      away(a) - away(b) ||
      covered.get(b)! - covered.get(a)! ||
      isNamed.get(b)! - isNamed.get(a)! ||
      scores.get(b)! - scores.get(a)! ||
      KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
      byIdOrTitle(a.id ?? a.title, b.id ?? b.title),
  );
}
