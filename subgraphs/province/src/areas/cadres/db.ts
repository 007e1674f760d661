// The cadre system: SQL only. The due dates are computed in code from the rules (schedule.ts); the queries here
// read the cadres that can be due, through the migration's indexes, and what the rules need about them.
import type { Sql } from '../../core/sql.ts';
import type { CadreDisciplineRow, CadreEvaluationRow, CadreGradePromotionRow, CadreRow, CadreStepRaiseRow, EvaluationResult } from './rows.ts';
import type { CadreLevel, GradeLevel, Sex } from './rules.ts';

const cadreColumns = (a: string) =>
  `${a}.id, ${a}.member_id, ${a}.full_name, to_char(${a}.birth_date, 'YYYY-MM-DD') AS birth_date, ${a}.sex, ${a}.position, ${a}.cadre_level,
   ${a}.salary_scale, ${a}.grade_code, ${a}.grade_level, ${a}.step, ${a}.coefficient::float8 AS coefficient,
   to_char(${a}.step_since, 'YYYY-MM-DD') AS step_since, to_char(${a}.grade_since, 'YYYY-MM-DD') AS grade_since, to_char(${a}.last_checkup, 'YYYY-MM-DD') AS last_checkup, ${a}.recorded_at, ${a}.actor`;
const CADRE_COLUMNS = cadreColumns('c');
/** A cadre is in the register while, if a member, the member is held here (not left, not transferred out). */
const IN_REGISTER = `(c.member_id IS NULL OR EXISTS (SELECT 1 FROM member m WHERE m.id = c.member_id AND m.left_on IS NULL))`;

export const cadresByIds = (sql: Sql, ids: readonly string[]): Promise<CadreRow[]> =>
  sql.rows(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE c.id = ANY($1::uuid[])`, [ids]);

export const cadresOfMembers = (sql: Sql, memberIds: readonly string[]): Promise<CadreRow[]> =>
  sql.rows(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE c.member_id = ANY($1::uuid[])`, [memberIds]);

export const evaluationsOf = (sql: Sql, cadreIds: readonly string[]): Promise<CadreEvaluationRow[]> =>
  sql.rows(
    `SELECT id, cadre_id, year, result, to_char(evaluated_on, 'YYYY-MM-DD') AS evaluated_on, evaluated_by, recorded_at, actor
       FROM cadre_evaluation WHERE cadre_id = ANY($1::uuid[]) ORDER BY year DESC`,
    [cadreIds],
  );

const STEP_RAISE_COLUMNS = `id, cadre_id, from_step, to_step, coefficient::float8 AS coefficient, to_char(raised_on, 'YYYY-MM-DD') AS raised_on, early_months, decision_no`;

export const stepRaisesOf = (sql: Sql, cadreIds: readonly string[]): Promise<CadreStepRaiseRow[]> =>
  sql.rows(`SELECT ${STEP_RAISE_COLUMNS} FROM cadre_step_raise WHERE cadre_id = ANY($1::uuid[]) ORDER BY raised_on DESC, to_step DESC`, [cadreIds]);

/** The measures counted against each cadre: the member's (member_discipline) for a member-cadre, else cadre_discipline. */
export const disciplinesOf = (sql: Sql, cadreIds: readonly string[]): Promise<CadreDisciplineRow[]> =>
  sql.rows(
    `SELECT c.id AS cadre_id, d.measure, to_char(d.decided_on, 'YYYY-MM-DD') AS decided_on, d.decision_no, to_char(d.in_force_until, 'YYYY-MM-DD') AS in_force_until
       FROM cadre c JOIN member_discipline d ON d.member_id = c.member_id WHERE c.id = ANY($1::uuid[])
     UNION ALL
     SELECT d.cadre_id, d.measure, to_char(d.decided_on, 'YYYY-MM-DD'), d.decision_no, NULL
       FROM cadre_discipline d JOIN cadre c ON c.id = d.cadre_id WHERE d.cadre_id = ANY($1::uuid[]) AND c.member_id IS NULL
     ORDER BY 3 DESC`,
    [cadreIds],
  );

