/**
 * Bundles the service worker (src/client/sw.ts) into sw.js at the site root: a classic script, with
 * this edition's precache list, name and build date written into it, so that any change to any saved
 * file changes sw.js and the browser sees a new edition.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { PrecacheEntry } from './precache';

export const WORKER_FILE = 'sw.js';

export async function writeWorker(
  dist: string,
  edition: { entries: PrecacheEntry[]; version: string; built: string },
): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(new URL('../../client/sw.ts', import.meta.url))],
    outfile: join(dist, WORKER_FILE),
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
    define: {
      __HICP_PRECACHE__: JSON.stringify(edition.entries),
      __HICP_VERSION__: JSON.stringify(edition.version),
      __HICP_BUILT__: JSON.stringify(edition.built),
    },
  });
}
