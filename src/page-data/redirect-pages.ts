/**
 * Pages that only forward to another: every short link (/go/T2/, /go/4.m.d/) and every moved page of
 * content/redirects.yaml. Each is a real page (meta refresh, so it forwards without JavaScript and
 * from the offline copy; a canonical link; a visible link; a one-line script that carries the
 * #fragment along), made here as a small tree from the graph: they are a third of the site's pages,
 * and rendering them with Astro and parsing them back cost more than everything they hold.
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Graph } from '../lib/graph';
import { shortLinks } from '../lib/short-links';
import { sitePages } from '../lib/site-map';
import type { Urls } from '../lib/urls';
import { publicUrl } from './site-graph';

export interface RedirectPage {
  /** The redirect's own URL, with the base: "/go/T2/". */
  url: string;
  /** Where it forwards, with the base: "/threats/2/". */
  target: string;
  title: string;
  /** The sentence before the visible link: "This short link leads to". */
  text: string;
}

/** Short links first, then moved pages (the content gate has checked every `to`). */
export function redirectPages(graph: Graph, urls: Urls): RedirectPage[] {
  const titles = new Map(sitePages(graph, urls).map((p) => [p.url, p.title]));
  return [
    ...shortLinks(graph).map((l) => ({
      url: urls.go(l.label),
      target: urls.item(l.ref),
      title: l.title,
      text: 'This short link leads to',
    })),
    ...graph.redirects.pages.map((r) => {
      const target = urls.ofSitePath(r.to.slice(1));
      return {
        url: urls.ofSitePath(r.from.slice(1)),
        target,
        title: titles.get(target)!,
        text: 'This page has moved to',
      };
    }),
  ];
}

/** Carries a #fragment to the target, which a meta refresh alone drops. */
const FORWARD_HASH =
  "if(location.hash){var r=document.querySelector('meta[http-equiv=refresh]').content.split('url=')[1];location.replace(r+location.hash)}";

/** The page as a tree, as the pipeline holds every built page. `site`: SITE_URL, if any. */
export function redirectTree(r: RedirectPage, favicon: string, site: URL | undefined): Root {
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', `${r.title} · HICP Guide`),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('link', { rel: 'canonical', href: publicUrl(r.target, site) }),
          h('meta', { httpEquiv: 'refresh', content: `0; url=${r.target}` }),
          h('link', { rel: 'icon', href: favicon, type: 'image/svg+xml' }),
          h('script', FORWARD_HASH),
        ]),
        h('body', [
          h('main', [
            h('h1', r.title),
            h('p', [`${r.text} `, h('a', { href: r.target }, r.title), '.']),
          ]),
        ]),
      ]),
    ],
  };
}
