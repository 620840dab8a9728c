import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadGraph } from './load-graph';
import { createUrls } from './urls';
import { volumeSequence, prevNext } from '../page-data/navigation';

const graph = loadGraph(join(import.meta.dirname, '..', '..', 'content'));
const urls = createUrls('/');

describe('graph questions', () => {
  test('links both ways: threat → practices and practice → threats agree', () => {
    for (const t of graph.threats)
      for (const p of graph.practicesFor(t.data.number))
        expect(graph.threatsFor(p.data.number).map((x) => x.data.number)).toContain(t.data.number);
    expect(graph.practicesFor(1).map((p) => p.data.number)).toEqual([1, 8, 10]);
    expect(graph.threatsFor(9).map((t) => t.data.number)).toEqual([5]);
  });

  test('sub-practices by practice and size, siblings and other sizes', () => {
    expect(graph.subPracticesOf(1, 'small').map((s) => s.data.id)).toEqual([
      '1.S.A',
      '1.S.B',
      '1.S.C',
    ]);
    expect(graph.subPracticesOf(10, 'large')).toEqual([]);
    expect(graph.subPracticesOf(10, 'large')).toEqual([]);
    expect(graph.siblings('4.M.D').map((s) => s.data.id)).toEqual([
      '4.M.A',
      '4.M.B',
      '4.M.C',
      '4.M.E',
    ]);
    expect(graph.otherSizes('4.M.D').map((g) => [g.size, g.items.map((s) => s.data.id)])).toEqual([
      ['small', ['4.S.A', '4.S.B', '4.S.C']],
      ['large', ['4.L.A', '4.L.B']],
    ]);
  });

  test('what applies to each size: small 19, medium 36, large = medium + large (70)', () => {
    expect(graph.applicableTo('small')).toHaveLength(19);
    expect(graph.applicableTo('medium')).toHaveLength(36);
    expect(graph.applicableTo('large')).toHaveLength(70);
    expect(graph.applicableTo('large').every((s) => s.data.size !== 'small')).toBe(true);
    expect(graph.applicableTo('small', 4).map((s) => s.data.id)).toEqual([
      '4.S.A',
      '4.S.B',
      '4.S.C',
    ]);
  });

  test('a threat’s sub-practices are those of the practices that mitigate it', () => {
    const practices = graph.practicesFor(2).map((p) => p.data.number);
    const subs = graph.subPracticesForThreat(2);
    expect(subs.length).toBeGreaterThan(0);
    expect(subs.every((s) => practices.includes(s.data.practice))).toBe(true);
    expect(graph.subPracticesForThreat(2, 'small').every((s) => s.data.size === 'small')).toBe(
      true,
    );
  });

  test('CSF trail: function and category of a subcategory', () => {
    const t = graph.csf('PR.AC-7');
    expect(t.function?.name).toBe('Protect');
    expect(t.category?.code).toBe('PR.AC');
    expect(graph.csf('RC').function).toBeUndefined();
  });

  test('resolve answers labels and titles, and undefined for unknown items', () => {
    expect(graph.resolve({ kind: 'subPractice', id: '1.M.B' })?.title).toBe(
      'Multifactor Authentication for Remote E-mail Access',
    );
    expect(graph.resolve({ kind: 'threat', number: 6 })).toBeUndefined();
  });

  test('reading order of each volume and previous/next', () => {
    const main = volumeSequence(graph, urls, 'main');
    expect(main.map((l) => l.href).slice(0, 4)).toEqual([
      '/volumes/main/',
      '/sizing/',
      '/threats/1/',
      '/threats/2/',
    ]);
    expect(main).toHaveLength(2 + 5 + 10);
    const ml = volumeSequence(graph, urls, 'medium-large');
    expect(ml).toHaveLength(1 + 10 + 36 + 34);
    const { prev, next } = prevNext(ml, urls.subPractice('4.M.E'));
    expect(prev?.label).toBe('4.M.D');
    expect(next?.label).toBe('4.L.A');
    expect(volumeSequence(graph, urls, 'small')).toHaveLength(1 + 10 + 19);
  });

  test('CSF 2.0: each sub-practice reaches what NIST maps its CSF 1.1 codes onto', () => {
    expect(graph.csf2For('4.M.D')).toEqual([
      {
        code: 'PR.IP-4',
        id: 'PR.IP-04',
        withdrawn: true,
        targets: [{ id: 'PR.DS-11', relation: 'moved-to' }],
      },
    ]);
    expect(graph.csf2Ids('4.M.D')).toEqual(['PR.DS-11']);
    // Several codes that lead to one element list it once.
    const ids = graph.csf2Ids('1.M.A');
    expect(new Set(ids).size).toBe(ids.length);
    expect(graph.csf2Of('RS.RP')).toMatchObject({ withdrawn: true, targets: [] });
    // Pages: what the sub-practices reach, once each. The index: every target of a csf.yaml code,
    // with its function and category.
    const reached = graph.csf2Reached();
    const reachedBySome = new Set(graph.subPractices.flatMap((s) => graph.csf2Ids(s.data.id)));
    expect(new Set(reached)).toEqual(reachedBySome);
    expect(reached).toHaveLength(reachedBySome.size);
    expect(reached.slice(0, 3)).toEqual(['GV.PO', 'GV.PO-01', 'GV.PO-02']);
    const indexed = graph.csf2Indexed();
    for (const e of graph.csfEntries)
      for (const t of graph.csf2Of(e.code).targets) expect(indexed).toContain(t.id);
    expect(reached.every((id) => indexed.includes(id))).toBe(true);
    expect(indexed.slice(0, 3)).toEqual(['GV', 'GV.PO', 'GV.PO-01']);
    expect(indexed.every((id) => !graph.csf2Element(id).withdrawn)).toBe(true);
  });
});
