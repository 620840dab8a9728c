/**
 * The NIST CSF 1.1 pages: every function, category and subcategory HICP cites (content/csf.yaml),
 * as a tree in the file's order, each with the sub-practices that cite exactly that code.
 */
import type { Graph } from '../lib/graph';
import type { CsfEntry } from '../lib/schemas';

export type CsfLevel = 'function' | 'category' | 'subcategory';

export interface CsfNode {
  entry: CsfEntry;
  level: CsfLevel;
  /** Sub-practices whose `csf` lists this code as written. */
  citedBy: Graph['subPractices'];
  children: CsfNode[];
}

export function csfLevel(code: string): CsfLevel {
  return code.includes('-') ? 'subcategory' : code.includes('.') ? 'category' : 'function';
}

const parentOf = (code: string) =>
  code.includes('-') ? code.split('-')[0]! : code.includes('.') ? code.split('.')[0]! : undefined;

export function csfTree(graph: Graph): CsfNode[] {
  const nodes = new Map<string, CsfNode>(
    graph.csfEntries.map((entry) => [
      entry.code,
      {
        entry,
        level: csfLevel(entry.code),
        citedBy: graph.subPractices.filter((s) => s.data.csf.includes(entry.code)),
        children: [],
      },
    ]),
  );
  const roots: CsfNode[] = [];
  for (const node of nodes.values()) {
    const parent = parentOf(node.entry.code);
    if (parent) nodes.get(parent)!.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Every node, parents before children: one page each. */
export function csfNodes(graph: Graph): CsfNode[] {
  const out: CsfNode[] = [];
  const walk = (n: CsfNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  csfTree(graph).forEach(walk);
  return out;
}

/** Sub-practices that cite this code or any code under it, once each, in ID order. */
export function citedUnder(graph: Graph, node: CsfNode): Graph['subPractices'] {
  const ids = new Set<string>();
  const walk = (n: CsfNode) => {
    n.citedBy.forEach((s) => ids.add(s.data.id));
    n.children.forEach(walk);
  };
  walk(node);
  return graph.subPractices.filter((s) => ids.has(s.data.id));
}

export const CSF_LEVEL_LABEL: Record<CsfLevel, string> = {
  function: 'Function',
  category: 'Category',
  subcategory: 'Subcategory',
};

/** "PR.IP-4", "PR.AT Awareness and Training", "RC Recover": the heading of a code's page. */
export const csfTitle = (e: CsfEntry) => (e.name ? `${e.code} ${e.name}` : e.code);
