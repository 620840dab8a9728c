/**
 * Post-build step "print": makes each whole-volume print page self-contained (hast, not regular
 * expressions): ids inside each
 * item get the item's prefix so they are unique on the page, headings inside items move one or two
 * levels down under the item's title, links to items on the page become in-page links, and other
 * links to the site become absolute (they must work from paper and PDF too).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { VOLUMES } from '../lib/schemas';
import type { PipelineStep } from './step';

export const printStep: PipelineStep = {
  name: 'print',
  run({ site, settings }) {
    for (const v of VOLUMES) {
      const page = site.page(site.urls.fileOfUrl(site.urls.printVolume(v))!);
      if (page) rewritePrintPage(page.tree, settings.site, settings.base);
    }
  },
};

/** `site` undefined (no SITE_URL): links to the site stay root-relative rather than point nowhere. */
export function rewritePrintPage(tree: Root, site: string | undefined, base: string): void {
  const sections: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (typeof el.properties.dataPrintItem === 'string') sections.push(el);
  });
  const anchorOf = new Map(
    sections.map((s) => [String(s.properties.dataPrintItem), String(s.properties.id)]),
  );

  for (const section of sections) {
    const prefix = String(section.properties.id);
    visit(section, 'element', (el: Element) => {
      if (el.properties.dataPrintBody === undefined) return;
      const shift = Number(el.properties.dataPrintLevel ?? 2) - 1;
      visit(el, 'element', (inner: Element) => {
        if (typeof inner.properties.id === 'string')
          inner.properties.id = `${prefix}--${inner.properties.id}`;
        const h = /^h([1-6])$/.exec(inner.tagName);
        if (h) inner.tagName = `h${Math.min(6, Number(h[1]) + shift)}`;
        const href = inner.properties.href;
        if (inner.tagName === 'a' && typeof href === 'string' && href.startsWith('#'))
          inner.properties.href = `#${prefix}--${href.slice(1)}`;
      });
    });
  }

  visit(tree, 'element', (el: Element) => {
    const href = el.properties.href;
    if (el.tagName !== 'a' || typeof href !== 'string' || !href.startsWith('/')) return;
    const [path, fragment] = href.split('#', 2) as [string, string | undefined];
    const anchor = anchorOf.get(path);
    if (anchor) el.properties.href = fragment ? `#${anchor}--${fragment}` : `#${anchor}`;
    else if (site && path.startsWith(base)) el.properties.href = new URL(href, site).href;
  });
}
