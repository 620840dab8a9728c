/**
 * The only place that decides URLs (DESIGN.md, firm). Pages, links, search records, redirects and
 * exports all call it. URLs are promises to trainers: change one only with a redirect.
 */
import type { ItemRef } from './ids';
import type { VolumeKey } from './schemas';

export function subPracticeSlug(id: string): string {
  return id.toLowerCase().replaceAll('.', '-');
}

function normalizeBase(base: string): string {
  const b = base.startsWith('/') ? base : `/${base}`;
  return b.endsWith('/') ? b : `${b}/`;
}

export function createUrls(base = '/') {
  const root = normalizeBase(base);
  const at = (path: string) => root + path;
  const u = {
    base: root,
    home: () => at(''),
    threats: () => at('threats/'),
    threat: (n: number) => at(`threats/${n}/`),
    practices: () => at('practices/'),
    practice: (n: number) => at(`practices/${n}/`),
    subPractices: () => at('sub-practices/'),
    subPractice: (id: string) => at(`sub-practices/${subPracticeSlug(id)}/`),
    volume: (v: VolumeKey) => at(`volumes/${v}/`),
    chapter: (v: Exclude<VolumeKey, 'main'>, practice: number) => at(`volumes/${v}/${practice}/`),
    /** The whole volume on one page, for printing and PDF. */
    printVolume: (v: VolumeKey) => at(`volumes/${v}/print/`),
    page: (slug: string) => at(`${slug}/`),
    matrix: () => at('matrix/'),
    glossary: () => at('glossary/'),
    glossaryTerm: (slug: string) => at(`glossary/#${slug}`),
    about: () => at('about/'),
    search: () => at('search/'),
    downloads: () => at('downloads/'),
    /** The offline edition's zip, offered on the Downloads page. */
    offlineZip: () => at('downloads/hicp-guide-offline.zip'),
    accessibility: () => at('accessibility/'),
    /** A file from public/ (favicon, downloads). */
    asset: (file: string) => at(file),
    /** Short link for any id (T2, P4, 4.M.D); a redirect page to the canonical URL. */
    go: (label: string) => at(`go/${label}/`),
    /** The canonical page of an item reference. */
    item: (ref: ItemRef): string =>
      ref.kind === 'threat' ? u.threat(ref.number) : ref.kind === 'practice' ? u.practice(ref.number) : u.subPractice(ref.id),
    /** Site-root path to an absolute URL on the configured site. */
    absolute: (path: string, site: string) => new URL(path, site).href,
  };
  return u;
}

export type Urls = ReturnType<typeof createUrls>;

const env = (import.meta as { env?: { BASE_URL?: string } }).env;
/** URLs for the running build: Astro's `base` comes in through BASE_URL. */
export const urls: Urls = createUrls(env?.BASE_URL ?? '/');
