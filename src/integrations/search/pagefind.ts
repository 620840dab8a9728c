/**
 * The hosted search, in two post-build steps around the others: "search" hands every indexed page to
 * Pagefind, whose service (its own process) indexes them while the pipeline goes on; "search-files",
 * once the index is written, gives the search page its preloads and bundles the search UI into one
 * classic script (search.js at the site root) that names the index's entry file and the Pagefind
 * page of each search record. Both happen in
 * `npm run build`; nothing extra to run. The pages are indexed as the records step left them.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import * as pagefind from 'pagefind';
import { indexChunks } from './meta';
import { bundleClient } from '../bundle';
import type { BuiltPage } from '../built-site';
import type { PipelineStep, StepOutputs } from '../step';
import { findElement } from '../tree';
import type { ReadPage } from './records';

export const searchStep: PipelineStep = {
  name: 'search',
  run({ site, outputs }) {
    const { searchPages, indexedHtml } = need(outputs);
    outputs.pagefind = indexPages(searchPages, indexedHtml, join(site.dist, 'pagefind'));
    // Awaited by "search-files"; until then a failure must not count as unhandled.
    outputs.pagefind.catch(() => {});
  },
};

export const searchFilesStep: PipelineStep = {
  name: 'search-files',
  async run({ site, logger, outputs }) {
    if (!outputs.pagefind) throw new Error('the "search" step must run first: it starts the index');
    const { pages } = await outputs.pagefind;
    const { recordSet } = outputs;
    if (!recordSet) throw new Error('the "records" step must run first');
    const dir = join(site.dist, 'pagefind');
    const { entryTag, files } = await preloadOnSearchPage(site.pages, dir, site.urls.asset);
    // After indexing: search.js names the entry file the search page preloads, the files it
    // fetches all at once, and the Pagefind page of each record (its answers are pages).
    await bundleClient(
      fileURLToPath(new URL('../../client/search.ts', import.meta.url)),
      join(site.dist, 'search.js'),
      {
        PAGEFIND_ENTRY_TAG: JSON.stringify(entryTag),
        PAGEFIND_FILES: JSON.stringify(files),
        PAGEFIND_PAGES: JSON.stringify(pagefindPages(dir, recordSet.records).join(' ')),
      },
    );
    logger.info(
      `Pagefind indexed ${pages} records (pages marked data-pagefind-body; glossary terms one by one); wrote search.js`,
    );
  },
};

function need(outputs: StepOutputs) {
  const { searchPages, indexedHtml } = outputs;
  if (!searchPages || !indexedHtml) throw new Error('the "records" step must run first');
  return { searchPages, indexedHtml };
}

/**
 * When the search page's address holds a search, it searches as soon as it loads, so it asks for
 * Pagefind's script, entry file, WebAssembly and metadata with `search.js` instead of one after
 * another as each arrives, and `search.js` asks for the query's index chunks from the table the
 * template carries (src/client/index-chunks.ts). The links wait in a template that the page's inline
 * script adds to the head only then: preloaded on every visit, 60 KB of WebAssembly competed with the
 * page itself and delayed its first paint on a phone for a reader who had not searched yet. Hosted
 * only: the offline copy searches without Pagefind. Returns the entry file's tag.
 */
