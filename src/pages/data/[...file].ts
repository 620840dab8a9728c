/** Writes every open-data file under /data/ (the list and the generators: src/page-data/open-data/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES } from '../../page-data/open-data/files';
import { buildContext } from '../../page-data/open-data/for-build';
import { siteKey } from '../../page-data/cache-keys';
import { graph } from '../../page-data/site-graph';

export const getStaticPaths = (() =>
  DATA_FILES.map((d) => ({
    params: { file: d.file },
    props: { file: d.file },
    cacheKey: siteKey(graph),
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const d = DATA_FILES.find((x) => x.file === props.file)!;
  return new Response(d.text(buildContext(site)), { headers: { 'Content-Type': d.mediaType } });
};
