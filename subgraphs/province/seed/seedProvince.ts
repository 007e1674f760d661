// Deterministic demo data for ONE province database: the organisation tree, members and a year of cell meetings
// written with COPY; then the other areas' seeders (src/areas/*/seed.ts, in AREAS order); then the meetings'
// attendance, written by the server; then the post-load steps and ANALYZE; all in one transaction.
//
// Passes stream cell by cell, so memory does not grow with the province (Hà Nội at scale 1: 500,000 members,
// ~220,000 meetings); the ~6 million attendance rows never leave the server.
import { type Pool, type PoolClient, withTransaction } from '../../shared/db.ts';
import { defaultProvinceSettings, type ProvinceRules } from '../src/config.ts';
import { AREA_SEEDERS } from '../src/areas/index.ts';
import { deferReportSummaries, rebuildReportSummaries } from '../src/areas/reportSummaries.ts';
import { insertAttendance } from './attendance.ts';
import { deferIndexes, disableUserTriggers, lockEmptyTables } from './bulkLoad.ts';
import { MEETING_COLUMNS, MEMBER_COLUMNS, ORG_COLUMNS, copyRows, meetingRow, memberRow, orgRow } from './copyRows.ts';
import { cellMeetings } from './meetings.ts';
import { MemberGenerator } from './members.ts';
import { planOrgTree, type CellPlan, type OrgTreePlan } from './orgTree.ts';
import { POST_LOAD_STEPS } from './postLoad.ts';
import { SeedProgress } from './progress.ts';
import { createSeedContext, type SeedContext } from './seedContext.ts';

export interface SeedOptions {
  /** Province code, e.g. "01". */
  code: string;
  /** 0 < scale <= 1; members = max(30, round(approxMembers * scale)). */
  scale: number;
  /** PRNG seed; same code + scale + seed + asOf => byte-identical data. */
  seed: number;
  /** 'YYYY-MM-DD', the "today" of the data set: meetings cover the 12 months ending with its month. */
  asOf: string;
  /** Called as rows are written (unit: estimated rows), monotonic, ending with done === total. */
  onProgress?: (done: number, total: number) => void;
  /**
   * The rules the demo data follows (fee rates, the HTXS cap), as the subgraph that serves it is configured.
   * Default: the spec's values (src/config.ts defaultProvinceSettings).
   */
  rules?: Partial<ProvinceRules>;
  /** Called as each phase ends, with its wall time in ms (the benchmark prints them). */
  onPhase?: (phase: string, ms: number) => void;
}

/**
 * Rows this generator wrote (the areas' seeders add more, e.g. scheduled meetings). `orgs` counts every
 * party_org row, cells included; `cells` the CHI_BO and CHI_BO_CO_SO among them; `meetings` held meetings.
 */
export interface SeedSummary {
  orgs: number;
  cells: number;
  members: number;
  meetings: number;
  attendance: number;
}

/** In foreign-key order; also the order they are loaded in. */
const SEEDED_TABLES = ['party_org', 'member', 'meeting', 'attendance'] as const;

/** True when the province database has an organisation tree (party_org has a row). */
export async function isSeeded(pool: Pool): Promise<boolean> {
  const { rows } = await pool.query<{ seeded: boolean }>('SELECT EXISTS (SELECT 1 FROM party_org) AS seeded');
  return rows[0].seeded;
}

/** Foundation tables the areas' seeders read: their indexes come back before those seeders run. */
const READ_BY_AREAS = ['party_org', 'member', 'meeting'] as const;

/**
 * Settings of the seeding transaction. A bulk load of up to ~60 million rows (Hà Nội at scale 1 with every
 * area's data) in one transaction: nothing is waited for at commit that a re-run could not redo, index rebuilds
 * sort in memory (two provinces seed at once: 2 × 512 MB at most), and joins hash without spilling.
 */
const SESSION_SETTINGS = [
  'SET LOCAL synchronous_commit = off',
  "SET LOCAL maintenance_work_mem = '512MB'",
  "SET LOCAL work_mem = '128MB'",
  // Provinces seed two at a time on two cores: parallel workers only add their coordination on top (measured for
  // Hà Nội at 0.1: 31.8 CPU-s with them, 27.2 without, and 20% less wall time; BENCHMARKS.md "Demo seed").
  'SET LOCAL max_parallel_workers_per_gather = 0',
  'SET LOCAL max_parallel_maintenance_workers = 0',
];

/**
 * Fills an empty, migrated province database. Throws DatabaseNotEmptyError if any seeded table has rows, and
 * a RangeError for invalid options, before writing anything; on any failure the transaction leaves the
 * database empty.
 *
 * Phases, all in one transaction: the organisation tree, members and held meetings streamed with COPY into
 * tables without indexes or keys (every other area's table has its own dropped too); the foundation's indexes
 * rebuilt and analysed; the areas' seeders (set-based SQL, in AREAS order, each table analysed after the seeder
 * that wrote it, so the next seeder's plans see real sizes); the attendance of every held meeting, by the
 * server, once exemptions exist (attendance.ts); the remaining indexes and keys rebuilt once; the post-load
 * steps (postLoad.ts); ANALYZE.
 */
