// Progress of a seeding run in "estimated rows": the total is fixed before the first row, from the planned
// tree, so a progress bar can be sized at once. Each pass reports its cells as it streams them.
import { MEETING_MONTHS } from './seedContext.ts';
import type { OrgTreePlan } from './orgTree.ts';

/** Rebuilding indexes and ANALYZE take roughly this share of a large seed (measured on Hà Nội at scale 1). */
const FINISHING_SHARE = 0.2;

export class SeedProgress {
  private done = 0;
  private reported = 0;
  readonly total: number;
  private readonly step: number;

  constructor(
    plan: OrgTreePlan,
    private readonly onProgress: ((done: number, total: number) => void) | undefined,
  ) {
    let rows = plan.orgs.length;
    for (const cell of plan.cells) {
      rows += cell.memberCount;
      if (cell.org.active) rows += SeedProgress.meetingUnits() + SeedProgress.attendanceUnits(cell.memberCount);
    }
    this.total = rows + Math.round(rows * FINISHING_SHARE);
    // Reporting every cell would call back ~60,000 times for Hà Nội; a thousandth of the work is smooth enough.
    this.step = Math.max(1, Math.floor(this.total / 1000));
  }

  static meetingUnits(): number {
    return MEETING_MONTHS;
  }

  static attendanceUnits(memberCount: number): number {
    return memberCount * MEETING_MONTHS;
  }

  advance(units: number): void {
    this.done = Math.min(this.total, this.done + units);
    if (this.done - this.reported >= this.step) this.report();
  }

  /** The last call, with done === total. */
  finish(): void {
    this.done = this.total;
    this.report();
  }

  private report(): void {
    this.reported = this.done;
    this.onProgress?.(this.done, this.total);
  }
}
