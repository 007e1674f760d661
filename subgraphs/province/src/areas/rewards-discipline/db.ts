// Rewards and discipline: SQL only. A decision is one row; a member has at most one per decision number.
import { afterId, keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';
import type { DisciplineMeasure, DisciplineRow, RewardKind, RewardRow } from './rows.ts';

/** The columns of a row, of the table under alias `a`. */
const rewardColumns = (a: string) =>
  `${a}.id, ${a}.member_id, ${a}.kind, ${a}.level, ${a}.title, ${a}.decision_no, to_char(${a}.decided_on, 'YYYY-MM-DD') AS decided_on,
   ${a}.issued_by, ${a}.recorded_at, ${a}.actor`;
const disciplineColumns = (a: string) =>
  `${a}.id, ${a}.member_id, ${a}.measure, ${a}.level, ${a}.decision_no, to_char(${a}.decided_on, 'YYYY-MM-DD') AS decided_on, ${a}.decided_by,
   ${a}.reason, ${a}.post, to_char(${a}.in_force_until, 'YYYY-MM-DD') AS in_force_until, ${a}.recorded_at, ${a}.actor`;
const REWARD_COLUMNS = rewardColumns('member_reward');
const DISCIPLINE_COLUMNS = disciplineColumns('member_discipline');

export function rewardsOfMembers(sql: Sql, memberIds: readonly string[]): Promise<RewardRow[]> {
  return sql.rows(`SELECT ${REWARD_COLUMNS} FROM member_reward WHERE member_id = ANY($1::uuid[]) ORDER BY decided_on DESC, id`, [memberIds]);
}

export function disciplinesOfMembers(sql: Sql, memberIds: readonly string[]): Promise<DisciplineRow[]> {
  return sql.rows(`SELECT ${DISCIPLINE_COLUMNS} FROM member_discipline WHERE member_id = ANY($1::uuid[]) ORDER BY decided_on DESC, id`, [memberIds]);
}

export interface NewReward {
  memberId: string;
  kind: RewardKind;
  level: RewardRow['level'];
  title: string;
  decisionNo: string;
  decidedOn: string;
  issuedBy: string;
}

/** Inserts the reward; null when the member already has one with this decision number. */
export async function insertReward(tx: Sql, r: NewReward, actor: string): Promise<RewardRow | null> {
  const rows = await tx.rows<RewardRow>(
    `INSERT INTO member_reward (member_id, kind, level, title, decision_no, decided_on, issued_by, actor)
     VALUES ($1::uuid, $2, $3, $4, $5, $6::date, $7, $8) ON CONFLICT (member_id, decision_no) DO NOTHING RETURNING ${REWARD_COLUMNS}`,
    [r.memberId, r.kind, r.level, r.title, r.decisionNo, r.decidedOn, r.issuedBy, actor],
  );
  return rows[0] ?? null;
}

export interface NewDiscipline {
  memberId: string;
  measure: DisciplineMeasure;
  level: DisciplineRow['level'];
  decisionNo: string;
  decidedOn: string;
  decidedBy: string;
  reason: string;
  post: string | null;
  inForceUntil: string | null;
}

/** Inserts the measure; null when the member already has one with this decision number. */
export async function insertDiscipline(tx: Sql, d: NewDiscipline, actor: string): Promise<DisciplineRow | null> {
  const rows = await tx.rows<DisciplineRow>(
    `INSERT INTO member_discipline (member_id, measure, level, decision_no, decided_on, decided_by, reason, post, in_force_until, actor)
     VALUES ($1::uuid, $2, $3, $4, $5::date, $6, $7, $8, $9::date, $10) ON CONFLICT (member_id, decision_no) DO NOTHING
     RETURNING ${DISCIPLINE_COLUMNS}`,
    [d.memberId, d.measure, d.level, d.decisionNo, d.decidedOn, d.decidedBy, d.reason, d.post, d.inForceUntil, actor],
  );
  return rows[0] ?? null;
}

interface DecisionRange {
  from: string;
  to: string;
}

/** Rewards decided in [from, to], optionally of one kind, within the reader's scope: a keyset page by id and the total. */
export function rewardPage(sql: Sql, range: DecisionRange & { kind: RewardKind | null }, scope: ScopeArgs, after: string | null, limit: number) {
  const params: unknown[] = [range.from, range.to, range.kind];
  const where = `x.decided_on BETWEEN $1::date AND $2::date AND ($3::reward_kind IS NULL OR x.kind = $3::reward_kind)
    ${scopeCondition(scope, 'm.cell_id', params)}`;
  return keysetPage<RewardRow>(sql, {
    select: rewardColumns('x'), from: 'member_reward x JOIN member m ON m.id = x.member_id', where, params,
    after: afterId('x.id', after), orderBy: 'x.id', limit,
  });
}

/** Measures decided in [from, to], optionally of one measure, within the reader's scope: a keyset page by id and the total. */
export function disciplinePage(sql: Sql, range: DecisionRange & { measure: DisciplineMeasure | null }, scope: ScopeArgs, after: string | null, limit: number) {
  const params: unknown[] = [range.from, range.to, range.measure];
  const where = `x.decided_on BETWEEN $1::date AND $2::date AND ($3::discipline_measure IS NULL OR x.measure = $3::discipline_measure)
    ${scopeCondition(scope, 'm.cell_id', params)}`;
  return keysetPage<DisciplineRow>(sql, {
    select: disciplineColumns('x'), from: 'member_discipline x JOIN member m ON m.id = x.member_id', where, params,
    after: afterId('x.id', after), orderBy: 'x.id', limit,
  });
}

/** The month's decisions by kind and by measure: whole province, each decision once. */
export async function decisionsInMonth(sql: Sql, firstDay: string, lastDay: string): Promise<{ rewards: Record<string, number>; disciplines: Record<string, number> }> {
  const [row] = await sql.rows<{ rewards: Record<string, number> | null; disciplines: Record<string, number> | null }>(
    `SELECT (SELECT jsonb_object_agg(kind, n) FROM (SELECT kind, count(*)::int AS n FROM member_reward
               WHERE decided_on BETWEEN $1::date AND $2::date GROUP BY kind) r) AS rewards,
            (SELECT jsonb_object_agg(measure, n) FROM (SELECT measure, count(*)::int AS n FROM member_discipline
               WHERE decided_on BETWEEN $1::date AND $2::date GROUP BY measure) d) AS disciplines`,
    [firstDay, lastDay],
  );
  return { rewards: row.rewards ?? {}, disciplines: row.disciplines ?? {} };
}
