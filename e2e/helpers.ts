import { join } from 'node:path';
import { loadGraph } from '../src/lib/load-graph';
import { createUrls } from '../src/lib/urls';

export const ROOT = join(import.meta.dirname, '..');
export const graph = loadGraph(join(ROOT, 'content'));
export const urls = createUrls('/');
