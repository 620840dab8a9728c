/**
 * The self-assessment checklist without the page: statuses, the saved answers (each field with the
 * time it was last changed, so two tabs merge instead of overwriting each other), progress and the
 * CSV export. Pure; checklist.ts wires it to the page, checklist-import.ts reads files back, and the
 * tests call it directly.
 */
import { toCsv } from './csv';

/** The words the Volume 2 introduction uses for scoring a sub-practice, plus "not applicable". */
export const STATUSES = ['missing', 'partly in place', 'in place', 'not applicable'] as const;
export type Status = (typeof STATUSES)[number];

/** What a reader enters per sub-practice. `reason` explains a "not applicable". */
export const FIELDS = ['status', 'owner', 'date', 'note', 'evidence', 'reason'] as const;
export type Field = (typeof FIELDS)[number];
export type Entry = Record<Field, string> & { status: Status | '' };

/** What a reader enters once per assessment. */
export const META_FIELDS = ['organization', 'assessor', 'assessed'] as const;
export type MetaField = (typeof META_FIELDS)[number];
export type Meta = Record<MetaField, string>;

/**
 * Saved answers: every value under a key ("4.M.D/owner", "@/organization") with the time (ms) it
 * was set; `reset` is when the checklist was last cleared (anything older is gone).
 */
export interface Saved {
  values: Record<string, string>;
  at: Record<string, number>;
  reset: number;
}

/** What the page knows about one row of its checklist (from the built HTML). */
export interface ChecklistRow {
  id: string;
  practice: number;
  size: string;
  title: string;
  url: string;
  /** The sub-practice's NIST CSF 1.1 references as the publication prints them, "; "-joined. */
  csf: string;
  /** The CSF 2.0 elements NIST's catalog maps them to, "; "-joined. */
  csf2: string;
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
  'Evidence',
  'Reason not applicable',
  'URL',
  'NIST CSF 1.1',
  'NIST CSF 2.0',
  'Organization',
  'Assessor',
  'Assessment date',
] as const;

/** Files larger than this are refused before they are read (an export of 70 rows is ~30 KB). */
export const MAX_BYTES = 2 * 1024 * 1024;
export const tooBig = (bytes: number) =>
  `The file is ${(bytes / 1048576).toFixed(1)} MB; a checklist file is at most 2 MB (an export of 70 rows is about 30 KB). Choose the CSV you exported.`;

export const emptySaved = (): Saved => ({ values: {}, at: {}, reset: 0 });
export const key = (id: string, field: Field) => `${id}/${field}`;
export const metaKey = (field: MetaField) => `@/${field}`;

export function entryOf(saved: Saved, id: string): Entry {
  const e = {} as Entry;
  for (const f of FIELDS) (e as Record<Field, string>)[f] = saved.values[key(id, f)] ?? '';
  return e;
}
export function metaOf(saved: Saved): Meta {
  const m = {} as Meta;
  for (const f of META_FIELDS) m[f] = saved.values[metaKey(f)] ?? '';
  return m;
}
export const hasAnswers = (saved: Saved) => Object.values(saved.values).some(Boolean);

/** Sets one value as changed at `now` (an empty value is kept too: it wins over older text). */
export function set(saved: Saved, k: string, value: string, now: number): Saved {
  return {
    ...saved,
    values: { ...saved.values, [k]: value },
    at: { ...saved.at, [k]: now },
  };
}

/**
 * Two copies of the answers as one: per value the later change wins, so neither tab overwrites
 * the other's newer answer; a reset removes everything changed before it. Order does not matter
 * (ties go to the larger text), so every tab ends with the same answers.
 */
export function merge(a: Saved, b: Saved): Saved {
  const reset = Math.max(a.reset, b.reset);
  const out: Saved = { values: {}, at: {}, reset };
  for (const k of new Set([...Object.keys(a.values), ...Object.keys(b.values)])) {
    const [ta, tb] = [a.at[k] ?? -1, b.at[k] ?? -1];
    const [va, vb] = [a.values[k], b.values[k]];
    const useA = vb === undefined || (va !== undefined && (ta > tb || (ta === tb && va >= vb)));
    const [v, t] = useA ? [va!, ta] : [vb!, tb];
    if (t > reset || (t < 0 && reset === 0)) {
      out.values[k] = v;
      if (t >= 0) out.at[k] = t;
    }
  }
  return out;
}

