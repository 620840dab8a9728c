/** The offline zip unzipped into a fresh temp folder, as a reader gets it; returns a file:// URL maker. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { ROOT } from './helpers';

export function unzipOfflineCopy(): (path: string) => string {
  const out = mkdtempSync(join(tmpdir(), 'hicp-offline-'));
  const files = unzipSync(readFileSync(join(ROOT, 'dist', 'downloads', 'hicp-guide-offline.zip')));
  for (const [name, data] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    mkdirSync(dirname(join(out, name)), { recursive: true });
    writeFileSync(join(out, name), data);
  }
  const folder = join(out, 'hicp-guide-offline');
  return (path) => pathToFileURL(join(folder, path)).href;
}
