/**
 * Query understanding, shared by the hosted (Pagefind) and offline (MiniSearch) search so both read a
 * query the same way. Pure: no DOM, no engine. Turns what a reader types ("what should a small
 * practice do about ransomware", "7md", "PR.IP-4", "phising") into content words, exact lookups (the
 * keys of the IDs and CSF codes the records carry: search-contract.ts) and a size preference.
 */
import { parseItemRef, type ItemRef, type Size } from '../lib/ids';
import { aliasToken, csfAliasToken, csfPageToken } from '../lib/search-contract';

export type { Size };

export interface Understood {
  /** Content words, lower case, in typed order: no stop words, no one- or two-letter words. */
  words: string[];
  /**
   * Keys of the IDs and CSF codes the query names: exact lookups in the records, ranked first, in
   * this order (a CSF code's own page before the items that cite it).
   */
  exact: string[];
  /** The organization size the query asks about ("small practice", "large hospital"). */
  size?: Size | undefined;
  /** Of a CSF code's two pages (CSF 1.1 and 2.0), the kind the typed form asks for first. */
  prefer?: 'csf' | 'csf2' | undefined;
  /** The query asks what to do ("how do we stop …", "protect against …"), not what something is. */
  action?: boolean;
  /** The query asks about a size itself ("who counts as a small practice"): `words` is the size. */
  sizeQuestion?: boolean;
  /**
   * Nothing is left to search for: what was typed was only too short (under three letters) or
   * only common words. The UI says what to type instead of "No results".
   */
  dropped?: 'short' | 'common';
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

/** "7md", "7-m-d", "7.M.D", "p7", "p 7", "threat 2": parseItemRef plus run-together and spaced forms. */
function itemRef(text: string): ItemRef | undefined {
  const joined = /^(\d{1,2})([sml])([a-z])$/i.exec(text);
  if (joined) return parseItemRef(`${joined[1]}.${joined[2]}.${joined[3]}`);
  const spaced = /^([tp])\s+(\d{1,2})$/i.exec(text);
  return parseItemRef(spaced ? `${spaced[1]}${spaced[2]}` : text);
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

/** Words of a question about what to do: a threat found by such a query opens at what to do. */
const ACTION_WORDS = new Set(
  'do doing stop prevent protect protecting against defend respond handle avoid reduce mitigate first start steps fix'.split(
    ' ',
  ),
);

const strip = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

export function understand(query: string): Understood {
  const raw = query.trim().split(/\s+/).map(strip).filter(Boolean);
  const exact: string[] = [];
  const words: string[] = [];
  let size: Size | undefined;
  let prefer: Understood['prefer'];
  let short = 0;
  let common = 0;
  let action = false;
  for (let i = 0; i < raw.length; i++) {
    const w = raw[i]!;
    const lower = w.toLowerCase();
    if (ACTION_WORDS.has(lower)) action = true;
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
    // "e-mail" and "wi-fi" are one word each, as both engines index them ("email", "wifi").
    for (const part of lower.includes('-') && /^[\p{L}-]+$/u.test(lower)
      ? [lower.replace(/-/g, '')]
      : lower.split(/[^\p{L}\p{N}]+/u)) {
      // One- and two-letter words would prefix-match half the site; IDs and codes are handled above.
      if (part.length < 3) short++;
      else if (STOP_WORDS.has(part)) common++;
      if (part.length < 3 || STOP_WORDS.has(part) || words.includes(part)) continue;
      words.push(part);
    }
  }
  const found: Understood = { words, exact, size };
  if (prefer) found.prefer = prefer;
  if (action) found.action = true;
  // "small practice" alone is a question about size, not about nothing.
  if (!words.length && !exact.length && size) {
    words.push(size);
    found.sizeQuestion = true;
  }
  if (!words.length && !exact.length && raw.length) found.dropped = common ? 'common' : 'short';
  return found;
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

/** The sizes of guidance that apply to an organization: a large one does the medium items too. */
export const APPLIES: Record<Size, Size[]> = {
  small: ['small'],
  medium: ['medium'],
  large: ['medium', 'large'],
};

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

/** Words of a text, lower case; "e-mail" also gives "email". */
export function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const joined = lower.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)?.map((w) => w.replace(/-/g, ''));
  const words = lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return [...words, ...(joined ?? [])];
}
