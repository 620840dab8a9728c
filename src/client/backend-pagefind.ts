/**
 * Hosted search: Pagefind's JS API, loaded on first use from the site's /pagefind/ folder, answering
 * the shared search procedure (search-flow.ts). Result texts are fetched only for the hits shown.
 */
import { understand } from './query';
import { excerptSegments, type Backend, type Filters, type Hit } from './search-core';
import { backendOf, type Engine } from './search-flow';

/** Set by the build (src/integrations/search/pagefind.ts): a hash of Pagefind's entry file. */
declare const PAGEFIND_ENTRY_TAG: string;

interface PagefindResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  preload(q: string, o?: Record<string, unknown>): Promise<void>;
  search(
    q: string | null,
    o?: Record<string, unknown>,
  ): Promise<{ results: PagefindResult[] } | null>;
}

export function pagefindBackend(root: string): Backend {
  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (
      import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<Pagefind>
    ).then(async (pf) => {
      // In Pagefind's worker: the WebAssembly, unpacking the index and searching stay off the page's
      // main thread (on a phone they blocked it for hundreds of milliseconds), for one more script.
      // The entry file under the build's tag, the address the search page preloads (and the browser
      // may cache), instead of a new address per page view.
      await pf.options({ excerptLength: 24, metaCacheTag: PAGEFIND_ENTRY_TAG });
      // The WebAssembly and the index's entry file now, while the reader is still typing.
      await pf.init();
      // An empty search fetches nothing, but pays now what a first search pays once: the browser's
      // text segmentation data (Pagefind splits every query with Intl.Segmenter), about 30 ms.
      await pf.search('');
      return pf;
    }));
  const byId = new Map<string, PagefindResult>();
  let vocabulary: Promise<Map<string, number>> | undefined;

  async function keys(term: string | null, filters: Filters): Promise<string[]> {
    const pf = await load();
    const f: Record<string, { any: string[] }> = {};
    for (const [k, v] of Object.entries(filters)) if (v.length) f[k] = { any: v };
    const found = await pf.search(term, { filters: f });
    for (const r of found?.results ?? []) byId.set(r.id, r);
    return (found?.results ?? []).map((r) => r.id);
  }

  const engine: Engine = {
    find: (words, filters) => keys(words.join(' '), filters),
    // Quoted: an exact word. Unquoted, Pagefind answers a word it does not know (a code or ID the
    // site lacks) with pages holding the word's longest known prefix; MiniSearch answers nothing.
    exact: (token, filters) => keys(`"${token}"`, filters),
    all: (filters) => keys(null, filters),
    vocabulary: () =>
      (vocabulary ??= fetch(`${root}search-words.json`)
        .then((r) => r.json() as Promise<[string, number][]>)
        .then((entries) => new Map(entries))),
  };
  const backend = backendOf(engine, async (ids, ranked) =>
    Promise.all(
      ids.map(async (id) =>
        // An ID match or a filters-only listing shows the item's summary, not an excerpt.
        toHit(await byId.get(id)!.data(), ranked.exact.has(id) || !ranked.words.length),
      ),
    ),
  );
  return {
    ...backend,
    // Index chunks for the words typed so far (stop words never fetch a chunk), while typing; and
    // the word list every search with words ranks by (1.5 KB), so no search waits for it.
    preload(query) {
      void engine.vocabulary();
      const { words, exact } = understand(query);
      void load().then((pf) => {
        for (const w of [...words, ...exact]) void pf.preload(w);
      });
    },
  };
}

function toHit(d: PagefindResultData, byId: boolean): Hit {
  // Link to the section with the most matched words, unless the match was the item's ID.
  const marks = (s: string) => s.match(/<mark>/gi)?.length ?? 0;
  const section = byId
    ? undefined
    : d.sub_results
        ?.filter((s) => s.url.includes('#') && marks(s.excerpt))
        .sort((a, b) => marks(b.excerpt) - marks(a.excerpt))[0];
  return {
    url: section?.url ?? d.url,
    title: d.meta.title ?? d.url,
    id: d.meta.id,
    kind: d.filters.kind?.[0] ?? 'page',
    volume: d.filters.volume?.[0],
    sizes: d.filters.size ?? [],
    summary: d.meta.summary ?? '',
    content: d.content,
    excerpt:
      byId && d.meta.summary
        ? [{ text: d.meta.summary, mark: false }]
        : excerptSegments(section?.excerpt ?? d.excerpt),
  };
}
