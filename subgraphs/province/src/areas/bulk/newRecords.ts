// NEW_RECORDS uploads: one member record per row (the format is in README "Bulk data entry" and the template
// examples/bulk/new-members-template.csv). Each row is judged on its own and against the rows before it; what
// needs the database (cells of the commune, citizens already recorded) comes in as lookups, fetched once.
import type { AdmissionRules } from '../../core/admissionRules.ts';
import { addMonths, completedMonths } from '../../core/months.ts';
import {
  citizenIdProblem, ethnicityProblem, fullNameProblem, pastDateProblem, recordFieldProblem, religionProblem,
  type RecordDetailField,
} from '../../core/recordFieldRules.ts';
import type { CsvColumns, CsvRow, RowProblem } from './csvFile.ts';

export const NEW_RECORD_COLUMNS: CsvColumns = {
  required: [
    'citizen_id', 'full_name', 'sex', 'birth_date', 'ethnicity_code', 'cell_id', 'admission_decision_date',
    'admission_decision_no',
  ],
  optional: [
    'religion_code', 'official_date', 'joined_on', 'birthplace', 'hometown', 'phone', 'occupation',
    'education_general', 'education_professional', 'political_theory',
  ],
};

/** CSV column -> record field (core/recordFieldRules.ts) for the optional record fields. */
const DETAIL_COLUMNS: Record<string, RecordDetailField> = {
  birthplace: 'birthplace',
  hometown: 'hometown',
  phone: 'phone',
  occupation: 'occupation',
  education_general: 'educationGeneral',
  education_professional: 'educationProfessional',
  political_theory: 'politicalTheory',
};

/** A row that passed, as the columns of the member table. */
export interface NewMemberValues {
  citizen_id: string;
  full_name: string;
  sex: string;
  birth_date: string;
  ethnicity_code: string;
  religion_code: string | null;
  cell_id: string;
  admission_decision_date: string;
  admission_decision_no: string;
  official_date: string | null;
  joined_on: string;
  birthplace: string | null;
  hometown: string | null;
  phone: string | null;
  occupation: string | null;
  education_general: string | null;
  education_professional: string | null;
  political_theory: string | null;
}

export interface NewRecordLookups {
  /** Ids of the active cells (chi bộ) of the upload's commune. */
  communeCells: ReadonlySet<string>;
  /** Live member records of this province by citizen ID, with their admission decision number. */
  liveByCitizen: ReadonlyMap<string, { admission_decision_no: string | null }>;
}

export interface Judged<T> {
  accepted: T[];
  /** Rows already applied by an earlier upload (same key): neither applied again nor rejected. */
  skipped: number;
  rejected: RowProblem[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function judgeNewRecords(rows: CsvRow[], lookups: NewRecordLookups, today: string, rules: AdmissionRules): Judged<NewMemberValues> {
  const accepted: NewMemberValues[] = [];
  const rejected: RowProblem[] = [];
  const firstLineOf = new Map<string, number>();
  let skipped = 0;
  for (const { line, values: v } of rows) {
    const problems: RowProblem[] = [];
    const fault = (field: string, reason: string | null) => {
      if (reason) problems.push({ line, field, reason });
      return reason === null;
    };
    const cid = v.citizen_id;
    if (fault('citizen_id', citizenIdProblem(cid))) {
      const earlier = firstLineOf.get(cid);
      if (earlier !== undefined) fault('citizen_id', `repeats line ${earlier}: one row per citizen`);
      else firstLineOf.set(cid, line);
    }
    fault('full_name', fullNameProblem(v.full_name));
    fault('sex', v.sex === 'NAM' || v.sex === 'NU' ? null : `must be NAM or NU; got ${JSON.stringify(v.sex)}`);
    const birthOk = fault('birth_date', pastDateProblem(v.birth_date, today));
    fault('ethnicity_code', ethnicityProblem(v.ethnicity_code));
    if (v.religion_code) fault('religion_code', religionProblem(v.religion_code));
    fault('cell_id', !UUID.test(v.cell_id)
      ? `must be a cell id (UUID); got ${JSON.stringify(v.cell_id)}`
      : lookups.communeCells.has(v.cell_id) ? null : 'is not an active cell of this commune');
    const admission = v.admission_decision_date;
    const admissionOk = fault('admission_decision_date', pastDateProblem(admission, today));
    if (admissionOk && birthOk) {
      const months = completedMonths(v.birth_date, admission);
      fault('admission_decision_date', months >= rules.minAgeMonths ? null
        : `makes the member ${Math.floor(months / 12)} years ${months % 12} months old at admission; the minimum is ${rules.minAgeMonths} months`);
    }
    fault('admission_decision_no', v.admission_decision_no.length >= 1 && v.admission_decision_no.length <= 50 ? null : 'must be 1 to 50 characters');
    if (v.official_date && fault('official_date', pastDateProblem(v.official_date, today)) && admissionOk) {
      const from = addMonths(admission, rules.probationMonths);
      fault('official_date', v.official_date >= from ? null : `is before the end of the probation (${from})`);
    }
    if (v.joined_on && fault('joined_on', pastDateProblem(v.joined_on, today)) && admissionOk) {
      fault('joined_on', v.joined_on >= admission ? null : 'must not be before the admission decision');
    }
    for (const [column, field] of Object.entries(DETAIL_COLUMNS)) {
      if (v[column]) fault(column, recordFieldProblem(field, v[column]));
    }
    if (problems.length === 0) {
      const existing = lookups.liveByCitizen.get(cid);
      if (existing && existing.admission_decision_no === v.admission_decision_no) {
        skipped++;
        continue;
      }
      if (existing) fault('citizen_id', 'already belongs to a member of this province (with another admission decision)');
    }
    if (problems.length) {
      rejected.push(...problems);
      continue;
    }
    const opt = (column: string) => v[column] || null;
    accepted.push({
      citizen_id: cid, full_name: v.full_name, sex: v.sex, birth_date: v.birth_date, ethnicity_code: v.ethnicity_code,
      religion_code: opt('religion_code'), cell_id: v.cell_id, admission_decision_date: admission,
      admission_decision_no: v.admission_decision_no, official_date: opt('official_date'), joined_on: v.joined_on || admission,
      birthplace: opt('birthplace'), hometown: opt('hometown'), phone: opt('phone'), occupation: opt('occupation'),
      education_general: opt('education_general'), education_professional: opt('education_professional'),
      political_theory: opt('political_theory'),
    });
  }
  return { accepted, skipped, rejected };
}
