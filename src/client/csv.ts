/**
 * RFC 4180 CSV, both ways, with nothing else: `parseCsv` reads text into records (each with the line
 * it starts on, for error messages) and `toCsv` writes records with CRLF line ends, quoting only
 * cells that need it. Pure, so the checklist script and the tests share it.
 */

export interface CsvRecord {
  /** The 1-based line of the file the record starts on (a quoted cell can span lines). */
  line: number;
  cells: string[];
}

export class CsvError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

/**
 * Parses CSV text (a leading byte order mark is dropped). Blank lines are skipped. `delimiter` is
 * the cell separator: a comma by RFC 4180, a semicolon or a tab as some spreadsheets write.
 */
export function parseCsv(input: string, delimiter = ','): CsvRecord[] {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let atCellStart = true;
  let i = 0;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: start, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"' && atCellStart) {
      const opened = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new CsvError('a quoted cell is never closed', opened);
        const d = text[i]!;
        if (d === '"') {
          if (text[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === '\n' || (d === '\r' && text[i + 1] !== '\n')) line++;
        cell += d;
        i++;
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r')
        throw new CsvError('text follows a closing quote; double the quote to keep it', line);
      atCellStart = false;
      continue;
    }
    if (c === delimiter) {
      cells.push(cell);
      cell = '';
      atCellStart = true;
      i++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      // A blank line (nothing at all before its end) is not a record.
      if (cells.length > 0 || cell !== '' || !atCellStart) endRecord();
      atCellStart = true;
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      start = line;
      continue;
    }
    if (c === '"') throw new CsvError('a quote inside a cell that does not start with one', line);
    cell += c;
    atCellStart = false;
    i++;
  }
  if (cells.length > 0 || cell !== '' || !atCellStart) endRecord();
  return records;
}

const needsQuotes = /[",\r\n]/;

/** One cell as RFC 4180 writes it: quoted (quotes doubled) only when it holds a quote, comma or line end. */
export function csvCell(value: string): string {
  return needsQuotes.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records as CSV text: cells joined by commas, every record ended by CRLF. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',') + '\r\n').join('');
}
