// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { loadGraph } from './src/lib/load-graph.ts';
import { ContentError } from './src/lib/content-errors.ts';
import { remarkIdLinks } from './src/lib/remark-id-links.ts';
import { searchIntegration } from './src/integrations/search.ts';
import { offlineIntegration } from './src/integrations/offline.ts';
import { permalinksIntegration } from './src/integrations/permalinks.ts';
import { printIntegration } from './src/integrations/print.ts';
import { cspIntegration } from './src/integrations/csp.ts';

// The public URL of the hosted site and an optional sub-path (see README, "Hosting under a sub-path").
const site = process.env.SITE_URL ?? 'https://hicp.example.org';
const base = process.env.BASE_PATH ?? '/';

// Validate every content file and every link between entries before anything renders:
// a content mistake stops here with the file, the field and the fix.
const graph = (() => {
  try {
    return loadGraph();
  } catch (err) {
    if (!(err instanceof ContentError)) throw err;
    console.error(`\n${err.message}\n`);
    process.exit(1);
  }
})();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkGfm, [remarkIdLinks, { base, resolve: graph.resolve }]],
    }),
  },
  // Order matters: the offline edition is made from the finished site, search files included.
  integrations: [
    mdx(),
    // Short links, print editions and the 404 page are not for search engines.
    sitemap({ filter: (page) => !/\/go\/|\/print\/$|\/404\/?$/.test(new URL(page).pathname) }),
    printIntegration(),
    permalinksIntegration(),
    searchIntegration(),
    offlineIntegration(),
    cspIntegration(),
  ],
  vite: {
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler warns
        // about on every file; the warning is about Astro internals, not our code.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
