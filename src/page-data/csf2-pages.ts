/**
 * The NIST CSF 2.0 index and pages: the elements the index shows (graph.csf2Indexed: where the CSF
 * 1.1 codes of content/csf.yaml lead, with their functions and categories) as a tree in NIST's
 * order, each with the CSF 1.1 codes NIST maps onto it and the sub-practices that reach it through
 * them. The elements sub-practices reach have a page each; the others a section of the index.
 */
import type { Graph } from '../lib/graph';
import type { Urls } from '../lib/urls';
import type { Csf11InCsf2, Csf2Element, Csf2Relation } from '../lib/csf2';

type SubPracticeEntry = Graph['subPractices'][number];

/** A CSF 1.1 code and how NIST says it became this element. */
export interface Csf2From {
  code: string;
  relation: Csf2Relation;
}

export interface Csf2Node {
  element: Csf2Element;
  /** Whether it has a page of its own (a sub-practice reaches it), or only its index section. */
  page: boolean;
  /** CSF 1.1 codes of csf.yaml that lead here, in csf.yaml's order. */
  from: Csf2From[];
  /** Sub-practices that reach this element, in ID order, with the CSF 1.1 codes they come through. */
  reachedBy: { sub: SubPracticeEntry; via: Csf2From[] }[];
  children: Csf2Node[];
}

/** How one CSF 1.1 code leads to a 2.0 element, if it does. */
const leadsTo = (r: Csf11InCsf2, id: string): Csf2From | undefined => {
  const t = r.targets.find((x) => x.id === id);
  return t && { code: r.code, relation: t.relation };
};

export function csf2Tree(graph: Graph): Csf2Node[] {
  const pages = new Set(graph.csf2Reached());
  const nodes = new Map<string, Csf2Node>(
    graph.csf2Indexed().map((id) => [
      id,
      {
        element: graph.csf2Element(id),
        page: pages.has(id),
        from: graph.csfEntries
          .map((e) => leadsTo(graph.csf2Of(e.code), id))
          .filter((f): f is Csf2From => f !== undefined),
        reachedBy: graph.subPractices
          .map((sub) => ({
            sub,
            via: graph
              .csf2For(sub.data.id)
              .map((r) => leadsTo(r, id))
              .filter((f): f is Csf2From => f !== undefined),
          }))
          .filter((r) => r.via.length > 0),
        children: [],
      },
    ]),
  );
  const roots: Csf2Node[] = [];
  // csf2Indexed lists parents before children, so each parent exists when its child arrives.
  for (const node of nodes.values()) {
    const parent = node.element.parent && nodes.get(node.element.parent);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  return roots;
}

/** Every node the index shows, parents before children. */
export function csf2All(graph: Graph): Csf2Node[] {
  const out: Csf2Node[] = [];
  const walk = (n: Csf2Node) => {
    out.push(n);
    n.children.forEach(walk);
  };
  csf2Tree(graph).forEach(walk);
  return out;
}

/** The nodes with a page of their own. */
export const csf2Nodes = (graph: Graph): Csf2Node[] => csf2All(graph).filter((n) => n.page);

/** Where a CSF 2.0 element is shown: its page, or its section of the index. */
export function csf2Href(graph: Graph, urls: Urls, id: string): string {
  return graph.csf2Reached().includes(id) ? urls.csf2Code(id) : urls.csf2Section(id);
}

/** Sub-practices that reach this element or any element under it, once each, in ID order. */
export function reachedUnder(graph: Graph, node: Csf2Node): SubPracticeEntry[] {
  const ids = new Set<string>();
  const walk = (n: Csf2Node) => {
    n.reachedBy.forEach((r) => ids.add(r.sub.data.id));
    n.children.forEach(walk);
  };
  walk(node);
  return graph.subPractices.filter((s) => ids.has(s.data.id));
}

export const CSF2_LEVEL_LABEL: Record<Csf2Element['level'], string> = {
  function: 'Function',
  category: 'Category',
  subcategory: 'Subcategory',
};

/**
 * The targets of one CSF 1.1 code grouped by relation, in order: NIST gives every link of an element
 * the same relation today, but the pages should not depend on it.
 */
export function byRelation(r: Csf11InCsf2): { relation: Csf2Relation; ids: string[] }[] {
  const groups: { relation: Csf2Relation; ids: string[] }[] = [];
  for (const t of r.targets) {
    const last = groups[groups.length - 1];
    if (last?.relation === t.relation) last.ids.push(t.id);
    else groups.push({ relation: t.relation, ids: [t.id] });
  }
  return groups;
}
