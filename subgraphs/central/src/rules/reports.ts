// Rules of period reports at the Centre that are configuration. [D]: the spec names no deadline; 5 days after
// the period's end is this project's default. The entry reads REPORT_DEADLINE_DAYS (src/config.ts); the
// resolvers take the value from ctx.reportDeadlineDays.

/** Days after a period's last day by which a province's report counts as on time. */
export const DEFAULT_REPORT_DEADLINE_DAYS = 5;

/** The last day a report on the period ending `lastDay` (YYYY-MM-DD) is on time. */
export function deadlineOf(lastDay: string, deadlineDays: number): string {
  const d = new Date(`${lastDay}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + deadlineDays);
  return d.toISOString().slice(0, 10);
}
