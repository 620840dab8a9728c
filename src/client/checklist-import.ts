/**
 * Reading a checklist file back, as spreadsheets really write it: the bytes in any of the encodings
 * Excel and LibreOffice save (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252), cells split
 * by commas, semicolons or tabs, columns found by name in any order, IDs in any case, dates as ISO
 * or as the US short form, cells that lost our protective apostrophe read as text. Every problem is
 * listed with its line (the first 50, then a count) and nothing is returned to apply unless there
 * are none; the plan of an import lists which answers change, filling only empty ones or replacing.
 * Pure: checklist-tools.ts loads it on first use, the tests call it directly.
 */
import { CsvError, parseCsv } from './csv';
import {
  FIELDS,
  META_FIELDS,
  STATUSES,
  entryOf,
  key,
  metaKey,
  metaOf,
  set,
  type ChecklistRow,
  type Entry,
  type Field,
  type Meta,
  type MetaField,
  type Saved,
} from './checklist-core';

/** Problems listed at most; the rest are counted. */
export const MAX_PROBLEMS = 50;

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; problem: string };

const SAVE_AS_CSV =
  'In Excel choose File › Save As and the type “CSV UTF-8 (Comma delimited) (*.csv)”; in LibreOffice choose File › Save As and “Text CSV (.csv)”. Then import that file.';

const startsWith = (b: Uint8Array, ...sig: number[]) => sig.every((x, i) => b[i] === x);

/** The file's text, from its bytes: what spreadsheets write, told apart by BOM and by validity. */
export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const kind = head.includes('opendocument')
      ? 'a LibreOffice or OpenOffice spreadsheet (.ods)'
      : 'an Excel workbook (.xlsx)';
    return { ok: false, problem: `This is ${kind}, not a CSV file. ${SAVE_AS_CSV}` };
  }
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))
    return {
      ok: false,
      problem: `This is an Excel 97–2003 workbook (.xls), not a CSV file. ${SAVE_AS_CSV}`,
    };
  const as = (encoding: string, label: string, fatal = false) => ({
    ok: true as const,
    text: new TextDecoder(label, { fatal }).decode(bytes),
    encoding,
  });
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return as('UTF-8', 'utf-8');
  if (startsWith(bytes, 0xff, 0xfe)) return as('UTF-16', 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return as('UTF-16', 'utf-16be');
  try {
    return as('UTF-8', 'utf-8', true);
  } catch {
    // Not valid UTF-8: Excel's "CSV (Comma delimited)" writes the Windows code page.
    return as('Windows-1252', 'windows-1252');
  }
}

const DELIMITERS = [',', ';', '\t'] as const;
const DELIMITER_NAME: Record<string, string> = { ';': 'semicolons', '\t': 'tabs' };

/** The separator of the first line: whichever of comma, semicolon and tab it has most of (outside quotes). */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const c of text.replace(/^\uFEFF/, '').replace(/^\s*[\r\n]+/, '')) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  return [...counts].reduce((best, d) => (d[1] > best[1] ? d : best))[0];
}

/** The first `MAX_PROBLEMS` problems, then how many more there are. */
export function capped(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const more = problems.length - MAX_PROBLEMS;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    `…and ${more.toLocaleString('en-US')} more problem${more === 1 ? '' : 's'}.`,
  ];
}

/** The columns read back, by their names in the export (any case, any order). */
const COLUMNS: Record<string, Field | MetaField> = {
  status: 'status',
  owner: 'owner',
  'target date': 'date',
  note: 'note',
  evidence: 'evidence',
  'reason not applicable': 'reason',
  organization: 'organization',
  assessor: 'assessor',
  'assessment date': 'assessed',
};
/** Columns for people, not read back (Size only names the checklist a file came from). */
const INFORMATIONAL = new Set(['practice', 'size', 'title', 'url', 'nist csf 1.1', 'nist csf 2.0']);
const READ = 'ID, Status, Owner, Target date, Note, Evidence, Reason not applicable';

const ID = /^(\d{1,2})\.([SML])\.([A-Z])$/;
const SIZE_OF: Record<string, string> = { S: 'small', M: 'medium', L: 'large' };
/** Takes off the apostrophe our export put before a formula-like cell (Excel may have dropped it). */
const restore = (value: string) => (/^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value);

/** A date as ISO, from ISO or from the US short form (month/day/year); undefined if neither or not real. */
function readDate(value: string): { iso: string; us: boolean } | 'unreal' | undefined {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if ((!iso && !us) || (us && +us[1]! > 12)) return undefined;
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : [us![3], us![1], us![2]];
  const date = new Date(Date.UTC(+y!, +m! - 1, +d!));
  const out = `${y}-${m!.padStart(2, '0')}-${d!.padStart(2, '0')}`;
  return date.toISOString().slice(0, 10) === out ? { iso: out, us: !iso } : 'unreal';
}