/** Cadres in the register whose step began on or before `stepSinceUpTo`: those whose raise can be due by a day. */
export const stepCandidates = (sql: Sql, stepSinceUpTo: string): Promise<CadreRow[]> =>
  sql.rows(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE c.step_since <= $1::date AND ${IN_REGISTER}`, [stepSinceUpTo]);

/** Cadres in the register who entered their grade on or before `gradeSinceUpTo`: those who can be eligible by a day. */
export const gradeCandidates = (sql: Sql, gradeSinceUpTo: string): Promise<CadreRow[]> =>
  sql.rows(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE c.grade_since <= $1::date AND ${IN_REGISTER}`, [gradeSinceUpTo]);

const GRADE_PROMOTION_COLUMNS = `id, cadre_id, from_grade_code, from_grade_level, to_grade_code, to_grade_level, coefficient::float8 AS coefficient,
  to_char(decided_on, 'YYYY-MM-DD') AS decided_on, decision_no`;

export const gradePromotionsOf = (sql: Sql, cadreIds: readonly string[]): Promise<CadreGradePromotionRow[]> =>
  sql.rows(`SELECT ${GRADE_PROMOTION_COLUMNS} FROM cadre_grade_promotion WHERE cadre_id = ANY($1::uuid[]) ORDER BY decided_on DESC, id`, [cadreIds]);

export interface NewGradePromotion {
  cadreId: string;
  from: { code: string; level: GradeLevel };
  to: { code: string; level: GradeLevel };
  coefficient: number;
  decidedOn: string;
  decisionNo: string;
}

/** Records the promotion and moves the cadre's grade, grade date and coefficient; null when the decision is recorded already. */
export async function insertGradePromotion(tx: Sql, p: NewGradePromotion, actor: string): Promise<CadreGradePromotionRow | null> {
  const rows = await tx.rows<CadreGradePromotionRow>(
    `INSERT INTO cadre_grade_promotion (cadre_id, from_grade_code, from_grade_level, to_grade_code, to_grade_level, coefficient, decided_on, decision_no, actor)
     VALUES ($1::uuid, $2, $3, $4, $5, $6, $7::date, $8, $9) ON CONFLICT (cadre_id, decision_no) DO NOTHING RETURNING ${GRADE_PROMOTION_COLUMNS}`,
    [p.cadreId, p.from.code, p.from.level, p.to.code, p.to.level, p.coefficient, p.decidedOn, p.decisionNo, actor],
  );
  if (!rows[0]) return null;
  await tx.rows(`UPDATE cadre SET grade_code = $2, grade_level = $3, grade_since = $4::date, coefficient = $5, actor = $6, updated_at = now() WHERE id = $1::uuid`,
    [p.cadreId, p.to.code, p.to.level, p.decidedOn, p.coefficient, actor]);
  return rows[0];
}

/** Cadres in the register born from `bornFrom` to `bornTo`: those whose retirement can fall in a range. */
export const retirementCandidates = (sql: Sql, bornFrom: string, bornTo: string): Promise<CadreRow[]> =>
  sql.rows(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE c.birth_date BETWEEN $1::date AND $2::date AND ${IN_REGISTER}`, [bornFrom, bornTo]);

/** Cadres in the register whose last check-up was on or before `lastUpTo`, or who have none. */
export const checkupCandidates = (sql: Sql, lastUpTo: string): Promise<CadreRow[]> =>
  sql.rows(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE (c.last_checkup IS NULL OR c.last_checkup <= $1::date) AND ${IN_REGISTER}`, [lastUpTo]);

