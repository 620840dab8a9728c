/**
 * Rewrites one built HTML page for the offline edition, with a real HTML parser (hast): every URL
 * relative and naming a file, CSS url()s included, and the "Offline copy" marker after the header;
 * parts marked data-hosted-only left out.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { offlineCss, offlineSrcset, offlineUrl } from './links';
import { refreshTarget } from '../built-site';

export interface OfflinePageOptions {
  /** Path of the page inside the copy, e.g. "threats/2/index.html". */
  file: string;
  /** Astro's base ("/" or "/docs/hicp/"): root-relative URLs start with it. */
  base: string;
  /** Marker text, e.g. "Offline copy · built 2026-11-30 · edition 2018". */
  marker: string;
  /** Absolute URL of the hosted site, linked from the marker; none when SITE_URL is not set. */
  hostedUrl?: string | undefined;
}

const URL_ATTRS = ['href', 'src', 'action', 'poster', 'dataScript'] as const;

export function rewriteForOffline(tree: Root, o: OfflinePageOptions): void {
  dropHostedOnly(tree);
  visit(tree, 'element', (el: Element) => {
    const p = el.properties;
    // An absolute canonical (SITE_URL) is left as it is by offlineUrl; a site path (no SITE_URL,
    // redirect pages) becomes a file path like every other link.
    for (const a of URL_ATTRS)
      if (typeof p[a] === 'string') p[a] = offlineUrl(p[a], o.file, o.base);
    if (typeof p.srcSet === 'string') p.srcSet = offlineSrcset(p.srcSet, o.file, o.base);
    if (typeof p.style === 'string') p.style = offlineCss(p.style, o.file, o.base);
    const refresh = refreshTarget(el);
    if (refresh !== undefined)
      p.content = String(p.content).replace(
        /(url=)(.+)$/i,
        (_m, k: string) => k + offlineUrl(refresh, o.file, o.base),
      );
    if (el.tagName === 'style') {
      for (const child of el.children)
        if (child.type === 'text') child.value = offlineCss(child.value, o.file, o.base);
    }
  });
  insertMarker(tree, o);
}

/** Parts that only make sense on the hosted site (the zip link, "Keep this guide on this device"). */
export function dropHostedOnly(tree: Root): void {
  visit(tree, (node) => {
    if ('children' in node)
      node.children = (node.children as Element[]).filter(
        (c) => !(c.type === 'element' && c.properties.dataHostedOnly !== undefined),
      );
  });
}

function insertMarker(tree: Root, o: OfflinePageOptions): void {
  let body: Element | undefined;
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'body') body = el;
  });
  if (!body) return;
  const marker: ElementContent = {
    type: 'element',
    tagName: 'p',
    properties: { className: ['offline-marker'], role: 'note' },
    children: o.hostedUrl
      ? [
          { type: 'text', value: `${o.marker} · ` },
          {
            type: 'element',
            tagName: 'a',
            properties: { href: o.hostedUrl, rel: 'noopener' },
            children: [{ type: 'text', value: 'Latest version' }],
          },
        ]
      : [{ type: 'text', value: `${o.marker}.` }],
  };
  const headerAt = body.children.findIndex((c) => c.type === 'element' && c.tagName === 'header');
  body.children.splice(headerAt >= 0 ? headerAt + 1 : 0, 0, marker);
}
