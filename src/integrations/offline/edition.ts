/**
 * Makes the offline edition from a snapshot of the hosted site: every page rewritten for file://
 * (html.ts), the Downloads page turned into "you are reading the copy", each page's CSP for file://,
 * the other files copied (CSS url()s made relative), the search files added, all written into the
 * copy's folder and zipped. A pure function of its input, with no access to the pipeline's trees, so
 * it can run in a worker thread while the pipeline goes on (worker.ts). It changes the trees it is
 * given: pass copies. Node only.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { applyCsp } from '../csp-policy';
import { markOfflineDownloads } from './downloads-html';
import { rewriteForOffline } from './html';
import { offlineCss } from './links';

export interface EditionInput {
  /** The hosted site's folder, for the files that are not pages. */
  dist: string;
  /** Where the copy goes: dist-offline/ (emptied first) and its one folder inside. */
  outRoot: string;
  folderName: string;
  base: string;
  /** The "Offline copy · built … · edition 2018" line, and the hosted site it links to, if any. */
  marker: string;
  hostedUrl: string | undefined;
  /** The Downloads page's file, and the hosted Downloads page its link points to, if any. */
  downloadsFile: string;
  hostedDownloads: string | undefined;
  /** Every page of the hosted site as its tree stands when the copy is made: [site path, tree]. */
  pages: [string, Root][];
  /** The other files of the hosted site to copy (site paths). */
  files: string[];
  /** Files that exist only in the copy (the offline search): [site path, contents]. */
  extra: [string, string][];
  /** Every zip entry's date (the commit's), so the same commit gives the same bytes. */
  mtime: number;
}

export interface Edition {
  /** The zip's bytes. */
  zip: Uint8Array;
  sha256: string;
}

export function makeEdition(input: EditionInput): Edition {
  const folder = join(input.outRoot, input.folderName);
  rmSync(input.outRoot, { recursive: true, force: true });
  const out = new Map<string, Uint8Array | string>();
  for (const [file, tree] of input.pages) {
    rewriteForOffline(tree, {
      file,
      base: input.base,
      marker: input.marker,
      hostedUrl: input.hostedUrl,
    });
    if (file === input.downloadsFile) markOfflineDownloads(tree, input.hostedDownloads);
    applyCsp(tree, { wasm: false, offline: true });
    out.set(file, toHtml(tree));
  }
  for (const file of input.files) {
    const data = readFileSync(join(input.dist, file));
    out.set(
      file,
      file.endsWith('.css') ? offlineCss(data.toString('utf8'), file, input.base) : data,
    );
  }
  for (const [file, text] of input.extra) out.set(file, text);

  const entries: Zippable = {};
  const mtime = new Date(input.mtime);
  for (const file of [...out.keys()].sort(byFolders)) {
    const data = out.get(file)!;
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const target = join(folder, file);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
    entries[`${input.folderName}/${file}`] = [bytes, { mtime }];
  }
  const zip = zipSync(entries, { level: 9 });
  return { zip, sha256: createHash('sha256').update(zip).digest('hex') };
}

/** The order a sorted walk of the folders gives ("a/b" before "a-b/c"): segment by segment. */
export function byFolders(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++)
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}
