// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { loadGraph } from './src/lib/load-graph.ts';
import { ContentError } from './src/lib/content-errors.ts';
import { createUrls } from './src/lib/urls.ts';
import { sitemapUrls } from './src/lib/site-map.ts';
import { remarkIdLinks } from './src/integrations/remark-id-links.ts';
import { rehypeSizeFolds } from './src/integrations/rehype-size-folds.ts';
import { postBuildPipeline } from './src/integrations/pipeline.ts';
import { devContentGate } from './src/integrations/dev-content.ts';
import { testBuildsIgnorer } from './src/integrations/test-builds-watch.ts';

// The public URL of the hosted site and an optional sub-path (see docs/hosting.md, "Hosting under a sub-path").
// Without SITE_URL the build still works: pages carry no canonical link, Copy link and the Cite box
// use the address the page is read at, and the offline copy links to no hosted site.
const site = process.env.SITE_URL || undefined;
if (!site)
  console.warn(
    '\n[hicp] SITE_URL is not set: the build has no public address. Pages will have no canonical ' +
      'link, no sitemap, and Copy link will use the address a page is read at. Set SITE_URL=https://… ' +
      'for a release build.\n',
  );
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

const listed = sitemapUrls(graph, createUrls(base));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  // Pages whose cache key (src/page-data/cache-keys.ts), code and rendered content are unchanged are
  // copied from the previous build instead of rendered again.
  experimental: { incrementalBuild: true },
  markdown: {
    processor: unified({
      // The current graph in both (under `npm run dev` it is read again when content changes).
      remarkPlugins: [
        remarkGfm,
        [
          remarkIdLinks,
          {
            base,
            resolve: (/** @type {import('./src/lib/ids.ts').ItemRef} */ ref) =>
              loadGraph().resolve(ref),
          },
        ],
      ],
      // A practice's "What <size> organizations do" sections fold for readers of other sizes.
      rehypePlugins: [
        [
          rehypeSizeFolds,
          {
            /** @type {(practice: number, size: import('./src/lib/ids.ts').Size) => number} */
            count: (practice, size) => loadGraph().subPracticesOf(practice, size).length,
          },
        ],
      ],
    }),
  },
  // Tests give each build its own content cache (HICP_CACHE_DIR), so builds never share entries.
  ...(process.env.HICP_CACHE_DIR ? { cacheDir: process.env.HICP_CACHE_DIR } : {}),
  integrations: [
    mdx(),
    // Short links, print editions, moved-page redirects and the 404 page are not for search engines.
    // Without a public address there is nothing to list (and the plug-in would only warn).
    ...(site ? [sitemap({ filter: (page) => listed.has(new URL(page).pathname) })] : []),
    // Every step after the build (print, permalinks, search, offline copy, CSP), in its order.
    postBuildPipeline(),
    // Under `npm run dev`: the content gate runs again on every save (terminal and browser).
    devContentGate(),
  ],
  vite: {
    server: {
      // Tests build and serve other sites in .test-builds/ while a dev server runs over a content copy
      // there: the dev server watches only its own copy, not the thousands of files other builds write.
      watch: { ignored: [testBuildsIgnorer()] },
    },
    build: {
      rollupOptions: {
        // Astro's own MDX modules carry a "use astro:head-inject" directive that the bundler warns
        // about on every file; the warning is about Astro internals, not our code.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            String(warning.message).includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});
