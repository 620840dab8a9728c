/**
 * Post-build step "offline": writes the offline edition, a copy of the finished site that works from
 * file://, into dist-offline/hicp-guide-offline/, zips it into dist/downloads/, and fills in the hosted
 * Downloads page's size and SHA-256. Deterministic: sorted entries and a fixed date, so the same
 * commit gives the same bytes. The whole edition is made here:
 *   html.ts            each page's links made relative file paths, plus the "Offline copy" marker
 *   links.ts           the link rewriting rules (URL ↔ file rules themselves: src/lib/urls.ts)
 *   downloads-html.ts  the Downloads page: size and hash filled in; "you are reading the copy" inside it
 *   ../search/records.ts and src/client/search-offline.ts   the offline search (MiniSearch)
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { toHtml } from 'hast-util-to-html';
import { rewriteForOffline } from './html';
import { offlineCss } from './links';
import { fillDownloads, markOfflineDownloads } from './downloads-html';
import { bundleClient } from '../bundle';
import { sitePathsUnder } from '../built-site';
import { applyCsp } from '../csp';
import { buildDate } from '../../page-data/build-date';
import type { PipelineStep } from '../step';

export const OFFLINE_FOLDER = 'hicp-guide-offline';
/** Left out of the copy: Pagefind (cannot run from file://), the zip itself and the PDFs. */
const SKIP = [/^pagefind\//, /^downloads\/.*\.zip$/, /^downloads\/.*\.pdf$/];

export const offlineStep: PipelineStep = {
  name: 'offline',
  async run({ site, settings, logger, outputs }) {
    const { urls, dist } = site;
    const outRoot = resolve(dist, '..', 'dist-offline');
    const folder = join(outRoot, OFFLINE_FOLDER);
    rmSync(outRoot, { recursive: true, force: true });
    const date = buildDate();
    // One short line, so it fits a phone's width under the header.
    const marker = `Offline copy · built ${date.toISOString().slice(0, 10)} · edition 2018`;
    // The hosted site is linked only when its address is configured (SITE_URL).
    const hostedUrl = settings.site && urls.absolute(urls.home(), settings.site);
    const downloadsFile = urls.fileOfUrl(urls.downloads())!;

    // Listed afresh: earlier steps added files (search.js, permalinks.json) and pages (redirects)
    // after the site was read; pages are written to dist only at the end.
    const files = [...new Set([...sitePathsUnder(dist), ...site.pages.map((p) => p.file)])].sort();
    for (const file of files) {
      if (SKIP.some((r) => r.test(file))) continue;
      const target = join(folder, file);
      mkdirSync(dirname(target), { recursive: true });
      const page = site.page(file);
      if (page) {
        const tree = structuredClone(page.tree);
        rewriteForOffline(tree, { file, base: settings.base, marker, hostedUrl });
        if (file === downloadsFile)
          markOfflineDownloads(
            tree,
            settings.site && urls.absolute(urls.downloads(), settings.site),
          );
        applyCsp(tree, { wasm: false, offline: true });
        writeFileSync(target, toHtml(tree));
      } else if (file.endsWith('.css'))
        writeFileSync(
          target,
          offlineCss(readFileSync(join(dist, file), 'utf8'), file, settings.base),
        );
      else writeFileSync(target, readFileSync(join(dist, file)));
    }

    // Offline search: the same pages the hosted index holds, as a classic script, plus MiniSearch.
    const records = outputs.searchRecords;
    if (!records) throw new Error('the search step must run first: it reads the search records');
    writeFileSync(
      join(folder, 'search-index.js'),
      `window.HICP_SEARCH_RECORDS=${JSON.stringify(records)};\n`,
    );
    await bundleClient(
      fileURLToPath(new URL('../../client/search-offline.ts', import.meta.url)),
      join(folder, 'search-offline.js'),
    );

    const entries: Zippable = {};
    for (const file of sitePathsUnder(folder))
      entries[`${OFFLINE_FOLDER}/${file}`] = [readFileSync(join(folder, file)), { mtime: date }];
    const zip = zipSync(entries, { level: 9 });
    const zipFile = urls.fileOfUrl(urls.offlineZip())!;
    mkdirSync(dirname(join(dist, zipFile)), { recursive: true });
    writeFileSync(join(dist, zipFile), zip);
    const sha256 = createHash('sha256').update(zip).digest('hex');
    const downloads = site.page(downloadsFile);
    if (downloads) fillDownloads(downloads.tree, { size: zip.length, sha256 });
    logger.info(
      `${records.length} searchable pages; ${zipFile} ${(zip.length / 1024).toFixed(0)} KB, sha256 ${sha256.slice(0, 12)}…`,
    );
  },
};
