import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { loadGraph } from './load-graph';
import { shortLinkProblems, shortLinks, spellingsOf, type ShortLink } from './short-links';

const graph = loadGraph(join(import.meta.dirname, '..', '..', 'content'));

describe('short links', () => {
  test('a sub-practice is reached with dots, dashes or neither, in either case', () => {
    expect(spellingsOf({ id: '4.M.D', ref: { kind: 'subPractice', id: '4.M.D' } })).toEqual([
      '4.M.D',
      '4.m.d',
      '4-M-D',
      '4-m-d',
      '4MD',
      '4md',
    ]);
    expect(spellingsOf({ id: 'T2', ref: { kind: 'threat', number: 2 } })).toEqual(['T2', 't2']);
    expect(spellingsOf({ id: 'PR.IP-4', ref: { kind: 'csf', code: 'PR.IP-4' } })).toEqual([
      'PR.IP-4',
      'pr.ip-4',
    ]);
  });

  test('items, CSF 1.1 codes and CSF 2.0 elements with a page each have one, and no two share one', () => {
    const links = shortLinks(graph);
    const canonical = links.filter((l) => l.spelling === 'canonical');
    expect(canonical).toHaveLength(
      5 +
        10 +
        graph.subPractices.length +
        graph.csfEntries.length +
        graph.csf2Reached().filter((id) => !graph.csfEntries.some((c) => c.code === id)).length,
    );
    // A code both frameworks have leads to the CSF 1.1 page, which links the CSF 2.0 one.
    expect(links.filter((l) => l.label === 'PR.DS').map((l) => l.ref)).toEqual([
      { kind: 'csf', code: 'PR.DS' },
    ]);
    expect(links.find((l) => l.label === 'pr.ip-4')?.ref).toEqual({ kind: 'csf', code: 'PR.IP-4' });
    expect(links.find((l) => l.label === 'PR.AA-03')?.ref).toEqual({
      kind: 'csf2',
      id: 'PR.AA-03',
    });
    expect(new Set(links.map((l) => l.label)).size).toBe(links.length);
    expect(shortLinkProblems(links, new Set(['/threats/2/']))).toEqual([]);
  });

  test('a spelling two IDs share, or a page at a short link address, is named with its file', () => {
    const link = (id: string, label: string, file: string): ShortLink => ({
      id,
      label,
      file,
      title: id,
      ref: { kind: 'subPractice', id },
      spelling: 'alias',
    });
    const problems = shortLinkProblems(
      [link('1.S.A', '1sa', 'a.mdx'), link('1.SA', '1sa', 'b.mdx'), link('2.S.A', '2sa', 'c.mdx')],
      new Set(['/go/2sa/']),
    );
    expect(problems.map((p) => [p.file, p.problem])).toEqual([
      ['b.mdx', 'the short link /go/1sa/ of 1.SA is also the short link of 1.S.A (a.mdx)'],
      ['c.mdx', 'the short link /go/2sa/ of 2.S.A is also the address of a page of the site'],
    ]);
  });
});
