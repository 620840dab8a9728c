/** After the build: makes each whole-volume print page self-contained (see src/lib/print-html.ts). */
import { postBuild } from './site-config';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { VOLUMES } from '../lib/schemas';
import { rewritePrintPage } from '../lib/print-html';

export const printIntegration = () =>
  postBuild('hicp-print', (dist, { base, site }) => {
    for (const v of VOLUMES) {
      const file = join(dist, 'volumes', v, 'print', 'index.html');
      if (existsSync(file)) writeFileSync(file, rewritePrintPage(readFileSync(file, 'utf8'), site, base));
    }
  });
