// The report summaries of migrations 050 and 051 (docs/report-summaries.md): what report(period) reads instead of
// recounting the province, the rebuild from the raw rows, and the configuration they are computed with.
// The triggers keep the summaries current in each write's transaction; nothing here runs per write.
import type { Pool, PoolClient } from '../../../shared/db.ts';
import type { Sql } from './sql.ts';

/** Named values the summaries depend on (fee rates, probation): name -> JSON, as the SQL functions read them. */
export type SummarySettings = Readonly<Record<string, unknown>>;

/** The figures of one month, by name; a figure with no row is 0. */
export class ReportSummary {
  constructor(private readonly figures: ReadonlyMap<string, number>) {}

  get(figure: string): number {
    return this.figures.get(figure) ?? 0;
  }

  /** The figures whose names start with `prefix` (e.g. "exits."), keyed by the rest of the name. */
  byPrefix(prefix: string): Map<string, number> {
    const found = new Map<string, number>();
    for (const [name, n] of this.figures) if (name.startsWith(prefix)) found.set(name.slice(prefix.length), n);
    return found;
  }
}

/**
 * Every summary figure of the month starting `firstDay`: the as-of figures (sum of the deltas up to the month),
 * the month's counters, and the day-granular figures (migration 051's report_day_delta: transfers overdue) as of
 * the month's last day or today, whichever is earlier. Three index range scans on tables of a few thousand rows,
 * whatever the province's size.
 */
export async function loadReportSummary(sql: Sql, firstDay: string): Promise<ReportSummary> {
  const rows = await sql.rows<{ figure: string; n: number }>(
    `SELECT figure, sum(n)::float8 AS n FROM report_delta WHERE month <= $1::date GROUP BY figure
     UNION ALL
     SELECT figure, sum(n)::float8 AS n FROM report_count WHERE month = $1::date GROUP BY figure
     UNION ALL
     SELECT figure, sum(n)::float8 AS n FROM report_day_delta
      WHERE day <= least(($1::date + interval '1 month' - interval '1 day')::date, current_date) GROUP BY figure`,
    [firstDay],
  );
  return new ReportSummary(new Map(rows.map((r) => [r.figure, r.n])));
}


async function writeSettings(client: PoolClient, settings: SummarySettings): Promise<boolean> {
  let changed = false;
  for (const [name, value] of Object.entries(settings)) {
    const { rowCount } = await client.query(
      `INSERT INTO report_summary_setting (name, value) VALUES ($1, $2::jsonb)
       ON CONFLICT (name) DO UPDATE SET value = EXCLUDED.value WHERE report_summary_setting.value <> EXCLUDED.value`,
      [name, JSON.stringify(value)],
    );
    changed ||= (rowCount ?? 0) > 0;
  }
  return changed;
}

/**
 * Switches the triggers off for the rest of the caller's transaction: a bulk load (the seed) writes millions of
 * rows and then calls rebuildSummaries once, which is far cheaper than maintaining them row batch by batch.
 * Records `settings` first: a seeder may compute part of the summaries itself (the fee seeder's dues).
 */
export async function deferSummaries(client: PoolClient, settings: SummarySettings): Promise<void> {
  await writeSettings(client, settings);
  await client.query(`SELECT set_config('report_summaries.deferred', 'on', true)`);
}

/**
 * Every summary recomputed from the raw rows, in the caller's transaction, with `settings` recorded first. The
 * same SQL functions as the triggers' (rs_member_spans, rs_fee_segments …), so a rebuild and incremental
 * maintenance agree (test/reportSummaries.test.ts compares them). Turns deferral off again.
 */
export async function rebuildSummaries(client: PoolClient, settings: SummarySettings): Promise<void> {
  await writeSettings(client, settings);
  await client.query(`SELECT set_config('report_summaries.deferred', 'off', true)`);
  await rebuildAll(client);
}

/** Migration 050's summaries, then 051's (cards, badges, handbook, directives, transfers): rs_rebuild empties both tallies. */
async function rebuildAll(client: PoolClient): Promise<void> {
  await client.query('SELECT rs_rebuild()');
  await client.query('SELECT rs_rebuild_areas()');
}

/**
 * At start-up: records `settings` and, when one differs from what the summaries were computed with (a new fee
 * schedule, another probation), rebuilds them in the same transaction. Returns whether it rebuilt.
 */
export async function syncSummarySettings(pool: Pool, settings: SummarySettings): Promise<boolean> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // two processes starting on one database: one rebuilds, the other then finds nothing to change
    await client.query('SELECT pg_advisory_xact_lock(7234051)');
    const changed = await writeSettings(client, settings);
    if (changed) await rebuildAll(client);
    await client.query('COMMIT');
    return changed;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