export interface FileAnswers {
  ok: true;
  /** Per sub-practice, only the fields whose column the file has. */
  entries: Record<string, Partial<Entry>>;
  meta: Partial<Meta>;
  /** Rows of this checklist in the file. */
  rows: number;
  /** Rows for sub-practices of other sizes, skipped ("import the rows that apply"). */
  otherSize: string[];
  /** What the reader should know about how the file was read. */
  notes: string[];
}
export type ReadResult = FileAnswers | { ok: false; problems: string[] };

/**
 * Reads a checklist file's text for the checklist of `size` with these rows; `encoding` is what
 * decode() found (said in the notes when it is not UTF-8).
 */
export function readChecklist(
  text: string,
  rows: readonly ChecklistRow[],
  size: string,
  encoding = 'UTF-8',
): ReadResult {
  const fail = (...problems: string[]): ReadResult => ({ ok: false, problems: capped(problems) });
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail('The file is empty.');
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text))
    return fail('This is not a CSV text file: it holds binary data. Choose the CSV you exported.');
  const delimiter = detectDelimiter(text);
  let records;
  try {
    records = parseCsv(text, delimiter);
  } catch (e) {
    if (e instanceof CsvError) return fail(`Line ${e.line}: this is not valid CSV (${e.message}).`);
    throw e;
  }
  const [head, ...body] = records;
  const names = head!.cells.map((c) => c.trim().replace(/\s+/g, ' ').toLowerCase());
  const where = new Map<string, number>();
  const ignored: string[] = [];
  const problems: string[] = [];
  names.forEach((n, i) => {
    if (n === '') return;
    if (where.has(n)) problems.push(`Line 1: the column “${head!.cells[i]}” appears twice.`);
    else if (n === 'id' || n in COLUMNS || INFORMATIONAL.has(n)) where.set(n, i);
    else ignored.push(head!.cells[i]!.trim());
  });
  const has = head!.cells.filter((c) => c.trim()).join(', ') || 'no names';
  if (!where.has('id'))
    return fail(
      `Line 1: there is no ID column. This checklist reads the columns ${READ} (in any order; others are ignored); this file has ${has}.`,
    );
  if (!Object.keys(COLUMNS).some((n) => where.has(n)))
    return fail(
      `Line 1: there is no column of answers. This checklist reads the columns ${READ}; this file has ${has}.`,
    );
  if (problems.length) return fail(...problems);
  const data = body.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (data.length === 0) return fail('The file has the column names but no rows.');

  const known = new Set(rows.map((r) => r.id));
  const here = new Set(rows.map((r) => r.id.split('.')[1]));
  const seen = new Map<string, number>();
  const entries: Record<string, Partial<Entry>> = {};
  const meta: Partial<Meta> = {};
  const otherSize: string[] = [];
  const fileSizes = new Set<string>();
  let usDates = 0;
  for (const { line, cells } of data) {
    const at = `Line ${line}`;
    if (cells.length > names.length && cells.slice(names.length).some((c) => c.trim())) {
      problems.push(`${at}: ${cells.length} cells, but line 1 names ${names.length} columns.`);
      continue;
    }
    if (cells.length < names.length) {
      problems.push(
        `${at}: ${cells.length} cells, but line 1 names ${names.length} columns; a cell is missing.`,
      );
      continue;
    }
    const cell = (name: string) => {
      const i = where.get(name);
      return i === undefined ? undefined : restore(cells[i]!);
    };
    const raw = cell('id')!.trim();
    const id = raw.toUpperCase();
    const m = ID.exec(id);
    const sizeCell = cell('size')?.trim().toLowerCase();
    if (sizeCell) fileSizes.add(sizeCell);
    else if (m) fileSizes.add(SIZE_OF[m[2]!]!);
    if (!known.has(id)) {
      if (m && !here.has(m[2]!)) otherSize.push(id);
      else problems.push(`${at}: “${raw}” is not a sub-practice on the ${size} checklist.`);
      continue;
    }
    const first = seen.get(id);
    if (first !== undefined) {
      problems.push(`${at}: ${id} appears twice (first on line ${first}).`);
      continue;
    }
    seen.set(id, line);
    const e: Partial<Entry> = {};
    for (const [name, field] of Object.entries(COLUMNS)) {
      const value = cell(name);
      if (value === undefined) continue;
      if (field === 'status') {
        const s = value.trim().replace(/\s+/g, ' ').toLowerCase();
        if (s === '' || s === 'not yet scored') e.status = '';
        else if ((STATUSES as readonly string[]).includes(s)) e.status = s as Entry['status'];
        else
          problems.push(
            `${at}: status “${value}” is not one of: ${STATUSES.join(', ')} (or empty).`,
          );
      } else if (field === 'date' || field === 'assessed') {
        const v = value.trim();
        const d = v === '' ? { iso: '', us: false } : readDate(v);
        const what = field === 'date' ? 'target date' : 'assessment date';
        if (d === 'unreal') problems.push(`${at}: ${what} “${v}” is not a real date.`);
        else if (!d)
          problems.push(
            `${at}: ${what} “${v}” is not a date written as YYYY-MM-DD (or month/day/year, as 3/31/2026).`,
          );
        else {
          if (d.us) usDates++;
          if (field === 'date') e.date = d.iso;
          else if (d.iso) meta.assessed ??= d.iso;
        }
      } else if (field === 'organization' || field === 'assessor') {
        if (value.trim()) meta[field] ??= value.trim();
      } else e[field] = value;
    }
    entries[id] = e;
  }
  if (problems.length) return fail(...problems);
  const count = Object.keys(entries).length;
  const fileSize = ['large', 'medium', 'small'].find((s) => fileSizes.has(s)) ?? size;
  if (count === 0)
    return fail(
      `This file is for the ${fileSize} checklist: none of its ${otherSize.length} rows are on the ${size} checklist. Import it on the ${fileSize} checklist.`,
    );
  const notes: string[] = [];
  if (encoding !== 'UTF-8') notes.push(`The file was read as ${encoding} text.`);
  if (delimiter !== ',') notes.push(`Its cells are separated by ${DELIMITER_NAME[delimiter]}.`);
  if (usDates)
    notes.push(
      `${usDates} date${usDates === 1 ? ' was' : 's were'} written month/day/year (US, as 3/31/2026) and read as such.`,
    );
  if (otherSize.length)
    notes.push(
      `This file is for the ${fileSize} checklist: ${otherSize.length} of its rows ${otherSize.length === 1 ? 'is' : 'are'} not on the ${size} checklist and will be skipped; the ${count} that ${count === 1 ? 'applies' : 'apply'} can be imported.`,
    );
  if (ignored.length)
    notes.push(`Not read: the column${ignored.length > 1 ? 's' : ''} ${ignored.join(', ')}.`);
  return { ok: true, entries, meta, rows: count, otherSize, notes };
}

