/**
 * After the build: bundles the search UI into one classic script (search.js at the site root) and
 * indexes the built pages with Pagefind. Both happen in `npm run build`; nothing extra to run.
 */
import { fileURLToPath } from 'node:url';
import { postBuild } from './site-config';
import { join } from 'node:path';
import { build } from 'esbuild';
import * as pagefind from 'pagefind';

export async function bundleClient(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

export async function indexSite(dir: string): Promise<{ pages: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.page_count };
}

export const searchIntegration = () =>
  postBuild('hicp-search', async (dist, _settings, logger) => {
    await bundleClient(fileURLToPath(new URL('../client/search.ts', import.meta.url)), join(dist, 'search.js'));
    const { pages } = await indexSite(dist);
    logger.info(`search: Pagefind read ${pages} HTML files (pages marked data-pagefind-body are indexed); wrote search.js`);
  });
