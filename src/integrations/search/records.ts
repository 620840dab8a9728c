/**
 * The offline edition's search records, read from the built pages with the same markers Pagefind reads
 * (data-pagefind-body, -ignore, -filter, -meta, -weight, and our data-search-split), so the offline index holds what the hosted
 * index holds: one record per indexed page, split into sections at headings that have an id. The
 * record types are the search contract (src/lib/search-contract.ts).
 */
import type { Element, Root, RootContent } from 'hast';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { SearchRecord, SearchSection } from '../../lib/search-contract';
import type { BuiltSite } from '../built-site';

const attr = (el: Element, name: string) => {
  const v = el.properties?.[name];
  return v === undefined || v === null ? undefined : String(v);
};
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();

function pairs(tree: Root, attribute: string): [string, string][] {
  return selectAll(`[${attribute.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`, tree)
    .map((el) => attr(el, attribute) ?? '')
    .filter((v) => v.includes(':'))
    .map((v) => [v.slice(0, v.indexOf(':')), v.slice(v.indexOf(':') + 1)] as [string, string]);
}

/** Every indexed page of the built site, in file order (a split page gives one record per term). */
export function searchRecords(site: BuiltSite): SearchRecord[] {
  return site.pages.flatMap((p) => recordsFromTree(p.tree, site.urls.sitePath(p.url)!));
}

/**
 * The records of one page: usually one; a page whose body holds `data-search-split` (the glossary)
 * gives one record per heading with an id inside it, titled with the heading and linked to it, so a
 * glossary hit is the term, not the whole 8 KB glossary.
 */
export function recordsFromTree(tree: Root, url: string): SearchRecord[] {
  const record = recordFromTree(tree, url);
  if (!record) return [];
  if (!select('[data-search-split]', tree)) return [record];
  return record.sections
    .filter((s) => s.anchor)
    .map((s) => ({
      url: `${url}#${s.anchor}`,
      title: s.heading,
      kind: record.kind,
      sizes: record.sizes,
      summary: s.text,
      sections: [{ anchor: '', heading: s.heading, text: s.text }],
    }));
}

/** Reads one built page (`url`: its base-less site path); undefined when the page is not indexed. */
export function recordFromTree(tree: Root, url: string): SearchRecord | undefined {
  const body = select('[data-pagefind-body]', tree);
  if (!body) return undefined;
  const filters = pairs(tree, 'dataPagefindFilter');
  const meta = Object.fromEntries(pairs(tree, 'dataPagefindMeta'));
  const aliasEls = selectAll('[data-pagefind-weight]', body);
  const title = clean(toString(select('h1', body) ?? { type: 'text', value: url }));
  const sections: SearchSection[] = [{ anchor: '', heading: title, text: '' }];

  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'text') sections[sections.length - 1]!.text += `${node.value} `;
      if (node.type !== 'element') continue;
      const p = node.properties ?? {};
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

  const record: SearchRecord = {
    url,
    title,
    kind: filters.find(([k]) => k === 'kind')?.[1] ?? 'page',
    sizes: filters.filter(([k]) => k === 'size').map(([, v]) => v),
    summary: clean(
      toString(select('[data-pagefind-meta="summary"]', body) ?? { type: 'text', value: '' }),
    ),
    sections: sections
      .map((s) => ({ ...s, text: clean(s.text) }))
      .filter((s, i) => i === 0 || s.text || s.heading),
  };
  const volume = filters.find(([k]) => k === 'volume')?.[1];
  if (volume) record.volume = volume;
  if (meta.id) record.id = meta.id;
  if (aliasEls.length) record.alias = clean(aliasEls.map((el) => toString(el)).join(' '));
  return record;
}
