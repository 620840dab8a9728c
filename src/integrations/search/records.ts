/**
 * What the indexers read of each built page, with the same markers Pagefind reads
 * (data-pagefind-body, -ignore, -filter, -meta, and our data-search-split), so the offline index
 * holds what the hosted index holds: one record per indexed page (one per term on the glossary),
 * split into sections at headings that have an id. The record set (record-set.ts) is made from these.
 */
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { SearchKind, SearchSection } from '../../lib/search-contract';
import type { Size } from '../../lib/ids';
import { findElement } from '../tree';
import type { BuiltPage } from '../built-site';

/** One indexed page (or glossary term) as the indexers read it: its facts and its whole text. */
export interface PageRecord {
  url: string;
  title: string;
  id?: string;
  kind: SearchKind;
  volume?: string;
  sizes: Size[];
  summary: string;
  sections: SearchSection[];
  /** Every id in the indexed body (a heading's, or a box's such as a threat's "by-size-small"). */
  anchors: string[];
}

const attr = (el: Element, name: string) => {
  const v = el.properties?.[name];
  return v === undefined || v === null ? undefined : String(v);
};
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const pair = (v: string): [string, string] => [
  v.slice(0, v.indexOf(':')),
  v.slice(v.indexOf(':') + 1),
];

/** What the indexers' markers say of a page, gathered in one walk of its tree. */
interface Markers {
  body?: Element;
  filters: [string, string][];
  meta: [string, string][];
  split: boolean;
}

/**
 * One depth-first walk (a CSS selector engine costs about ten times as much over 400 pages, and the
 * build reads every page): the indexed body, the filters and metadata, whether the body is split.
 */
function markersOf(tree: Root): Markers {
  const m: Markers = { filters: [], meta: [], split: false };
  const walk = (nodes: RootContent[], inBody: boolean) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue;
      const p = node.properties;
      const filter = attr(node, 'dataPagefindFilter');
      if (filter?.includes(':')) m.filters.push(pair(filter));
      const meta = attr(node, 'dataPagefindMeta');
      if (meta?.includes(':')) m.meta.push(pair(meta));
      let body = inBody;
      if (!m.body && p.dataPagefindBody !== undefined) {
        m.body = node;
        body = true;
      }
      if (body && p.dataSearchSplit !== undefined) m.split = true;
      walk(node.children, body);
    }
  };
  walk(tree.children, false);
  return m;
}

/** A page with the records it gives; `split`: one record per term (the glossary). */
export interface ReadPage {
  page: BuiltPage;
  records: PageRecord[];
  split: boolean;
}

/** A page's records, and whether its body is split into one record per term (the glossary). */
export function readPage(tree: Root, url: string): { records: PageRecord[]; split: boolean } {
  const markers = markersOf(tree);
  const record = readRecord(markers, url);
  if (!record) return { records: [], split: false };
  if (!markers.split) return { records: [record], split: false };
  return {
    split: true,
    records: record.sections
      .filter((s) => s.anchor)
      .map((s) => ({
        url: `${url}#${s.anchor}`,
        title: s.heading,
        kind: record.kind,
        sizes: record.sizes,
        summary: s.text,
        sections: [{ anchor: '', heading: s.heading, text: s.text }],
        anchors: [],
      })),
  };
}

/**
 * The records of one page: usually one; a page whose body holds `data-search-split` (the glossary)
 * gives one record per heading with an id inside it, titled with the heading and linked to it, so a
 * glossary hit is the term, not the whole 8 KB glossary.
 */
export function recordsFromTree(tree: Root, url: string): PageRecord[] {
  return readPage(tree, url).records;
}

/** Reads one built page (`url`: its base-less site path); undefined when the page is not indexed. */
export function recordFromTree(tree: Root, url: string): PageRecord | undefined {
  return readRecord(markersOf(tree), url);
}

function readRecord(markers: Markers, url: string): PageRecord | undefined {
  const { body, filters } = markers;
  if (!body) return undefined;
  const meta = Object.fromEntries(markers.meta);
  const title = clean(
    toString(findElement(body, (el) => el.tagName === 'h1') ?? { type: 'text', value: url }),
  );
  const sections: SearchSection[] = [{ anchor: '', heading: title, text: '' }];
  const anchors: string[] = [];

  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') sections[sections.length - 1]!.text += `${node.value} `;
      if (node.type !== 'element') continue;
      const p = node.properties ?? {};
      if (typeof p.id === 'string') anchors.push(p.id);
      if (p.dataPagefindIgnore !== undefined || p.hidden !== undefined || node.tagName === 'h1')
        continue;
      if (/^h[2-6]$/.test(node.tagName) && typeof p.id === 'string') {
        sections.push({ anchor: p.id, heading: clean(toString(node)), text: '' });
        continue;
      }
      walk(node.children);
      if (/^(p|li|td|th|h\d|dd|dt|div|section|tr)$/.test(node.tagName))
        sections[sections.length - 1]!.text += ' ';
    }
  };
  walk(body.children);

  const record: PageRecord = {
    url,
    title,
    kind: (filters.find(([k]) => k === 'kind')?.[1] ?? 'page') as SearchKind,
    sizes: filters.filter(([k]) => k === 'size').map(([, v]) => v as Size),
    summary: clean(
      toString(
        findElement(body, (el) => el.properties.dataPagefindMeta === 'summary') ?? {
          type: 'text',
          value: '',
        },
      ),
    ),
    sections: sections
      .map((s) => ({ ...s, text: clean(s.text) }))
      .filter((s, i) => i === 0 || s.text || s.heading),
    anchors,
  };
  const volume = filters.find(([k]) => k === 'volume')?.[1];
  if (volume) record.volume = volume;
  if (meta.id) record.id = meta.id;
  return record;
}
