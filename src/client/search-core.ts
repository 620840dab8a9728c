/** Pure pieces of the search UI (no DOM), shared by the hosted and offline backends and unit-tested. */
import { ALIAS_PATTERN } from '../lib/search-contract';

export interface Filters {
  kind: string[];
  volume: string[];
  size: string[];
}
export const NO_FILTERS: Filters = { kind: [], volume: [], size: [] };

export interface Hit {
  url: string;
  title: string;
  id?: string | undefined;
  kind: string;
  volume?: string | undefined;
  sizes: string[];
  /** The item's summary (or a glossary term's definition): ranking reads it, the UI does not. */
  summary: string;
  /** The item's whole text, for the shared ranking; the UI does not show it. */
  content: string;
  /** Excerpt as text pieces; `mark` pieces matched the query. Never HTML. */
  excerpt: Segment[];
}

export interface Segment {
  text: string;
  mark: boolean;
}

export interface Found {
  /** The best hits, ID match first, at most the limit asked for. */
  hits: Hit[];
  /** How many pages match in all. */
  total: number;
  /** Typed word → the word searched instead (typo tolerance). */
  corrected?: [string, string][];
  /** Words to try when nothing was found. */
  suggestions?: string[];
}

export interface Backend {
  search(query: string, filters: Filters, limit: number): Promise<Found>;
  /** Starts fetching what this half-typed query will need (hosted only), without searching. */
  preload?(query: string): void;
}

export function statusText(found: Found, query: string): string {
  const fixed = found.corrected?.length
    ? ` (searched for ${found.corrected.map(([, to]) => `“${to}”`).join(', ')})`
    : '';
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
      const text = decode(part.replace(/<[^>]*>/g, ''))
        .replace(ALIAS_PATTERN, '')
        .replace(/\s+/g, ' ');
      if (text) out.push({ text, mark });
    }
  }
  return out;
}

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
