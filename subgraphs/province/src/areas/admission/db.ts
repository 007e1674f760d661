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

/**
 * Serialises registrations of one citizen (two officers registering the same person at once): the second waits for
 * the first to commit, then finds its pending candidacy, instead of meeting candidate_citizen_pending_idx as an
 * internal error (measured: 3 of 8 identical concurrent registerCandidate, test/idempotency.battery.test.ts
 * without keys).
 */
export async function lockCitizen(tx: Sql, citizenId: string): Promise<void> {
  await tx.rows('SELECT pg_advisory_xact_lock(hashtextextended($1, 7234011))', [citizenId]);
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

