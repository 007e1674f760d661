// The province's pool wrapper: statements on the pool (reads) or in one transaction (writes), each seen by the
// query listener, and the lookups every area leans on (the base loaders' organisations, members and attendance;
// the base report, which the period reports snapshot too). Each area's own SQL is in its folder (areas/<x>/db.ts).
import { inTransaction, type Pool } from '../../../shared/db.ts';
import { withBoundedClient } from '../../../shared/boundedClient.ts';
import { currentRequestBounds } from '../../../shared/requestDeadline.ts';
import type { AttendanceRow, MemberRow, OrgRow, ReportRow } from './rows.ts';
import type { Sql } from './sql.ts';

export type { Sql };

/** Called with every SQL text before it runs: tests count statements, debug logs print them. */
export type QueryListener = (sql: string) => void;

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

  // ---- meetings ----

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
