/**
 * What a post-build step is and what it is given. Its own module so that the steps and the pipeline
 * that lists them import it, and nothing imports the pipeline back (no import cycle).
 */
import type { AstroIntegrationLogger } from 'astro';
import type { BuiltSite } from './built-site';
import type { SearchRecord } from '../lib/search-contract';

export interface SiteSettings {
  /** "/" or "/docs/hicp/", always with a trailing slash. */
  base: string;
  /** The public URL of the site (SITE_URL), or undefined when none is configured. */
  site: string | undefined;
}

/** What a step makes for the steps after it (each made once per build, in the order of STEPS). */
export interface StepOutputs {
  /** Every indexed page's search record: read once by the search step, written by the offline one. */
  searchRecords?: SearchRecord[];
}

export interface StepContext {
  site: BuiltSite;
  settings: SiteSettings;
  logger: AstroIntegrationLogger;
  outputs: StepOutputs;
}

export interface PipelineStep {
  name: string;
  run(ctx: StepContext): void | Promise<void>;
}
