/** The two settings every post-build step needs from Astro's config: the base path and the site URL. */
import type { AstroConfig } from 'astro';

export interface SiteSettings {
  /** "/" or "/docs/hicp/", always with a trailing slash. */
  base: string;
  /** The public URL of the site (SITE_URL). */
  site: string;
}

export function siteSettings(config: AstroConfig): SiteSettings {
  return { base: config.base.endsWith('/') ? config.base : `${config.base}/`, site: config.site ?? 'https://hicp.example.org' };
}
