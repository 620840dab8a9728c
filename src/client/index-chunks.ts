/**
 * The search page opened with a search in its address (`/search/?q=ransomware`) fetches the index
 * chunks for the query's words as soon as search.js runs, instead of after Pagefind's worker, its
 * entry file and its WebAssembly have started: one round trip fewer before the first results. The
 * build writes the chunk table (each chunk's first word, last word and file) on the search page's
 * preload template (src/integrations/search/pagefind.ts).
 */
import { understand } from './query';

/** One Pagefind index chunk: the first and last word it holds, and its file name without extension. */
export type IndexChunk = [from: string, to: string, hash: string];

/**
 * The chunks that may hold a word. Pagefind stores stems ("ransomwar" for "ransomware"), which start
 * with all but the last few letters of the word, and matches the last word as a prefix, so a chunk
 * counts when its words overlap [the word less three letters (at least three kept), the word and
 * anything after it]. At worst one chunk too many (a few KB); never one too few for plain words.
 */
export function chunksFor(words: string[], chunks: IndexChunk[]): string[] {
  const found = new Set<string>();
  for (const word of words) {
    const low = word.slice(0, Math.max(3, word.length - 3));
    const high = `${word}\uffff`;
    for (const [from, to, hash] of chunks) if (from <= high && to >= low) found.add(hash);
  }
  return [...found];
}

/** Adds a preload for each chunk the query's words need (the words the search itself will ask). */
export function preloadIndexChunks(query: string): void {
  const template = document.querySelector<HTMLTemplateElement>('template[data-index-chunks]');
  if (!template) return;
  const { words, exact } = understand(query);
  const chunks = JSON.parse(template.dataset.indexChunks!) as IndexChunk[];
  for (const hash of chunksFor([...words, ...exact], chunks))
    document.head.append(
      Object.assign(document.createElement('link'), {
        rel: 'preload',
        as: 'fetch',
        crossOrigin: 'anonymous',
        href: `${template.dataset.indexDir}${hash}.pf_index`,
      }),
    );
}
