/**
 * The checklist's CSV export and import: a round trip keeps every byte; every malformed file is
 * refused with its line numbers and nothing to apply; formula-looking cells are neutralised on export.
 */
import { describe, expect, test } from 'vitest';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { loadGraph } from '../lib/load-graph';
import {
  HEADER,
  exportCsv,
  importCsv,
  neutralise,
  progress,
  readState,
  answered,
  type ChecklistRow,
  type ChecklistState,
} from './checklist-core';

const graph = loadGraph(join(import.meta.dirname, '..', '..', 'content'));
const rowsFor = (size: 'small' | 'medium' | 'large'): ChecklistRow[] =>
  graph.applicableTo(size).map((s) => ({
    id: s.data.id,
    practice: s.data.practice,
    size: s.data.size,
    title: s.data.title,
    url: `https://hicp-guide.test/sub-practices/${s.data.id}/`,
  }));
const rows = rowsFor('small');
const [a, b, c] = rows.map((r) => r.id);

const state: ChecklistState = {
  [a!]: {
    status: 'in place',
    owner: 'Zoë Müller',
    date: '2027-03-31',
    note: 'Done, "mostly"; see café notes\nline two',
  },
  [b!]: { status: 'partly in place', owner: '', date: '', note: '=HYPERLINK("http://x")' },
  [c!]: { status: 'not applicable', owner: '@team', date: '2026-12-01', note: "'-already quoted" },
};

/** The exported text with lines replaced; header is line 1. */
const csvWith = (edit: (lines: string[]) => string[]) => {
  const lines = exportCsv(rows, state)
    .replace(/^\uFEFF/, '')
    .split('\r\n');
  return edit(lines).join('\r\n');
};
const problemsOf = (text: string) => {
  const r = importCsv(text, rows, 'small');
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.problems;
};

