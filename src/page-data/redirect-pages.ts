/**
 * Pages that only forward to another: every short link (/go/T2/, /go/4md/, /go/pr.ip-4/) and every
 * moved page of content/redirects.yaml. Each is a real page (meta refresh, so it forwards without
 * JavaScript and from the offline copy; a canonical link; a visible link; a one-line script that
 * carries the #fragment along), made here as a small tree from the graph: they are most of the
 * site's pages, and rendering them with Astro and parsing them back cost more than everything they
 * hold. Link previews mostly read the page at the pasted address without following the refresh, so
 * each carries its target's title, description and preview image (share-meta.ts).
 */
import type { Root } from 'hast';
import { h } from 'hastscript';
import type { Graph } from '../lib/graph';
import { shortLinks } from '../lib/short-links';
import type { Urls } from '../lib/urls';
import { publicUrl } from './site-graph';
import { shareTags } from './share-meta';

export interface RedirectPage {
  /** The redirect's own URL, with the base: "/go/T2/". */
  url: string;
  /** Where it forwards, with the base: "/threats/2/". */
  target: string;
  /** The sentence before the visible link: "This short link leads to". */
  text: string;
}

/** What the target page tells link previews, read from its built head. */
export interface TargetMeta {
  /** Its full title: "Threat 2: Ransomware Attack · HICP Guide". */
  title: string;
  description: string;
  image: string;
  imageAlt: string;
}

/** Short links first, then moved pages (the content gate has checked every `to`). */
export function redirectPages(graph: Graph, urls: Urls): RedirectPage[] {
  return [
    ...shortLinks(graph).map((l) => ({
      url: urls.go(l.label),
      target: urls.shortTarget(l.ref),
      text: 'This short link leads to',
    })),
    ...graph.redirects.pages.map((r) => ({
      url: urls.ofSitePath(r.from.slice(1)),
      target: urls.ofSitePath(r.to.slice(1)),
      text: 'This page has moved to',
    })),
  ];
}

/** Carries a #fragment to the target, which a meta refresh alone drops. */
const FORWARD_HASH =
  "if(location.hash){var r=document.querySelector('meta[http-equiv=refresh]').content.split('url=')[1];location.replace(r+location.hash)}";

/** The title a page shows in its visible link: its full title less the site's name. */
const SITE_SUFFIX = ' · HICP Guide';

/**
 * The page as a tree, as the pipeline holds every built page. `site`: SITE_URL, if any. Its title is
 * the target's (with the ID, as the target's is), and so are its description and preview image.
 */
export function redirectTree(
  r: RedirectPage,
  target: TargetMeta,
  favicon: string,
  site: URL | undefined,
): Root {
  const canonical = publicUrl(r.target, site);
  const tags = shareTags({
    title: target.title,
    description: target.description,
    canonical: site ? canonical : undefined,
    type: 'article',
    image: target.image,
    imageAlt: target.imageAlt,
  });
  const name = target.title.endsWith(SITE_SUFFIX)
    ? target.title.slice(0, -SITE_SUFFIX.length)
    : target.title;
  return {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: 'en' }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', target.title),
          h('meta', { name: 'robots', content: 'noindex' }),
          h('link', { rel: 'canonical', href: canonical }),
          ...tags.map((t) =>
            h(
              'meta',
              t.attribute === 'name'
                ? { name: t.key, content: t.content }
                : { property: t.key, content: t.content },
            ),
          ),
          h('meta', { httpEquiv: 'refresh', content: `0; url=${r.target}` }),
          h('link', { rel: 'icon', href: favicon, type: 'image/svg+xml' }),
          h('script', FORWARD_HASH),
        ]),
        h('body', [
          h('main', [h('h1', name), h('p', [`${r.text} `, h('a', { href: r.target }, name), '.'])]),
        ]),
      ]),
    ],
  };
}
