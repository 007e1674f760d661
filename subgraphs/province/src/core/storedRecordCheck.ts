// Data stored before a rule existed (or written around the API) is re-checked with the very functions that check
// writes (recordFieldRules.ts, the text rule of refuseControlCharacters.ts): `npm run check:records` reports each
// member record that a correction would now refuse, by rule, with the ids of a few (never the values: they are
// personal data). Reading only; fixing is an officer's correction, with its reason and audit row.
import { forbiddenCharacterIndex } from '../../../shared/refuseControlCharacters.ts';
import { citizenIdProblem, fullNameProblem, pastDateProblem, RECORD_DETAIL_COLUMNS, recordFieldProblem, type RecordDetailField } from './recordFieldRules.ts';

type Query = (sql: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

export interface StoredRecordReport {
  checked: number;
  /** rule → how many records break it, and up to SAMPLE of their ids */
  problems: Map<string, { count: number; ids: string[] }>;
}

const SAMPLE = 10;
const BATCH = 10_000;
const DETAILS = Object.entries(RECORD_DETAIL_COLUMNS) as [RecordDetailField, string][];

/** The rules a member row breaks, each as "field: problem kind" (the problem's wording without the value). */
export function memberRowProblems(row: Record<string, unknown>, today: string): string[] {
  const found: string[] = [];
  const rule = (field: string, problem: string | null) => {
    if (problem) found.push(`${field}: ${problem.replace(/;? got .*$|; character .*$/, '')}`);
  };
  rule('fullName', fullNameProblem(String(row.full_name)));
  rule('citizenId', citizenIdProblem(String(row.citizen_id)));
  rule('birthDate', pastDateProblem(String(row.birth_date), today));
  for (const [field, column] of DETAILS) {
    const value = row[column];
    if (typeof value !== 'string') continue;
    rule(field, forbiddenCharacterIndex(value) >= 0 ? 'holds a control or bidirectional-override character' : recordFieldProblem(field, value));
  }
  return found;
}

/** Every member row, in id order, BATCH at a time (keyset: no long-held snapshot, flat memory at 500,000 rows). */
export async function checkStoredMembers(query: Query, today: string, onProgress?: (checked: number) => void): Promise<StoredRecordReport> {
  const report: StoredRecordReport = { checked: 0, problems: new Map() };
  const columns = ['id', 'full_name', 'citizen_id', `to_char(birth_date, 'YYYY-MM-DD') AS birth_date`, ...DETAILS.map(([, c]) => c)].join(', ');
  let after = '00000000-0000-0000-0000-000000000000';
  for (;;) {
    const { rows } = await query(`SELECT ${columns} FROM member WHERE id > $1 ORDER BY id LIMIT ${BATCH}`, [after]);
    for (const row of rows) {
      for (const rule of memberRowProblems(row, today)) {
        const entry = report.problems.get(rule) ?? { count: 0, ids: [] };
        entry.count += 1;
        if (entry.ids.length < SAMPLE) entry.ids.push(String(row.id));
        report.problems.set(rule, entry);
      }
    }
    report.checked += rows.length;
    onProgress?.(report.checked);
    if (rows.length < BATCH) return report;
    after = String(rows.at(-1)!.id);
  }
}
