// Deterministic demo data for ONE province database: the organisation tree, members, a year of cell meetings
// and their attendance, written in one transaction with COPY; then the other areas' seeders (src/areas/*/seed.ts,
// in AREAS order), then ANALYZE.
//
// Passes stream cell by cell and regenerate a cell's members from its own random stream when a later pass
// needs them, so memory does not grow with the province (Hà Nội at scale 1: 500,000 members, ~6 million
// attendance rows).
import { type Pool, withTransaction } from '../../shared/db.ts';
import { AREA_SEEDERS } from '../src/areas/index.ts';
import { deferReportSummaries, rebuildReportSummaries } from '../src/areas/reportSummaries.ts';
import { lockEmptyTables, withIndexesDeferred } from './bulkLoad.ts';
import {
  ATTENDANCE_COLUMNS, MEETING_COLUMNS, MEMBER_COLUMNS, ORG_COLUMNS, copyRows, meetingRow, memberRow, orgRow,
} from './copyRows.ts';
import { attendanceText, cellMeetings } from './meetings.ts';
import { MemberGenerator } from './members.ts';
import { planOrgTree, type CellPlan, type OrgTreePlan } from './orgTree.ts';
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

/**
 * Fills an empty, migrated province database. Throws DatabaseNotEmptyError if any seeded table has rows, and
 * a RangeError for invalid options, before writing anything; on any failure the transaction leaves the
 * database empty.
 */
export async function seedProvince(pool: Pool, options: SeedOptions): Promise<SeedSummary> {
  const context = createSeedContext(options);
  const plan = planOrgTree(context);
  const progress = new SeedProgress(plan, AREA_SEEDERS.length, options.onProgress);

  const summary = await withTransaction(pool, async (client) => {
    // millions of rows: no summary upkeep per statement, one rebuild at the end (below)
    await deferReportSummaries(client);
    const { freeze } = await lockEmptyTables(client, SEEDED_TABLES);
    const written = await withIndexesDeferred(client, SEEDED_TABLES, async () => {
      const copy = (table: string, columns: readonly string[], rows: Iterable<string>) =>
        copyRows(client, table, columns, rows, { freeze });
      const members = new MemberGenerator(context);
      return {
        orgs: await copy('party_org', ORG_COLUMNS, orgRows(plan, progress)),
        cells: plan.cells.length,
        members: await copy('member', MEMBER_COLUMNS, memberRows(plan, members, progress)),
        meetings: await copy('meeting', MEETING_COLUMNS, meetingRows(context, plan, progress)),
        attendance: await copy('attendance', ATTENDANCE_COLUMNS, attendanceRows(context, plan, members, progress)),
      };
    }, (table, statementsOnTable) => progress.rebuilt(table, statementsOnTable));
    // The other areas' demo data (cards, badges, fees ...) is set-based SQL over these rows: it runs once the
    // indexes and keys are back, in the same transaction, so a failure there also leaves the database empty.
    const { code, asOf, seed, scale } = options;
    for (const area of AREA_SEEDERS) {
      await area.run(client, { code, asOf, seed, scale }).catch((error: Error) => {
        throw new Error(`Seeding ${area.name} failed: ${error.message}`, { cause: error });
      });
      progress.areaSeeded();
    }
    // Planner statistics now, not whenever autovacuum gets to it: the first report queries need them. The whole
    // database, so that the areas' tables are included.
    await client.query('ANALYZE');
    // The report summaries (migration 050) from the raw rows, once, now that every area's rows are in (and
    // analysed: the rebuild's plans need the statistics). rs_rebuild analyses its own tables.
    await rebuildReportSummaries(client);
    return written;
  });
  progress.finish();
  return summary;
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

function* attendanceRows(
  context: SeedContext, plan: OrgTreePlan, generator: MemberGenerator, progress: SeedProgress,
): Generator<string> {
  for (const cell of activeCells(plan)) {
    yield* attendanceText(context, cell, generator.cellMembers(cell), cellMeetings(context, cell));
    progress.advance(SeedProgress.attendanceUnits(cell.memberCount));
  }
}