async function preloadOnSearchPage(
  pages: BuiltPage[],
  pagefindDir: string,
  asset: (file: string) => string,
): Promise<{ entryTag: string; files: string[] }> {
  const entryText = await readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8');
  const entry = JSON.parse(entryText) as {
    languages: Record<string, { hash: string; wasm?: string }>;
  };
  const en = entry.languages.en;
  if (!en) throw new Error('Pagefind wrote no English index (pagefind-entry.json)');
  // Pagefind fetches its entry file as pagefind-entry.json?ts=<Date.now()> unless given a tag, which
  // no preload can match. A tag from the file's own bytes is stable for a build and new with the next.
  const entryTag = createHash('sha256').update(entryText).digest('hex').slice(0, 12);
  const chunks = indexChunks(await readFile(join(pagefindDir, `pagefind.${en.hash}.pf_meta`)));
  // What Pagefind's worker asks for first: its entry file (under the tag), WebAssembly, metadata.
  const files = [
    `pagefind-entry.json?ts=${entryTag}`,
    `wasm.${en.wasm ?? 'unknown'}.pagefind`,
    `pagefind.${en.hash}.pf_meta`,
  ];
  for (const page of pages) {
    if (!findElement(page.tree, (el) => el.properties.id === 'search-page')) continue;
    const link = (properties: Element['properties']): Element => ({
      type: 'element',
      tagName: 'link',
      properties,
      children: [],
    });
    const links = [
      link({ rel: ['modulepreload'], href: asset('pagefind/pagefind.js') }),
      ...files.map((file) =>
        link({
          rel: ['preload'],
          href: asset(`pagefind/${file}`),
          as: 'fetch',
          crossOrigin: 'anonymous',
        }),
      ),
    ];
    findElement(page.tree, (el) => el.tagName === 'head')!.children.push({
      type: 'element',
      tagName: 'template',
      // The index chunks' word ranges: search.js preloads the ones the query's words need.
      properties: {
        dataSearchPreloads: '',
        dataHostedOnly: '',
        dataIndexChunks: JSON.stringify(chunks),
        dataIndexDir: asset('pagefind/index/'),
      },
      children: [],
      content: { type: 'root', children: links },
    } as Element);
  }
  return { entryTag, files };
}

/**
 * Each record's Pagefind page (the name of its fragment file, which is what a Pagefind result's id
 * is), by record number; '-' for a record Pagefind does not hold. Read from the fragments Pagefind
 * wrote (gzip, the signature "pagefind_dcd", then JSON with the page's URL).
 */
export function pagefindPages(pagefindDir: string, records: { url: string }[]): string[] {
  const dir = join(pagefindDir, 'fragment');
  const byUrl = new Map<string, string>();
  for (const file of readdirSync(dir)) {
    const raw = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
    const { url } = JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string };
    byUrl.set(url.replace(/^\//, ''), file.replace(/\.pf_fragment$/, ''));
  }
  return records.map((r) => byUrl.get(r.url) ?? '-');
}

/**
 * Word positions per index chunk. Pagefind's default (20,000) makes each chunk about 25 KB gzip, and
 * a search fetches one chunk per word, so a three-word query cost 75 KB of index. A quarter of that
 * keeps a chunk near 6 KB for a few hundred bytes more in the entry file. Pagefind 1.6 reads it from
 * this (unstable) variable; the version is pinned and the build test checks that chunks stay small.
 */
export const INDEX_CHUNK_POSITIONS = 4000;

/**
 * Indexes the pages (Pagefind computes each result URL from the file's site path) and writes the
 * index. A page marked data-search-split (the glossary) is added as one custom record per term, the
 * same records the offline search holds.
 */
export async function indexPages(
  pages: ReadPage[],
  html: Map<string, string>,
  outputPath: string,
): Promise<{ pages: number }> {
  // The Pagefind service is a child process started by createIndex: it inherits this.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_POSITIONS);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; '));
    // Every page is handed over at once (one round trip each would keep this process waiting).
    const added = await Promise.all(
      pages.flatMap(({ page, records, split }) => {
        if (records.length === 0) return [];
        if (split)
          return records.map((r) =>
            index.addCustomRecord({
              url: `/${r.url}`,
              content: `${r.title}. ${r.summary}`,
              language: 'en',
              meta: { title: r.title, summary: r.summary },
              filters: { kind: [r.kind] },
            }),
          );
        return [index.addHTMLFile({ sourcePath: page.file, content: html.get(page.file)! })];
      }),
    );
    const failed = added.flatMap((a) => a.errors);
    if (failed.length) throw new Error(failed.join('; '));
    const count = added.length;
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(written.errors.join('; '));
    return { pages: count };
  } catch (cause) {
    throw new Error(`Pagefind failed: ${(cause as Error).message}`, { cause });
  } finally {
    await pagefind.close();
  }
}
