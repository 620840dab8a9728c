import { expect, test } from 'vitest';
import { loadGraph } from '../lib/load-graph';
import { compareSubPracticeIds, SIZES } from '../lib/ids';
import { practiceAtYourSize, threatAtYourSize } from './at-your-size';

const graph = loadGraph();
const ids = (list: { data: { id: string } }[]) => list.map((s) => s.data.id);
const inOrder = (list: string[]) => [...list].sort(compareSubPracticeIds);

test('a practice starts each size with what applies to it, large with medium and large, in order', () => {
  for (const p of graph.practices) {
    const groups = practiceAtYourSize(graph, p.data.number);
    expect(groups.map((g) => g.size)).toEqual([...SIZES]);
    for (const g of groups) {
      expect(ids(g.start)).toEqual(ids(graph.applicableTo(g.size, p.data.number)));
      expect(ids(g.start)).toEqual(inOrder(ids(g.start)));
    }
  }
  const [small, medium, large] = practiceAtYourSize(graph, 4);
  expect(ids(small!.start)).toEqual(['4.S.A', '4.S.B', '4.S.C']);
  expect(ids(large!.start)).toEqual([...ids(medium!.start), '4.L.A', '4.L.B']);
});

test('a threat starts each size with its first steps that apply, in the publication order', () => {
  for (const t of graph.threats)
    for (const g of threatAtYourSize(graph, t.data.number)) {
      const all = new Set(ids(g.all));
      expect(ids(g.start).every((id) => all.has(id))).toBe(true);
      expect(ids(g.start)).toEqual(inOrder(ids(g.start)));
    }
  // Ransomware: the prose names 4.S.B first, the list keeps the publication's order.
  const [small] = threatAtYourSize(graph, 2);
  expect(ids(small!.start).slice(0, 4)).toEqual(['1.S.A', '2.S.A', '3.S.A', '4.S.B']);
});
