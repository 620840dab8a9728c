/**
 * Post-build step "app", after the offline copy (so the zip holds none of it) and after the CSP (it
 * adds no inline script or style, and it must see pages in their final form to give each a
 * revision): makes the hosted site installable and savable on a phone.
 *   icons.ts     the app icons, drawn from favicon.svg
 *   manifest.ts  manifest.webmanifest and the head tags that point to it
 *   precache.ts  what a saved copy holds, with a revision per file (workbox-build)
 *   worker.ts    sw.js, the service worker (src/client/sw.ts) with this edition written in
 * plus keep.js (src/client/keep.ts), the script of the "Keep this guide on this device" control.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { bundleClient } from '../bundle';
import { buildDate } from '../../page-data/build-date';
import { formatSize } from '../../page-data/downloads';
import { graph } from '../../page-data/site-graph';
import { writeIcons } from './icons';
import { MANIFEST_FILE, headTags, webManifest } from './manifest';
import { editionOf, precacheOf } from './precache';
import { WORKER_FILE, writeWorker } from './worker';
import type { PipelineStep } from '../step';

export const appStep: PipelineStep = {
  name: 'app',
  async run({ site, settings, logger }) {
    const { dist } = site;
    const { base } = settings;
    writeIcons(dist, join(dist, 'favicon.svg'));
    const description = `${graph.site.title} (${graph.site.acronym}), ${graph.site.edition} edition, to read and search with no network.`;
    writeFileSync(join(dist, MANIFEST_FILE), `${JSON.stringify(webManifest(base, description))}\n`);
    await bundleClient(
      fileURLToPath(new URL('../../client/keep.ts', import.meta.url)),
      join(dist, 'keep.js'),
    );
    for (const page of site.pages) addToHead(page.tree, headTags(base));

    // The edition is named from the pages as they are before it is written into them.
    const precache = await precacheOf(site);
    const first = precache(site.serialize());
    const version = editionOf(first.entries);
    const built = buildDate().toISOString().slice(0, 10);
    const sizeText = `about ${formatSize(first.transfer)} to download (${formatSize(first.size)} on the device)`;
    for (const page of site.pages) stampControl(page.tree, { version, built, sizeText });
    // The pages are final now: serialized once, for their revisions and for writing.
    const saved = precache(site.freeze());
    await writeWorker(dist, { entries: saved.entries, version, built });

    const worker = readFileSync(join(dist, WORKER_FILE));
    logger.info(
      `saved copy ${version}: ${saved.entries.length} files, ${formatSize(saved.transfer)} transferred, ${formatSize(saved.size)} on the device; ${WORKER_FILE} ${(gzipSync(worker).length / 1024).toFixed(1)} KB gzip`,
    );
  },
};

function addToHead(tree: Root, tags: Element[]): void {
  visit(tree, 'element', (el: Element) => {
    if (el.tagName !== 'head') return;
    el.children.push(...tags);
    return false;
  });
}

/** Every "Keep this guide" control learns its edition, build date and size. */
function stampControl(tree: Root, o: { version: string; built: string; sizeText: string }): void {
  visit(tree, 'element', (el: Element) => {
    if (el.properties.dataKeep !== undefined) {
      el.properties.dataBuild = o.version;
      el.properties.dataBuilt = o.built;
    }
    if (el.properties.dataKeepSize !== undefined)
      el.children = [{ type: 'text', value: o.sizeText }];
  });
}
