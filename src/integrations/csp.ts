/** Last step of the build: a hash-based Content-Security-Policy meta tag on every hosted page. */
import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { applyCsp } from '../lib/csp';
import { htmlFiles } from '../lib/site-links';

export function cspIntegration(): AstroIntegration {
  return {
    name: 'hicp-csp',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const file of htmlFiles(fileURLToPath(dir))) writeFileSync(file, applyCsp(readFileSync(file, 'utf8'), { wasm: true, offline: false }));
      },
    },
  };
}
