// Months as the API names them (YYYY-MM), counted in Viet Nam's time zone like the provinces' reports.

/** Today's month in Asia/Ho_Chi_Minh. */
export function currentMonth(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' }).format(now).slice(0, 7);
}

export function addMonths(period: string, delta: number): string {
  const [year, month] = period.split('-').map(Number) as [number, number];
  const index = year * 12 + (month - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The last ended month: the default period, since the current one is still being recorded. */
export function defaultPeriod(now = new Date()): string {
  return addMonths(currentMonth(now), -1);
}

/** The 12 months ending with `period`, oldest first. */
export function lastTwelveMonths(period: string): string[] {
  return Array.from({ length: 12 }, (_, i) => addMonths(period, i - 11));
}

// Badge ceremonies: 3/2, 19/5, 2/9, 7/11 (HD 01-HD/TW §18; subgraphs/province/src/areas/badges/rules.ts). A
// report's `badges` is null in a month without one.
const CEREMONY_MONTHS = [2, 5, 9, 11];

/** The month of the first ceremony in or after `period`. */
export function nextCeremonyPeriod(period: string): string {
  for (let delta = 0; delta < 12; delta++) {
    const candidate = addMonths(period, delta);
    if (CEREMONY_MONTHS.includes(Number(candidate.slice(5)))) return candidate;
  }
  throw new Error(`no ceremony within 12 months of ${period}`);
}

export const isPeriod = (value: string | null): value is string => value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** "10/2026", as the page writes a month. */
export const monthLabel = (period: string): string => `${period.slice(5)}/${period.slice(0, 4)}`;
