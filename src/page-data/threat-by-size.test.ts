import { describe, expect, test } from 'vitest';
import { idsInSection, threatBySize } from './threat-by-size';
import { loadGraph } from '../lib/load-graph';

describe('threat by size', () => {
  test('reads the IDs named in one section only, first mention first', () => {
    const body =
      '## A\n\nSee 9.S.A.\n\n## First steps\n\n- Do 4.M.D, then 1.S.A.\n- Again 4.M.D.\n\n## B\n\n2.S.A';
    expect(idsInSection(body, 'First steps')).toEqual(['4.M.D', '1.S.A']);
  });
  test('ransomware: each size gets what applies to it, and small first steps are small', () => {
    const graph = loadGraph();
    const [small, medium, large] = threatBySize(graph, 2);
    expect(small!.all.every((s) => s.data.size === 'small')).toBe(true);
    expect(medium!.all.every((s) => s.data.size === 'medium')).toBe(true);
    expect(new Set(large!.all.map((s) => s.data.size))).toEqual(new Set(['medium', 'large']));
    expect(small!.first.map((s) => s.data.id)).toContain('4.S.B');
    expect(small!.first.every((s) => s.data.size === 'small')).toBe(true);
    // The publication's order, not the order the prose names them in (4.S.B is named first).
    expect(small!.first.map((s) => s.data.id)).toEqual(
      graph
        .applicableTo('small')
        .flatMap((s) => (small!.first.some((f) => f.data.id === s.data.id) ? [s.data.id] : [])),
    );
    expect(small!.first[0]!.data.id).toBe('1.S.A');
    // Practice 9 does not mitigate ransomware, so none of its sub-practices is listed.
    expect(large!.all.some((s) => s.data.practice === 9)).toBe(false);
  });
});
