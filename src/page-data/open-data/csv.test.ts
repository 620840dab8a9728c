/** The CSV files parse as RFC 4180 with a real CSV parser: one row per item, the expected columns. */
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { openDataContext } from '../../../tests/support/open-data';
import { csvTable, practicesCsv, subPracticesCsv, threatsCsv } from './csv';

const ctx = openDataContext();
const { graph } = ctx;
const read = (text: string): Record<string, string>[] =>
  parse(text, { bom: true, columns: true, strict: true } as never);

describe('CSV files', () => {
  test('sub-practices.csv: one row per sub-practice, filterable by size, lists joined with "; "', () => {
    const text = subPracticesCsv(ctx);
    expect(text.startsWith('\uFEFF"ID",')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = read(text);
    expect(Object.keys(rows[0]!)).toEqual([
      'ID',
      'Practice',
      'Size',
      'Title',
      'Summary',
      'NIST CSF 1.1',
      'NIST CSF 2.0',
      'Mitigates threats',
      'Related sub-practices',
      'URL',
      'Applies to',
      'Unconfirmed',
    ]);
    expect(rows.map((r) => r.ID)).toEqual(graph.subPractices.map((s) => s.data.id));
    expect(rows.filter((r) => r.Size === 'small').map((r) => r.ID)).toEqual(
      graph.subPracticesOfSize('small').map((s) => s.data.id),
    );
    for (const [i, s] of graph.subPractices.entries()) {
      expect(rows[i]!.Summary).toBe(s.data.summary);
      expect(rows[i]!['NIST CSF 1.1']).toBe(s.data.csf.join('; '));
      expect(rows[i]!['NIST CSF 2.0']).toBe(graph.csf2Ids(s.data.id).join('; '));
    }
    expect(rows.find((r) => r.ID === '4.M.D')!['NIST CSF 2.0']).toBe('PR.DS-11');
  });
  test('sub-practices.csv: "Applies to" gives 19 / 36 / 70 rows per size, and the caveats travel', () => {
    const rows = read(subPracticesCsv(ctx));
    for (const size of ['small', 'medium', 'large'] as const)
      expect(
        rows
          .filter((r) => r['Applies to']!.split('; ').includes(size))
          .map((r) => r.ID)
          .sort(),
        size,
      ).toEqual(
        graph
          .applicableTo(size)
          .map((s) => s.data.id)
          .sort(),
      );
    expect(rows.find((r) => r.ID === '4.M.D')!['Applies to']).toBe('medium; large');
    const caveats = graph.subPractices.filter((s) => s.data.unconfirmed);
    expect(caveats.length).toBeGreaterThan(0);
    for (const s of graph.subPractices)
      expect(rows.find((r) => r.ID === s.data.id)!.Unconfirmed).toBe(s.data.unconfirmed ?? '');
    const threats = read(threatsCsv(ctx));
    const practices = read(practicesCsv(ctx));
    expect(threats.map((t) => t.Unconfirmed)).toEqual(
      graph.threats.map((t) => t.data.unconfirmed ?? ''),
    );
    expect(practices.map((t) => t.Unconfirmed)).toEqual(
      graph.practices.map((t) => t.data.unconfirmed ?? ''),
    );
  });
  test('threats.csv and practices.csv: one row per item with their links', () => {
    const threats = read(threatsCsv(ctx));
    expect(threats.map((r) => r.Title)).toEqual(graph.threats.map((t) => t.data.title));
    expect(threats[1]!['Mitigated by practices']).toBe(
      graph
        .practicesFor(2)
        .map((p) => `P${p.data.number}`)
        .join('; '),
    );
    const practices = read(practicesCsv(ctx));
    expect(practices).toHaveLength(graph.practices.length);
    expect(practices[3]!['Data at risk']).toBe(graph.practice(4).data.dataAtRisk);
  });
  test('commas, quotes and line breaks survive a round trip', () => {
    const text = csvTable(['A', 'B'], [['say "hi", then\nleave', ['x', 'y']]]);
    expect(read(text)).toEqual([{ A: 'say "hi", then\nleave', B: 'x; y' }]);
  });
});
