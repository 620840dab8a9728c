/** The validated graph and URL helpers for pages (read once per build). */
import { loadGraph } from './load-graph';
import { urls } from './urls';

export const graph = loadGraph();
export { urls };
