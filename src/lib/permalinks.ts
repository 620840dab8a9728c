/**
 * The permalink manifest: every public page URL and every heading anchor on it. The committed
 * permalinks.json is the promise to trainers; a build must keep every entry (a redirect keeps a moved
 * page's URL, and an anchor alias keeps a moved heading's anchor).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { selectAll, select } from 'hast-util-select';
import { htmlFiles } from './site-links';

export type Manifest = Record<string, string[]>;

function redirectTarget(tree: ReturnType<typeof fromHtml>): string | undefined {
  const meta = select('meta[http-equiv="refresh"]', tree);
  const m = meta && /url=(.+)$/i.exec(String(meta.properties.content ?? ''));
  return m ? m[1]!.trim() : undefined;
}

/** Reads a built site: URL → sorted heading anchors. A redirect page answers for its target's anchors. */
export function collectPermalinks(dist: string, base = '/'): Manifest {
  const pages = new Map<string, { anchors: string[]; target?: string }>();
  for (const file of htmlFiles(dist)) {
    const rel = relative(dist, file).split('\\').join('/');
    if (rel === '404.html') continue;
    const url = base + rel.replace(/index\.html$/, '');
    const tree = fromHtml(readFileSync(file, 'utf8'));
    const target = redirectTarget(tree);
    const anchors = selectAll('h1[id], h2[id], h3[id], h4[id], h5[id], h6[id], .anchor-alias[id]', tree).map((el) => String(el.properties.id));
    pages.set(url, target ? { anchors: [], target } : { anchors });
  }
  const manifest: Manifest = {};
  for (const url of [...pages.keys()].sort()) {
    const p = pages.get(url)!;
    const anchors = p.target ? (pages.get(p.target.split('#')[0]!)?.anchors ?? []) : p.anchors;
    manifest[url] = [...new Set(anchors)].sort();
  }
  return manifest;
}

/** Every URL and anchor the promise holds that the build lost, named: "/old/page/" or "/page/#anchor". */
export function lostPermalinks(promised: Manifest, built: Manifest): string[] {
  const lost: string[] = [];
  for (const [url, anchors] of Object.entries(promised)) {
    const now = built[url];
    if (!now) {
      lost.push(url);
      continue;
    }
    for (const a of anchors) if (!now.includes(a)) lost.push(`${url}#${a}`);
  }
  return lost;
}

export function readManifest(file: string): Manifest {
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

export const MANIFEST_FILE = 'permalinks.json';
export const manifestPath = (root: string) => join(root, MANIFEST_FILE);
