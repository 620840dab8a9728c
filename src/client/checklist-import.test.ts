/**
 * Import, case by case, as in the analyst's review (shared/reviews/analyst-walk-2026-12.md, import
 * appendix) plus what spreadsheets write: each file is decoded and read like the page does, and each
 * case ends with the answers it would save (or nothing to apply).
 */
import { describe, expect, test } from 'vitest';
import { zipSync } from 'fflate';
import { HEADER, entryOf, exportCsv, key, metaKey, metaOf, type Saved } from './checklist-core';
import {
  capped,
  decode,
  describeChanges,
  detectDelimiter,
  planImport,
  readChecklist,
  type FileAnswers,
  type Mode,
} from './checklist-import';
import { rowsFor, savedOf } from '../../tests/support/checklist';
import { emptySaved } from './checklist-core';

const rows = rowsFor('medium');
const ids = rows.map((r) => r.id);
const [a, b, c] = ids as [string, string, string];
const mine = savedOf({
  [key(a, 'status')]: 'in place',
  [key(a, 'owner')]: 'Zoë Müller',
  [key(a, 'date')]: '2026-03-31',
  [key(a, 'note')]: 'Proofpoint, "3-2-1"\nsecond line',
  [key(b, 'status')]: 'partly in place',
  [key(b, 'owner')]: '-',
  [key(b, 'note')]: '=HYPERLINK("http://x")',
  [key(c, 'status')]: 'not applicable',
  [key(c, 'reason')]: 'No such system',
  [metaKey('organization')]: 'Clinic',
});
const exported = exportCsv(rows, mine);
const lines = exported.replace(/^\uFEFF/, '').split('\r\n');

/** Reads bytes (or text as UTF-8) as the page does: decode, then read for the medium checklist. */
function read(input: string | Uint8Array, size = 'medium', r = rows) {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const d = decode(bytes);
  if (!d.ok) return { ok: false as const, problems: [d.problem] };
  return readChecklist(d.text, r, size, d.encoding);
}
const ok = (input: string | Uint8Array, size?: string): FileAnswers => {
  const r = read(input, size);
  if (!r.ok) throw new Error(r.problems.join('\n'));
  return r;
};
const problems = (input: string | Uint8Array, size?: string) => {
  const r = read(input, size);
  expect(r.ok, 'refused').toBe(false);
  return r.ok ? [] : r.problems;
};
/** The answers saved after importing into `saved` with `mode`. */
const apply = (file: FileAnswers, saved: Saved = emptySaved(), mode: Mode = 'replace') =>
  planImport(saved, file, mode, 5000).saved;
const withLines = (edit: (l: string[]) => string[]) => edit([...lines]).join('\r\n');

