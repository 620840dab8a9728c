/**
 * "At your size", the box under the title of every threat and practice page: for each organization
 * size, the sub-practices to start with, in the publication's order. Threats start with their first
 * steps (threatBySize) and the box also holds the full list for each size (it is the threat's by-size
 * section); practices start with every sub-practice of theirs that applies (graph.applicableTo: a
 * large organization follows the medium and the large ones), whose cards follow further down.
 */
import type { Graph } from '../lib/graph';
import { SIZES, type Size } from '../lib/ids';
import { threatBySize } from './threat-by-size';

type SubPractice = ReturnType<Graph['subPractice']>;

export interface AtSizeGroup {
  size: Size;
  /** What this size starts with. */
  start: SubPractice[];
  /** Every sub-practice that applies to this size here (a threat's list; a practice's is `start`). */
  all: SubPractice[];
}

export function threatAtYourSize(graph: Graph, threat: number): AtSizeGroup[] {
  return threatBySize(graph, threat).map((g) => ({ size: g.size, start: g.first, all: g.all }));
}

export function practiceAtYourSize(graph: Graph, practice: number): AtSizeGroup[] {
  return SIZES.map((size) => {
    const start = graph.applicableTo(size, practice);
    return { size, start, all: start };
  });
}
