/**
 * Hosted search: the record set (fetched once) and Pagefind's JS API (in its worker, from the site's
 * /pagefind/ folder) answering the shared search procedure (search-flow.ts). Pagefind says which
 * pages hold each word; its page texts are fetched only for the excerpts of the results shown.
 */
import { RECORDS_JSON, type RecordSet } from '../lib/search-contract';
import { sameWord, understand, wordsOf } from './query';
import { excerptSegments, type Backend } from './search-core';
import { backendOf, type Engine, type EngineSection } from './search-flow';

/** Set by the build (src/integrations/search/pagefind.ts): a hash of Pagefind's entry file. */
declare const PAGEFIND_ENTRY_TAG: string;
/** Set by the build: each record's Pagefind page, by record number ('-': not in the index). */
declare const PAGEFIND_PAGES: string;
/** Set by the build: the files Pagefind's worker asks for first (entry, WebAssembly, metadata). */
declare const PAGEFIND_FILES: string[];

interface PagefindResultData {
  url: string;
  /** The page's whole text. */
  content: string;
  excerpt: string;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string): Promise<void>;
  search(q: string): Promise<{ results: PagefindResult[] } | null>;
}

/** Starts fetching a file the search will ask for, so it is in the cache when asked. */
function preloadFile(href: string, as: 'fetch' | 'script' = 'fetch'): void {
  const link = Object.assign(document.createElement('link'), { rel: 'preload', href, as });
  if (as === 'fetch') link.crossOrigin = 'anonymous';
  document.head.append(link);
}

export function pagefindBackend(root: string): Backend {
  const pages = PAGEFIND_PAGES.split(' ');
  const recordOf = new Map(pages.map((id, i) => [id, i]));
  let loading: Promise<Pagefind> | undefined;
  let records: Promise<RecordSet> | undefined;
  const dir = `${root}pagefind/`;
  const load = () =>
    (loading ??= (import(/* @vite-ignore */ `${dir}pagefind.js`) as Promise<Pagefind>).then(
      async (pf) => {
        // In Pagefind's worker: the WebAssembly, unpacking the index and searching stay off the
        // page's main thread. The entry file under the build's tag, the address preloaded.
        await pf.options({ excerptLength: 24, metaCacheTag: PAGEFIND_ENTRY_TAG });
        await pf.init();
        return pf;
      },
    ));
  const fetchRecords = () =>
    (records ??= fetch(`${root}${RECORDS_JSON}`).then((r) => {
      if (!r.ok) throw new Error(`${RECORDS_JSON}: ${r.status}`);
      return r.json() as Promise<RecordSet>;
    }));

  /** Whether a word is one of the record set's (titles, summaries, headings), read once. */
  let known: Promise<(word: string) => boolean> | undefined;
  const isKnown = () =>
    (known ??= fetchRecords().then((set) => {
      const words = new Set([
        ...set.words.map(([w]) => w),
        ...set.records.flatMap((r) => wordsOf(`${r.title} ${r.summary} ${r.alias ?? ''}`)),
      ]);
      return (word: string) => [...words].some((w) => sameWord(word, w));
    }));

  /** Each word's pages, asked once per word: a later query with the word waits for nothing. */
  const byWord = new Map<string, Promise<Map<number, PagefindResult>>>();
  const wordResults = (word: string) => {
    let found = byWord.get(word);
    if (!found) {
      found = load()
        .then((pf) => pf.search(word))
        .then(async (r) => {
          const map = new Map<number, PagefindResult>();
          for (const res of r?.results ?? []) {
            const n = recordOf.get(res.id);
            if (n !== undefined) map.set(n, res);
          }
          // Pagefind answers a word it does not hold with pages of its longest known start
          // ("zzqxv" finds a page with "z…"); MiniSearch finds nothing. For a word the records do
          // not know, the first page's text tells which it was.
          const first = map.values().next().value;
          if (first && !(await isKnown())(word)) {
            const d = await first.data();
            if (!wordsOf(d.content).some((w) => startsAlike(word, w))) map.clear();
          }
          return map;
        });
      found.catch(() => byWord.delete(word));
      byWord.set(word, found);
    }
    return found;
  };
  /** The pages of all the words at once: their excerpts mark every word. */
  const together = new Map<string, Promise<Map<number, PagefindResult>>>();

  const engine: Engine = {
    async recall(words) {
      const sets = await Promise.all(words.map(wordResults));
      return new Map(words.map((w, k) => [w, new Set(sets[k]!.keys())]));
    },
    async sections(record, words) {
      const key = words.join(' ');
      if (!together.has(key))
        together.set(
          key,
          words.length === 1
            ? wordResults(key)
            : load().then(async (pf) => {
                const r = await pf.search(key);
                const map = new Map<number, PagefindResult>();
                for (const res of r?.results ?? []) {
                  const n = recordOf.get(res.id);
                  if (n !== undefined) map.set(n, res);
                }
                return map;
              }),
        );
      let result = (await together.get(key)!).get(record);
      for (const w of words) result ??= (await wordResults(w)).get(record);
      if (!result) return [];
      return sectionsOf(await result.data());
    },
    // Index chunks for the words typed so far (stop words never fetch a chunk), while typing.
    preload(query) {
      void fetchRecords();
      const { words } = understand(query);
      void load().then((pf) => {
        for (const w of words) void pf.preload(w);
      });
    },
  };
  // Links from the site's root path ("/threats/2/"), as the pages' own links are.
  const rootPath = new URL(root).pathname;
  const backend = backendOf(fetchRecords, engine, (url) => rootPath + url);
  return {
    ...backend,
    preload(query) {
      engine.preload!(query);
    },
  };
}

/**
 * A word of a page Pagefind found for a typed word is that word (or its stem's family: "wipe", "wiping")
 * when they share all but three letters of the typed word, at least three; a fallback to a short
 * known start ("zzqxv", "zero") shares less.
 */
export function startsAlike(typed: string, marked: string): boolean {
  const need = Math.min(typed.length, Math.max(3, typed.length - 3));
  return marked.slice(0, need) === typed.slice(0, need);
}

/** The first fetches, all at once: Pagefind would otherwise ask for each after the one before. */
export function warmPagefind(root: string): void {
  preloadFile(`${root}${RECORDS_JSON}`);
  for (const file of PAGEFIND_FILES) preloadFile(`${root}pagefind/${file}`);
}

/** Pagefind's sections of a page that hold the words, most marks first, then the page's excerpt. */
function sectionsOf(d: PagefindResultData): EngineSection[] {
  const marks = (s: string) => s.match(/<mark>/gi)?.length ?? 0;
  const subs = (d.sub_results ?? [])
    .filter((s) => s.url.includes('#') && marks(s.excerpt))
    .map((s) => ({ anchor: s.url.split('#')[1]!, marks: marks(s.excerpt), excerpt: s.excerpt }))
    .sort((a, b) => b.marks - a.marks);
  return [
    ...subs.map((s) => ({ anchor: s.anchor, excerpt: excerptSegments(s.excerpt) })),
    ...(marks(d.excerpt) ? [{ anchor: '', excerpt: excerptSegments(d.excerpt) }] : []),
  ];
}