/** The answers as stored: one object per sub-practice (as before timestamps), its times in `t`. */
export function toStored(saved: Saved): string {
  const out: Record<string, unknown> = saved.reset ? { '@reset': saved.reset } : {};
  for (const [k, v] of Object.entries(saved.values)) {
    const [id, field] = k.split('/') as [string, string];
    const name = id === '@' ? '@assessment' : id;
    const o = (out[name] ??= {}) as Record<string, unknown> & { t?: Record<string, number> };
    o[field] = v;
    if (saved.at[k] !== undefined) (o.t ??= {})[field] = saved.at[k]!;
  }
  return JSON.stringify(out);
}

/**
 * Stored answers read back defensively (also those saved before timestamps: they count as
 * oldest): unknown IDs, statuses and non-text values are dropped, never trusted.
 */
export function readSaved(json: string | null, rows: readonly ChecklistRow[]): Saved {
  const saved = emptySaved();
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json ?? '{}');
  } catch {
    return saved;
  }
  if (!raw || typeof raw !== 'object') return saved;
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  saved.reset = num(raw['@reset']) ?? 0;
  const take = (name: string, id: string, fields: readonly string[]) => {
    const o = raw[name] as Record<string, unknown> | undefined;
    if (!o || typeof o !== 'object') return;
    const t = (o.t && typeof o.t === 'object' ? o.t : {}) as Record<string, unknown>;
    for (const f of fields) {
      let v = o[f];
      if (typeof v !== 'string') continue;
      if (f === 'status' && !(STATUSES as readonly string[]).includes(v)) v = '';
      const k = `${id}/${f}`;
      saved.values[k] = v as string;
      const at = num(t[f]);
      if (at !== undefined) saved.at[k] = at;
    }
  };
  for (const { id } of rows) take(id, id, FIELDS);
  take('@assessment', '@', META_FIELDS);
  return saved;
}

/**
 * A cell a spreadsheet would run as a formula (OWASP "CSV injection": it starts with = + - @, a tab
 * or a carriage return), after any apostrophes: those get one more apostrophe in front on export,
 * which spreadsheets show as text, and lose it again on import, so every value round-trips.
 */
export const FORMULA = /^'*[=+\-@\t\r]/;
export const neutralise = (value: string) => (FORMULA.test(value) ? `'${value}` : value);

/** The CSV a reader downloads: UTF-8 byte order mark (so Excel reads accents), header, one row each. */
export function exportCsv(rows: readonly ChecklistRow[], saved: Saved): string {
  const m = metaOf(saved);
  const body = rows.map((r) => {
    const e = entryOf(saved, r.id);
    return [
      r.id,
      `P${r.practice}`,
      r.size,
      r.title,
      e.status,
      e.owner,
      e.date,
      e.note,
      e.evidence,
      e.reason,
      r.url,
      r.csf,
      r.csf2,
      m.organization,
      m.assessor,
      m.assessed,
    ].map(neutralise);
  });
  return '\uFEFF' + toCsv([[...HEADER], ...body]);
}

export interface Progress {
  total: number;
  inPlace: number;
  partly: number;
  missing: number;
  notApplicable: number;
  unscored: number;
  /** Share in place among the sub-practices that apply (not "not applicable"), 0–100. */
  percent: number;
}

export function progress(ids: readonly string[], saved: Saved): Progress {
  const count = (s: Status | '') => ids.filter((id) => entryOf(saved, id).status === s).length;
  const p = {
    total: ids.length,
    inPlace: count('in place'),
    partly: count('partly in place'),
    missing: count('missing'),
    notApplicable: count('not applicable'),
    unscored: count(''),
  };
  const counted = p.total - p.notApplicable;
  return { ...p, percent: counted ? Math.round((100 * p.inPlace) / counted) : 100 };
}

/** Progress in words: "4 of 35 in place (11%), 3 partly, 2 missing, 1 not applicable, 26 not yet scored". */
export function progressText(p: Progress): string {
  const parts = [`${p.inPlace} of ${p.total - p.notApplicable} in place (${p.percent}%)`];
  if (p.partly) parts.push(`${p.partly} partly`);
  if (p.missing) parts.push(`${p.missing} missing`);
  if (p.notApplicable) parts.push(`${p.notApplicable} not applicable`);
  if (p.unscored) parts.push(`${p.unscored} not yet scored`);
  return parts.join(', ');
}

/** The gaps: sub-practices missing or partly in place, in checklist order. */
export const gaps = (rows: readonly ChecklistRow[], saved: Saved) =>
  rows.filter((r) => /^(missing|partly in place)$/.test(entryOf(saved, r.id).status));
