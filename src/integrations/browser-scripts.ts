/**
 * Post-build step "scripts": the browser scripts that pages load as files, each bundled from
 * src/client/ into a minified classic script (<script src>, so the CSP allows it as 'self', it runs
 * from file://, and the offline step makes its path relative):
 *   checklist.js  the checklist pages' script, loaded by those pages only;
 *   checklist-tools.js  its import reader and OSCAL writers, which checklist.js loads on first use;
 *   enhance.js    copy links, the Cite box and the "On this page" marker, which the inline page
 *                 script loads on the reader's first move (see src/client/page.ts).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { bundleClient } from './bundle';
import type { PipelineStep } from './step';

export const browserScriptsStep: PipelineStep = {
  name: 'scripts',
  async run({ site, logger }) {
    const scripts = [
      ['checklist.ts', site.urls.checklistScript()],
      ['checklist-tools.ts', site.urls.checklistToolsScript()],
      ['enhance.ts', site.urls.enhanceScript()],
    ] as const;
    for (const [entry, url] of scripts) {
      const out = join(site.dist, site.urls.fileOfUrl(url)!);
      await bundleClient(fileURLToPath(new URL(`../client/${entry}`, import.meta.url)), out);
      logger.info(`wrote ${url} (${statSync(out).size} bytes)`);
    }
  },
};
