// Row types of admission (process 1, db.ts).
import type { Sex } from '../../core/rows.ts';

/** An outstanding candidate for admission (candidate, migration 011). */
export interface CandidateRow {
  id: string;
  citizen_id: string;
  full_name: string;
  sex: Sex;
  birth_date: string;
  ethnicity_code: string | null;
  religion_code: string | null;
  birthplace: string | null;
  hometown: string | null;
  phone: string | null;
  occupation: string | null;
  education_general: string | null;
  education_professional: string | null;
  political_theory: string | null;
  cell_id: string;
  introducer_ids: string[];
  awareness_certificate_on: string | null;
  registered_on: string;
  state: 'PENDING' | 'ADMITTED';
  member_id: string | null;
  decision_no: string | null;
  decision_date: string | null;
  provincial_approval_no: string | null;
}
