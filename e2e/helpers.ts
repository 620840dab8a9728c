import { join } from 'node:path';
import { loadGraph } from '../src/lib/load-graph';
import { createUrls } from '../src/lib/urls';

export const ROOT = join(import.meta.dirname, '..');
export const graph = loadGraph(join(ROOT, 'content'));
export const urls = createUrls('/');

/**
 * Makes the reader's first move (the pointer enters the page), which loads enhance.js, and waits
 * until it has run: heading anchors, the Cite box's Copy buttons and the "On this page" marker.
 */
export async function enhance(page: import('@playwright/test').Page): Promise<void> {
  await page.mouse.move(2, 2);
  await page.mouse.move(6, 6);
  await page.locator('html[data-enhanced]').waitFor({ state: 'attached' });
}

/**
 * Sub-practice and CSF pages (about 205 of 271) are one template each, the same elements in the same
 * colours and layout. Checks whose verdict depends on the template, not the words (contrast at a
 * second width, the offline copy's layout), run on the first `n` of each and every page of the
 * other kinds; the URLs of those pages.
 */
export function templateSample(pages: { url: string; kind: string }[], n = 4): Set<string> {
  const seen = new Map<string, number>();
  return new Set(
    pages
      .filter((p) => {
        const count = (seen.get(p.kind) ?? 0) + 1;
        seen.set(p.kind, count);
        return (p.kind !== 'sub-practice' && p.kind !== 'csf') || count <= n;
      })
      .map((p) => p.url),
  );
}
