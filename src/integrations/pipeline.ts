/**
 * The post-build pipeline: one Astro integration that, after `astro build`, parses the built site
 * once and runs every step in the order written below, then writes each page once. Each step lives
 * whole in its own file or folder of src/integrations/.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { BuiltSite } from './built-site';
import { normalizeBase } from '../lib/urls';
import { redirectsStep } from './redirect-pages';
import { printStep } from './print';
import { tableStep } from './table-scroll';
import { headingStep } from './heading-wraps';
import { permalinksStep } from './permalinks';
import { searchFilesStep, searchStep } from './search/pagefind';
import { recordsStep } from './search/records-step';
import { browserScriptsStep } from './browser-scripts';
import { downloadsStep, offlineStep } from './offline/index';
import { markersStep } from './search/strip-markers';
import { styleStep } from './page-styles';
import { cspStep } from './csp';
import { appStep } from './app/index';
import { previewsStep } from './previews/index';
import { startPreviews, type Previews } from './previews/cache';
import { previewSpecs } from '../page-data/previews';
import { loadGraph } from '../lib/load-graph';
import { createUrls } from '../lib/urls';
import type { PipelineStep, SiteSettings, StepOutputs } from './step';
import { BuildClock, TIMINGS_PREFIX } from './build-clock';

/** The order matters and is this list: each step sees what the ones before it did. */
export const STEPS: PipelineStep[] = [
  redirectsStep, // the pages that only forward (short links, moved pages), made from the graph
  tableStep, // every content table in its own scroll box (no page scrolls sideways)
  headingStep, // each section heading in the box its "#" link sits in (no shift when it is added)
  printStep, // whole-volume print pages made self-contained
  permalinksStep, // anchor aliases, then the manifest of every URL and anchor
  browserScriptsStep, // checklist.js (checklist pages) and enhance.js (every page, on first move)
  recordsStep, // both indexes' records, and the snapshot of the pages both indexes start from
  searchStep, // Pagefind indexes the snapshot in its own process while the next steps run
  offlineStep, // the offline copy and its zip, from the snapshot, in a worker thread meanwhile
  markersStep, // the indexers' markup leaves the hosted pages (both indexes have the snapshot)
  styleStep, // each hosted page keeps the CSS rules it can use (the offline copy keeps them all)
  searchFilesStep, // once Pagefind is done: the search page's preloads, search.js
  downloadsStep, // once the copy is done: the zip, its size and SHA-256 on the Downloads page
  previewsStep, // the link-preview images, drawn since the build started, into og/
  cspStep, // hashes the final inline scripts and styles of every hosted page
  appStep, // last: icons, manifest, sw.js and its precache of the final pages (adds no inline code)
];

export function postBuildPipeline(): AstroIntegration {
  let settings: SiteSettings | undefined;
  let previews: Promise<Previews> | undefined;
  const clock = new BuildClock();
  return {
    name: 'hicp-post-build',
    hooks: {
      'astro:config:setup': () => clock.mark('config'),
      'astro:config:done': ({ config }) => {
        settings = { base: normalizeBase(config.base), site: config.site };
      },
      'astro:build:start': () => {
        clock.mark('build-start');
        // Drawn in a worker thread while Astro renders the pages (previews/cache.ts).
        previews = startPreviews(previewSpecs(loadGraph(), createUrls(settings!.base)));
        previews.catch(() => {});
      },
      'astro:build:generated': () => clock.mark('pages-generated'),
      'astro:build:done': async ({ dir, logger }) => {
        clock.mark('post-build');
        const site = clock.time('parse', () => new BuiltSite(fileURLToPath(dir), settings!.base));
        const outputs: StepOutputs = previews ? { previews } : {};
        for (const step of STEPS) {
          try {
            await clock.timeAsync(step.name, () =>
              step.run({ site, settings: settings!, logger: logger.fork(step.name), outputs }),
            );
          } catch (cause) {
            throw new Error(`Post-build step "${step.name}" failed: ${(cause as Error).message}`, {
              cause,
            });
          }
        }
        clock.time('write', () => site.write());
        // HICP_TIMINGS=1 (npm run bench sets it): where the build's time went, as one JSON line.
        if (process.env.HICP_TIMINGS === '1') logger.info(`${TIMINGS_PREFIX}${clock.json()}`);
      },
    },
  };
}