/** Cadres in the register with no evaluation for `year`, recorded on or before `recordedBy` (born before it too). */
export const unevaluatedCandidates = (sql: Sql, year: number): Promise<CadreRow[]> =>
  sql.rows(
    `SELECT ${CADRE_COLUMNS} FROM cadre c
      WHERE NOT EXISTS (SELECT 1 FROM cadre_evaluation e WHERE e.year = $1 AND e.cadre_id = c.id) AND ${IN_REGISTER}`,
    [year],
  );

/** Every cadre of the register (the paid staff an early-raise quota is a share of; issue 13: a few thousand a province). */
export const registerCadres = (sql: Sql): Promise<CadreRow[]> => sql.rows(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE ${IN_REGISTER}`);

export interface CadreFields {
  memberId: string | null;
  fullName: string;
  birthDate: string;
  sex: Sex;
  position: string;
  level: CadreLevel;
  salaryScale: string;
  gradeCode: string;
  gradeLevel: GradeLevel;
  step: number;
  coefficient: number;
  stepSince: string;
  /** null on an update keeps the recorded day (migration 057: null is unknown). */
  gradeSince: string | null;
  lastCheckup: string | null;
}

const fieldParams = (f: CadreFields) => [
  f.memberId, f.fullName, f.birthDate, f.sex, f.position, f.level, f.salaryScale, f.gradeCode, f.gradeLevel, f.step, f.coefficient, f.stepSince, f.lastCheckup, f.gradeSince,
];

/** Inserts the cadre; null when the member already has a cadre record. */
export async function insertCadre(tx: Sql, f: CadreFields, actor: string): Promise<CadreRow | null> {
  const rows = await tx.rows<CadreRow>(
    `INSERT INTO cadre AS c (member_id, full_name, birth_date, sex, position, cadre_level, salary_scale, grade_code, grade_level, step, coefficient, step_since, last_checkup, grade_since, actor)
     VALUES ($1::uuid, $2, $3::date, $4, $5, $6, $7, $8, $9, $10, $11, $12::date, $13::date, $14::date, $15) ON CONFLICT (member_id) DO NOTHING RETURNING ${CADRE_COLUMNS}`,
    [...fieldParams(f), actor],
  );
  return rows[0] ?? null;
}

export async function updateCadre(tx: Sql, id: string, f: CadreFields, actor: string): Promise<CadreRow> {
  const [row] = await tx.rows<CadreRow>(
    `UPDATE cadre AS c SET member_id = $2::uuid, full_name = $3, birth_date = $4::date, sex = $5, position = $6, cadre_level = $7, salary_scale = $8,
            grade_code = $9, grade_level = $10, step = $11, coefficient = $12, step_since = $13::date, last_checkup = $14::date,
            grade_since = coalesce($15::date, c.grade_since), actor = $16, updated_at = now()
      WHERE c.id = $1::uuid RETURNING ${CADRE_COLUMNS}`,
    [id, ...fieldParams(f), actor],
  );
  return row;
}

export async function lockCadre(tx: Sql, id: string): Promise<CadreRow | null> {
  const rows = await tx.rows<CadreRow>(`SELECT ${CADRE_COLUMNS} FROM cadre c WHERE c.id = $1::uuid FOR UPDATE`, [id]);
  return rows[0] ?? null;
}

/** The id of the cadre record of a member, if any (another than `except`). */
export async function cadreIdOfMember(tx: Sql, memberId: string, except: string | null): Promise<string | null> {
  const rows = await tx.rows<{ id: string }>(`SELECT id FROM cadre WHERE member_id = $1::uuid AND id IS DISTINCT FROM $2::uuid`, [memberId, except]);
  return rows[0]?.id ?? null;
}

/** Early raises granted in a year, under a lock that serialises the year's grants (the quota is a count). */
export async function earlyRaisesInYear(tx: Sql, year: number): Promise<number> {
  await tx.rows(`SELECT pg_advisory_xact_lock(hashtext('cadre_early_raise'), $1::int)`, [year]);
  const [row] = await tx.rows<{ n: number }>(
    `SELECT count(*)::int AS n FROM cadre_step_raise WHERE early_months > 0 AND raised_on BETWEEN make_date($1::int, 1, 1) AND make_date($1::int, 12, 31)`,
    [year],
  );
  return row.n;
}

export interface NewStepRaise {
  cadreId: string;
  fromStep: number;
  coefficient: number;
  raisedOn: string;
  earlyMonths: number;
  decisionNo: string;
}

/** Records the raise and moves the cadre's step, coefficient and step date; null when that step was reached already. */
export async function insertStepRaise(tx: Sql, r: NewStepRaise, actor: string): Promise<CadreStepRaiseRow | null> {
  const rows = await tx.rows<CadreStepRaiseRow>(
    `INSERT INTO cadre_step_raise (cadre_id, from_step, to_step, coefficient, raised_on, early_months, decision_no, actor)
     VALUES ($1::uuid, $2::smallint, $2::smallint + 1, $3, $4::date, $5, $6, $7) ON CONFLICT (cadre_id, to_step) DO NOTHING RETURNING ${STEP_RAISE_COLUMNS}`,
    [r.cadreId, r.fromStep, r.coefficient, r.raisedOn, r.earlyMonths, r.decisionNo, actor],
  );
  if (!rows[0]) return null;
  await tx.rows(`UPDATE cadre SET step = $2::smallint + 1, coefficient = $3, step_since = $4::date, actor = $5, updated_at = now() WHERE id = $1::uuid`,
    [r.cadreId, r.fromStep, r.coefficient, r.raisedOn, actor]);
  return rows[0];
}

export async function setLastCheckup(tx: Sql, id: string, on: string, actor: string): Promise<CadreRow> {
  const [row] = await tx.rows<CadreRow>(
    `UPDATE cadre AS c SET last_checkup = $2::date, actor = $3, updated_at = now() WHERE c.id = $1::uuid RETURNING ${CADRE_COLUMNS}`, [id, on, actor]);
  return row;
}

export interface NewEvaluation {
  cadreId: string;
  year: number;
  result: EvaluationResult;
  evaluatedOn: string;
  evaluatedBy: string;
}

/** Inserts the evaluation; null when the cadre already has one for the year. */
export async function insertEvaluation(tx: Sql, e: NewEvaluation, actor: string): Promise<CadreEvaluationRow | null> {
  const rows = await tx.rows<CadreEvaluationRow>(
    `INSERT INTO cadre_evaluation (cadre_id, year, result, evaluated_on, evaluated_by, actor) VALUES ($1::uuid, $2, $3, $4::date, $5, $6)
     ON CONFLICT (cadre_id, year) DO NOTHING
     RETURNING id, cadre_id, year, result, to_char(evaluated_on, 'YYYY-MM-DD') AS evaluated_on, evaluated_by, recorded_at, actor`,
    [e.cadreId, e.year, e.result, e.evaluatedOn, e.evaluatedBy, actor],
  );
  return rows[0] ?? null;
}

/** Inserts a measure against a cadre who is not a member; null when the cadre has one with this decision number. */
export async function insertCadreDiscipline(tx: Sql, d: { cadreId: string; measure: string; decidedOn: string; decisionNo: string }, actor: string): Promise<CadreDisciplineRow | null> {
  const rows = await tx.rows<CadreDisciplineRow>(
    `INSERT INTO cadre_discipline (cadre_id, measure, decided_on, decision_no, actor) VALUES ($1::uuid, $2, $3::date, $4, $5)
     ON CONFLICT (cadre_id, decision_no) DO NOTHING RETURNING cadre_id, measure, to_char(decided_on, 'YYYY-MM-DD') AS decided_on, decision_no`,
    [d.cadreId, d.measure, d.decidedOn, d.decisionNo, actor],
  );
  return rows[0] ?? null;
}
