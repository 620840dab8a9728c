/**
 * The preview images' worker thread: draws each image it is given (draw.ts) into its cache file and
 * says how many it drew. Started by `startPreviews` (index.ts) while Astro renders the pages.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { create } from 'fontkit';
import { previewPng } from './draw';
import type { PreviewJob } from './cache';

const { jobs, fonts } = workerData as {
  jobs: PreviewJob[];
  fonts: { regular: string; bold: string };
};
const load = (file: string) => create(readFileSync(file));
const loaded = { regular: load(fonts.regular), bold: load(fonts.bold) };
for (const job of jobs) {
  // Written aside, then renamed: a build stopped halfway leaves no half-written image in the cache.
  writeFileSync(`${job.cacheFile}.part`, previewPng(job.spec, loaded));
  renameSync(`${job.cacheFile}.part`, job.cacheFile);
}
parentPort!.postMessage(jobs.length);
