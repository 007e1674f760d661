// Process 6, directives down and feedback up. A directive's audience is its audience organisations' subtrees,
// found through the organisation tree when asked (recursive CTEs), never copied per member.
import { keysetPage, scopeCondition, type ScopeArgs, type Sql } from '../../core/sql.ts';
import type { OrgRow } from '../../core/rows.ts';
import type { DirectiveFeedbackRow, DirectiveRow, FeedbackStatus, MemberDirectiveRow } from './rows.ts';

/** Handbook users (alias `e`): live members, not exempt and not exited (QĐ 339-QĐ/TW leaves exempt members out). */
const HANDBOOK_USER = `e.left_on IS NULL AND e.state IN ('ACTIVE', 'IN_TRANSIT')`;

/** Organisations of each directive's audience and everything below them: (directive_id, org_id), no repeats. */
const AUDIENCE_ORGS = `audience_org AS (
    SELECT directive_id, org_id FROM directive_audience WHERE directive_id = ANY($1::uuid[])
    UNION
    SELECT s.directive_id, o.id FROM audience_org s JOIN party_org o ON o.parent_id = s.org_id
  )`;

/**
 * Directive ids whose audience includes member $1: the member's cell and its ancestors, looked up in the audience;
 * none for a member who is not a handbook user (exempt or exited).
 */
const MEMBER_DIRECTIVES = `WITH RECURSIVE up AS (
    SELECT o.id, o.parent_id FROM party_org o JOIN member e ON e.cell_id = o.id WHERE e.id = $1::uuid AND ${HANDBOOK_USER}
    UNION
    SELECT o.id, o.parent_id FROM up JOIN party_org o ON o.id = up.parent_id
  ), seen AS (
    SELECT DISTINCT da.directive_id FROM directive_audience da JOIN up ON up.id = da.org_id
  )`;

export function directivesByIds(sql: Sql, ids: readonly string[]): Promise<DirectiveRow[]> {
  return sql.rows('SELECT * FROM directive WHERE id = ANY($1::uuid[])', [ids]);
}

/** Newest first (published_at DESC, id DESC); `after` is the id of the previous page's last directive. */
export function directivePage(sql: Sql, after: string | null, limit: number): Promise<{ rows: DirectiveRow[]; total: number }> {
  return keysetPage(sql, {
    select: 'd.*', from: 'directive d', where: 'true', params: [],
    after: after === null ? null : ((p) => `(d.published_at, d.id) < (SELECT published_at, id FROM directive WHERE id = $${p.push(after)}::uuid)`),
    orderBy: 'd.published_at DESC, d.id DESC', limit,
  });
}

export function audienceOfDirectives(sql: Sql, ids: readonly string[]): Promise<{ directive_id: string; org: OrgRow }[]> {
  return sql.rows(
    `SELECT da.directive_id, to_jsonb(o) AS org FROM directive_audience da JOIN party_org o ON o.id = da.org_id
      WHERE da.directive_id = ANY($1::uuid[]) ORDER BY da.directive_id, o.name, o.id`,
    [ids],
  );
}

/** Audience members now and how many of them have read each directive. */
export function readCountsOfDirectives(
  sql: Sql, ids: readonly string[],
): Promise<{ directive_id: string; audience: number; readers: number }[]> {
  return sql.rows(
    // audience_org holds each (directive, org) once and a member has one cell, so no member comes twice
    `WITH RECURSIVE ${AUDIENCE_ORGS}, audience AS (
       SELECT s.directive_id, e.id AS member_id FROM audience_org s JOIN member e ON e.cell_id = s.org_id
        WHERE ${HANDBOOK_USER}
     )
     SELECT a.directive_id, count(*)::int AS audience, count(r.member_id)::int AS readers
       FROM audience a LEFT JOIN directive_read r ON r.directive_id = a.directive_id AND r.member_id = a.member_id
      GROUP BY a.directive_id`,
    [ids],
  );
}

/** Whether member $2 is in directive $1's audience now (a handbook user whose cell is under an audience org). */
export async function inAudience(sql: Sql, directiveId: string, memberId: string): Promise<boolean> {
  const rows = await sql.rows(
    `${MEMBER_DIRECTIVES} SELECT 1 FROM seen WHERE seen.directive_id = $2::uuid`,
    [memberId, directiveId],
  );
  return rows.length > 0;
}

/** The member's directives, newest first, with the member's first read; `after` is a directive id. */
export function memberDirectivePage(
  sql: Sql, memberId: string, unreadOnly: boolean, after: string | null, limit: number,
): Promise<{ rows: MemberDirectiveRow[]; total: number }> {
  const base = `${MEMBER_DIRECTIVES}, item AS (
      SELECT d.id, d.published_at, $1::uuid AS member_id, r.read_at FROM seen JOIN directive d ON d.id = seen.directive_id
        LEFT JOIN directive_read r ON r.directive_id = d.id AND r.member_id = $1::uuid
       WHERE NOT $2::boolean OR r.read_at IS NULL
    )`;
  return keysetPage(sql, {
    with: base, select: 'id, member_id, read_at', from: 'item', where: 'true', params: [memberId, unreadOnly],
    after: after === null ? null : ((p) => `(published_at, id) < (SELECT published_at, id FROM directive WHERE id = $${p.push(after)}::uuid)`),
    orderBy: 'published_at DESC, id DESC', limit,
  });
}

