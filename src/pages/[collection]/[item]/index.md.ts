/**
 * The plain Markdown twin of each threat, practice and sub-practice page, beside its HTML
 * ("/sub-practices/4-m-d/index.md"). The path comes from the URL module, split into the two params.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { graph, urls } from '../../../page-data/site-graph';
import { buildContext } from '../../../page-data/open-data/for-build';
import { itemMarkdown, markdownItems } from '../../../page-data/open-data/markdown';
import type { ItemRef } from '../../../lib/ids';
import { siteKey } from '../../../page-data/cache-keys';

export const getStaticPaths = (() =>
  markdownItems(graph).map((ref) => {
    const [collection, item] = urls.sitePath(urls.itemMarkdown(ref))!.split('/');
    return { params: { collection, item }, props: { ref }, cacheKey: siteKey(graph) };
  })) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  new Response(itemMarkdown(buildContext(site), props.ref as ItemRef), {
    headers: { 'Content-Type': 'text/markdown; charset=utf-8' },
  });
