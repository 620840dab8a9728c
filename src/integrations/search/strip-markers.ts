/**
 * Post-build step "markers": once Pagefind has indexed the hosted pages and the offline copy has
 * taken its own records from them, the markup that only told the indexers what to read goes from the
 * hosted pages: the data-pagefind-* and data-search-split attributes, and the hidden box of filter,
 * metadata and ID-alias spans. Readers never see any of it, and it weighed on every page view.
 */
import type { Element, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';
import type { PipelineStep } from '../step';

const MARKER = /^(dataPagefind[A-Z]|dataSearchSplit$)/;

const isMarker = (prop: string) => MARKER.test(prop);

/** A hidden box whose children are all index markers (filters, metadata, alias words). */
function isMarkerBox(el: Element): boolean {
  if (el.tagName !== 'div' || el.properties.hidden === undefined) return false;
  const kids = el.children.filter((c) => c.type === 'element');
  return (
    kids.length > 0 &&
    kids.length === el.children.length &&
    kids.every((k) => Object.keys(k.properties).some(isMarker))
  );
}

/** Removes the indexers' markup from one page; returns how many attributes and boxes went. */
export function stripMarkers(tree: Root): number {
  let n = 0;
  visit(tree, 'element', (el: Element, index, parent) => {
    if (parent && index !== undefined && isMarkerBox(el)) {
      parent.children.splice(index, 1);
      n++;
      return [SKIP, index];
    }
    for (const prop of Object.keys(el.properties))
      if (isMarker(prop)) {
        delete el.properties[prop];
        n++;
      }
  });
  return n;
}

export const markersStep: PipelineStep = {
  name: 'markers',
  run({ site, logger }) {
    let n = 0;
    for (const page of site.pages) n += stripMarkers(page.tree);
    logger.info(`${n} search-index markers removed from the hosted pages`);
  },
};
