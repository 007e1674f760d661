import { todayInVietnam } from '../../../shared/period.ts';
// Months as YYYY-MM strings (the unit of party fees and reports); dates in months.ts are YYYY-MM-DD.
const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export const isMonth = (v: string): boolean => MONTH.test(v) && v >= '2000-01';

/** YYYY-MM plus n months (n may be negative). */
export function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) + n;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from a to b (negative when b is before a). */
export function monthsBetween(a: string, b: string): number {
  const [ya, ma] = a.split('-').map(Number);
  const [yb, mb] = b.split('-').map(Number);
  return (yb - ya) * 12 + (mb - ma);
}

/** Last day of a month, YYYY-MM-DD. */
export function lastDayOf(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

// One definition for the whole project (subgraphs/shared/period.ts); re-exported for this module's users.
export { todayInVietnam };
