/** /llms.txt: what the site is and where everything is, for assistants (llmstxt.org). */
import type { APIRoute } from 'astro';
import { llmsText } from '../page-data/open-data/files';
import { buildContext } from '../page-data/open-data/for-build';

export const GET: APIRoute = ({ site }) =>
  new Response(llmsText(buildContext(site)), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
