/** Redirects: the one place that keeps old URLs and anchors alive (content/redirects.yaml). */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

const sitePath = z
  .string()
  .regex(/^\/([a-z0-9.-]+\/)*$/i, 'a site path such as /old/path/ (leading and trailing slash)');
export const redirectsSchema = z.object({
  pages: z.array(z.object({ from: sitePath, to: sitePath })).default([]),
  anchors: z
    .array(z.object({ page: sitePath, from: z.string().min(1), to: z.string().min(1) }))
    .default([]),
});
export type Redirects = z.infer<typeof redirectsSchema>;

export function loadRedirects(contentDir: string): Redirects {
  const file = join(contentDir, 'redirects.yaml');
  if (!existsSync(file)) return { pages: [], anchors: [] };
  const parsed = redirectsSchema.safeParse(parse(readFileSync(file, 'utf8')) ?? {});
  if (!parsed.success)
    throw new Error(
      `content/redirects.yaml: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return parsed.data;
}
