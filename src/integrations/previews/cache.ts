/**
 * Link-preview images (og:image): one per item page and one the other pages share, drawn at build
 * time (draw.ts) from what src/page-data/previews.ts says each shows. Drawing 105 images costs
 * seconds, so each is cached under a hash of everything that makes its bytes (its text, the drawing
 * code, the locked library versions, the font files): an unchanged image costs a file copy. The
 * drawing runs in a worker thread, started when Astro's build starts, so it overlaps Astro's
 * rendering on the other core; the pipeline's "previews" step (index.ts) waits for it and copies
 * the images into dist/og/. The cache lives in node_modules/.cache/hicp/previews/ (npm run
 * bench's cold build clears it), or under HICP_CACHE_DIR when a test build sets one. Neither the offline copy nor the saved copy carries the images.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import type { PreviewSpec } from '../../page-data/previews';

export interface PreviewJob {
  spec: PreviewSpec;
  /** The image in the cache: <hash of its inputs>.png. */
  cacheFile: string;
}

export interface Previews {
  jobs: PreviewJob[];
  /** How many were drawn in this build (the rest came from the cache). */
  drawn: number;
  /** Wall time from the start to every image in the cache, ms (it overlaps Astro's rendering). */
  ms: number;
}

const require = createRequire(import.meta.url);
/** Inter (SIL Open Font License 1.1, in the package as LICENSE_FONT): regular and bold. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/inter/700Bold/Inter_700Bold.ttf'),
};

export function previewCacheDir(): string {
  const tests = process.env.HICP_CACHE_DIR;
  return tests ? join(tests, 'previews') : resolve('node_modules/.cache/hicp/previews');
}

async function workerCode(): Promise<string> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    logLevel: 'warning',
    // A native module: loaded from node_modules as it is.
    external: ['@resvg/resvg-js'],
  });
  return bundled.outputFiles[0]!.text;
}

/**
 * What makes an image's bytes besides its text: the drawing code, the locked versions of the
 * libraries it uses (package-lock.json) and the font files. Read from the sources, so a warm build
 * neither bundles the worker nor starts it.
 */
function codeVersion(): string {
  const version = createHash('sha256');
  for (const f of ['./draw.ts', './worker.ts'])
    version.update(readFileSync(fileURLToPath(new URL(f, import.meta.url))));
  version.update(readFileSync(resolve('package-lock.json')));
  for (const f of Object.values(FONT_FILES)) version.update(readFileSync(f));
  return version.digest('hex');
}

/** Draws the images the cache lacks, in a worker thread; resolves once every image is in the cache. */
export async function startPreviews(specs: PreviewSpec[]): Promise<Previews> {
  const start = performance.now();
  const base = codeVersion();
  const dir = previewCacheDir();
  mkdirSync(dir, { recursive: true });
  const jobs = specs.map((spec) => ({
    spec,
    cacheFile: join(
      dir,
      `${createHash('sha256').update(base).update(JSON.stringify(spec)).digest('hex').slice(0, 32)}.png`,
    ),
  }));
  const missing = jobs.filter((j) => !existsSync(j.cacheFile));
  if (missing.length) {
    const code = await workerCode();
    await new Promise<void>((done, fail) => {
      const worker = new Worker(code, {
        eval: true,
        workerData: { jobs: missing, fonts: FONT_FILES },
      });
      worker.once('message', () => done());
      worker.once('error', fail);
      worker.once('exit', (exit) => {
        if (exit !== 0) fail(new Error(`the preview images' worker stopped (exit code ${exit})`));
      });
    });
  }
  return { jobs, drawn: missing.length, ms: Math.round(performance.now() - start) };
}
