/**
 * Redirects (content/redirects.yaml): the one place that keeps old URLs and anchors alive. Read and
 * checked at the content gate like every other content file: the schema with the other files, and
 * whether each redirect points at a page of the site once the graph knows its pages.
 */
import { z } from 'astro/zod';
import type { ContentProblem } from './content-errors';

const sitePath = z
  .string()
  .regex(/^\/([a-z0-9.-]+\/)*$/i, 'a site path such as /old/path/ (leading and trailing slash)');
export const redirectsSchema = z
  .object({
    pages: z.array(z.object({ from: sitePath, to: sitePath })).default([]),
    anchors: z
      .array(z.object({ page: sitePath, from: z.string().min(1), to: z.string().min(1) }))
      .default([]),
  })
  .default({ pages: [], anchors: [] });
export type Redirects = z.infer<typeof redirectsSchema>;

/**
 * Problems with redirects, given the site paths of every page the site has ("/threats/2/"): a moved
 * page must point at a page, must not shadow one, and is listed once; an anchor alias must be on a
 * page. (Whether the anchor's target id exists is known only after rendering: the permalinks step
 * checks that.)
 */
export function redirectProblems(r: Redirects, pages: Set<string>, file: string): ContentProblem[] {
  const out: ContentProblem[] = [];
  const from = new Set<string>();
  r.pages.forEach((p, i) => {
    const field = `pages.${i}`;
    if (!pages.has(p.to))
      out.push({
        file,
        field: `${field}.to`,
        problem: `the redirect from ${p.from} goes to ${p.to}, which is not a page of the site`,
        fix: 'point `to` at an existing page, e.g. /threats/2/ or /sub-practices/4-m-d/',
      });
    if (pages.has(p.from))
      out.push({
        file,
        field: `${field}.from`,
        problem: `${p.from} is still a page of the site; a redirect would hide it`,
        fix: 'remove this redirect, or move the page first',
      });
    if (from.has(p.from))
      out.push({
        file,
        field: `${field}.from`,
        problem: `${p.from} is redirected twice`,
        fix: 'keep one redirect per old URL',
      });
    from.add(p.from);
  });
  r.anchors.forEach((a, i) => {
    if (!pages.has(a.page))
      out.push({
        file,
        field: `anchors.${i}.page`,
        problem: `the anchor redirect #${a.from} is on ${a.page}, which is not a page of the site`,
        fix: 'set `page` to the page that has the heading now, e.g. /threats/2/',
      });
  });
  return out;
}