describe('what spreadsheets write is read', () => {
  test('01 round trip: export → import → export is byte-identical, answers the same', () => {
    const saved = apply(ok(exported));
    expect(exportCsv(rows, saved)).toBe(exported);
    for (const id of [a, b, c]) expect(entryOf(saved, id)).toEqual(entryOf(mine, id));
    expect(metaOf(saved).organization).toBe('Clinic');
  });

  test('an export made before evidence, reason and the assessment columns still imports', () => {
    const old = [
      'ID,Practice,Size,Title,Status,Owner,Target date,Note,URL',
      `${a},P1,medium,T,in place,Ann,2026-01-02,n,https://x.test/`,
    ].join('\r\n');
    const saved = apply(ok(old), mine);
    expect(entryOf(saved, a)).toMatchObject({ owner: 'Ann', date: '2026-01-02' });
    // Columns the file does not have are left alone, even when replacing.
    expect(entryOf(saved, c).reason).toBe('No such system');
  });

  test('12 Windows-1252 (Excel "CSV (Comma delimited)"): accents read right', () => {
    const text = `ID,Status,Owner\r\n${a},in place,Zoë Müller café\r\n`;
    const bytes = Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));
    const file = ok(bytes);
    expect(file.notes).toContain('The file was read as Windows-1252 text.');
    expect(entryOf(apply(file), a).owner).toBe('Zoë Müller café');
  });

  test('11 / 11b UTF-16 with BOM, little and big endian, tabs or commas', () => {
    const text = withLines((l) => l.map((x) => x.replaceAll(',', '\t'))).replace(/"[^"]*"/g, '""');
    const le = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(new Uint16Array([...text].map((ch) => ch.charCodeAt(0))).buffer),
    ]);
    const file = ok(le);
    expect(file.notes).toEqual(
      expect.arrayContaining([
        'The file was read as UTF-16 text.',
        'Its cells are separated by tabs.',
      ]),
    );
    expect(entryOf(apply(file), a).owner).toBe('Zoë Müller');
    const be = [
      0xfe,
      0xff,
      ...[...exported.slice(1)].flatMap((ch) => [ch.charCodeAt(0) >> 8, ch.charCodeAt(0) & 255]),
    ];
    expect(entryOf(apply(ok(new Uint8Array(be))), a).note).toBe(entryOf(mine, a).note);
  });

  test('10 semicolons (Excel in Europe) are detected, quotes and all', () => {
    const semi = 'ID;Status;Owner;Note\r\n' + `${a};in place;Ann;"a; b, ""c"""\r\n`;
    expect(detectDelimiter(semi)).toBe(';');
    const file = ok(semi);
    expect(file.notes).toContain('Its cells are separated by semicolons.');
    expect(entryOf(apply(file), a)).toMatchObject({ owner: 'Ann', note: 'a; b, "c"' });
    expect(detectDelimiter('ID,Note\r\n1,"a;b;c"')).toBe(',');
  });

  test('13 Excel (US) resave: dates as 3/31/2026 are read as ISO and the preview says so', () => {
    const text = withLines((l) => [l[0]!, l[1]!.replace('2026-03-31', '3/31/2026')]);
    const file = ok(text);
    expect(file.notes).toContain(
      '1 date was written month/day/year (US, as 3/31/2026) and read as such.',
    );
    expect(entryOf(apply(file), a).date).toBe('2026-03-31');
  });

  test('13b / 17 cells Excel stripped of our apostrophe, and an owner of "-", are read as text', () => {
    const text = withLines((l) => [
      l[0]!,
      l[1]!,
      l[2]!.replace(`"'=HYPERLINK`, '"=HYPERLINK').replace(",'-,", ',-,'),
      `${ids[3]},,,,,,,=1+1,,,,,,,,`,
    ]);
    const saved = apply(ok(text));
    expect(entryOf(saved, b)).toMatchObject({ owner: '-', note: '=HYPERLINK("http://x")' });
    expect(entryOf(saved, ids[3]!).note).toBe('=1+1');
  });

  test('18 / 19 / 20 / 24 / 25: trailing empty column, no URL, reordered, header case, spaces', () => {
    const reordered = [
      ' note ,TARGET DATE, Status ,id,owner,',
      `"n, 1",2026-05-01,  In Place  ,${a.toLowerCase()},Ann,`,
    ].join('\n');
    const file = ok(reordered);
    expect(entryOf(apply(file), a)).toEqual(
      expect.objectContaining({
        status: 'in place',
        owner: 'Ann',
        date: '2026-05-01',
        note: 'n, 1',
      }),
    );
  });

  test('extra columns are ignored and named in the preview', () => {
    const file = ok(`ID,Status,Ticket\r\n${a},missing,JIRA-1\r\n`);
    expect(file.notes).toContain('Not read: the column Ticket.');
    expect(entryOf(apply(file), a).status).toBe('missing');
  });

  test('03 IDs in any case are matched; 21 every cell quoted; 22 LF without BOM', () => {
    const quoted = `"ID","Status"\n"${a.toLowerCase()}","missing"\n`;
    expect(entryOf(apply(ok(quoted)), a).status).toBe('missing');
  });

  test('09b a large checklist file on the medium checklist: the 36 rows that apply, 34 skipped', () => {
    const large = exportCsv(rowsFor('large'), mine);
    const file = ok(large);
    expect(file.rows).toBe(36);
    expect(file.otherSize).toHaveLength(34);
    expect(file.notes).toContain(
      'This file is for the large checklist: 34 of its rows are not on the medium checklist and will be skipped; the 36 that apply can be imported.',
    );
    expect(entryOf(apply(file), a).owner).toBe('Zoë Müller');
  });

  test('16 a partial file changes its rows only', () => {
    const two = withLines((l) => [l[0]!, l[4]!.replace(',,,', ',missing,Bob,'), l[5]!]);
    const saved = apply(ok(two), mine);
    expect(entryOf(saved, ids[3]!).status).toBe('missing');
    expect(entryOf(saved, a)).toEqual(entryOf(mine, a));
  });
});

describe('a colleague’s file: fill only empty answers, or replace', () => {
  const theirs = [
    'ID,Status,Owner,Note',
    `${a},missing,,their note`,
    `${ids[5]},in place,Bob,`,
  ].join('\r\n');
  const plan = (mode: Mode) => planImport(mine, ok(theirs), mode, 9000);

  test('fill keeps every answer entered here and fills the empty ones', () => {
    const { saved, changes } = plan('fill');
    expect(entryOf(saved, a)).toEqual(entryOf(mine, a));
    expect(entryOf(saved, ids[5]!)).toMatchObject({ status: 'in place', owner: 'Bob' });
    expect(describeChanges(changes)).toEqual([
      `${ids[5]}: status empty → “in place”; owner empty → “Bob”`,
    ]);
  });

  test('replace takes the file’s answers, empty cells included, and the preview lists each field', () => {
    const { saved, changes } = plan('replace');
    expect(entryOf(saved, a)).toMatchObject({ status: 'missing', owner: '', note: 'their note' });
    expect(describeChanges(changes)[0]).toBe(
      `${a}: status “in place” → “missing”; owner “Zoë Müller” → empty; note “Proofpoint, "3-2-1"\nsecond line” → “their note”`,
    );
    // Every change is stamped when applied, so other tabs take it.
    expect(saved.at[key(a, 'status')]).toBe(9000);
  });
});

