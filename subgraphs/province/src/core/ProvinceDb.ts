// The province's pool wrapper: statements on the pool (reads) or in one transaction (writes), each seen by the
// query listener, and the lookups every area leans on (the base loaders' organisations, members and attendance;
// the report summary, which report(period) and the period reports read). Each area's own SQL is in its folder
// (areas/<x>/db.ts).
import { inTransaction, type Pool } from '../../../shared/db.ts';
import { withBoundedClient } from '../../../shared/boundedClient.ts';
import { currentIdempotencyClaim } from '../../../shared/idempotency.ts';
import { currentRequestBounds } from '../../../shared/requestDeadline.ts';
import { markWritten } from './idempotency.ts';
import type { AttendanceRow, MemberRow, OrgRow, ReportRow } from './rows.ts';
import { loadReportSummary, type ReportSummary } from './reportSummaries.ts';
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

  /**
   * Runs `work` in one transaction: all of its writes land, or none. In a request that holds an Idempotency-Key
   * (shared/idempotency.ts), the same transaction marks the key's record written: the write and the mark commit
   * together, so a write that lands after its client gave up is found by the client's retry.
   */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return withBoundedClient(this.pool, currentRequestBounds(), (client) =>
      inTransaction(client, async (tx) => {
        const sql: Sql = {
          rows: async <R>(text: string, params: unknown[] = []) => {
            this.onQuery?.(text);
            return (await tx.query(text, params)).rows as R[];
          },
        };
        const result = await work(sql);
        const claim = currentIdempotencyClaim();
        if (claim) await markWritten(sql, claim);
        return result;
      }),
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

  /** Every summary figure of the month starting firstDay (migrations 050, 051: a few index lookups, any size). */
  reportSummary(firstDay: string): Promise<ReportSummary> {
    return loadReportSummary(this.sql, firstDay);
  }
}

/** The foundation's figures from the summary (rs_member_spans, rs_meetings_apply, rs_is_cell in migration 050). */
export function baseFigures(s: ReportSummary): ReportRow {
  return {
    member_count: s.get('members'),
    official_count: s.get('official'),
    // counted and not official on the day: the complement, exactly as the recount's two conditions split it
    probationary_count: s.get('members') - s.get('official'),
    male_count: s.get('male'),
    female_count: s.get('female'),
    cell_count: s.get('cells'),
    meetings_held: s.get('meetings_held'),
    cells_with_regular_meeting: s.get('regular_cells'),
    expected: s.get('expected'),
    present: s.get('present'),
  };
}
