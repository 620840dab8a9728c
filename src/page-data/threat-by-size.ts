/**
 * "What to do at your size" on a threat page, derived from the graph: for each organization size, the
 * sub-practices of the threat's mitigating practices that apply to that size (HICP: a large
 * organization follows the medium and the large ones), and its first steps: the sub-practices the
 * threat's "First steps" section names that apply to that size. Both lists keep the publication's
 * order (practice, then size, then letter): the prose gives our reasons, the lists do not rank.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Graph } from '../lib/graph';
import { SIZES, findMentions, type Size } from '../lib/ids';
import { parseBody } from '../lib/markdown-body';

export const FIRST_STEPS_HEADING = 'First steps';

export interface SizeGuide {
  size: Size;
  first: ReturnType<Graph['subPractice']>[];
  all: ReturnType<Graph['subPractice']>[];
}

/** Sub-practice IDs named in a body's section (by its h2 text), first mention first. */
export function idsInSection(body: string, heading: string): string[] {
  const tree: Root = parseBody(body);
  const ids: string[] = [];
  let inside = false;
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= 2) inside = toString(node) === heading;
    else if (inside)
      for (const m of findMentions(toString(node)))
        if (m.ref.kind === 'subPractice' && !ids.includes(m.ref.id)) ids.push(m.ref.id);
  }
  return ids;
}

export function threatBySize(graph: Graph, threat: number): SizeGuide[] {
  const named = new Set(idsInSection(graph.threat(threat).body, FIRST_STEPS_HEADING));
  return SIZES.map((size) => {
    const applies = new Set(graph.applicableTo(size).map((s) => s.data.id));
    const all = graph.subPracticesForThreat(threat).filter((s) => applies.has(s.data.id));
    return { size, all, first: all.filter((s) => named.has(s.data.id)) };
  });
}
