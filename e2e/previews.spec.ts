/**
 * Link previews, read from the built files (no browser): every page's og:image exists at the size
 * its tags say; short-link pages carry their target's title, description, image and canonical; the
 * /go/ page lists every short link.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { htmlFiles } from '../tests/support/site-links';
import { canonicalShortLinks, shortLinks, spellingsOf } from '../src/lib/short-links';
import { ROOT, graph, urls } from './helpers';
import { selectAll } from './select';
import { PREVIEW_SIZE } from '../src/page-data/share-meta';

const DIST = join(ROOT, 'dist');
/** A page's head, parsed alone: the tags previews read are all there. */
const headOf = (file: string): Root => {
  const html = readFileSync(file, 'utf8');
  return fromHtml(html.slice(0, html.indexOf('</head>') + 7));
};
const meta = (head: Root, key: string) =>
  selectAll(head, `meta[property="${key}"], meta[name="${key}"]`).attr('content')[0];
/** The built file an og:image names (absolute on the public address when SITE_URL is set). */
const imageFile = (src: string) => {
  const path = new URL(src, 'http://site.test/').pathname;
  const base = process.env.SITE_URL ? new URL(process.env.SITE_URL).pathname : '/';
  return join(DIST, path.slice(base.replace(/\/?$/, '/').length));
};
/** A PNG's width and height, from its IHDR chunk. */
const pngSize = (file: string) => {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

test('every page has og: and twitter: tags and an og:image that exists, 1200 × 630', () => {
  const pages = htmlFiles(DIST).filter((f) => !f.includes(`${DIST}/og/`));
  expect(pages.length).toBeGreaterThan(900);
  const sizes = new Map<string, { width: number; height: number }>();
  const problems: string[] = [];
  for (const file of pages) {
    const head = headOf(file);
    const page = `/${relative(DIST, file)}`;
    const image = meta(head, 'og:image');
    for (const key of ['og:title', 'og:description', 'og:type', 'og:image:alt', 'twitter:card'])
      if (!meta(head, key)) problems.push(`${page}: no ${key}`);
    if (!image) {
      problems.push(`${page}: no og:image`);
      continue;
    }
    const png = imageFile(image);
    if (!existsSync(png)) {
      problems.push(`${page}: ${image} was not built`);
      continue;
    }
    if (!sizes.has(png)) sizes.set(png, pngSize(png));
  }
  expect(problems).toEqual([]);
  // One image per item and one for the rest, 1200 × 630 each.
  expect(sizes.size).toBe(5 + 10 + graph.subPractices.length + 1);
  expect(new Set([...sizes.values()].map((s) => `${s.width}×${s.height}`))).toEqual(
    new Set([`${PREVIEW_SIZE.width}×${PREVIEW_SIZE.height}`]),
  );
  expect(PREVIEW_SIZE).toEqual({ width: 1200, height: 630 });
  // Home is a website; an item page shows its own image.
  const home = headOf(join(DIST, 'index.html'));
  expect(meta(home, 'og:type')).toBe('website');
  const item = headOf(join(DIST, 'sub-practices', '4-m-d', 'index.html'));
  expect(meta(item, 'og:type')).toBe('article');
  expect(meta(item, 'og:image')).toMatch(/\/og\/4-m-d\.png$/);
  expect(meta(item, 'twitter:card')).toBe('summary_large_image');
});

test('short-link pages carry the title with the ID, description, image and canonical of their target', () => {
  for (const l of shortLinks(graph)) {
    const head = headOf(join(DIST, 'go', l.label, 'index.html'));
    const target = headOf(join(DIST, urls.shortTarget(l.ref).slice(1), 'index.html'));
    const title = selectAll(head, 'title').text()[0]!;
    // The ID as written, or spelled out for threats and practices ("Threat 2: …").
    const spelled = l.ref.kind === 'threat' || l.ref.kind === 'practice';
    expect(title, l.label).toContain(
      spelled ? `${l.ref.kind === 'threat' ? 'Threat' : 'Practice'} ${l.id.slice(1)}:` : l.id,
    );
    expect(title, l.label).toBe(selectAll(target, 'title').text()[0]);
    for (const key of ['description', 'og:title', 'og:description', 'og:image'])
      expect(meta(head, key), `${l.label} ${key}`).toBe(meta(target, key));
    expect(meta(head, 'og:type'), l.label).toBe('article');
    expect(selectAll(head, 'link[rel="canonical"]').attr('href')[0], l.label).toMatch(
      new RegExp(`${urls.shortTarget(l.ref).replaceAll('.', '\\.')}$`),
    );
  }
});

test('/go/ lists every short link, with the other spellings of each', () => {
  const doc = fromHtml(readFileSync(join(DIST, 'go', 'index.html'), 'utf8'));
  const listed = selectAll(doc, '.go-list a').attr('href');
  const links = canonicalShortLinks(graph);
  expect(listed.map((h) => h.replace(/^.*\/go\//, '/go/'))).toEqual(
    links.map((l) => `/go/${l.id}/`),
  );
  const text = selectAll(doc, 'main').text()[0]!;
  for (const l of links)
    for (const s of spellingsOf(l).filter((s) => s !== s.toLowerCase()))
      expect(text, l.id).toContain(s);
  expect(text).toContain('4-M-D, 4MD');
});
