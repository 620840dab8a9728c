/** The CSV module against RFC 4180 cases, and cross-checked with csv-parse: both read our output alike. */
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { CsvError, csvCell, parseCsv, toCsv } from './csv';

const cellsOf = (text: string) => parseCsv(text).map((r) => r.cells);

describe('parseCsv', () => {
  test('plain, quoted, doubled quotes, commas and line ends inside quotes, CRLF and LF', () => {
    expect(cellsOf('a,b\r\n"c,d","say ""hi"""\n"two\r\nlines",\n')).toEqual([
      ['a', 'b'],
      ['c,d', 'say "hi"'],
      ['two\r\nlines', ''],
    ]);
  });

  test('a byte order mark is dropped; blank lines are skipped; no final line end is fine', () => {
    expect(cellsOf('\uFEFFID,x\n\n1,2')).toEqual([
      ['ID', 'x'],
      ['1', '2'],
    ]);
  });

  test('each record knows the line it starts on, counting line ends inside quotes', () => {
    expect(parseCsv('h\n"a\nb"\nc\r\n\r\nd').map((r) => r.line)).toEqual([1, 2, 4, 6]);
  });

  test('broken quoting is an error with its line', () => {
    expect(() => parseCsv('a\n"open')).toThrow(CsvError);
    expect(() => parseCsv('a\n"open')).toThrow(/never closed/);
    const error = (() => {
      try {
        parseCsv('a\nb"c\n');
      } catch (e) {
        return e as CsvError;
      }
    })();
    expect(error?.line).toBe(2);
    expect(() => parseCsv('"a"b\n')).toThrow(/follows a closing quote/);
  });

  test('empty text has no records', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\n\r\n')).toEqual([]);
  });
});

describe('toCsv', () => {
  test('quotes only what needs it, doubles quotes, ends every record with CRLF', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(
      toCsv([
        ['a', 'b,c'],
        ['', 'é'],
      ]),
    ).toBe('a,"b,c"\r\n,é\r\n');
  });

  const tricky = [
    ['ID', 'Note'],
    ['1.S.A', 'Café, "owner" said:\nrevisit in Q3'],
    ['1.S.B', ''],
    ['1.S.C', '  spaces kept  '],
    ['1.S.D', 'ünïcödé ✓ — 日本'],
  ];

  test('round trip: parse(toCsv(rows)) gives the rows back', () => {
    expect(cellsOf(toCsv(tricky))).toEqual(tricky);
  });

  test('csv-parse reads our output exactly as we do, and we read its kind of input alike', () => {
    const text = toCsv(tricky);
    expect(parse(text, { bom: true, relax_column_count: false })).toEqual(tricky);
    const other = '\uFEFF"a","b ""q""",c\r\n1,"x,\r\ny",\r\n';
    expect(cellsOf(other)).toEqual(parse(other, { bom: true }));
  });

  test('csv-parse and we both reject a stray quote', () => {
    const bad = 'a,b"c\n';
    expect(() => parse(bad)).toThrow();
    expect(() => parseCsv(bad)).toThrow(CsvError);
  });
});
