/**
 * What search knows of the site, shared by the build (which writes the record set) and the browser
 * (which reads it, and reads what readers type). The record set is one compact record per
 * searchable thing, the same file for the hosted and the offline engine: the engines only say
 * which records hold which words; the order comes from shared code over these records.
 */
import {
  parseItemRef,
  refLabel,
  VOLUME_LABEL as VOLUME_LABELS,
  type ItemRef,
  type Size,
} from './ids';

/** "1.M.B" → "hicpid1mbz": the lookup key of an item's ID, the same however the ID is typed. */
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
 * "PR.IP-4" → "hicpcsfprip4z", "PR.IP" → "hicpcsfpripz": the key an item answers to for each CSF 1.1
 * code it cites and each CSF 2.0 element it reaches (and their categories).
 */
export function csfAliasToken(code: string): string {
  return `hicpcsf${csfKey(code)}z`;
}

/** The keys an item answers to for a CSF code: the code itself and its category. */
export function csfAliasTokens(code: string): string[] {
  const category = code.split('-')[0]!;
  return category === code ? [csfAliasToken(code)] : [csfAliasToken(code), csfAliasToken(category)];
}

/**
 * "PR.DS-11" → "hicpcsfpageprds11z": the key only the code's own pages answer to (its CSF 1.1 page,
 * its CSF 2.0 page, or both), so a typed code finds them before the items that cite or reach it.
 * Every code with a page has items too, and the other way round: neither lookup finds nothing.
 */
export function csfPageToken(code: string): string {
  return `hicpcsfpage${csfKey(code)}z`;
}

/** The results' stylesheet at the site root: search.js adds it when the header's panel is used. */
export const SEARCH_RESULTS_CSS = 'search-results.css';

/** The record set at the site root: JSON for the hosted search, fetched by search.js. */
export const RECORDS_JSON = 'search-records.json';
/** The same record set in the offline copy, as a classic script that sets RECORDS_GLOBAL. */
export const RECORDS_SCRIPT = 'search-records.js';
export const RECORDS_GLOBAL = 'HICP_SEARCH_RECORDS';
/** The offline copy's full text (MiniSearch's index and the excerpts), a classic script too. */
export const TEXT_SCRIPT = 'search-index.js';
export const TEXT_GLOBAL = 'HICP_SEARCH_TEXT';

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
  sizes?: Size[];
}

/** One section of an indexed page: the text under a heading with an id (the first has none). */
export interface SearchSection {
  anchor: string;
  heading: string;
  text: string;
}

/**
 * One record of the record set: one searchable thing (an item, a chapter, a glossary term, a CSF
 * page, a size or start page), with what ranking needs to order it and what a result shows before
 * any excerpt arrives. `url` is the base-less site path ("threats/2/", "glossary/#phishing"), so a
 * copy served from any folder resolves it (src/lib/urls.ts `fileOf`).
 */
export interface SearchRecord {
  url: string;
  title: string;
  kind: SearchKind;
  /** One line: the summary's first sentence, shortened. */
  summary: string;
  /** "T2", "P4", "4.M.D". */
  id?: string;
  volume?: string;
  /** The organization sizes it is written for; none: everyone. */
  sizes?: Size[];
  /** The practice it is or belongs to (practices, sub-practices, chapters). */
  practice?: number;
  /** The threats it is about or helps against (through its practice). */
  threats?: number[];
  /** NIST CSF 1.1 codes it cites, and the CSF 2.0 elements it reaches through them. */
  csf?: string[];
  csf2?: string[];
  /** The CSF code a CSF page is about. */
  code?: string;
  /** The section a reader of a size lands on ("by-size-small"), by size. */
  land?: Partial<Record<Size, string>>;
  /** A threat's sub-practices to start with, by size, in the order its "First steps" names them. */
  start?: Partial<Record<Size, string[]>>;
  /** The section to open when a query asks what to do (a threat's "First steps"). */
  steps?: string;
  /** Sections opened only when the query is about them (a threat's fictional scenario). */
  aside?: string[];
  /** Words readers use for it that its title and summary lack ("offline", "phone" for Downloads). */
  alias?: string;
  /** About the site rather than the guidance: it comes after the guidance ("What we could not confirm"). */
  minor?: true;
}

/** The record set file: the records, and the vocabulary (typo correction, "did you mean"). */
export interface RecordSet {
  records: SearchRecord[];
  /** Words of five letters or more in the titles and headings, with how often they occur. */
  words: [string, number][];
}

/** Every key an exact lookup finds a record by: its ID, the code its page is about, codes it cites. */
export function recordKeys(r: SearchRecord): string[] {
  const ref = r.id ? parseItemRef(r.id) : undefined;
  return [
    ...(ref ? [aliasToken(ref)] : []),
    ...(r.code ? [csfPageToken(r.code)] : []),
    ...new Set([...(r.csf ?? []), ...(r.csf2 ?? [])].flatMap((c) => csfAliasTokens(c))),
  ];
}
