/**
 * What a post-build step is and what it is given. Its own module so that the steps and the pipeline
 * that lists them import it, and nothing imports the pipeline back (no import cycle).
 */
import type { AstroIntegrationLogger } from 'astro';
import type { BuiltSite } from './built-site';
import type { RecordSet, SearchSection } from '../lib/search-contract';
import type { ReadPage } from './search/records';
import type { Edition } from './offline/edition';
import type { Previews } from './previews/cache';

export interface SiteSettings {
  /** "/" or "/docs/hicp/", always with a trailing slash. */
  base: string;
  /** The public URL of the site (SITE_URL), or undefined when none is configured. */
  site: string | undefined;
}

/**
 * What a step makes for the steps after it, each once per build. A promise is work that goes on
 * (another process, another thread) while later steps run; the step that needs it awaits it.
 */
export interface StepOutputs {
  /** The record set both engines rank from, made once by "records". */
  recordSet?: RecordSet;
  /** The same, as the JSON text written for the hosted search (the offline copy wraps it). */
  recordsJson?: string;
  /** Each record's sections, for the offline index and its excerpts (null: a page not indexed). */
  searchText?: (SearchSection[] | null)[];
  /** What was read of each page (Pagefind adds a page as a file, or a split page term by term). */
  searchPages?: ReadPage[];
  /** The indexed pages' HTML as "records" left them, for Pagefind. */
  indexedHtml?: Map<string, string>;
  /** Pagefind's index, started by "search", awaited by "search-files". */
  pagefind?: Promise<{ pages: number }>;
  /** The offline copy and its zip, started by "offline", awaited by "downloads". */
  edition?: Promise<Edition>;
  /** The link-preview images, started with Astro's build, awaited by "previews". */
  previews?: Promise<Previews>;
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
