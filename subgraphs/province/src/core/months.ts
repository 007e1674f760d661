import { todayInVietnam } from '../../../shared/period.ts';
// Calendar arithmetic on ISO dates (YYYY-MM-DD) for rules counted in months: age at admission, probation.

/** Completed months from `from` to `to`: a month is completed on the same day of the month (or later). */
export function completedMonths(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number);
  const [ty, tm, td] = to.split('-').map(Number);
  const months = (ty - fy) * 12 + (tm - fm);
  // Born on the 31st: the month is completed on the 31st, or on the last day of a shorter month.
  const lastDayOfTo = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return td >= fd || td === lastDayOfTo ? months : months - 1;
}

/** `date` plus `months`, clamped to the end of a shorter month (2025-01-31 + 1 = 2025-02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// One definition for the whole project (subgraphs/shared/period.ts); re-exported for this module's users.
export { todayInVietnam };
