// Row types of the cadre system (db.ts; migration 055).
import type { CadreLevel, GradeLevel, Sex } from './rules.ts';

/** The Party's measures (migration 054's discipline_measure; KHAI_TRU never delays: it ends membership). */
export type DisciplineMeasure = 'KHIEN_TRACH' | 'CANH_CAO' | 'CACH_CHUC' | 'KHAI_TRU';

export type EvaluationResult = 'HOAN_THANH_XUAT_SAC_NHIEM_VU' | 'HOAN_THANH_TOT_NHIEM_VU' | 'HOAN_THANH_NHIEM_VU' | 'KHONG_HOAN_THANH_NHIEM_VU';

/** cadre: dates as YYYY-MM-DD, the coefficient as a number. */
export interface CadreRow {
  id: string;
  member_id: string | null;
  full_name: string;
  birth_date: string;
  sex: Sex;
  position: string;
  cadre_level: CadreLevel;
  salary_scale: string;
  grade_code: string;
  grade_level: GradeLevel;
  step: number;
  coefficient: number;
  step_since: string;
  /** The day the cadre entered the current grade; null when unknown (migration 057). */
  grade_since: string | null;
  last_checkup: string | null;
  recorded_at: Date;
  actor: string;
}

export interface CadreEvaluationRow {
  id: string;
  cadre_id: string;
  year: number;
  result: EvaluationResult;
  evaluated_on: string;
  evaluated_by: string;
  recorded_at: Date;
  actor: string;
}

export interface CadreStepRaiseRow {
  id: string;
  cadre_id: string;
  from_step: number;
  to_step: number;
  coefficient: number;
  raised_on: string;
  early_months: number;
  decision_no: string;
}

/** A measure counted against a cadre: from member_discipline for a member-cadre, cadre_discipline otherwise. */
export interface CadreDisciplineRow {
  cadre_id: string;
  measure: DisciplineMeasure;
  decided_on: string;
  decision_no: string;
  /** A member's measure's own last day in force (member_discipline.in_force_until); null for the register's own. */
  in_force_until: string | null;
}

/** cadre_grade_promotion (migration 057). */
export interface CadreGradePromotionRow {
  id: string;
  cadre_id: string;
  from_grade_code: string;
  from_grade_level: GradeLevel;
  to_grade_code: string;
  to_grade_level: GradeLevel;
  coefficient: number;
  decided_on: string;
  decision_no: string;
}
