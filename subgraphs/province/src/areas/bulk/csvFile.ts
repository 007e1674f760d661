// Reading an uploaded CSV (csv-parse, RFC 4180: quoted fields may hold commas, quotes and line breaks) into rows
// keyed by column name, each with the line of the file it ends on, so a rejection can say where to look.
import { createHash } from 'node:crypto';
import { CsvError, parse } from 'csv-parse/sync';

export interface CsvColumns {
  required: readonly string[];
  optional: readonly string[];
}

export interface CsvRow {
  /** Line of the file the record ends on (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface RowProblem {
  line: number;
  field: string;
  reason: string;
}

/** A problem with the file as a whole (not parseable, wrong header): no row can be judged. */
export class CsvFileError extends Error {
  override name = 'CsvFileError';
}

/**
 * The file's identity for idempotence: SHA-256 of its text with a byte-order mark dropped and line endings made
 * LF, so the same file saved on Windows or on Linux is the same upload.
 */
export function fileHash(csv: string): string {
  return createHash('sha256').update(normalise(csv)).digest('hex');
}

const normalise = (csv: string): string => csv.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

/**
 * Parses `csv` whose first line names the columns. Throws CsvFileError for an unparseable file, a missing
 * required column, an unknown or repeated column. A row with the wrong number of fields is returned as a problem,
 * not thrown: the other rows are still judged.
 */
export function readCsv(csv: string, columns: CsvColumns, maxRows: number): { rows: CsvRow[]; problems: RowProblem[] } {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    // with `info`, each record comes as { record, info } (the sync typings do not say so)
    records = parse(normalise(csv), { info: true, skip_empty_lines: true, trim: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw new CsvFileError(`is not a readable CSV file: ${error.message}`);
    throw error;
  }
  if (records.length === 0) throw new CsvFileError('is empty: the first line must name the columns');
  const header = records[0].record;
  const known = new Set([...columns.required, ...columns.optional]);
  const missing = columns.required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !known.has(c));
  const repeated = header.filter((c, i) => header.indexOf(c) !== i);
  const faults = [
    missing.length ? `lacks the column(s) ${missing.join(', ')}` : '',
    unknown.length ? `has unknown column(s) ${unknown.join(', ')} (known: ${[...known].join(', ')})` : '',
    repeated.length ? `repeats the column(s) ${[...new Set(repeated)].join(', ')}` : '',
  ].filter(Boolean);
  if (faults.length) throw new CsvFileError(`header (line 1) ${faults.join('; ')}`);
  if (records.length - 1 > maxRows) throw new CsvFileError(`has ${records.length - 1} rows; at most ${maxRows} per upload`);

  const rows: CsvRow[] = [];
  const problems: RowProblem[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      problems.push({ line: info.lines, field: '(row)', reason: `has ${record.length} fields; the header has ${header.length}` });
      continue;
    }
    const values: Record<string, string> = {};
    header.forEach((c, i) => (values[c] = record[i]));
    rows.push({ line: info.lines, values });
  }
  return { rows, problems };
}
