/**
 * Post-build step "checklist": bundles src/client/checklist.ts into checklist.js at the site root,
 * a classic script that only the checklist pages load (<script src>, so the CSP allows it as
 * 'self' and the offline step makes the path relative).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { bundleClient } from './bundle';
import type { PipelineStep } from './pipeline';

export const checklistStep: PipelineStep = {
  name: 'checklist',
  async run({ site, logger }) {
    const out = join(site.dist, site.urls.fileOfUrl(site.urls.checklistScript())!);
    await bundleClient(fileURLToPath(new URL('../client/checklist.ts', import.meta.url)), out);
    logger.info(`wrote checklist.js (${statSync(out).size} bytes)`);
  },
};
