// A cadre's dates by the rules (rules.ts) from its row and the measures against it; the lists' and figures' bounds
// for the SQL that reads the candidates (db.ts). Pure: no I/O.
import type { CadreDisciplineRow, CadreEvaluationRow, CadreRow } from './rows.ts';
import {
  addDaysToDate, addMonthsToDate, checkupStatus, gradePromotionEligibility, nextStepRaise, type GradePromotion, retirementOf, type CadreRules, type CheckupStatus, type DelayingMeasure,
  type Retirement, type StepRaise,
} from './rules.ts';

const DELAYING = new Set<string>(['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC']);

/** The next raise of the cadre's current step; KHAI_TRU ends membership and is no delay. */
export function stepRaiseOfCadre(c: CadreRow, disciplines: readonly CadreDisciplineRow[], rules: CadreRules): StepRaise {
  const delaying = disciplines
    .filter((d) => DELAYING.has(d.measure))
    .map((d) => ({ measure: d.measure as DelayingMeasure, decidedOn: d.decided_on }));
  return nextStepRaise({ stepSince: c.step_since, gradeLevel: c.grade_level, disciplines: delaying }, rules.stepSchemes);
}

/** The cadre's eligibility for promotion to the next grade on `asOf` (rules.ts gradePromotionEligibility). */
export function gradePromotionOfCadre(c: CadreRow, evaluations: readonly CadreEvaluationRow[], disciplines: readonly CadreDisciplineRow[], rules: CadreRules, asOf: string): GradePromotion {
  return gradePromotionEligibility({
    gradeCode: c.grade_code,
    gradeSince: c.grade_since,
    evaluations: evaluations.map((e) => ({ year: e.year, result: e.result })),
    disciplines: disciplines.map((d) => ({ measure: d.measure, decidedOn: d.decided_on, inForceUntil: d.in_force_until })),
  }, rules.gradePromotions, asOf);
}

/** Cadres eligible on `asOf` entered their grade no later than this day (the shortest path's months before). */
export function latestGradeSinceFor(asOf: string, rules: CadreRules): string {
  return addMonthsToDate(asOf, -Math.min(...rules.gradePromotions.paths.map((p) => p.minMonths)));
}

export const retirementOfCadre = (c: CadreRow, rules: CadreRules): Retirement => retirementOf(c.birth_date, c.sex, rules.retirement);

/** In office on `day`: not past the last day of work. */
export const inOffice = (c: CadreRow, day: string, rules: CadreRules): boolean => retirementOfCadre(c, rules).retiresOn >= day;

export const checkupOf = (c: CadreRow, asOf: string, rules: CadreRules): { status: CheckupStatus; dueOn: string | null } =>
  checkupStatus(c.last_checkup, c.cadre_level, asOf, rules.healthCheckups);

/** Raises due on or before `to` began no later than this day (the shortest interval less the longest early raise). */
export function latestStepSinceFor(to: string, rules: CadreRules): string {
  const shortest = Math.min(...rules.stepSchemes.map((s) => Math.min(...Object.values(s.monthsByGradeLevel))));
  return addMonthsToDate(to, -shortest);
}

/** The birth dates whose retirement (and its notice) can touch [from, to]: the schedule's lowest to highest age. */
export function birthRangeFor(from: string, to: string, rules: CadreRules): { bornFrom: string; bornTo: string } {
  const ages = Object.values(rules.retirement.schedule).flat().map((a) => a.years * 12 + a.months);
  // retiresOn is at most a month after the age is reached; the notice runs noticeMonthsAhead before it
  return {
    bornFrom: addDaysToDate(addMonthsToDate(from, -Math.max(...ages) - 1), -1),
    bornTo: addMonthsToDate(to, -Math.min(...ages) + rules.retirement.noticeMonthsAhead + 1),
  };
}

/** Check-ups overdue or due (within 30 days) on `asOf` follow a last check-up on or before this day. */
export function latestCheckupFor(asOf: string, rules: CadreRules): string {
  const shortest = Math.min(...Object.values(rules.healthCheckups.monthsByCadreLevel));
  return addMonthsToDate(addDaysToDate(asOf, 31), -shortest);
}

/** The calendar quarter of a day: its first and last days. */
export function quarterOf(day: string): { first: string; last: string } {
  const y = Number(day.slice(0, 4));
  const q = Math.floor((Number(day.slice(5, 7)) - 1) / 3);
  const first = `${y}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  return { first, last: addDaysToDate(addMonthsToDate(first, 3), -1) };
}
