// Process 1, admission: candidates, the admission decision that creates a probationary member, the cell's
// resolution that makes them official, and the figures of the period report.
import { afterId, keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';
import type { MemberRow } from '../../core/rows.ts';
import type { CandidateRow } from './rows.ts';

export type { CandidateRow };

/** Column values of a new candidate, as validated by the resolver. */
export interface NewCandidate {
  citizen_id: string;
  full_name: string;
  sex: string;
  birth_date: string;
  ethnicity_code: string;
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
}

const CANDIDATE_COLUMNS = [
  'citizen_id', 'full_name', 'sex', 'birth_date', 'ethnicity_code', 'religion_code', 'birthplace', 'hometown', 'phone',
  'occupation', 'education_general', 'education_professional', 'political_theory', 'cell_id', 'introducer_ids',
  'awareness_certificate_on', 'registered_on',
] as const satisfies readonly (keyof NewCandidate)[];

/** The members among `ids`, locked against changes (FOR SHARE) until the transaction ends. */
export function membersForShare(tx: Sql, ids: readonly string[]): Promise<MemberRow[]> {
  return tx.rows('SELECT * FROM member WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE', [ids]);
}

/** Whether a citizen has a live member record here or a pending candidacy. */
export async function citizenStanding(sql: Sql, citizenId: string): Promise<{ member: boolean; candidate: boolean }> {
  const [row] = await sql.rows<{ member: boolean; candidate: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM member WHERE citizen_id = $1 AND left_on IS NULL) AS member,
            EXISTS (SELECT 1 FROM candidate WHERE citizen_id = $1 AND state = 'PENDING') AS candidate`,
    [citizenId],
  );
  return row;
}

export async function insertCandidate(tx: Sql, c: NewCandidate): Promise<CandidateRow> {
  const params = CANDIDATE_COLUMNS.map((col) => c[col]);
  const placeholders = CANDIDATE_COLUMNS.map((col, i) => `$${i + 1}${col === 'introducer_ids' ? '::uuid[]' : ''}`);
  const [row] = await tx.rows<CandidateRow>(
    `INSERT INTO candidate (id, ${CANDIDATE_COLUMNS.join(', ')}) VALUES (gen_random_uuid(), ${placeholders.join(', ')})
     RETURNING *`,
    params,
  );
  return row;
}

export async function lockCandidate(tx: Sql, id: string): Promise<CandidateRow | null> {
  return (await tx.rows<CandidateRow>('SELECT * FROM candidate WHERE id = $1::uuid FOR UPDATE', [id]))[0] ?? null;
}

export interface AdmissionDecision {
  decisionNo: string;
  decisionDate: string;
  provincialApprovalNo: string | null;
}

/**
 * Creates the probationary member from the candidate's record and marks the candidate admitted. The member is
 * counted by this province from the decision date (joined_on), like every admission in the foundation's report.
 */
export async function admitCandidate(
  tx: Sql,
  candidate: CandidateRow,
  d: AdmissionDecision,
): Promise<{ member: MemberRow; candidate: CandidateRow }> {
  const [member] = await tx.rows<MemberRow>(
    `INSERT INTO member (id, citizen_id, full_name, sex, birth_date, ethnicity_code, religion_code, birthplace, hometown,
       phone, occupation, education_general, education_professional, political_theory, admission_decision_date,
       admission_decision_no, status, state, cell_id, joined_on)
     SELECT gen_random_uuid(), citizen_id, full_name, sex, birth_date, ethnicity_code, religion_code, birthplace,
       hometown, phone, occupation, education_general, education_professional, political_theory, $2::date, $3,
       'DU_BI', 'ACTIVE', cell_id, $2::date
       FROM candidate WHERE id = $1::uuid
     RETURNING *`,
    [candidate.id, d.decisionDate, d.decisionNo],
  );
  const [updated] = await tx.rows<CandidateRow>(
    `UPDATE candidate SET state = 'ADMITTED', member_id = $2::uuid, decision_no = $3, decision_date = $4::date,
       provincial_approval_no = $5
      WHERE id = $1::uuid RETURNING *`,
    [candidate.id, member.id, d.decisionNo, d.decisionDate, d.provincialApprovalNo],
  );
  return { member, candidate: updated };
}

/** Makes a probationary member official from the cell's resolution, and records the resolution. */
export async function recognizeOfficial(
  tx: Sql,
  memberId: string,
  resolution: { no: string; date: string; actor: string },
): Promise<MemberRow> {
  const [member] = await tx.rows<MemberRow>(
    `UPDATE member SET status = 'CHINH_THUC', official_date = $2::date WHERE id = $1::uuid RETURNING *`,
    [memberId, resolution.date],
  );
  await tx.rows(
    `INSERT INTO official_recognition (member_id, resolution_no, resolution_date, actor) VALUES ($1::uuid, $2, $3::date, $4)`,
    [memberId, resolution.no, resolution.date, resolution.actor],
  );
  return member;
}

/** One keyset page of candidates (optionally of one state, within a scope) and the filter's total. */
export function candidatePage(
  sql: Sql,
  state: string | null,
  after: string | null,
  limit: number,
  scope: ScopeArgs = {},
): Promise<{ rows: CandidateRow[]; total: number }> {
  const params: unknown[] = [state];
  const where = `($1::candidate_state IS NULL OR c.state = $1)${scopeCondition(scope, 'c.cell_id', params)}`;
  return keysetPage(sql, { select: 'c.*', from: 'candidate c', where, params, after: afterId('c.id', after), orderBy: 'c.id', limit });
}

/** The members counted on `asOf`, still probationary then, whose probation ended more than graceDays before. */
export function overdueProbationary(
  sql: Sql, asOf: string, probationMonths: number, graceDays: number, limit: number, scope: ScopeArgs = {},
): Promise<MemberRow[]> {
  const params: unknown[] = [asOf, probationMonths, graceDays, limit];
  return sql.rows(
    `SELECT * FROM member m
      WHERE m.joined_on <= $1::date AND (m.left_on IS NULL OR m.left_on > $1::date)
        AND (m.official_date IS NULL OR m.official_date > $1::date)
        AND (m.admission_decision_date + make_interval(months => $2))::date + $3::int < $1::date${scopeCondition(scope, 'm.cell_id', params)}
      ORDER BY m.admission_decision_date, m.id LIMIT $4`,
    params,
  );
}

export interface AdmissionFigures {
  admissions: number;
  bySex: { key: string; value: number }[];
  byAgeBand: { key: string; value: number }[];
  byEthnicity: { key: string; value: number }[];
  candidatesPending: number;
  probationaryOverdue: number;
}

const AGE_BANDS = ['U30', 'A30_40', 'A41_50', 'A51_60', 'A61_70', 'O70'] as const;

/**
 * The admission figures of a period: admissions here (joined_on = admission date, so a member who transferred in
 * is not counted again) with the decision in [firstDay, lastDay], the age in whole years at the decision.
 */
export async function admissionFigures(
  sql: Sql,
  firstDay: string,
  lastDay: string,
  rules: { probationMonths: number; graceDays: number },
): Promise<AdmissionFigures> {
  const rows = await sql.rows<{ dim: string; key: string | null; value: number }>(
    `WITH admitted AS (
       SELECT sex::text AS sex, coalesce(ethnicity_code, '') AS ethnicity,
              extract(year FROM age(admission_decision_date, birth_date))::int AS age
         FROM member
        WHERE joined_on = admission_decision_date AND admission_decision_date BETWEEN $1::date AND $2::date
     )
     SELECT 'sex' AS dim, sex AS key, count(*)::int AS value FROM admitted GROUP BY sex
     UNION ALL
     SELECT 'age', CASE WHEN age < 30 THEN 'U30' WHEN age <= 40 THEN 'A30_40' WHEN age <= 50 THEN 'A41_50'
                        WHEN age <= 60 THEN 'A51_60' WHEN age <= 70 THEN 'A61_70' ELSE 'O70' END, count(*)::int
       FROM admitted GROUP BY 2
     UNION ALL
     SELECT 'ethnicity', ethnicity, count(*)::int FROM admitted GROUP BY ethnicity
     UNION ALL
     SELECT 'pending', NULL, count(*)::int FROM candidate
      WHERE registered_on <= $2::date AND (state = 'PENDING' OR decision_date > $2::date)
     UNION ALL
     SELECT 'overdue', NULL, count(*)::int FROM member
      WHERE joined_on <= $2::date AND (left_on IS NULL OR left_on > $2::date)
        AND (official_date IS NULL OR official_date > $2::date)
        AND (admission_decision_date + make_interval(months => $3))::date + $4::int < $2::date`,
    [firstDay, lastDay, rules.probationMonths, rules.graceDays],
  );
  const of = (dim: string) => rows.filter((r) => r.dim === dim);
  const counts = (dim: string, keys: readonly string[]) => {
    const found = new Map(of(dim).map((r) => [r.key!, r.value]));
    return keys.map((key) => ({ key, value: found.get(key) ?? 0 }));
  };
  const bySex = counts('sex', ['NAM', 'NU']);
  return {
    admissions: bySex.reduce((n, c) => n + c.value, 0),
    bySex,
    byAgeBand: counts('age', AGE_BANDS),
    byEthnicity: of('ethnicity')
      .map((r) => ({ key: r.key!, value: r.value }))
      .sort((a, b) => a.key.localeCompare(b.key)),
    candidatesPending: of('pending')[0]?.value ?? 0,
    probationaryOverdue: of('overdue')[0]?.value ?? 0,
  };
}
