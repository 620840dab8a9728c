/**
 * The checklist's saved answers and CSV export: two tabs merge value by value (the newer wins, a
 * reset wins over what came before it), storage from before timestamps still reads, progress counts
 * what is not yet scored, and formula-looking cells are neutralised on export.
 */
import { describe, expect, test } from 'vitest';
import { parse } from 'csv-parse/sync';
import { rowsFor, savedOf } from '../../tests/support/checklist';
import {
  HEADER,
  emptySaved,
  entryOf,
  exportCsv,
  gaps,
  key,
  merge,
  metaKey,
  metaOf,
  neutralise,
  progress,
  progressText,
  readSaved,
  set,
  toStored,
  tooBig,
} from './checklist-core';

const rows = rowsFor('small');
const [a, b, c] = rows.map((r) => r.id) as [string, string, string];

const state = savedOf({
  [key(a, 'status')]: 'in place',
  [key(a, 'owner')]: 'Zoë Müller',
  [key(a, 'date')]: '2027-03-31',
  [key(a, 'note')]: 'Done, "mostly"; see café notes\nline two',
  [key(a, 'evidence')]: 'https://intranet.test/policy',
  [key(b, 'status')]: 'partly in place',
  [key(b, 'note')]: '=HYPERLINK("http://x")',
  [key(c, 'status')]: 'not applicable',
  [key(c, 'owner')]: '@team',
  [key(c, 'note')]: "'-already quoted",
  [key(c, 'reason')]: 'No e-mail server of our own',
  [metaKey('organization')]: 'Clinic, Inc.',
  [metaKey('assessor')]: 'Jane Roe',
  [metaKey('assessed')]: '2026-12-01',
});

describe('export', () => {
  test('BOM, header, one row per sub-practice, the assessment on every row', () => {
    const text = exportCsv(rows, state);
    expect(text.startsWith(`\uFEFF${HEADER.join(',')}\r\n`)).toBe(true);
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
      entryOf(state, a).note,
      'https://intranet.test/policy',
      '',
      rows[0]!.url,
      rows[0]!.csf,
      rows[0]!.csf2,
      'Clinic, Inc.',
      'Jane Roe',
      '2026-12-01',
    ]);
    expect(parsed[3]![9]).toBe('No e-mail server of our own');
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

  test('the size limit says how big the file is and what a checklist file weighs', () => {
    expect(tooBig(6 * 1048576)).toMatch(/^The file is 6\.0 MB; a checklist file is at most 2 MB/);
  });
});

describe('two tabs: merging saved answers', () => {
  const owner = key(a, 'owner');
  const note = key(a, 'note');
  test('per value the later change wins, whichever side it is on, and nothing else is lost', () => {
    const tab1 = set(set(emptySaved(), owner, 'Ann', 10), note, 'old note', 10);
    const tab2 = set(set(tab1, note, 'new note', 20), key(b, 'status'), 'missing', 20);
    const tab1Later = set(tab1, owner, 'Ann Lee', 30);
    for (const m of [merge(tab1Later, tab2), merge(tab2, tab1Later)]) {
      expect(entryOf(m, a)).toMatchObject({ owner: 'Ann Lee', note: 'new note' });
      expect(entryOf(m, b).status).toBe('missing');
    }
    // An emptied value is a change too: it wins over older text.
    const emptied = set(tab2, note, '', 40);
    expect(entryOf(merge(tab1Later, emptied), a).note).toBe('');
  });

  test('a reset removes what was entered before it, in every tab; later answers stay', () => {
    const before = savedOf({ [owner]: 'Ann' }, 10);
    const reset = { ...emptySaved(), reset: 20 };
    const after = set(reset, note, 'after', 30);
    const m = merge(before, after);
    expect(entryOf(m, a)).toMatchObject({ owner: '', note: 'after' });
    expect(merge(after, before)).toEqual(m);
  });

  test('equal times settle on the same value in both tabs', () => {
    const x = savedOf({ [owner]: 'Ann' }, 5);
    const y = savedOf({ [owner]: 'Bob' }, 5);
    expect(merge(x, y)).toEqual(merge(y, x));
  });

  test('storage round trip keeps values and times; answers saved before timestamps still read', () => {
    expect(readSaved(toStored(state), rows)).toEqual(state);
    const legacy = JSON.stringify({
      [a]: { status: 'in place', owner: 'Ann', date: '', note: 'n' },
      'x.Y.Z': { status: 'missing' },
    });
    const read = readSaved(legacy, rows);
    expect(entryOf(read, a)).toMatchObject({ status: 'in place', owner: 'Ann', note: 'n' });
    expect(read.at).toEqual({});
    // A legacy value loses to any timestamped change.
    expect(entryOf(merge(read, savedOf({ [owner]: 'Bob' }, 1)), a).owner).toBe('Bob');
  });

  test('storage is read defensively: bad JSON, unknown IDs and odd values are dropped', () => {
    expect(readSaved('{oops', rows)).toEqual(emptySaved());
    expect(readSaved(null, rows)).toEqual(emptySaved());
    const read = readSaved(
      JSON.stringify({
        [a]: { status: 'done', owner: 3, note: 'n', t: { note: 'x' } },
        '@assessment': { organization: 'Org', t: { organization: 7 } },
        '@reset': 'soon',
      }),
      rows,
    );
    expect(entryOf(read, a)).toMatchObject({ status: '', owner: '', note: 'n' });
    expect(metaOf(read).organization).toBe('Org');
    expect(read.at).toEqual({ [metaKey('organization')]: 7 });
    expect(read.reset).toBe(0);
  });
});

describe('progress', () => {
  test('counts by status, not yet scored included; the share in place leaves out "not applicable"', () => {
    const p = progress([a, b, c, 'none'], state);
    expect(p).toEqual({
      total: 4,
      inPlace: 1,
      partly: 1,
      missing: 0,
      notApplicable: 1,
      unscored: 1,
      percent: 33,
    });
    expect(progressText(p)).toBe(
      '1 of 3 in place (33%), 1 partly, 1 not applicable, 1 not yet scored',
    );
    expect(progress([c], state).percent).toBe(100);
  });

  test('the gaps are what is missing or partly in place, in checklist order', () => {
    const more = set(state, key(rows[5]!.id, 'status'), 'missing', 2000);
    expect(gaps(rows, more).map((r) => r.id)).toEqual([b, rows[5]!.id]);
  });
});

test('the export names each row’s CSF 1.1 references and the CSF 2.0 elements they became', () => {
  const rows = rowsFor('medium');
  const parsed = parse(exportCsv(rows, emptySaved()).slice(1)) as string[][];
  const [head, ...body] = parsed;
  const row = body.find((r) => r[0] === '4.M.D')!;
  expect(row[head!.indexOf('NIST CSF 1.1')]).toBe('PR.IP-4');
  expect(row[head!.indexOf('NIST CSF 2.0')]).toBe('PR.DS-11');
});
