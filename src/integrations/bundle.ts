/**
 * Bundles browser code (src/client/) into minified classic scripts, which must run from file://
 * too, and stylesheets (src/styles/) that pages load on demand.
 */
import { build } from 'esbuild';

const shared = { bundle: true, minify: true, logLevel: 'warning' } as const;

/** `define`: global names the script reads, replaced by the build's values (JSON). */
export async function bundleClient(
  entry: string,
  outfile: string,
  define: Record<string, string> = {},
): Promise<void> {
  await build({
    ...shared,
    entryPoints: [entry],
    outfile,
    format: 'iife',
    target: 'es2020',
    legalComments: 'none',
    define,
  });
}

export async function bundleStyles(entry: string, outfile: string): Promise<void> {
  await build({ ...shared, entryPoints: [entry], outfile });
}
