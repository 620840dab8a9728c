/**
 * /data/threats.csv, practices.csv and sub-practices.csv: one row per item for spreadsheets.
 * RFC 4180 (CRLF line ends, every field quoted, quotes doubled), UTF-8 with a byte-order mark so
 * Excel reads accents and curly quotes right (LibreOffice and csv libraries skip it); list fields
 * are joined with "; ". Built from hicp.json so the two never disagree.
 */
import { APPLIES_TO, SIZES, type Size } from '../../lib/ids';
import { hicpJson } from './hicp-json';
import type { OpenDataContext } from './context';

export const LIST_SEPARATOR = '; ';
/** The caveat column: what the publication leaves unconfirmed about an item (empty when nothing). */
const UNCONFIRMED = 'Unconfirmed';

/**
 * The sizes whose organizations follow a sub-practice of this size (large = medium + large), so
 * filtering "Applies to" for large gives all 70; "Size" alone gives the 34 written for large.
 */
const appliesTo = (size: Size) => SIZES.filter((s) => APPLIES_TO[s].includes(size));
const BOM = '\uFEFF';

type Cell = string | number | string[] | undefined;

/** One CSV document: a header row, then one row per record. */
export function csvTable(header: string[], rows: Cell[][]): string {
  const cell = (v: Cell) =>
    `"${(Array.isArray(v) ? v.join(LIST_SEPARATOR) : String(v ?? '')).replaceAll('"', '""')}"`;
  return BOM + [header, ...rows].map((r) => r.map(cell).join(',') + '\r\n').join('');
}

export function threatsCsv(ctx: OpenDataContext): string {
  return csvTable(
    [
      'ID',
      'Number',
      'Title',
      'Summary',
      'Mitigated by practices',
      'Sub-practices',
      'URL',
      UNCONFIRMED,
    ],
    hicpJson(ctx).threats.map((t) => [
      t.id,
      t.number,
      t.title,
      t.summary,
      t.mitigatedBy,
      t.subPractices,
      t.url,
      t.unconfirmed,
    ]),
  );
}

export function practicesCsv(ctx: OpenDataContext): string {
  return csvTable(
    [
      'ID',
      'Number',
      'Title',
      'Title in Volume 2',
      'Summary',
      'Data at risk',
      'Mitigates threats',
      'Sub-practices',
      'URL',
      UNCONFIRMED,
    ],
    hicpJson(ctx).practices.map((p) => [
      p.id,
      p.number,
      p.title,
      p.titleVolume2,
      p.summary,
      p.dataAtRisk,
      p.mitigates,
      p.subPractices,
      p.url,
      p.unconfirmed,
    ]),
  );
}

export function subPracticesCsv(ctx: OpenDataContext): string {
  return csvTable(
    [
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
      UNCONFIRMED,
    ],
    hicpJson(ctx).subPractices.map((s) => [
      s.id,
      s.practice,
      s.size,
      s.title,
      s.summary,
      s.csf,
      s.csf2,
      s.mitigates,
      s.related,
      s.url,
      appliesTo(s.size),
      s.unconfirmed,
    ]),
  );
}
