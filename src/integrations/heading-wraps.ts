/**
 * Post-build step "headings": every section heading in a page's main content (h2 or h3 with an id)
 * is wrapped in the box its "#" link will sit in. Done in the HTML, not by the page script, so the
 * layout is the same before and after the script runs: wrapping at runtime moved the page while a
 * long one was still loading (a layout shift on the search page's A–Z list).
 */
import type { Element, Root } from 'hast';
import { selectAll } from 'hast-util-select';
import { visitParents } from 'unist-util-visit-parents';
import type { PipelineStep } from './step';

export const HEADING_WRAP_CLASS = 'heading-wrap';

/** Wraps the headings not yet wrapped; returns how many. */
export function wrapHeadings(tree: Root): number {
  const headings = new Set(selectAll('main h2[id], main h3[id]', tree) as Element[]);
  const found: { heading: Element; parent: Element | Root }[] = [];
  visitParents(tree, 'element', (el: Element, ancestors) => {
    const parent = ancestors.at(-1) as Element | Root;
    const wrapped =
      parent.type === 'element' &&
      String(parent.properties.className ?? '').includes(HEADING_WRAP_CLASS);
    if (headings.has(el) && !wrapped) found.push({ heading: el, parent });
  });
  for (const { heading, parent } of found) {
    const wrap: Element = {
      type: 'element',
      tagName: 'div',
      properties: { className: [HEADING_WRAP_CLASS] },
      children: [heading],
    };
    parent.children.splice(parent.children.indexOf(heading), 1, wrap);
  }
  return found.length;
}

export const headingStep: PipelineStep = {
  name: 'headings',
  run({ site, logger }) {
    let n = 0;
    for (const page of site.pages) n += wrapHeadings(page.tree);
    logger.info(`${n} section headings given the box their "#" link sits in`);
  },
};
