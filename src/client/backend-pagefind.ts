/** Hosted search: Pagefind's JS API, loaded on first use from the site's /pagefind/ folder. */
import {
  excerptSegments,
  merge,
  plan,
  type Backend,
  type Filters,
  type Found,
  type Hit,
} from './search-core';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(
    q: string,
    o?: Record<string, unknown>,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

export function pagefindBackend(root: string): Backend {
  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (
      import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<Pagefind>
    ).then(async (pf) => {
      // No worker: it would cost one more script (about 12 KB) for a search this small.
      await pf.options({ excerptLength: 24, noWorker: true });
      return pf;
    }));

  async function run(
    pf: Pagefind,
    query: string,
    filters: Filters,
    limit: number,
    byId = false,
  ): Promise<Found> {
    const f: Record<string, { any: string[] }> = {};
    for (const [k, v] of Object.entries(filters)) if (v.length) f[k] = { any: v };
    const found = await pf.search(query, { filters: f });
    if (!found) return { hits: [], total: 0 };
    // Each result's text is a separate small file: fetch only those that will be shown.
    const data = await Promise.all(found.results.slice(0, limit).map((r) => r.data()));
    return { hits: data.map((d) => toHit(d, byId)), total: found.results.length };
  }

  return {
    async search(query, filters, limit) {
      const pf = await load();
      const { alias, text } = plan(query);
      const none: Found = { hits: [], total: 0 };
      const [byId, byText] = await Promise.all([
        alias ? run(pf, alias, filters, 1, true) : none,
        run(pf, text, filters, limit),
      ]);
      const hits = merge(byId.hits, byText.hits);
      return {
        hits: hits.slice(0, limit),
        total: Math.max(hits.length, byText.total + (hits.length > byText.hits.length ? 1 : 0)),
      };
    },
  };
}

function toHit(d: PagefindResultData, byId: boolean): Hit {
  // Link to the section that matched, unless the match was the item's ID (then the page itself).
  const section = byId
    ? undefined
    : d.sub_results?.find((s) => s.url.includes('#') && /<mark>/i.test(s.excerpt));
  return {
    url: section?.url ?? d.url,
    title: d.meta.title ?? d.url,
    id: d.meta.id,
    kind: d.filters.kind?.[0] ?? 'page',
    volume: d.filters.volume?.[0],
    sizes: d.filters.size ?? [],
    excerpt:
      byId && d.meta.summary
        ? [{ text: d.meta.summary, mark: false }]
        : excerptSegments(section?.excerpt ?? d.excerpt),
  };
}
