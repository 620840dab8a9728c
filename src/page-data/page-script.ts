/** src/client/page.ts, minified once per build into an IIFE and inlined into every page. */
import { transformSync } from 'esbuild';
import source from '../client/page.ts?raw';

export const pageScript = transformSync(source, {
  loader: 'ts',
  minify: true,
  format: 'iife',
  target: 'es2020',
  legalComments: 'none',
}).code.trim();
