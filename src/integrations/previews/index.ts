/**
 * Post-build step "previews": waits for the link-preview images startPreviews (cache.ts) began
 * drawing when Astro's build started, and copies them from the cache into dist/og/. The cache then
 * keeps only these images, so it never grows past one build's worth.
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PipelineStep } from '../step';
import { previewCacheDir } from './cache';

export const previewsStep: PipelineStep = {
  name: 'previews',
  async run({ site, logger, outputs }) {
    if (!outputs.previews) throw new Error('the preview images were not started with the build');
    const { jobs, drawn, ms } = await outputs.previews;
    for (const j of jobs) {
      const target = join(site.dist, j.spec.file);
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(j.cacheFile, target);
    }
    const keep = new Set(jobs.map((j) => j.cacheFile));
    const dir = previewCacheDir();
    for (const f of readdirSync(dir))
      if (!keep.has(join(dir, f))) rmSync(join(dir, f), { force: true });
    logger.info(
      `${jobs.length} preview images (${drawn} drawn, ${jobs.length - drawn} from the cache; ready ${ms} ms after Astro's build started)`,
    );
  },
};
