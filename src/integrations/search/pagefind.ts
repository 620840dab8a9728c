/**
 * Post-build step "search": bundles the search UI into one classic script (search.js at the site
 * root) and indexes the built pages with Pagefind, from the pages as the pipeline holds them. Both
 * happen in `npm run build`; nothing extra to run.
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import * as pagefind from 'pagefind';
import { SEARCH_RESULTS_CSS, vocabularyTexts, type SearchRecord } from '../../lib/search-contract';
import { readPage } from './records';
import { vocabularyOf } from '../../client/query';
import { indexChunks } from './meta';
import { bundleClient, bundleStyles } from '../bundle';
import type { BuiltPage } from '../built-site';
import type { PipelineStep } from '../step';
import { findElement, findElements } from '../tree';

export const searchStep: PipelineStep = {
  name: 'search',
  async run({ site, logger, outputs }) {
    // The results' styles, which search.js adds to a page when the header's panel first opens.
    await bundleStyles(
      fileURLToPath(new URL('../../styles/search-results.css', import.meta.url)),
      join(site.dist, SEARCH_RESULTS_CSS),
    );
    spaceCells(site.pages);
    const read: ReadPage[] = site.pages.map((page) => ({
      page,
      ...readPage(page.tree, site.urls.sitePath(page.url)!),
    }));
    outputs.searchRecords = read.flatMap((r) => r.records);
    const { pages } = await indexPages(read, join(site.dist, 'pagefind'));
    const entryTag = await preloadOnSearchPage(
      site.pages,
      join(site.dist, 'pagefind'),
      site.urls.asset,
    );
    // After indexing: search.js names the entry file the search page preloads (PAGEFIND_ENTRY_TAG).
    await bundleClient(
      fileURLToPath(new URL('../../client/search.ts', import.meta.url)),
      join(site.dist, 'search.js'),
      { PAGEFIND_ENTRY_TAG: JSON.stringify(entryTag) },
    );
    // Typo correction and "did you mean" read the same words offline (from the records).
    await writeFile(
      join(site.dist, 'search-words.json'),
      JSON.stringify([...vocabularyOf(vocabularyTexts(outputs.searchRecords))]),
    );
    logger.info(
      `Pagefind indexed ${pages} records (pages marked data-pagefind-body; glossary terms one by one); wrote search.js`,
    );
  },
};

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
): Promise<string> {
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
      ...[
        `pagefind-entry.json?ts=${entryTag}`,
        `wasm.${en.wasm ?? 'unknown'}.pagefind`,
        `pagefind.${en.hash}.pf_meta`,
      ].map((file) =>
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
  return entryTag;
}

/**
 * Table cells and list items end in a space, so excerpts never run cells together ("What it
 * asksPR.AT"). Whitespace between cells changes nothing on screen.
 */
function spaceCells(pages: BuiltPage[]): void {
  const cell = (el: Element) => /^(td|th|dt|dd)$/.test(el.tagName);
  for (const page of pages) {
    const body = findElement(page.tree, (el) => el.properties.dataPagefindBody !== undefined);
    if (body)
      for (const c of findElements(body, cell)) c.children.push({ type: 'text', value: ' ' });
  }
}

/**
 * Indexes the pages (Pagefind computes each result URL from the file's site path) and writes the
 * index. A page marked data-search-split (the glossary) is added as one custom record per term, the
 * same records the offline search holds.
 */
/**
 * Word positions per index chunk. Pagefind's default (20,000) makes each chunk about 25 KB gzip, and
 * a search fetches one chunk per word, so a three-word query cost 75 KB of index. A quarter of that
 * keeps a chunk near 6 KB for a few hundred bytes more in the entry file. Pagefind 1.6 reads it from
 * this (unstable) variable; the version is pinned and the build test checks that chunks stay small.
 */
export const INDEX_CHUNK_POSITIONS = 4000;

export interface ReadPage {
  page: BuiltPage;
  records: SearchRecord[];
  split: boolean;
}

export async function indexPages(
  pages: ReadPage[],
  outputPath: string,
): Promise<{ pages: number }> {
  // The Pagefind service is a child process started by createIndex: it inherits this.
  process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_POSITIONS);
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    if (!index) throw new Error(errors.join('; '));
    // Every page is handed over at once: the Pagefind service (its own process) indexes one while
    // this process serializes the next, instead of one round trip after another.
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
        return [index.addHTMLFile({ sourcePath: page.file, content: toHtml(page.tree) })];
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
