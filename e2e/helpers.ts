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
