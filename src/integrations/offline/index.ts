/**
 * The offline edition: a copy of the finished site that works from file://, in
 * dist-offline/hicp-guide-offline/, zipped into dist/downloads/ and offered on the Downloads page with
 * its size and SHA-256. Deterministic: sorted entries and a fixed date, so the same commit gives the
 * same bytes. Two post-build steps:
 *   "offline"    hands a copy of the hosted pages as they stand (after the records step) and the
 *                offline search to a worker thread that makes the copy (edition-thread.ts,
 *                edition.ts) while the pipeline goes on;
 *   "downloads"  waits for it, writes the zip and fills in the hosted Downloads page.
 * The edition itself:
 *   html.ts            each page's links made relative file paths, plus the "Offline copy" marker
 *   links.ts           the link rewriting rules (URL ↔ file rules themselves: src/lib/urls.ts)
 *   downloads-html.ts  the Downloads page: size and hash filled in; "you are reading the copy" inside it
 *   ../search/records.ts and src/client/search-offline.ts   the offline search (MiniSearch)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fillDownloads } from './downloads-html';
import { editionWorkerCode, startEdition } from './edition-thread';
import { bundleClient } from '../bundle';
import { sitePathsUnder } from '../built-site';
import { buildDate } from '../../page-data/build-date';
import type { PipelineStep } from '../step';
import {
  RECORDS_GLOBAL,
  RECORDS_SCRIPT,
  TEXT_GLOBAL,
  TEXT_SCRIPT,
} from '../../lib/search-contract';

export const OFFLINE_FOLDER = 'hicp-guide-offline';
/**
 * Left out of the copy: Pagefind (cannot run from file://; its folder is being written meanwhile, so
 * it is not even listed), the zip itself, the PDFs and the link-preview images (only link previews
 * of the hosted site read them).
 */
const SKIP = [/^pagefind$/, /^downloads\/.*\.zip$/, /^downloads\/.*\.pdf$/, /^og$/];

export const offlineStep: PipelineStep = {
  name: 'offline',
  async run({ site, settings, outputs }) {
    const { urls, dist } = site;
    const { recordsJson, searchText } = outputs;
    if (!recordsJson || !searchText) throw new Error('the "records" step must run first');
    const date = buildDate();
    const isPage = new Set(site.pages.map((p) => p.file));
    const files = sitePathsUnder(dist, (f) => SKIP.some((r) => r.test(f))).filter(
      (f) => !isPage.has(f),
    );
    const extra: [string, string][] = [
      // Offline search: the record set the hosted search fetches, as a classic script; the text of
      // the pages the hosted index holds, for MiniSearch; and MiniSearch itself.
      [RECORDS_SCRIPT, `window.${RECORDS_GLOBAL}=${recordsJson};\n`],
      [TEXT_SCRIPT, `window.${TEXT_GLOBAL}=${JSON.stringify(searchText)};\n`],
      ['search-offline.js', await bundled('../../client/search-offline.ts')],
      // The search UI; the copy never loads Pagefind, so it names no index entry file.
      [
        'search.js',
        await bundled('../../client/search.ts', {
          PAGEFIND_ENTRY_TAG: 'null',
          PAGEFIND_FILES: '[]',
          PAGEFIND_PAGES: '""',
        }),
      ],
    ];
    const code = await editionWorkerCode();
    // From here on nothing awaits until the worker has its copy of the pages (startEdition).
    outputs.edition = startEdition(code, {
      dist,
      outRoot: resolve(dist, '..', 'dist-offline'),
      folderName: OFFLINE_FOLDER,
      base: settings.base,
      // One short line, so it fits a phone's width under the header.
      marker: `Offline copy · built ${date.toISOString().slice(0, 10)} · edition 2018`,
      // The hosted site is linked only when its address is configured (SITE_URL).
      hostedUrl: settings.site && urls.absolute(urls.home(), settings.site),
      downloadsFile: urls.fileOfUrl(urls.downloads())!,
      hostedDownloads: settings.site && urls.absolute(urls.downloads(), settings.site),
      pages: site.pages.map((p) => [p.file, p.tree]),
      files,
      extra,
      mtime: date.getTime(),
    });
    // Awaited by "downloads"; until then a failure must not count as unhandled.
    outputs.edition.catch(() => {});
  },
};

export const downloadsStep: PipelineStep = {
  name: 'downloads',
  async run({ site, logger, outputs }) {
    if (!outputs.edition) throw new Error('the "offline" step must run first: it starts the copy');
    const { zip, sha256 } = await outputs.edition;
    const zipFile = site.urls.fileOfUrl(site.urls.offlineZip())!;
    mkdirSync(dirname(join(site.dist, zipFile)), { recursive: true });
    writeFileSync(join(site.dist, zipFile), zip);
    const downloads = site.page(site.urls.fileOfUrl(site.urls.downloads())!);
    if (downloads) fillDownloads(downloads.tree, { size: zip.length, sha256 });
    logger.info(
      `${outputs.recordSet?.records.length} search records; ${zipFile} ${(zip.length / 1024).toFixed(0)} KB, sha256 ${sha256.slice(0, 12)}…`,
    );
  },
};

/** A browser script bundled to text (src/client), for a file only the copy has. */
async function bundled(entry: string, define: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'hicp-offline-'));
  try {
    const out = join(dir, 'out.js');
    await bundleClient(fileURLToPath(new URL(entry, import.meta.url)), out, define);
    return await readFile(out, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
