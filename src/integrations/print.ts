/** After the build: makes each whole-volume print page self-contained (see src/lib/print-html.ts). */
import type { AstroIntegration } from 'astro';
import { siteSettings, type SiteSettings } from './site-config';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VOLUMES } from '../lib/schemas';
import { rewritePrintPage } from '../lib/print-html';

export function printIntegration(): AstroIntegration {
  let settings: SiteSettings = { base: '/', site: '' };
  return {
    name: 'hicp-print',
    hooks: {
      'astro:config:done': ({ config }) => {
        settings = siteSettings(config);
      },
      'astro:build:done': ({ dir }) => {
        const { base, site } = settings;
        for (const v of VOLUMES) {
          const file = join(fileURLToPath(dir), 'volumes', v, 'print', 'index.html');
          if (existsSync(file)) writeFileSync(file, rewritePrintPage(readFileSync(file, 'utf8'), site, base));
        }
      },
    },
  };
}