describe('export', () => {
  test('BOM, header, one row per sub-practice of the checklist, in order', () => {
    const text = exportCsv(rows, state);
    expect(
      text.startsWith('\uFEFFID,Practice,Size,Title,Status,Owner,Target date,Note,URL\r\n'),
    ).toBe(true);
    const parsed = parse(text, { bom: true }) as string[][];
    expect(parsed[0]).toEqual([...HEADER]);
    expect(parsed.slice(1).map((r) => r[0])).toEqual(rows.map((r) => r.id));
    expect(parsed[1]).toEqual([
      a,
      `P${rows[0]!.practice}`,
      'small',
      rows[0]!.title,
      'in place',
      'Zoë Müller',
      '2027-03-31',
      state[a!]!.note,
      rows[0]!.url,
    ]);
  });

  test('cells starting with = + - @ (or a tab) get an apostrophe so spreadsheets show text', () => {
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', "'=x"])
      expect(neutralise(v)).toBe(`'${v}`);
    for (const v of ['ok', "'plain", '1-2', 'a=b']) expect(neutralise(v)).toBe(v);
    const parsed = parse(exportCsv(rows, state), { bom: true }) as string[][];
    expect(parsed[2]![7]).toBe(`'=HYPERLINK("http://x")`);
    expect(parsed[3]![5]).toBe("'@team");
    expect(parsed[3]![7]).toBe("''-already quoted");
    for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});

describe('import', () => {
  test('round trip: export → import → export is byte-identical (accents, commas, quotes, line ends, formulas)', () => {
    const first = exportCsv(rows, state);
    const r = importCsv(first, rows, 'small');
    if (!r.ok) throw new Error(r.problems.join('\n'));
    expect(r.rows).toBe(rows.length);
    expect(r.entries[a!]).toEqual(state[a!]);
    expect(r.entries[b!]).toEqual(state[b!]);
    expect(r.entries[c!]).toEqual(state[c!]);
    expect(exportCsv(rows, r.entries)).toBe(first);
  });

  test('statuses in any case and without the BOM are accepted; Excel-style LF files too', () => {
    const text = csvWith((l) => [l[0]!, l[1]!.replace('in place', 'In Place')]).replaceAll(
      '\r\n',
      '\n',
    );
    const r = importCsv(text, rows, 'small');
    expect(r.ok && r.entries[a!]!.status).toBe('in place');
  });

  const cases: [string, string, RegExp][] = [
    ['empty file', '', /The file is empty/],
    ['only a BOM and blank lines', '\uFEFF\r\n\r\n', /The file is empty/],
    ['not CSV (binary)', 'PK\u0003\u0004\u0000\u0000garbage', /not a CSV text file/],
    ['not CSV (broken quotes)', 'ID,"Practice\n1.S.A', /Line 1: this is not valid CSV/],
    [
      'wrong header',
      csvWith((l) => ['ID,Status,Note', ...l.slice(1)]),
      /Line 1: the columns should be ID, Practice/,
    ],
    ['header only', csvWith((l) => [l[0]!]), /column names but no rows/],
    [
      'unknown ID',
      csvWith((l) => [l[0]!, l[1]!.replace(a!, '9.Z.Z')]),
      /Line 2: “9\.Z\.Z” is not a sub-practice on the small checklist/,
    ],
    [
      'an ID of another size',
      csvWith((l) => [l[0]!, l[1]!.replace(a!, '1.M.A')]),
      /Line 2: “1\.M\.A” is not a sub-practice/,
    ],
    [
      'bad status',
      csvWith((l) => [l[0]!, l[1]!.replace('in place', 'done')]),
      /Line 2: status “done” is not one of/,
    ],
    [
      'bad date',
      csvWith((l) => [l[0]!, l[1]!.replace('2027-03-31', '31/03/2027')]),
      /Line 2: target date “31\/03\/2027”/,
    ],
    [
      'impossible date',
      csvWith((l) => [l[0]!, l[1]!.replace('2027-03-31', '2027-02-30')]),
      /Line 2: target date “2027-02-30”/,
    ],
    [
      'duplicate ID',
      csvWith((l) => [...l.slice(0, 4), l[2]!]),
      /Line 6: .* appears twice \(first on line 4\)/,
    ],
    [
      'wrong number of cells',
      csvWith((l) => [l[0]!, `${c},P1`]),
      /Line 2: expected 9 cells, found 2/,
    ],
    [
      'a formula-looking cell',
      csvWith((l) => [l[0]!, l[2]!.replace(`'=HYPERLINK`, '=HYPERLINK')]),
      /column Note: “=HYPERLINK.*starts like a spreadsheet formula/,
    ],
  ];
  for (const [name, text, message] of cases)
    test(`refused with a clear message, nothing to apply: ${name}`, () => {
      const problems = problemsOf(text);
      expect(
        problems.some((p) => message.test(p)),
        problems.join('\n'),
      ).toBe(true);
    });

  test('every problem is listed at once, each with its line', () => {
    const text = csvWith((l) => [
      l[0]!,
      l[1]!.replace('in place', 'done').replace('2027-03-31', 'soon'),
      l[2]!.replace(b!, '0.X.Y'),
      l[3]!,
    ]);
    const problems = problemsOf(text);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^Line 2: status/);
    expect(problems[1]).toMatch(/^Line 2: target date/);
    expect(problems[2]).toMatch(/^Line 4: “0\.X\.Y”/);
  });

  test('line numbers count line ends inside quoted notes', () => {
    // Row 1 (line 2) has a two-line note, so the next record starts on line 4.
    const text = csvWith((l) => [l[0]!, l[1]!, l[2]!, l[3]!.replace('not applicable', 'nope')]);
    expect(problemsOf(text)).toEqual([expect.stringMatching(/^Line 5: status “nope”/)]);
  });
});

describe('progress and saved state', () => {
  test('counts by status; the share in place leaves out "not applicable"', () => {
    expect(progress([a!, b!, c!, 'none'], state)).toEqual({
      total: 4,
      inPlace: 1,
      partly: 1,
      missing: 0,
      notApplicable: 1,
      percent: 33,
    });
    expect(progress([c!], state).percent).toBe(100);
  });

  test('storage is read defensively: bad JSON, unknown IDs and odd values are dropped', () => {
    expect(readState('{oops', rows)).toEqual({});
    expect(readState(null, rows)).toEqual({});
    const read = readState(
      JSON.stringify({ [a!]: { status: 'done', owner: 3, note: 'n' }, 'x.Y.Z': {} }),
      rows,
    );
    expect(read).toEqual({ [a!]: { status: '', owner: '', date: '', note: 'n' } });
  });
});

test('only answered rows are kept for saving', () => {
  const blank = { status: '', owner: '', date: '', note: '' } as const;
  expect(
    answered({ x: { ...blank }, y: { ...blank, note: 'n' }, z: { ...blank, status: 'missing' } }),
  ).toEqual({
    y: { ...blank, note: 'n' },
    z: { ...blank, status: 'missing' },
  });
});
