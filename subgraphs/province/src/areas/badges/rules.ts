// Party-badge calendar (process 4; spec §2 row 5 and §5 rule 4, all [V]: HD 01-HD/TW §18): milestones, the four
// ceremonies, eligibility dates and party age. Pure functions on ISO dates; the SQL of db.ts applies the
// same arithmetic (PostgreSQL's `date + interval 'N years'` also maps 29 February to 28 February).
import type { Ceremony } from './rows.ts';
import { addDays } from '../../core/months.ts';
import { addYears, eligibleOn } from '../../core/partyAge.ts';

/** Badge milestones in years of party age. */
export const MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90] as const;
export type Milestone = (typeof MILESTONES)[number];

/** GraphQL BadgeMilestone value (Y30) <-> years. */
export const milestoneName = (years: number): `Y${Milestone}` => `Y${years as Milestone}`;
export const milestoneYears = (name: string): Milestone => Number(name.slice(1)) as Milestone;

/** The ceremonies in calendar order: month and day (3/2 Party founding, 19/5, 2/9, 7/11). */
export const CEREMONIES: readonly { ceremony: Ceremony; month: number; day: number }[] = [
  { ceremony: 'FEB3', month: 2, day: 3 },
  { ceremony: 'MAY19', month: 5, day: 19 },
  { ceremony: 'SEP2', month: 9, day: 2 },
  { ceremony: 'NOV7', month: 11, day: 7 },
];

/** Early award when gravely ill: up to 12 months before eligibleOn for badges 30-65, 24 months for 70-90. */
export const gravelyIllMonths = (milestone: number): number => (milestone >= 70 ? 24 : 12);
/** Posthumous award: the member died no more than 12 months before eligibleOn. */
export const POSTHUMOUS_MONTHS = 12;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

export function ceremonyDate(year: number, ceremony: Ceremony): string {
  const c = CEREMONIES.find((x) => x.ceremony === ceremony)!;
  return `${pad(year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** The ceremony before (year, ceremony): 7/11 of the year before for 3/2. */
export function previousCeremonyDate(year: number, ceremony: Ceremony): string {
  const i = CEREMONIES.findIndex((x) => x.ceremony === ceremony);
  return i === 0 ? ceremonyDate(year - 1, 'NOV7') : ceremonyDate(year, CEREMONIES[i - 1].ceremony);
}

/** The first ceremony on or after `date`: when a member eligible that day is due. */
export function firstCeremonyOnOrAfter(date: string): { ceremony: Ceremony; year: number; date: string } {
  const year = Number(date.slice(0, 4));
  for (const c of CEREMONIES) {
    const d = ceremonyDate(year, c.ceremony);
    if (d >= date) return { ceremony: c.ceremony, year, date: d };
  }
  return { ceremony: 'FEB3', year: year + 1, date: ceremonyDate(year + 1, 'FEB3') };
}

/** The ceremony held in month YYYY-MM, or null (January, March …). */
export function ceremonyInMonth(period: string): Ceremony | null {
  const month = Number(period.slice(5, 7));
  return CEREMONIES.find((c) => c.month === month)?.ceremony ?? null;
}

// addYears and eligibleOn (admissionDecisionDate + N years + interruptionDays, spec §5 rule 4) are party age's,
// shared with the fee exemption: core/partyAge.ts.
export { addYears, eligibleOn };

const dayNumber = (date: string): number => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * Party age on `asOf`: n completed years (the largest n with eligibleOn(n) <= asOf) plus the elapsed share of
 * year n+1, so that it is exactly N on the N-year eligibleOn and a milestone test `>= N` agrees with the badge
 * rule. 0 before the admission decision.
 */
export function partyAgeYears(admission: string, interruptionDays: number, asOf: string): number {
  const start = addDays(admission, interruptionDays);
  if (asOf <= start) return 0;
  let n = Number(asOf.slice(0, 4)) - Number(start.slice(0, 4));
  while (n > 0 && eligibleOn(admission, n, interruptionDays) > asOf) n--;
  const from = eligibleOn(admission, n, interruptionDays);
  const to = eligibleOn(admission, n + 1, interruptionDays);
  const years = n + (dayNumber(asOf) - dayNumber(from)) / (dayNumber(to) - dayNumber(from));
  return Math.round(years * 1000) / 1000;
}
