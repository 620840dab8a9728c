/** The size views' and checklists' groups: every sub-practice a size follows, once, under its practice. */
import { expect, test } from 'vitest';
import { join } from 'node:path';
import { loadGraph } from '../lib/load-graph';
import { SIZES } from '../lib/ids';
import { appliesInWords, practicesForSize } from './by-size';

const graph = loadGraph(join(import.meta.dirname, '..', '..', 'content'));

test('groups hold exactly graph.applicableTo, in order, each under its own practice', () => {
  const counts = SIZES.map((size) => {
    const groups = practicesForSize(graph, size);
    const ids = groups.flatMap((g) => g.items.map((s) => s.data.id));
    expect(ids).toEqual(graph.applicableTo(size).map((s) => s.data.id));
    for (const g of groups) {
      expect(g.items.length).toBeGreaterThan(0);
      for (const s of g.items) expect(s.data.practice).toBe(g.practice.data.number);
    }
    return ids.length;
  });
  expect(counts).toEqual([19, 36, 70]);
  // Large follows medium and large: no small sub-practice, every medium one.
  const large = practicesForSize(graph, 'large').flatMap((g) => g.items.map((s) => s.data.size));
  expect(new Set(large)).toEqual(new Set(['medium', 'large']));
  expect(appliesInWords('large')).toBe('medium and large');
});
