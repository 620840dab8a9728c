/** Last step of the build: a hash-based Content-Security-Policy meta tag on every hosted page. */
import { readFileSync, writeFileSync } from 'node:fs';
import { postBuild } from './site-config';
import { applyCsp } from '../lib/csp';
import { htmlFiles } from '../lib/site-links';

export const cspIntegration = () =>
  postBuild('hicp-csp', (dist) => {
    for (const file of htmlFiles(dist)) writeFileSync(file, applyCsp(readFileSync(file, 'utf8'), { wasm: true, offline: false }));
  });
