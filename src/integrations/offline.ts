/**
 * After the build (and after search): writes the offline edition, a copy of the site that works from
 * file://, into dist-offline/hicp-guide-offline/, zips it into dist/downloads/, and fills in the
 * Downloads page's size and SHA-256. Deterministic: sorted entries and a fixed date, so the same
 * commit gives the same bytes.
 */
import { postBuild } from './site-config';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { rewriteForOffline } from '../lib/offline-html';
import { offlineCss } from '../lib/offline-links';
import { recordFromHtml, type SearchRecord } from '../lib/search-records';
import { fillDownloads, markOfflineDownloads } from '../lib/downloads-html';
import { bundleClient } from './search';
import { filesUnder } from '../lib/site-links';
import { createUrls } from '../lib/urls';
import { applyCsp } from '../lib/csp';

export const OFFLINE_FOLDER = 'hicp-guide-offline';
/** Left out of the copy: Pagefind (cannot run from file://) and the zip itself. */
const SKIP = [/^pagefind\//, /^downloads\/.*\.zip$/, /^downloads\/.*\.pdf$/];

/** The edition's build date: the commit date (reproducible), else SOURCE_DATE_EPOCH, else today. */
export function buildDate(): Date {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  try {
    return new Date(execFileSync('git', ['log', '-1', '--format=%cI'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return new Date(new Date().toISOString().slice(0, 10));
  }
}

export function searchRecords(dist: string, base: string): SearchRecord[] {
  return filesUnder(dist)
    .map((f) => relative(dist, f).split('\\').join('/'))
    .filter((f) => f.endsWith('.html') && !SKIP.some((r) => r.test(f)))
    .map((f) => recordFromHtml(readFileSync(join(dist, f), 'utf8'), base + f.replace(/index\.html$/, '')))
    .filter((r): r is SearchRecord => r !== undefined);
}

export const offlineIntegration = () =>
  postBuild('hicp-offline', async (dist, { base, site }, logger) => {
    const outRoot = resolve(dist, '..', 'dist-offline');
    const folder = join(outRoot, OFFLINE_FOLDER);
    rmSync(outRoot, { recursive: true, force: true });
    const date = buildDate();
    const marker = `Offline copy — built on ${date.toISOString().slice(0, 10)} from edition 2018`;
    const urls = createUrls(base);
    const hostedUrl = new URL(urls.home(), site).href;
    const zipFile = urls.offlineZip().slice(base.length);

    for (const abs of filesUnder(dist)) {
      const file = relative(dist, abs).split('\\').join('/');
      if (SKIP.some((r) => r.test(file))) continue;
      const target = join(folder, file);
      mkdirSync(dirname(target), { recursive: true });
      if (file.endsWith('.html')) {
        let html = rewriteForOffline(readFileSync(abs, 'utf8'), { file, base, marker, hostedUrl });
        if (file === 'downloads/index.html') html = markOfflineDownloads(html, new URL(urls.downloads(), site).href);
        writeFileSync(target, applyCsp(html, { wasm: false, offline: true }));
      } else if (file.endsWith('.css')) writeFileSync(target, offlineCss(readFileSync(abs, 'utf8'), file, base));
      else writeFileSync(target, readFileSync(abs));
    }

    // Offline search: the same records the hosted index holds, as a classic script, plus MiniSearch.
    const records = searchRecords(dist, base);
    writeFileSync(join(folder, 'search-index.js'), `window.HICP_SEARCH_RECORDS=${JSON.stringify(records)};\n`);
    await bundleClient(fileURLToPath(new URL('../client/search-offline.ts', import.meta.url)), join(folder, 'search-offline.js'));

    const entries: Zippable = {};
    for (const abs of filesUnder(folder)) entries[`${OFFLINE_FOLDER}/${relative(folder, abs).split('\\').join('/')}`] = [readFileSync(abs), { mtime: date }];
    const zip = zipSync(entries, { level: 9 });
    mkdirSync(dirname(join(dist, zipFile)), { recursive: true });
    writeFileSync(join(dist, zipFile), zip);
    const sha256 = createHash('sha256').update(zip).digest('hex');
    const downloads = join(dist, 'downloads', 'index.html');
    writeFileSync(downloads, fillDownloads(readFileSync(downloads, 'utf8'), { size: zip.length, sha256 }));
    logger.info(`offline: ${records.length} searchable pages; ${zipFile} ${(zip.length / 1024).toFixed(0)} KB, sha256 ${sha256.slice(0, 12)}…`);
  });
