/** Reads content/ from disk and validates the graph: the build's single gate for content mistakes. */
import { resolve } from 'node:path';
import { readContentDir } from './content-source';
import { buildGraph, type Graph } from './graph';

/** The content folder; HICP_CONTENT_DIR points the build at another one (used by the bad-content tests). */
export function contentDir(): string {
  return resolve(process.env.HICP_CONTENT_DIR ?? 'content');
}

const cache = new Map<string, Graph>();

/** Throws ContentError (file, field, problem, fix for every problem) when the content is wrong. */
export function loadGraph(dir = contentDir()): Graph {
  let graph = cache.get(dir);
  if (!graph) {
    const { input, problems } = readContentDir(dir);
    graph = buildGraph(input, problems);
    cache.set(dir, graph);
  }
  return graph;
}
