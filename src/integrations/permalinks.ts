/**
 * After the build: adds anchor aliases from content/redirects.yaml (an empty element with the old id
 * just before the heading that now has the new one) and writes dist/permalinks.json. With
 * UPDATE_PERMALINKS=1 (npm run permalinks) it also updates the committed permalinks.json, refusing
 * when that would drop a promised URL or anchor.
 */
import { postBuild } from './site-config';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visitParents } from 'unist-util-visit-parents';
import { loadRedirects } from '../lib/redirects';
import { contentDir } from '../lib/load-graph';
import { fileOf } from '../lib/offline-links';
import { collectPermalinks, lostPermalinks, manifestPath, readManifest } from '../lib/permalinks';

function addAlias(tree: Root, to: string, from: string): boolean {
  let done = false;
  visitParents(tree, 'element', (el: Element, ancestors) => {
    if (done || el.properties.id !== to) return;
    const parent = ancestors[ancestors.length - 1] as { children: unknown[] };
    parent.children.splice(parent.children.indexOf(el), 0, { type: 'element', tagName: 'span', properties: { id: from, className: ['anchor-alias'] }, children: [] });
    done = true;
  });
  return done;
}

export const permalinksIntegration = () =>
  postBuild('hicp-permalinks', (dist, { base }, logger) => {
    for (const a of loadRedirects(contentDir()).anchors) {
      const file = join(dist, fileOf(a.page.replace(/^\//, '')));
      const tree = existsSync(file) ? fromHtml(readFileSync(file, 'utf8')) : undefined;
      if (!tree || !addAlias(tree, a.to, a.from))
        throw new Error(`content/redirects.yaml: anchor redirect ${a.page}#${a.from} → #${a.to}: no element with id "${a.to}" on ${a.page}. Fix: correct \`page\` or \`to\`.`);
      writeFileSync(file, toHtml(tree));
    }
    const built = collectPermalinks(dist, base);
    writeFileSync(join(dist, 'permalinks.json'), `${JSON.stringify(built, null, 1)}\n`);
    const committed = manifestPath(process.cwd());
    if (base !== '/') return;
    const lost = existsSync(committed) ? lostPermalinks(readManifest(committed), built) : [];
    if (lost.length) logger.warn(`${lost.length} promised permalink(s) no longer exist: ${lost.slice(0, 5).join(', ')}${lost.length > 5 ? ', …' : ''}. Add redirects in content/redirects.yaml.`);
    if (process.env.UPDATE_PERMALINKS === '1') {
      if (lost.length) throw new Error('permalinks.json not updated: add redirects for the lost permalinks first.');
      writeFileSync(committed, `${JSON.stringify(built, null, 1)}\n`);
      logger.info(`updated permalinks.json: ${Object.keys(built).length} URLs`);
    }
  });
