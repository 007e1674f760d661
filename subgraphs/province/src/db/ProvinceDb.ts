// The provincial SQL layer: every statement the province subgraph runs is here, parameterised.
import { inTransaction, type Pool } from '../../../shared/db.ts';
import { withBoundedClient } from '../../../shared/boundedClient.ts';
import { currentRequestBounds } from '../../../shared/requestDeadline.ts';
import type { AttendanceRow, MeetingRow, MemberRow, MemberStatus, ActivityState, Sex, OrgRow, ReportRow } from './rows.ts';

export interface MemberFilterArgs {
  status?: MemberStatus | null;
  state?: ActivityState | null;
  sex?: Sex | null;
  cellId?: string | null;
  nameContains?: string | null;
}

/** The reader's scope as SQL conditions (access.ts memberScope): applied besides the client's own filter. */
export interface ScopeArgs {
  /** Only cells whose organisation has this 5-digit commune code. */
  communeCode?: string | null;
  /** Only this cell. */
  cellId?: string | null;
}

/** Called with every SQL text before it runs: tests count statements, debug logs print them. */
export type QueryListener = (sql: string) => void;

/** Runs parameterised SQL on the pool or inside a transaction; the area modules of db/ take one. */
export interface Sql {
  rows<T>(sql: string, params?: unknown[]): Promise<T[]>;
}

const MEETING_COLUMNS = `m.id, m.cell_id, m.type, m.topic, m.started_at, m.ended_at, m.docs_published_at,
  to_char(m.started_at, 'YYYY-MM') AS month,
  (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id)::int AS expected,
  (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id AND a.presence = 'PRESENT')::int AS present`;

export class ProvinceDb {
  constructor(
    readonly pool: Pool,
    private readonly onQuery?: QueryListener,
  ) {}