export type Mode = 'fill' | 'replace';
export interface Change {
  /** Sub-practice ID, or "" for the assessment's own fields. */
  id: string;
  field: Field | MetaField;
  from: string;
  to: string;
}

/**
 * What importing the file does to the saved answers: "fill" only sets answers that are empty here,
 * "replace" sets every answer the file has (an empty cell empties it). Returns the new answers
 * (every change stamped `now`) and the list of changes, for the preview.
 */
export function planImport(
  saved: Saved,
  file: FileAnswers,
  mode: Mode,
  now: number,
): { saved: Saved; changes: Change[] } {
  const changes: Change[] = [];
  let out = saved;
  const consider = (id: string, field: Field | MetaField, k: string, from: string, to?: string) => {
    if (to === undefined || to === from || (mode === 'fill' && (from !== '' || to === ''))) return;
    changes.push({ id, field, from, to });
    out = set(out, k, to, now);
  };
  const meta = metaOf(saved);
  for (const f of META_FIELDS) consider('', f, metaKey(f), meta[f], file.meta[f]);
  for (const [id, e] of Object.entries(file.entries)) {
    const current = entryOf(saved, id);
    for (const f of FIELDS) consider(id, f, key(id, f), current[f], e[f]);
  }
  return { saved: out, changes };
}

const LABEL: Record<Field | MetaField, string> = {
  status: 'status',
  owner: 'owner',
  date: 'target date',
  note: 'note',
  evidence: 'evidence',
  reason: 'reason',
  organization: 'organization',
  assessor: 'assessor',
  assessed: 'assessment date',
};

/** The changes in words, one line per sub-practice: "4.M.D: status “missing” → “in place”; owner …". */
export function describeChanges(changes: Change[]): string[] {
  const show = (v: string) =>
    v === '' ? 'empty' : `“${v.length > 40 ? `${v.slice(0, 40)}…` : v}”`;
  const byId = new Map<string, string[]>();
  for (const c of changes)
    byId.set(c.id, [
      ...(byId.get(c.id) ?? []),
      `${LABEL[c.field]} ${show(c.from)} → ${show(c.to)}`,
    ]);
  return [...byId].map(([id, parts]) => `${id || 'Assessment'}: ${parts.join('; ')}`);
}
