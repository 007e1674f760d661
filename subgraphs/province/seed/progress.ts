// Progress of a seeding run in "estimated rows": the total is fixed before the first row, from the planned
// tree, so a progress bar can be sized at once. The passes report cells as they stream them; the rebuild of
// each index or key reports a share of its table's rows; each area seeder a share of what is left.
import { MEETING_MONTHS } from './seedContext.ts';
import type { OrgTreePlan } from './orgTree.ts';

/**
 * Rebuilding indexes and foreign keys took 1.3 to 1.9 times as long as writing the rows (Hà Nội at scale 1:
 * ~26 s against ~14 s; a 2,000-member province: ~100 ms against ~75 ms), so it weighs 1.5 rows per row.
 */
const REBUILD_UNITS_PER_ROW = 1.5;
/** The areas' seeders (areas/), all together; a guess, they are other people's and still growing. */
const AREA_UNITS_PER_ROW = 0.5;

export class SeedProgress {
  readonly total: number;
  private done = 0;
  private reported = 0;
  private readonly step: number;
  /** Estimated rows per table, from the plan: meetings and attendance assume a meeting a month. */
  private readonly tableRows: Record<string, number>;

  private readonly unitsPerArea: number;

  constructor(
    plan: OrgTreePlan,
    areaCount: number,
    private readonly onProgress: ((done: number, total: number) => void) | undefined,
  ) {
    const rows = { party_org: plan.orgs.length, member: 0, meeting: 0, attendance: 0 };
    for (const cell of plan.cells) {
      rows.member += cell.memberCount;
      if (!cell.org.active) continue;
      rows.meeting += SeedProgress.meetingUnits();
      rows.attendance += SeedProgress.attendanceUnits(cell.memberCount);
    }
    this.tableRows = rows;
    const written = rows.party_org + rows.member + rows.meeting + rows.attendance;
    const areaUnits = areaCount > 0 ? written * AREA_UNITS_PER_ROW : 0;
    this.unitsPerArea = areaCount > 0 ? areaUnits / areaCount : 0;
    this.total = Math.round(written * (1 + REBUILD_UNITS_PER_ROW) + areaUnits);
    // Reporting every cell would call back ~60,000 times for Hà Nội; a thousandth of the work is smooth enough.
    this.step = Math.max(1, Math.floor(this.total / 1000));
  }

  static meetingUnits(): number {
    return MEETING_MONTHS;
  }

  static attendanceUnits(memberCount: number): number {
    return memberCount * MEETING_MONTHS;
  }

  /** Rows (estimated units) streamed. */
  advance(units: number): void {
    this.done += units;
    if (this.done - this.reported >= this.step) this.report();
  }

  /** One of `statementsOnTable` index or key rebuilds of `table` is done. */
  rebuilt(table: string, statementsOnTable: number): void {
    this.advance(((this.tableRows[table] ?? 0) * REBUILD_UNITS_PER_ROW) / statementsOnTable);
  }

  /** The attendance of every held meeting is written (one statement on the server). */
  attendanceWritten(): void {
    this.advance(this.tableRows.attendance);
  }

  /** One area seeder has run. */
  areaSeeded(): void {
    this.advance(this.unitsPerArea);
  }

  /** The last call, with done === total. */
  finish(): void {
    this.done = this.total;
    this.report();
  }

  private report(): void {
    this.reported = this.done;
    this.onProgress?.(Math.min(this.total, Math.round(this.done)), this.total);
  }
}
