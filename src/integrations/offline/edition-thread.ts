/**
 * Runs the offline edition (edition.ts) in a worker thread, so the pipeline goes on with its own
 * steps on the other core. The worker is this folder's worker.ts bundled into one CommonJS script
 * (it then needs no module loader and no TypeScript support from Node).
 */
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Edition, EditionInput } from './edition';

/** The worker's code: bundle it first, then start the worker at the moment of the snapshot. */
export async function editionWorkerCode(): Promise<string> {
  const bundled = await build({
    entryPoints: [fileURLToPath(new URL('./worker.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    write: false,
    logLevel: 'warning',
  });
  return bundled.outputFiles[0]!.text;
}

/**
 * Starts the worker. Its input (the pages' trees among it) is copied right here, synchronously, so
 * the pipeline may change its own trees as soon as this returns.
 */
export function startEdition(code: string, input: EditionInput): Promise<Edition> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: input });
    worker.once('message', (edition: Edition) => resolve(edition));
    worker.once('error', reject);
    worker.once('exit', (exit) => {
      if (exit !== 0) reject(new Error(`the offline edition's worker stopped (exit code ${exit})`));
    });
  });
}
