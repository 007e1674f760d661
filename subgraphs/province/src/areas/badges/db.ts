// Process 4, Party badges: SQL only. eligibleOn(N) = admission_decision_date + N years + interruption days, with
// PostgreSQL's interval arithmetic (29 February + N years = 28 February in a year without one, as rules.ts).
import { keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';
import type { BadgeAwardRow, BadgeDueRow, Ceremony, EarlyAwardReason, InterruptionKind, InterruptionRow } from './rows.ts';

const INTERRUPTION_COLUMNS = 'member_id, kind, from_on, to_on, (to_on - from_on) AS days, decision_no';
const AWARD_COLUMNS = 'member_id, milestone, ceremony, year, eligible_on, decision_no, posthumous, early_reason';

export function interruptionsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<InterruptionRow[]> {
  return sql.rows(
    `SELECT ${INTERRUPTION_COLUMNS} FROM member_interruption WHERE member_id = ANY($1::uuid[]) ORDER BY member_id, from_on`,
    [memberIds],
  );
}

export function awardsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<BadgeAwardRow[]> {
  return sql.rows(
    `SELECT ${AWARD_COLUMNS} FROM badge_award WHERE member_id = ANY($1::uuid[]) ORDER BY member_id, milestone`,
    [memberIds],
  );
}

export interface NewInterruption {
  memberId: string;
  kind: InterruptionKind;
  fromOn: string;
  toOn: string;
  decisionNo: string | null;
}

/** Interruptions of the member overlapping [fromOn, toOn) (periods are half-open: the day back counts again). */
export function overlappingInterruptions(tx: Sql, memberId: string, fromOn: string, toOn: string): Promise<InterruptionRow[]> {
  return tx.rows(
    `SELECT ${INTERRUPTION_COLUMNS} FROM member_interruption
      WHERE member_id = $1::uuid AND from_on < $3::date AND to_on > $2::date`,
    [memberId, fromOn, toOn],
  );
}

export async function insertInterruption(tx: Sql, i: NewInterruption): Promise<InterruptionRow> {
  const [row] = await tx.rows<InterruptionRow>(
    `INSERT INTO member_interruption (member_id, kind, from_on, to_on, decision_no)
     VALUES ($1::uuid, $2, $3::date, $4::date, $5) RETURNING ${INTERRUPTION_COLUMNS}`,
    [i.memberId, i.kind, i.fromOn, i.toOn, i.decisionNo],
  );
  return row;
}

export async function awardOf(tx: Sql, memberId: string, milestone: number): Promise<BadgeAwardRow | null> {
  const rows = await tx.rows<BadgeAwardRow>(
    `SELECT ${AWARD_COLUMNS} FROM badge_award WHERE member_id = $1::uuid AND milestone = $2`,
    [memberId, milestone],
  );
  return rows[0] ?? null;
}

export interface NewAward {
  memberId: string;
  milestone: number;
  ceremony: Ceremony;
  year: number;
  eligibleOn: string;
  decisionNo: string;
  posthumous: boolean;
  earlyReason: EarlyAwardReason | null;
}

export async function insertAward(tx: Sql, a: NewAward): Promise<BadgeAwardRow> {
  const [row] = await tx.rows<BadgeAwardRow>(
    `INSERT INTO badge_award (member_id, milestone, ceremony, year, eligible_on, decision_no, posthumous, early_reason)
     VALUES ($1::uuid, $2, $3, $4, $5::date, $6, $7, $8) RETURNING ${AWARD_COLUMNS}`,
    [a.memberId, a.milestone, a.ceremony, a.year, a.eligibleOn, a.decisionNo, a.posthumous, a.earlyReason],
  );
  return row;
}

/**
 * Members whose eligibleOn for a milestone of `milestones` falls in (previous ceremony, ceremony], counted on the
 * ceremony date. Members without interruptions are found by a range on member_badge_due_idx (admission within a
 * day of the window moved back N years: the day covers 29 February); the few with interruptions are all checked.
 * `excludeAwarded` leaves out members holding that milestone already.
 */
const DUE_CTES = (scopeClause: string) => `
  WITH ms AS (SELECT unnest($3::int[]) AS n),
  gap AS (SELECT member_id, sum(to_on - from_on)::int AS days FROM member_interruption GROUP BY member_id),
  cand AS (
    SELECT m.id, ms.n, 0 AS days, m.admission_decision_date AS adm, m.joined_on, m.left_on, m.cell_id
      FROM ms JOIN member m
        ON m.admission_decision_date > ($1::date - make_interval(years => ms.n) - interval '1 day')
       AND m.admission_decision_date <= ($2::date - make_interval(years => ms.n) + interval '1 day')
     WHERE NOT EXISTS (SELECT 1 FROM gap WHERE gap.member_id = m.id)
    UNION ALL
    SELECT m.id, ms.n, gap.days, m.admission_decision_date, m.joined_on, m.left_on, m.cell_id
      FROM gap JOIN member m ON m.id = gap.member_id CROSS JOIN ms
  ), due AS (
    SELECT id, n, days, ((adm + make_interval(years => n))::date + days) AS eligible_on FROM cand
     WHERE joined_on <= $2::date AND (left_on IS NULL OR left_on > $2::date)${scopeClause}
  )`;
const DUE_WHERE = (excludeAwarded: boolean) => `eligible_on > $1::date AND eligible_on <= $2::date
   ${excludeAwarded ? 'AND NOT EXISTS (SELECT 1 FROM badge_award b WHERE b.member_id = due.id AND b.milestone = due.n)' : ''}`;

export interface DueWindow {
  /** The previous ceremony's date (exclusive). */
  after: string;
  /** This ceremony's date (inclusive). */
  until: string;
  ceremony: Ceremony;
  year: number;
  milestones: readonly number[];
}

/** One keyset page of members due (not yet awarded) within the reader's scope, ordered by milestone then member id, and the total. */
export async function badgesDuePage(
  sql: Sql,
  w: DueWindow,
  scope: ScopeArgs,
  after: { milestone: number; id: string } | null,
  limit: number,
): Promise<{ rows: BadgeDueRow[]; total: number }> {
  const params: unknown[] = [w.after, w.until, w.milestones];
  const scopeClause = scopeCondition(scope, 'cell_id', params);
  const { rows, total } = await keysetPage<{ id: string; n: number; days: number; eligible_on: string }>(sql, {
    with: DUE_CTES(scopeClause),
    select: '*',
    from: 'due',
    where: DUE_WHERE(true),
    params,
    after: after && ((p) => `(n, id) > ($${p.push(after.milestone)}::int, $${p.push(after.id)}::uuid)`),
    orderBy: 'n, id',
    limit,
  });
  return {
    rows: rows.map((r) => ({
      id: r.id, milestone: r.n, eligible_on: r.eligible_on, interruption_days: r.days,
      ceremony: w.ceremony, year: w.year, ceremony_date: w.until,
    })),
    total,
  };
}
