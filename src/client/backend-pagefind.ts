/** Hosted search: Pagefind's JS API, loaded on first use from the site's /pagefind/ folder. */
import { excerptSegments, merge, plan, type Backend, type Filters, type Hit } from './search-core';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results?: { url: string; title: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: Record<string, unknown>): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX = 20;

export function pagefindBackend(root: string): Backend {
  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (import(/* @vite-ignore */ `${root}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      await pf.options({ excerptLength: 24 });
      return pf;
    }));

  async function run(pf: Pagefind, query: string, filters: Filters, byId = false): Promise<Hit[]> {
    const f: Record<string, { any: string[] }> = {};
    for (const [k, v] of Object.entries(filters)) if (v.length) f[k] = { any: v };
    const found = await pf.search(query, { filters: f });
    if (!found) return [];
    const data = await Promise.all(found.results.slice(0, MAX).map((r) => r.data()));
    return data.map((d) => toHit(d, byId));
  }

  return {
    async search(query, filters) {
      const pf = await load();
      const { alias, text } = plan(query);
      const [aliasHits, textHits] = await Promise.all([alias ? run(pf, alias, filters, true) : [], run(pf, text, filters)]);
      return merge(aliasHits, textHits);
    },
  };
}

function toHit(d: PagefindResultData, byId: boolean): Hit {
  // Link to the section that matched, unless the match was the item's ID (then the page itself).
  const section = byId ? undefined : d.sub_results?.find((s) => s.url.includes('#') && /<mark>/i.test(s.excerpt));
  return {
    url: section?.url ?? d.url,
    title: d.meta.title ?? d.url,
    id: d.meta.id,
    kind: d.filters.kind?.[0] ?? 'page',
    volume: d.filters.volume?.[0],
    sizes: d.filters.size ?? [],
    excerpt: byId && d.meta.summary ? [{ text: d.meta.summary, mark: false }] : excerptSegments(section?.excerpt ?? d.excerpt),
  };
}
