/**
 * The content gate under `npm run dev`. `astro build` checks every content file once, before any page
 * renders (astro.config.mjs); the dev server keeps running while editors change files, so here the
 * gate runs again on every change under content/: a mistake is printed in the terminal with its
 * file, field and fix, and shown over the open page; once it is fixed the page reloads. Pages read
 * the graph through the gate's cache (src/page-data/site-graph.ts), so they show the edit too.
 */
import type { AstroIntegration } from 'astro';
import { ContentError } from '../lib/content-errors';
import { contentDir, forgetGraph, loadGraph } from '../lib/load-graph';

export function devContentGate(): AstroIntegration {
  return {
    name: 'hicp-dev-content',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const dir = contentDir();
        let failing = false;
        const recheck = (file: string) => {
          if (!file.startsWith(dir)) return;
          forgetGraph(dir);
          try {
            loadGraph(dir);
            if (failing) logger.info('content mistakes fixed');
            failing = false;
          } catch (err) {
            if (!(err instanceof ContentError)) throw err;
            failing = true;
            logger.error(`\n${err.message}\n`);
            server.ws.send({
              type: 'error',
              err: { message: err.message, stack: '', plugin: 'hicp content gate', id: file },
            });
          }
        };
        server.watcher.on('change', recheck);
        server.watcher.on('add', recheck);
        server.watcher.on('unlink', recheck);
      },
    },
  };
}
