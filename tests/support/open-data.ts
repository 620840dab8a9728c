/** An open-data context over a content folder (the real content/ by default), for generator tests. */
import { loadGraph } from '../../src/lib/load-graph';
import { createUrls } from '../../src/lib/urls';
import type { OpenDataContext } from '../../src/page-data/open-data/context';

export const TEST_SITE = 'https://hicp-guide.test/';
export const TEST_DATE = new Date('2026-11-30T12:00:00Z');

export function openDataContext(contentDir = 'content', base = '/'): OpenDataContext {
  return { graph: loadGraph(contentDir), urls: createUrls(base), site: TEST_SITE, date: TEST_DATE };
}
