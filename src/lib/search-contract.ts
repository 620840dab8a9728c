/**
 * What search needs to know about items, shared by the pages (which embed it for the indexer) and
 * the browser (which rewrites typed IDs). Pagefind splits "1.M.B" into three words, so each item
 * page also carries one made-up word for its ID; a query that reads as an ID searches for that word.
 */
import { refLabel, VOLUME_LABEL as VOLUME_LABELS, type ItemRef } from './ids';

/** "1.M.B" → "hicpid1mbz". The trailing z stops prefix matching (P1 would otherwise find P10). */
export function aliasToken(ref: ItemRef): string {
  return `hicpid${refLabel(ref)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}z`;
}

/**
 * A NIST CSF code as one lower-case word, its number without leading zeros: "PR.IP-4" → "prip4",
 * "GV.PO-01" → "gvpo1", "PR.IP" → "prip". A code names one element of NIST's catalog whichever
 * version writes it (CSF 1.1's "DE.CM-1" is CSF 2.0's "DE.CM-01"), so both read alike.
 */
function csfKey(code: string): string {
  return code
    .toLowerCase()
    .replace(/-0*(\d)/, '$1')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * "PR.IP-4" → "hicpcsfprip4z", "PR.IP" → "hicpcsfpripz": the made-up word a sub-practice page carries
 * for each CSF 1.1 code it cites and each CSF 2.0 element it reaches (and their categories), so a
 * typed code is one exact lookup, not three words.
 */
export function csfAliasToken(code: string): string {
  return `hicpcsf${csfKey(code)}z`;
}

/** The alias words a page carries for a CSF code: the code itself and its category. */
export function csfAliasTokens(code: string): string[] {
  const category = code.split('-')[0]!;
  return category === code ? [csfAliasToken(code)] : [csfAliasToken(code), csfAliasToken(category)];
}

/**
 * "PR.DS-11" → "hicpcsfpageprds11z": the word only the code's own pages carry (its CSF 1.1 page,
 * its CSF 2.0 page, or both), so a typed code finds them before the items that cite or reach it.
 * Every code with a page has items too, and the other way round: neither lookup finds nothing.
 */
export function csfPageToken(code: string): string {
  return `hicpcsfpage${csfKey(code)}z`;
}

/** The results' stylesheet at the site root: search.js adds it when the header's panel is used. */
export const SEARCH_RESULTS_CSS = 'search-results.css';

export const ALIAS_PATTERN = /\bhicp(?:id|csf)[a-z0-9]+z\b/g;

export const SEARCH_KINDS = [
  'threat',
  'practice',
  'sub-practice',
  'chapter',
  'glossary',
  'csf',
  'csf2',
  'page',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const KIND_LABEL: Record<SearchKind, string> = {
  threat: 'Threat',
  practice: 'Practice',
  'sub-practice': 'Sub-practice',
  chapter: 'Chapter',
  glossary: 'Glossary',
  csf: 'NIST CSF 1.1',
  csf2: 'NIST CSF 2.0',
  page: 'Page',
};
/** Volume labels by facet value (any string: facet values come from pages). */
export const VOLUME_LABEL: Record<string, string> = VOLUME_LABELS;

/** What an indexed page says about itself: kind, ID, volume and sizes (the search filters). */
export interface SearchFacets {
  kind: SearchKind;
  ref?: ItemRef;
  volume?: 'main' | 'small' | 'medium-large';
  sizes?: ('small' | 'medium' | 'large')[];
  /** NIST CSF 1.1 codes the item cites: each becomes an exact-lookup alias word. */
  csf?: string[];
  /** NIST CSF 2.0 elements the item reaches through them (NIST's mapping): alias words too. */
  csf2?: string[];
  /** The CSF code this page is about: its own alias word, found before the items that cite it. */
  csfPage?: string;
}

/** One section of an indexed page: the text under a heading with an id (the first has none). */
export interface SearchSection {
  anchor: string;
  heading: string;
  text: string;
}

/**
 * One indexed page as the offline search holds it. `url` is the page's site path without the base
 * ("threats/2/"), so a copy served from any folder resolves it (src/lib/urls.ts `fileOf`).
 */
export interface SearchRecord {
  url: string;
  title: string;
  id?: string;
  alias?: string;
  kind: string;
  volume?: string;
  sizes: string[];
  summary: string;
  sections: SearchSection[];
}

/**
 * The texts whose words make the typo-correction vocabulary: titles and headings. The hosted build
 * writes their words to search-words.json; the offline search reads them from its records.
 */
export function vocabularyTexts(records: SearchRecord[]): string[] {
  return records.flatMap((r) => [r.title, ...r.sections.map((s) => s.heading)]);
}
