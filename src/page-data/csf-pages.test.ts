/** The CSF tree the /csf/ pages show: every code once, under its parent, with exactly who cites it. */
import { describe, expect, test } from 'vitest';
import { loadGraph } from '../lib/load-graph';
import { citedUnder, csfLevel, csfNodes, csfTree } from './csf-pages';

const graph = loadGraph();

describe('NIST CSF pages', () => {
  test('one node per code, functions at the top, each child under its parent', () => {
    const nodes = csfNodes(graph);
    expect(nodes.map((n) => n.entry.code).sort()).toEqual(
      graph.csfEntries.map((c) => c.code).sort(),
    );
    for (const f of csfTree(graph)) {
      expect(f.level).toBe('function');
      for (const c of f.children) {
        expect(c.entry.code.startsWith(`${f.entry.code}.`)).toBe(true);
        for (const s of c.children) expect(s.entry.code.startsWith(`${c.entry.code}-`)).toBe(true);
      }
    }
    expect(csfLevel('PR.IP-4')).toBe('subcategory');
    expect(csfLevel('PR.AT')).toBe('category');
    expect(csfLevel('RC')).toBe('function');
  });
  test('each code lists exactly the sub-practices whose csf names it', () => {
    for (const n of csfNodes(graph))
      expect(n.citedBy.map((s) => s.data.id)).toEqual(
        graph.subPractices.filter((s) => s.data.csf.includes(n.entry.code)).map((s) => s.data.id),
      );
    const ip4 = csfNodes(graph).find((n) => n.entry.code === 'PR.IP-4')!;
    expect(ip4.citedBy.map((s) => s.data.id)).toContain('4.M.D');
    const pr = csfNodes(graph).find((n) => n.entry.code === 'PR')!;
    expect(citedUnder(graph, pr).map((s) => s.data.id)).toContain('4.M.D');
  });
});