export function feedbackOfDirectives(sql: Sql, ids: readonly string[]): Promise<DirectiveFeedbackRow[]> {
  return sql.rows(
    'SELECT * FROM directive_feedback WHERE directive_id = ANY($1::uuid[]) ORDER BY directive_id, created_at, id',
    [ids],
  );
}

/** OPEN feedback of members in the reader's scope (a cell, a commune's cells, or the whole province), oldest first; `after` is the id of the previous page's last feedback. */
export function openFeedbackPage(
  sql: Sql, scope: ScopeArgs, after: string | null, limit: number,
): Promise<{ rows: DirectiveFeedbackRow[]; total: number }> {
  const params: unknown[] = [];
  const scoped = scopeCondition(scope, 'e.cell_id', params);
  const where = `f.status = 'OPEN'${scoped ? ` AND f.member_id IN (SELECT e.id FROM member e WHERE true${scoped})` : ''}`;
  return keysetPage(sql, {
    select: 'f.*', from: 'directive_feedback f', where, params,
    after: after === null ? null : ((p) => `(f.created_at, f.id) > (SELECT created_at, id FROM directive_feedback WHERE id = $${p.push(after)}::uuid)`),
    orderBy: 'f.created_at, f.id', limit,
  });
}

// ---- writes ----

/** For each org id: whether it exists, is active, and lies in the subtree of `issuerId` (itself included). */
export function orgsUnderIssuer(
  tx: Sql, issuerId: string, orgIds: readonly string[],
): Promise<{ id: string; active: boolean; under_issuer: boolean }[]> {
  return tx.rows(
    `WITH RECURSIVE sub AS (
       SELECT id FROM party_org WHERE id = $1::uuid
       UNION ALL
       SELECT o.id FROM sub JOIN party_org o ON o.parent_id = sub.id
     )
     SELECT o.id, o.active, EXISTS (SELECT 1 FROM sub WHERE sub.id = o.id) AS under_issuer
       FROM party_org o WHERE o.id = ANY($2::uuid[])`,
    [issuerId, orgIds],
  );
}

export interface NewDirective {
  issuerOrgId: string;
  title: string;
  docNo: string | null;
  body: string;
  audienceOrgIds: readonly string[];
  publishedBy: string;
}

export async function insertDirective(tx: Sql, d: NewDirective): Promise<DirectiveRow> {
  const [row] = await tx.rows<DirectiveRow>(
    `INSERT INTO directive (id, issuer_org_id, title, doc_no, body, published_at, published_by)
     VALUES (gen_random_uuid(), $1::uuid, $2, $3, $4, now(), $5) RETURNING *`,
    [d.issuerOrgId, d.title, d.docNo, d.body, d.publishedBy],
  );
  await tx.rows(
    `INSERT INTO directive_audience (directive_id, org_id) SELECT $1::uuid, unnest($2::uuid[])`,
    [row.id, d.audienceOrgIds],
  );
  return row;
}

/** Records the first read; returns the stored read time and whether this call stored it. */
export async function recordRead(tx: Sql, directiveId: string, memberId: string): Promise<{ read_at: Date; first_read: boolean }> {
  const inserted = await tx.rows<{ read_at: Date }>(
    `INSERT INTO directive_read (directive_id, member_id, read_at) VALUES ($1::uuid, $2::uuid, now())
     ON CONFLICT (directive_id, member_id) DO NOTHING RETURNING read_at`,
    [directiveId, memberId],
  );
  if (inserted.length) return { read_at: inserted[0].read_at, first_read: true };
  const [existing] = await tx.rows<{ read_at: Date }>(
    'SELECT read_at FROM directive_read WHERE directive_id = $1::uuid AND member_id = $2::uuid',
    [directiveId, memberId],
  );
  return { read_at: existing.read_at, first_read: false };
}

export async function insertFeedback(tx: Sql, directiveId: string, memberId: string, body: string): Promise<DirectiveFeedbackRow> {
  const [row] = await tx.rows<DirectiveFeedbackRow>(
    `INSERT INTO directive_feedback (id, directive_id, member_id, body, created_at)
     VALUES (gen_random_uuid(), $1::uuid, $2::uuid, $3, now()) RETURNING *`,
    [directiveId, memberId, body],
  );
  return row;
}

export async function lockFeedback(tx: Sql, id: string): Promise<DirectiveFeedbackRow | null> {
  return (await tx.rows<DirectiveFeedbackRow>('SELECT * FROM directive_feedback WHERE id = $1::uuid FOR UPDATE', [id]))[0] ?? null;
}

export async function answer(
  tx: Sql, id: string, text: string, status: Exclude<FeedbackStatus, 'OPEN'>, by: string,
): Promise<DirectiveFeedbackRow> {
  const [row] = await tx.rows<DirectiveFeedbackRow>(
    `UPDATE directive_feedback SET answer = $2, status = $3::feedback_status, answered_at = greatest(now(), created_at), answered_by = $4
      WHERE id = $1::uuid RETURNING *`,
    [id, text, status, by],
  );
  return row;
}
