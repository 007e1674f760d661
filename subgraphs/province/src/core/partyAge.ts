// Party age (HD 01-HD/TW §18; spec §5 rule 4): from the admission decision date, without the days the member was
// out of the Party (member_interruption). Shared because more than one area asks "has the member reached N years
// of party age by this day": badges (milestones) and fees (the exemption at 50 years).
import { addDays, addMonths } from './months.ts';

/**
 * `date` plus `years` calendar years. 29 February becomes 28 February in a year without one: the Civil Code 2015
 * (art. 148) ends a period whose last month lacks the matching day on that month's last day, so a member admitted
 * on 29 February 1996 completes 30 years on 28 February 2026, not 1 March. PostgreSQL's
 * `date + make_interval(years => n)` does the same, so the SQL of badges and fees applies this rule too.
 */
export const addYears = (date: string, years: number): string => addMonths(date, years * 12);

/** The day party age reaches `years`: admissionDecisionDate + N years + interruptionDays. */
export const eligibleOn = (admission: string, years: number, interruptionDays: number): string =>
  addDays(addYears(admission, years), interruptionDays);
