/**
 * What search needs to know about items, shared by the pages (which embed it for the indexer) and
 * the browser (which rewrites typed IDs). Pagefind splits "1.M.B" into three words, so each item
 * page also carries one made-up word for its ID; a query that reads as an ID searches for that word.
 */
import { parseItemRef, refLabel, VOLUME_LABEL as VOLUME_LABELS, type ItemRef } from './ids';

/** "1.M.B" → "hicpid1mbz". The trailing z stops prefix matching (P1 would otherwise find P10). */
export function aliasToken(ref: ItemRef): string {
  return `hicpid${refLabel(ref)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')}z`;
}

/**
 * The alias word for an ID in a query, typed any way (1.m.b, 1-M-B, T2, p4, "Practice 4"), alone or
 * inside a question ("what is 3.M.D?"); undefined when the query names no ID.
 */
export function queryAlias(query: string): string | undefined {
  const whole = parseItemRef(query);
  if (whole) return aliasToken(whole);
  const words = query.split(/\s+/).map((w) => w.replace(/^[^\w]+|[^\w]+$/g, ''));
  for (let i = 0; i < words.length; i++) {
    const ref =
      parseItemRef(words[i]!) ??
      (words[i + 1] ? parseItemRef(`${words[i]} ${words[i + 1]}`) : undefined);
    if (ref) return aliasToken(ref);
  }
  return undefined;
}

export const ALIAS_PATTERN = /\bhicpid[a-z0-9]+z\b/g;

export const SEARCH_KINDS = [
  'threat',
  'practice',
  'sub-practice',
  'chapter',
  'glossary',
  'csf',
  'page',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
export const KIND_LABEL: Record<SearchKind, string> = {
  threat: 'Threat',
  practice: 'Practice',
  'sub-practice': 'Sub-practice',
  chapter: 'Chapter',
  glossary: 'Glossary',
  csf: 'NIST CSF',
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
