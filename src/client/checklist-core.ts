/**
 * The self-assessment checklist without the page: statuses, saved state, progress, and the CSV it
 * exports and imports (validated in full before anything is applied). Pure; checklist.ts wires it
 * to the page and the tests call it directly.
 */
import { CsvError, parseCsv, toCsv } from './csv';

/** The words the Volume 2 introduction uses for scoring a sub-practice, plus "not applicable". */
export const STATUSES = ['missing', 'partly in place', 'in place', 'not applicable'] as const;
export type Status = (typeof STATUSES)[number];

export interface Entry {
  status: Status | '';
  owner: string;
  date: string;
  note: string;
}
/** Saved answers by sub-practice ID. */
export type ChecklistState = Record<string, Entry>;

/** What the page knows about one row of its checklist (from the built HTML). */
export interface ChecklistRow {
  id: string;
  practice: number;
  size: string;
  title: string;
  url: string;
}

export const HEADER = [
  'ID',
  'Practice',
  'Size',
  'Title',
  'Status',
  'Owner',
  'Target date',
  'Note',
  'URL',
] as const;

export const emptyEntry = (): Entry => ({ status: '', owner: '', date: '', note: '' });

/** The state to save: rows with nothing entered are left out, so storage holds only answers. */
export const answered = (state: ChecklistState): ChecklistState =>
  Object.fromEntries(
    Object.entries(state).filter(([, e]) => e.status || e.owner || e.date || e.note),
  );

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": it starts with = + - @, a tab
 * or a carriage return), after any apostrophes: those get one more apostrophe in front on export,
 * which spreadsheets show as text, and lose it again on import, so every value round-trips.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
export const neutralise = (value: string) => (FORMULA.test(value) ? `'${value}` : value);
const restore = (value: string) =>
  value.startsWith("'") && FORMULA.test(value) ? value.slice(1) : value;

/** The CSV a reader downloads: UTF-8 byte order mark (so Excel reads accents), header, one row each. */
export function exportCsv(rows: readonly ChecklistRow[], state: ChecklistState): string {
  const body = rows.map((r) => {
    const e = state[r.id] ?? emptyEntry();
    return [r.id, `P${r.practice}`, r.size, r.title, e.status, e.owner, e.date, e.note, r.url].map(
      neutralise,
    );
  });
  return '\uFEFF' + toCsv([[...HEADER], ...body]);
}

export type ImportResult =
  { ok: true; entries: ChecklistState; rows: number } | { ok: false; problems: string[] };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === value;
}

/**
 * Reads a checklist CSV for the checklist of `size` with these rows. Every problem is listed (with
 * its line) and nothing is returned to apply unless there are none. Rows are matched by ID; the
 * columns Practice, Size, Title and URL are there for people and are not read back.
 */
export function importCsv(text: string, rows: readonly ChecklistRow[], size: string): ImportResult {
  const fail = (...problems: string[]): ImportResult => ({ ok: false, problems });
  if (text.replace(/^\uFEFF/, '').trim() === '') return fail('The file is empty.');
  if (/[\u0000-\u0008\u000e-\u001f\ufffd]/.test(text))
    return fail('This is not a CSV text file: it holds binary data. Choose the CSV you exported.');
  let records;
  try {
    records = parseCsv(text);
  } catch (e) {
    if (e instanceof CsvError) return fail(`Line ${e.line}: this is not valid CSV (${e.message}).`);
    throw e;
  }
  const [head, ...body] = records;
  const names = head!.cells.map((c) => c.trim().toLowerCase());
  if (names.join('\n') !== HEADER.join('\n').toLowerCase())
    return fail(
      `Line 1: the columns should be ${HEADER.join(', ')}; this file has ${head!.cells.join(', ') || 'none'}.`,
    );
  if (body.length === 0) return fail('The file has the column names but no rows.');

  const known = new Set(rows.map((r) => r.id));
  const seen = new Map<string, number>();
  const problems: string[] = [];
  const entries: ChecklistState = {};
  for (const { line, cells } of body) {
    const at = `Line ${line}`;
    if (cells.length !== HEADER.length) {
      problems.push(`${at}: expected ${HEADER.length} cells, found ${cells.length}.`);
      continue;
    }
    const formula = cells.findIndex((c) => /^[=+\-@]/.test(c));
    if (formula >= 0) {
      problems.push(
        `${at}, column ${HEADER[formula]}: “${cells[formula]!.slice(0, 30)}” starts like a spreadsheet formula; remove the first character or put an apostrophe (') before it.`,
      );
      continue;
    }
    const [id, , , , rawStatus, owner, rawDate, note] = cells.map(restore) as string[];
    const key = id!.trim();
    if (!known.has(key)) {
      problems.push(`${at}: “${key}” is not a sub-practice on the ${size} checklist.`);
      continue;
    }
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push(`${at}: ${key} appears twice (first on line ${first}).`);
      continue;
    }
    seen.set(key, line);
    const status = rawStatus!.trim().toLowerCase();
    if (status !== '' && !(STATUSES as readonly string[]).includes(status))
      problems.push(
        `${at}: status “${rawStatus}” is not one of: ${STATUSES.join(', ')} (or empty).`,
      );
    const date = rawDate!.trim();
    if (date !== '' && !isDate(date))
      problems.push(`${at}: target date “${rawDate}” is not a date written as YYYY-MM-DD.`);
    entries[key] = { status: status as Status | '', owner: owner!, date, note: note! };
  }
  return problems.length ? { ok: false, problems } : { ok: true, entries, rows: body.length };
}

export interface Progress {
  total: number;
  inPlace: number;
  partly: number;
  missing: number;
  notApplicable: number;
  /** Share in place among the sub-practices that apply (not "not applicable"), 0–100. */
  percent: number;
}

export function progress(ids: readonly string[], state: ChecklistState): Progress {
  const count = (s: Status) => ids.filter((id) => state[id]?.status === s).length;
  const p = {
    total: ids.length,
    inPlace: count('in place'),
    partly: count('partly in place'),
    missing: count('missing'),
    notApplicable: count('not applicable'),
  };
  const counted = p.total - p.notApplicable;
  return { ...p, percent: counted ? Math.round((100 * p.inPlace) / counted) : 100 };
}

/** Saved state read back defensively: anything unexpected in storage is dropped, not trusted. */
export function readState(json: string | null, rows: readonly ChecklistRow[]): ChecklistState {
  let raw: unknown;
  try {
    raw = JSON.parse(json ?? '{}');
  } catch {
    return {};
  }
  const state: ChecklistState = {};
  if (!raw || typeof raw !== 'object') return state;
  for (const { id } of rows) {
    const e = (raw as Record<string, Partial<Entry>>)[id];
    if (!e || typeof e !== 'object') continue;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const status = text(e.status) as Status;
    state[id] = {
      status: STATUSES.includes(status) ? status : '',
      owner: text(e.owner),
      date: text(e.date),
      note: text(e.note),
    };
  }
  return state;
}
