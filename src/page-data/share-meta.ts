/**
 * What a page tells link previews (Slack, Teams, e-mail, social sites): its description, Open Graph
 * and Twitter card tags, and its preview image. One list for the pages Astro renders (PageMeta.astro)
 * and the short-link pages the pipeline makes (redirect-pages.ts), so both say the same.
 */
import type { ItemRef } from '../lib/ids';
import type { Urls } from '../lib/urls';
import { publicUrl } from './site-graph';

/** The preview images' size: the 1.91:1 card every major preview shows large. */
export const PREVIEW_SIZE = { width: 1200, height: 630 } as const;

export interface ShareInput {
  /** The full title, "Threat 2: Ransomware Attack · HICP Guide". */
  title: string;
  description: string;
  /** The page's public address (SITE_URL), when the build has one. */
  canonical?: string | undefined;
  /** "website" for the home page, "article" for the rest. */
  type: 'website' | 'article';
  /** The preview image's URL (root-relative); absolute when the build has a public address. */
  image: string;
  /** What the image shows, for those who cannot see it. */
  imageAlt: string;
}

export interface MetaTag {
  /** Open Graph tags use `property`, the others `name`. */
  attribute: 'name' | 'property';
  key: string;
  content: string;
}

export function shareTags(s: ShareInput): MetaTag[] {
  const tag = (attribute: MetaTag['attribute'], key: string, content: string): MetaTag => ({
    attribute,
    key,
    content,
  });
  return [
    tag('name', 'description', s.description),
    tag('property', 'og:type', s.type),
    tag('property', 'og:site_name', 'HICP Guide'),
    tag('property', 'og:title', s.title),
    tag('property', 'og:description', s.description),
    ...(s.canonical ? [tag('property', 'og:url', s.canonical)] : []),
    // No og:image:width/height: every image is PREVIEW_SIZE, and a reading page has no bytes to spare.
    tag('property', 'og:image', s.image),
    tag('property', 'og:image:alt', s.imageAlt),
    // X reads the title, description and image from the og: tags when its own are absent.
    tag('name', 'twitter:card', 'summary_large_image'),
  ];
}

/** The preview image of an item page, or the site's for any other page (undefined). */
export function previewImage(urls: Urls, item: ItemRef | undefined, site: URL | undefined): string {
  return publicUrl(urls.previewImage(item), site);
}