describe('refused with a clear message, nothing to apply', () => {
  const cases: [string, string | Uint8Array, RegExp][] = [
    ['14 empty', '', /^The file is empty\.$/],
    ['only a BOM and blank lines', '\uFEFF\r\n\r\n', /The file is empty/],
    ['14b header only', `${lines[0]}\r\n`, /column names but no rows/],
    ['08 binary junk', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 0xff]), /binary data/],
    [
      '08b an .xlsx renamed .csv',
      zipSync({
        '[Content_Types].xml': new Uint8Array([60]),
        'xl/workbook.xml': new Uint8Array([60]),
      }),
      /^This is an Excel workbook \(\.xlsx\), not a CSV file\. In Excel choose File › Save As and the type “CSV UTF-8/,
    ],
    [
      'an .xls renamed .csv',
      new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      /Excel 97–2003 workbook/,
    ],
    [
      '02 wrong columns',
      'Sub-practice ID,Status,Owner,Due date,Comments\r\n1.M.A,in place,,,\r\n',
      /^Line 1: there is no ID column\. This checklist reads the columns ID, Status, Owner, Target date, Note, Evidence, Reason not applicable \(in any order; others are ignored\); this file has Sub-practice ID, Status, Owner, Due date, Comments\.$/,
    ],
    ['no answer column', `ID,Title\r\n${a},x\r\n`, /Line 1: there is no column of answers/],
    ['a column twice', `ID,Status,status\r\n${a},,\r\n`, /the column “status” appears twice/],
    [
      '03 unknown ID',
      `ID,Status\r\n1.M.Z,\r\n11.M.A,\r\nfoo,\r\n`,
      /Line 2: “1\.M\.Z” is not a sub-practice on the medium checklist/,
    ],
    [
      '04 duplicate ID',
      withLines((l) => [...l.slice(0, 3), l[1]!]),
      /Line 5: 1\.M\.A appears twice \(first on line 2\)/,
    ],
    [
      '05 bad status',
      withLines((l) => [l[0]!, l[1]!.replace('in place', 'Done')]),
      /Line 2: status “Done” is not one of: missing, partly in place, in place, not applicable \(or empty\)/,
    ],
    [
      '06 date in another form',
      withLines((l) => [l[0]!, l[1]!.replace('2026-03-31', '31/03/2026')]),
      /Line 2: target date “31\/03\/2026” is not a date written as YYYY-MM-DD \(or month\/day\/year, as 3\/31\/2026\)/,
    ],
    [
      '06 a date that does not exist',
      withLines((l) => [l[0]!, l[1]!.replace('2026-03-31', '2026-02-30')]),
      /Line 2: target date “2026-02-30” is not a real date/,
    ],
    [
      'a US date that does not exist',
      withLines((l) => [l[0]!, l[1]!.replace('2026-03-31', '2/30/2026')]),
      /not a real date/,
    ],
    [
      'wrong number of cells',
      `ID,Status,Owner\r\n${a},missing\r\n`,
      /Line 2: 2 cells, but line 1 names 3 columns; a cell is missing/,
    ],
    [
      'cells past the last column',
      `ID,Status\r\n${a},missing,x\r\n`,
      /Line 2: 3 cells, but line 1 names 2 columns/,
    ],
    [
      '23 broken quote',
      `ID,Note\r\n${a},"open\r\n`,
      /Line 2: this is not valid CSV \(a quoted cell is never closed\)/,
    ],
    [
      '09 a small checklist file on the medium checklist',
      exportCsv(rowsFor('small'), emptySaved()),
      /^This file is for the small checklist: none of its 19 rows are on the medium checklist\. Import it on the small checklist\.$/,
    ],
  ];
  for (const [name, input, message] of cases)
    test(name, () => {
      const list = problems(input);
      expect(
        list.some((p) => message.test(p)),
        list.join('\n'),
      ).toBe(true);
    });

  test('every problem is listed at once, each with its line; line ends inside quotes count', () => {
    const text = withLines((l) => [
      l[0]!,
      l[1]!.replace('in place', 'done').replace('2026-03-31', 'soon'),
      l[2]!.replace(b, '0.X.Y'),
      l[3]!.replace('not applicable', 'nope'),
    ]);
    expect(problems(text)).toEqual([
      expect.stringMatching(/^Line 2: status “done”/),
      expect.stringMatching(/^Line 2: target date “soon”/),
      expect.stringMatching(/^Line 4: “0\.X\.Y”/),
      expect.stringMatching(/^Line 5: status “nope”/),
    ]);
  });

  test('07 a file with 2,000 unknown rows lists 50 problems, then a count', () => {
    const text = ['ID,Status', ...Array.from({ length: 2000 }, (_, i) => `99.M.${i},`)].join('\n');
    const list = problems(text);
    expect(list).toHaveLength(51);
    expect(list[50]).toBe('…and 1,950 more problems.');
    expect(capped(['x'])).toEqual(['x']);
  });
});

test('the header the export writes is the header import reads', () => {
  const informational = ['Practice', 'Size', 'Title', 'URL', 'NIST CSF 1.1', 'NIST CSF 2.0'];
  expect(HEADER.filter((h) => !informational.includes(h))).toHaveLength(10);
});