  // Every statement runs within its request's bounds (shared/requestDeadline.ts): cancelled on the server when
  // the caller's deadline passes or the caller disconnects, so abandoned work does not pile up.
  private async rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
    this.onQuery?.(sql);
    return withBoundedClient(this.pool, currentRequestBounds(), async (client) => (await client.query(sql, params)).rows as T[]);
  }

  /** Statements outside a transaction (reads). */
  readonly sql: Sql = { rows: (sql, params) => this.rows(sql, params) };

  /** Runs `work` in one transaction: all of its writes land, or none. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return withBoundedClient(this.pool, currentRequestBounds(), (client) =>
      inTransaction(client, (tx) =>
        work({
          rows: async <R>(sql: string, params: unknown[] = []) => {
            this.onQuery?.(sql);
            return (await tx.query(sql, params)).rows as R[];
          },
        }),
      ),
    );
  }

  // ---- organisations ----

  orgsByIds(ids: readonly string[]): Promise<OrgRow[]> {
    return this.rows('SELECT * FROM party_org WHERE id = ANY($1::uuid[])', [ids]);
  }

  childrenOfOrgs(parentIds: readonly string[]): Promise<OrgRow[]> {
    return this.rows('SELECT * FROM party_org WHERE parent_id = ANY($1::uuid[]) ORDER BY parent_id, name, id', [parentIds]);
  }

  async rootOrg(): Promise<OrgRow | null> {
    return (await this.rows<OrgRow>('SELECT * FROM party_org WHERE parent_id IS NULL'))[0] ?? null;
  }

  /** Live members per cell: members counted today (not left). */
  memberCountsByOrg(orgIds: readonly string[]): Promise<{ cell_id: string; n: number }[]> {
    return this.rows(
      `SELECT cell_id, count(*)::int AS n FROM member
        WHERE cell_id = ANY($1::uuid[]) AND left_on IS NULL GROUP BY cell_id`,
      [orgIds],
    );
  }

  // ---- members ----

  membersByIds(ids: readonly string[]): Promise<MemberRow[]> {
    return this.rows('SELECT * FROM member WHERE id = ANY($1::uuid[])', [ids]);
  }

  /** One keyset page (limit rows after the id `after`) and the filter's total. Live members only. */
  async memberPage(
    filter: MemberFilterArgs,
    after: string | null,
    limit: number,
    scope: ScopeArgs = {},
  ): Promise<{ rows: MemberRow[]; total: number }> {
    const params: unknown[] = [];
    const where = ['left_on IS NULL'];
    const add = (clause: string, value: unknown) => {
      params.push(value);
      where.push(clause.replace('?', `$${params.length}`));
    };
    if (filter.status) add('status = ?', filter.status);
    if (filter.state) add('state = ?', filter.state);
    if (filter.sex) add('sex = ?', filter.sex);
    if (filter.cellId) add('cell_id = ?::uuid', filter.cellId);
    if (filter.nameContains) add(`full_name ILIKE '%' || ? || '%'`, escapeLike(filter.nameContains));
    if (scope.cellId) add('cell_id = ?::uuid', scope.cellId);
    if (scope.communeCode) add('cell_id IN (SELECT id FROM party_org WHERE commune_code = ?)', scope.communeCode);
    const filterSql = where.join(' AND ');
    const pageParams = [...params];
    let pageWhere = filterSql;
    if (after) {
      pageParams.push(after);
      pageWhere += ` AND id > $${pageParams.length}::uuid`;
    }
    pageParams.push(limit);
    const [rows, [{ total }]] = await Promise.all([
      this.rows<MemberRow>(`SELECT * FROM member WHERE ${pageWhere} ORDER BY id LIMIT $${pageParams.length}`, pageParams),
      this.rows<{ total: number }>(`SELECT count(*)::int AS total FROM member WHERE ${filterSql}`, params),
    ]);
    return { rows, total };
  }

  // ---- meetings ----

  async meetingPage(
    firstDay: string,
    cellId: string | null,
    after: string | null,
    limit: number,
    scope: ScopeArgs = {},
  ): Promise<{ rows: MeetingRow[]; total: number }> {
    const params: unknown[] = [firstDay];
    let where = `m.started_at >= $1::date AND m.started_at < ($1::date + interval '1 month')`;
    if (cellId) {
      params.push(cellId);
      where += ` AND m.cell_id = $${params.length}::uuid`;
    }
    if (scope.cellId) {
      params.push(scope.cellId);
      where += ` AND m.cell_id = $${params.length}::uuid`;
    }
    if (scope.communeCode) {
      params.push(scope.communeCode);
      where += ` AND m.cell_id IN (SELECT id FROM party_org WHERE commune_code = $${params.length})`;
    }
    const pageParams = [...params];
    let pageWhere = where;
    if (after) {
      pageParams.push(after);
      pageWhere += ` AND m.id > $${pageParams.length}::uuid`;
    }
    pageParams.push(limit);
    const [rows, [{ total }]] = await Promise.all([
      this.rows<MeetingRow>(
        `SELECT ${MEETING_COLUMNS} FROM meeting m WHERE ${pageWhere} ORDER BY m.id LIMIT $${pageParams.length}`,
        pageParams,
      ),
      this.rows<{ total: number }>(`SELECT count(*)::int AS total FROM meeting m WHERE ${where}`, params),
    ]);
    return { rows, total };
  }

  attendanceOfMeetings(meetingIds: readonly string[]): Promise<AttendanceRow[]> {
    return this.rows(
      'SELECT meeting_id, member_id, presence FROM attendance WHERE meeting_id = ANY($1::uuid[]) ORDER BY meeting_id, member_id',
      [meetingIds],
    );
  }

  // ---- report ----

  /** Figures for the month starting firstDay; members counted as of lastDay (joined_on <= lastDay < left_on). */
  async report(firstDay: string, lastDay: string): Promise<ReportRow> {
    const [row] = await this.rows<ReportRow>(
      `WITH counted AS (
         SELECT official_date, sex FROM member
          WHERE joined_on <= $2::date AND (left_on IS NULL OR left_on > $2::date)
       ), month_meeting AS (
         SELECT id, cell_id, type FROM meeting
          WHERE started_at >= $1::date AND started_at < ($1::date + interval '1 month')
       ), active_cell AS (
         SELECT id FROM party_org WHERE active AND level IN ('CHI_BO', 'CHI_BO_CO_SO')
       )
       SELECT
         (SELECT count(*) FROM counted)::int AS member_count,
         (SELECT count(*) FROM counted WHERE official_date <= $2::date)::int AS official_count,
         (SELECT count(*) FROM counted WHERE official_date IS NULL OR official_date > $2::date)::int AS probationary_count,
         (SELECT count(*) FROM counted WHERE sex = 'NAM')::int AS male_count,
         (SELECT count(*) FROM counted WHERE sex = 'NU')::int AS female_count,
         (SELECT count(*) FROM active_cell)::int AS cell_count,
         (SELECT count(*) FROM month_meeting)::int AS meetings_held,
         (SELECT count(DISTINCT mm.cell_id) FROM month_meeting mm JOIN active_cell c ON c.id = mm.cell_id
           WHERE mm.type IN ('REGULAR', 'COMBINED'))::int AS cells_with_regular_meeting,
         (SELECT count(*) FROM attendance a JOIN month_meeting mm ON mm.id = a.meeting_id)::int AS expected,
         (SELECT count(*) FROM attendance a JOIN month_meeting mm ON mm.id = a.meeting_id
           WHERE a.presence = 'PRESENT')::int AS present`,
      [firstDay, lastDay],
    );
    return row;
  }
}

/** Escapes LIKE wildcards so a name filter matches them literally. */
const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
