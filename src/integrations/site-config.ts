/**
 * Post-build steps share one shape: after `astro build`, work on the output folder with the site's
 * base path and public URL. `postBuild` wraps a step as an Astro integration.
 */
import type { AstroConfig, AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';

export interface SiteSettings {
  /** "/" or "/docs/hicp/", always with a trailing slash. */
  base: string;
  /** The public URL of the site (SITE_URL). */
  site: string;
}

export function siteSettings(config: AstroConfig): SiteSettings {
  return { base: config.base.endsWith('/') ? config.base : `${config.base}/`, site: config.site ?? 'https://hicp.example.org' };
}

export type PostBuildStep = (dist: string, settings: SiteSettings, logger: AstroIntegrationLogger) => void | Promise<void>;

export function postBuild(name: string, step: PostBuildStep): AstroIntegration {
  let settings: SiteSettings = { base: '/', site: 'https://hicp.example.org' };
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        settings = siteSettings(config);
      },
      'astro:build:done': ({ dir, logger }) => step(fileURLToPath(dir), settings, logger),
    },
  };
}
