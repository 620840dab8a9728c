/**
 * The precache list: every file a reader needs to read and search the whole guide with no network,
 * each with a revision, made by Workbox's build tooling (workbox-build's getManifest). Pages are taken
 * from the trees the pipeline holds (their final form), not the files on disk, which the pipeline
 * writes only after the last step. Also the sizes the control shows: on the device and transferred.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { getManifest } from 'workbox-build';
import type { BuiltSite } from '../built-site';
import { loadGraph } from '../../lib/load-graph';
import { shortLinks } from '../../lib/short-links';

export interface PrecacheEntry {
  /** Relative to the base, as a reader asks for it: "threats/2/", "search.js", "" for home. */
  url: string;
  /** Short content hash; null where the file name already changes with the content (Pagefind). */
  revision: string | null;
}

export interface Precache {
  entries: PrecacheEntry[];
  /** Bytes on the device. */
  size: number;
  /** Bytes over a network that compresses (as hosts do; Pagefind's files are already compressed). */
  transfer: number;
}

/**
 * Pages, search and its index (with the record set search ranks from), icons, manifest; not the
 * zip, PDFs, data files, Pagefind's own UIs or the link-preview images (only link previews read them).
 */
const GLOB = ['**/*.{html,js,css,svg,png,webmanifest}', 'pagefind/**/*', 'search-records.json'];
const LEAVE_OUT = [
  'sw.js',
  'downloads/**',
  'og/**',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-highlight.js',
];
/** Pagefind names its chunks after their content: the name is the revision. */
const CONTENT_NAMED = /^pagefind\/(fragment|index|filter)\/|\.pf_meta$/;

const shortHash = (data: string | Buffer) =>
  createHash('sha256').update(data).digest('hex').slice(0, 10);

/** "threats/2/index.html" → "threats/2/", "index.html" → "": the URL the server answers. */
export const readerUrl = (file: string) => file.replace(/(^|\/)index\.html$/, '$1');

/**
 * Makes precache lists of the site as it is now. Everything but the pages is listed, read and sized
 * once (workbox-build globs and hashes the files); each list then takes the pages' HTML as given, so
 * the step can list the pages before and after it writes the edition into them.
 */
export async function precacheOf(
  site: BuiltSite,
): Promise<(html: Map<string, string>) => Precache> {
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: site.dist,
    globPatterns: GLOB,
    globIgnores: LEAVE_OUT,
    dontCacheBustURLsMatching: CONTENT_NAMED,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
  });
  if (warnings.length) throw new Error(`workbox-build: ${warnings.join('; ')}`);
  // Pages made by steps (redirects) are not on disk until the pipeline writes them.
  const listed = new Set(manifestEntries.map((e) => e.url));
  const all = [
    ...manifestEntries,
    ...site.pages
      .filter((p) => !listed.has(p.file) && !existsSync(join(site.dist, p.file)))
      .map((p) => ({ url: p.file, revision: null })),
  ];
  // Of the short links, the saved copy keeps each item's ID in both cases (/go/4.M.D/, /go/4.m.d/):
  // the other spellings and the NIST CSF codes' would more than triple the worker's list (10 KB
  // gzip) for addresses typed, not followed, and they work whenever the network does.
  const spare = new Set(
    shortLinks(loadGraph())
      .filter(
        (l) =>
          l.ref.kind === 'csf' ||
          l.ref.kind === 'csf2' ||
          l.label.toLowerCase() !== l.id.toLowerCase(),
      )
      .map((l) => `go/${l.label}/index.html`),
  );
  // Sorted, so the same files always give the same sw.js (reproducible builds, no spurious update).
  const sorted = all
    .filter((e) => !spare.has(e.url))
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const files = sorted.map((e) => {
    if (site.page(e.url)) return { url: e.url, page: true as const };
    const data = readFileSync(join(site.dist, e.url));
    return {
      url: e.url,
      page: false as const,
      revision: e.revision?.slice(0, 10) ?? null,
      size: data.length,
      // Over a network that compresses, as hosts do; Pagefind's files are compressed already.
      transfer: e.url.startsWith('pagefind/') ? data.length : gzipSync(data).length,
    };
  });
  return (html) => {
    let size = 0;
    let transfer = 0;
    const entries = files.map((f) => {
      if (!f.page) {
        size += f.size;
        transfer += f.transfer;
        return { url: readerUrl(f.url), revision: f.revision };
      }
      const page = html.get(f.url);
      if (page === undefined) throw new Error(`precache: no HTML for ${f.url}`);
      size += Buffer.byteLength(page);
      transfer += gzipSync(page).length;
      return { url: readerUrl(f.url), revision: shortHash(page) };
    });
    return { entries, size, transfer };
  };
}

/** One name for one edition: changes whenever any saved file does. */
export const editionOf = (entries: PrecacheEntry[]) => shortHash(JSON.stringify(entries));
