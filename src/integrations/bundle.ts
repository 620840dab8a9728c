/** Bundles a browser entry (src/client/) into one minified classic script: it must run from file:// too. */
import { build } from 'esbuild';

export async function bundleClient(entry: string, outfile: string): Promise<void> {
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2020',
    legalComments: 'none',
    logLevel: 'warning',
  });
}
