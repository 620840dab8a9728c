/**
 * Post-build step "tables": every table in a page's content that is not already in a scroll box gets
 * one (a focusable, labelled region that scrolls sideways on its own), so a wide table never makes
 * the whole page scroll sideways on a phone. Works for tables written in Markdown, which Astro
 * renders bare.
 */
import type { Element, Root } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'hast-util-to-string';
import type { PipelineStep } from './step';

export const TABLE_BOX_CLASS = 'table-scroll';

export function wrapTables(tree: Root): number {
  const found: { table: Element; parent: Element | Root }[] = [];
  visitParents(tree, 'element', (el: Element, ancestors) => {
    if (el.tagName !== 'table') return;
    const boxed = ancestors.some(
      (a) =>
        a.type === 'element' &&
        (a.properties.tabIndex === 0 ||
          String(a.properties.className ?? '').includes(TABLE_BOX_CLASS)),
    );
    if (!boxed) found.push({ table: el, parent: ancestors.at(-1) as Element | Root });
  });
  for (const { table, parent } of found) {
    const caption = table.children.find(
      (c): c is Element => c.type === 'element' && c.tagName === 'caption',
    );
    // Named by its caption, else by its column headings, so a screen reader can tell boxes apart.
    const firstTh: string[] = [];
    visitParents(table, 'element', (c: Element) => {
      if (c.tagName === 'th' && firstTh.length < 3) firstTh.push(toString(c).trim());
    });
    const label = caption
      ? toString(caption).trim()
      : firstTh.length
        ? `Table: ${firstTh.join(', ')}`
        : 'Table';
    const box: Element = {
      type: 'element',
      // A named <section> is a region: screen readers can find it, keyboards can scroll it.
      tagName: 'section',
      properties: { className: [TABLE_BOX_CLASS], tabIndex: 0, ariaLabel: label },
      children: [table],
    };
    parent.children.splice(parent.children.indexOf(table), 1, box);
  }
  return found.length;
}

export const tableStep: PipelineStep = {
  name: 'tables',
  run({ site, logger }) {
    let n = 0;
    for (const page of site.pages) n += wrapTables(page.tree);
    logger.info(`${n} tables given their own scroll box`);
  },
};
