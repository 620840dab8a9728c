/** Pure pieces of the search UI (no DOM), shared by the hosted and offline backends and unit-tested. */
import type { Size } from '../lib/ids';
import type { Filters } from './rank';

export type { Filters };
export const NO_FILTERS: Filters = { kind: [], volume: [], size: [] };

export interface Hit {
  url: string;
  title: string;
  id?: string | undefined;
  kind: string;
  volume?: string | undefined;
  sizes: string[];
  /** What the result shows: its summary, until an excerpt of the words found replaces it. */
  excerpt: Segment[];
}

export interface Segment {
  text: string;
  mark: boolean;
}

/** A result's excerpt when it arrives: the link to the section it is from, and the excerpt. */
export interface Filled {
  url: string;
  excerpt: Segment[];
}

export interface Found {
  /** The results shown, in order: at most the limit asked for. */
  hits: Hit[];
  /** How many results there are in all. */
  total: number;
  /** Typed word → the word searched instead (typo tolerance). */
  corrected?: [string, string][];
  /** Words to try when nothing was found. */
  suggestions?: string[];
  /** Nothing was searched: the query held only short or common words (query.ts). */
  dropped?: 'short' | 'common' | undefined;
  /** The size the results are ranked for, and why: the query names it, or the reader saved it. */
  size?: Size | undefined;
  sizeFrom?: 'query' | 'saved' | 'filter' | undefined;
  /** Excerpts of the shown results that have one, by position in `hits`, once they arrive. */
  excerpts?: Promise<Map<number, Filled>>;
}

export interface SearchOptions {
  /** The size the reader saved ("My organization is"): results for it come first. */
  saved?: Size | undefined;
  /** How many of the first results get an excerpt (the others keep their summary). */
  excerpts?: number;
}

export interface Backend {
  search(query: string, filters: Filters, limit: number, o?: SearchOptions): Promise<Found>;
  /** Starts fetching what this half-typed query will need, without searching. */
  preload?(query: string): void;
}

/** What the status line says while a query is being answered. */
export const SEARCHING = 'Searching…';

export function statusText(found: Found, query: string): string {
  const fixed = found.corrected?.length
    ? ` (searched for ${found.corrected.map(([, to]) => `“${to}”`).join(', ')})`
    : '';
  if (found.dropped === 'short') return 'Keep typing: search words need three letters or more.';
  if (found.dropped === 'common')
    return `“${query}” has only common words. Add what it is about, such as “backups” or “phishing”.`;
  if (!query) return found.total ? `${found.total} items match the filters` : '';
  if (found.total === 0) return `No results for “${query}”`;
  const shown =
    found.hits.length < found.total
      ? `Showing ${found.hits.length} of ${found.total} results`
      : `${found.total} result${found.total === 1 ? '' : 's'}`;
  return `${shown} for “${query}”${fixed}`;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
};

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
    if (e[0] === '#') {
      const code =
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : all;
    }
    return ENTITIES[e.toLowerCase()] ?? all;
  });
}

/**
 * Turns an engine's excerpt (escaped text with <mark> tags) into text segments. Any other tag is
 * dropped and every piece is rendered with textContent, so nothing in an excerpt can run.
 */
export function excerptSegments(html: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  for (const part of html.split(/(<\/?mark>)/i)) {
    if (/^<mark>$/i.test(part)) mark = true;
    else if (/^<\/mark>$/i.test(part)) mark = false;
    else {
      const text = decode(part.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ');
      if (text) out.push({ text, mark });
    }
  }
  return out;
}

/** The URL parameter value of a size filter the reader removed: every size, not the saved one. */
export const ANY_SIZE = 'any';

export function filtersFromParams(params: URLSearchParams): Filters {
  return {
    kind: params.getAll('kind'),
    volume: params.getAll('volume'),
    size: params.getAll('size'),
  };
}

export function paramsFor(query: string, filters: Filters): string {
  const p = new URLSearchParams();
  if (query) p.set('q', query);
  for (const key of ['kind', 'volume', 'size'] as const)
    for (const v of filters[key]) p.append(key, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}
