/**
 * Post-build step "redirects", the first: adds the pages that only forward (short links, moved pages;
 * src/page-data/redirect-pages.ts) to the built site as trees, so every later step treats them as
 * the pages they are (CSP, permalinks, the offline copy, the saved copy) without Astro rendering them.
 * Each takes its title, description and preview image from its target's built head.
 */
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { loadGraph } from '../lib/load-graph';
import { redirectPages, redirectTree, type TargetMeta } from '../page-data/redirect-pages';
import type { PipelineStep } from './step';
import { findElement, findElements } from './tree';

/** The title, description and preview image a built page's head gives link previews. */
export function targetMeta(tree: Root, url: string): TargetMeta {
  const head = findElement(tree, (el) => el.tagName === 'head');
  if (!head) throw new Error(`${url} has no <head>`);
  const metas = findElements(head, (el) => el.tagName === 'meta');
  const meta = (key: string) => {
    const el = metas.find(
      (m: Element) => m.properties.name === key || m.properties.property === key,
    );
    const content = el?.properties.content;
    if (typeof content !== 'string') throw new Error(`${url} has no <meta> ${key}`);
    return content;
  };
  return {
    title: toString(findElement(head, (el) => el.tagName === 'title')!),
    description: meta('description'),
    image: meta('og:image'),
    imageAlt: meta('og:image:alt'),
  };
}

export const redirectsStep: PipelineStep = {
  name: 'redirects',
  run({ site, settings, logger }) {
    const { urls } = site;
    const siteUrl = settings.site ? new URL(settings.site) : undefined;
    const pages = redirectPages(loadGraph(), urls);
    const metas = new Map<string, TargetMeta>();
    for (const r of pages) {
      let meta = metas.get(r.target);
      if (!meta) {
        const target = site.page(urls.fileOfUrl(r.target)!);
        if (!target) throw new Error(`${r.url} leads to ${r.target}, which was not built`);
        metas.set(r.target, (meta = targetMeta(target.tree, r.target)));
      }
      site.addPage(
        urls.fileOfUrl(r.url)!,
        redirectTree(r, meta, urls.asset('favicon.svg'), siteUrl),
      );
    }
    logger.info(`${pages.length} redirect pages (short links and moved pages)`);
  },
};
