/**
 * The precache list: every file a reader needs to read and search the whole guide with no network,
 * each with a revision, made by Workbox's build tooling (workbox-build's getManifest). Pages are taken
 * from the trees the pipeline holds (their final form), not the files on disk, which the pipeline
 * writes only after the last step. Also the sizes the control shows: on the device and transferred.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toHtml } from 'hast-util-to-html';
import { getManifest } from 'workbox-build';
import type { BuiltSite } from '../built-site';

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
 * Pages, search and its index (with the search's word list for typo fixes), icons, manifest; not the
 * zip, PDFs, data files or Pagefind's own UIs.
 */
const GLOB = ['**/*.{html,js,css,svg,png,webmanifest}', 'pagefind/**/*', 'search-words.json'];
const LEAVE_OUT = [
  'sw.js',
  'downloads/**',
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

export async function precacheList(site: BuiltSite): Promise<Precache> {
  const html = new Map(site.pages.map((p) => [p.file, toHtml(p.tree)]));
  const bytes = (file: string) => html.get(file) ?? readFileSync(join(site.dist, file));
  const { manifestEntries, warnings } = await getManifest({
    globDirectory: site.dist,
    globPatterns: GLOB,
    globIgnores: LEAVE_OUT,
    dontCacheBustURLsMatching: CONTENT_NAMED,
    maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
    manifestTransforms: [
      (list) => ({
        manifest: list.map((e) => {
          const page = html.get(e.url);
          const revision =
            page !== undefined ? shortHash(page) : (e.revision?.slice(0, 10) ?? null);
          return { ...e, size: page !== undefined ? Buffer.byteLength(page) : e.size, revision };
        }),
        warnings: [],
      }),
    ],
  });
  if (warnings.length) throw new Error(`workbox-build: ${warnings.join('; ')}`);
  let size = 0;
  let transfer = 0;
  // Sorted, so the same files always give the same sw.js (reproducible builds, no spurious update).
  const sorted = [...manifestEntries].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  const entries = sorted.map((e) => {
    const data = bytes(e.url);
    size += data.length;
    transfer += e.url.startsWith('pagefind/') ? data.length : gzipSync(data).length;
    return { url: readerUrl(e.url), revision: e.revision ?? null };
  });
  return { entries, size, transfer };
}

/** One name for one edition: changes whenever any saved file does. */
export const editionOf = (entries: PrecacheEntry[]) => shortHash(JSON.stringify(entries));
