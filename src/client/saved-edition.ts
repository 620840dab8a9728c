/** What the service worker (sw.ts) and the Keep control (keep.ts) agree on about a saved edition. */

/** Every saved edition's cache is named this plus the edition: "hicp-guide-e522e8377d". */
export const CACHE_PREFIX = 'hicp-guide-';
/** In each complete saved edition, under the scope: its version, build date and revisions. */
export const META_FILE = '__hicp-saved-edition.json';

export interface SavedMeta {
  version: string;
  built: string;
  files: Record<string, string | null>;
}