export async function seedProvince(pool: Pool, options: SeedOptions): Promise<SeedSummary> {
  const context = createSeedContext(options);
  const plan = planOrgTree(context);
  const progress = new SeedProgress(plan, AREA_SEEDERS.length + POST_LOAD_STEPS.length, options.onProgress);
  let phaseStart = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    options.onPhase?.(name, now - phaseStart);
    phaseStart = now;
  };
  const { code, asOf, seed, scale } = options;
  const rules = { ...defaultProvinceSettings().rules, ...options.rules };
  const areaContext = { code, asOf, seed, scale, rules };

  const summary = await withTransaction(pool, async (client) => {
    for (const setting of SESSION_SETTINGS) await client.query(setting);
    // millions of rows: no summary upkeep per statement, one rebuild at the end (below)
    await deferReportSummaries(client, rules);
    const { freeze, referencing } = await lockEmptyTables(client, SEEDED_TABLES);
    const loaded = [...SEEDED_TABLES, ...referencing];
    const enableTriggers = await disableUserTriggers(client, loaded);
    const deferred = await deferIndexes(client, loaded, (table, statementsOnTable) => progress.rebuilt(table, statementsOnTable));
    const copy = (table: string, columns: readonly string[], rows: Iterable<string>) =>
      copyRows(client, table, columns, rows, { freeze });
    const members = new MemberGenerator(context);
    const orgs = await copy('party_org', ORG_COLUMNS, orgRows(plan, progress));
    const memberCount = await copy('member', MEMBER_COLUMNS, memberRows(plan, members, progress));
    phase('copy party_org, member');
    const meetings = await copy('meeting', MEETING_COLUMNS, meetingRows(context, plan, progress));
    phase('copy meeting');
    await deferred.restore(READ_BY_AREAS);
    phase('rebuild party_org, member, meeting indexes and keys');
    // Planner statistics before the areas' seeders: without them a join over freshly loaded members is planned
    // for a handful of rows (the admission seeder ran 11 minutes for Hà Nội at scale 1 that way).
    await client.query(`ANALYZE ${READ_BY_AREAS.join(', ')}`);
    phase('analyze foundation');

    // The other areas' demo data (cards, badges, fees ...) is set-based SQL over these rows, in the same
    // transaction, so a failure there also leaves the database empty.
    const changes = new TableChanges(client);
    await changes.snapshot();
    for (const area of AREA_SEEDERS) {
      await area.run(client, areaContext).catch((error: Error) => {
        throw new Error(`Seeding ${area.name} failed: ${error.message}`, { cause: error });
      });
      await changes.analyzeChanged();
      progress.areaSeeded();
      phase(`area ${area.name}`);
    }
    const attendance = await insertAttendance(client, seed);
    progress.attendanceWritten();
    phase('insert attendance');
    await deferred.restoreAll();
    phase('rebuild other indexes and keys');
    await enableTriggers();

    // Post-load: derived data rebuilt once from the raw rows (postLoad.ts), the one place for such a step.
    for (const step of POST_LOAD_STEPS) {
      await step.run(client, areaContext).catch((error: Error) => {
        throw new Error(`Seeding ${step.name} failed: ${error.message}`, { cause: error });
      });
      progress.areaSeeded();
      phase(`post-load ${step.name}`);
    }
    // Planner statistics now, not whenever autovacuum gets to it: the first report queries need them. Only the
    // tables written since their last ANALYZE (attendance, what post-load steps wrote): the others were analysed
    // after the phase that wrote them (a whole-database ANALYZE took 5 s more for Hà Nội at scale 0.1).
    await changes.analyzeChanged();
    phase('analyze');
    // The report summaries (migration 050) from the raw rows, once, now that every area's rows are in and
    // analysed (the rebuild's plans need the statistics); rs_rebuild analyses its own tables.
    await rebuildReportSummaries(client, rules);
    phase('rebuild report summaries');
    return { orgs, cells: plan.cells.length, members: memberCount, meetings, attendance };
  });
  progress.finish();
  return summary;
}

/**
 * Which tables this transaction has written since the last look (pg_stat_xact_user_tables counts the
 * transaction's own inserts, updates and deletes), to analyse only those after each seeder.
 */
class TableChanges {
  private counts = new Map<string, number>();

  constructor(private readonly client: PoolClient) {}

  private async read(): Promise<Map<string, number>> {
    const { rows } = await this.client.query<{ name: string; n: string }>(
      `SELECT relid::regclass::text AS name, (n_tup_ins + n_tup_upd + n_tup_del)::text AS n
         FROM pg_stat_xact_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del > 0`,
    );
    return new Map(rows.map((r) => [r.name, Number(r.n)]));
  }

  async snapshot(): Promise<void> {
    this.counts = await this.read();
  }

  async analyzeChanged(): Promise<void> {
    const now = await this.read();
    const changed = [...now].filter(([name, n]) => n !== this.counts.get(name)).map(([name]) => name).sort();
    this.counts = now;
    if (changed.length) await this.client.query(`ANALYZE ${changed.join(', ')}`);
  }
}

function* orgRows(plan: OrgTreePlan, progress: SeedProgress): Generator<string> {
  for (const org of plan.orgs) yield orgRow(org);
  progress.advance(plan.orgs.length);
}

function* memberRows(plan: OrgTreePlan, generator: MemberGenerator, progress: SeedProgress): Generator<string> {
  for (const cell of plan.cells) {
    for (const member of generator.cellMembers(cell)) yield memberRow(member, cell.org.id);
    progress.advance(cell.memberCount);
  }
}

const activeCells = (plan: OrgTreePlan): CellPlan[] => plan.cells.filter((cell) => cell.org.active);

function* meetingRows(context: SeedContext, plan: OrgTreePlan, progress: SeedProgress): Generator<string> {
  for (const cell of activeCells(plan)) {
    for (const meeting of cellMeetings(context, cell)) yield meetingRow(meeting, cell.org.id);
    progress.advance(SeedProgress.meetingUnits());
  }
}
