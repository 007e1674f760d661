// The cadre system's rules (issue 13; spec §6): retirement by the statutory schedule, regular step raises with
// discipline's delays and early raises, grade promotions, periodic health check-ups. Every number is configuration
// with its legal source (config/cadre-rules.json, or the file CADRE_RULES_FILE names), read once at start-up; these
// functions are pure, so each rule is tested at its edges (__tests__/rules.test.ts). schedule.ts applies them to a
// cadre's row; the area's lists, figures and writes read them through it.
import { isObject, readRulesFile, RulesChecker } from '../../core/loadJsonRules.ts';

export type Sex = 'NAM' | 'NU';
export type GradeLevel = 'SENIOR_EXPERT' | 'UNIVERSITY' | 'COLLEGE' | 'BELOW_COLLEGE';
export type DelayingMeasure = 'KHIEN_TRACH' | 'CANH_CAO' | 'CACH_CHUC';
export type CadreLevel = 'CENTRAL' | 'PROVINCIAL' | 'COMMUNE';

const SEXES: readonly Sex[] = ['NAM', 'NU'];
const GRADE_LEVELS: readonly GradeLevel[] = ['SENIOR_EXPERT', 'UNIVERSITY', 'COLLEGE', 'BELOW_COLLEGE'];
const DELAYING: readonly DelayingMeasure[] = ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC'];
const CADRE_LEVELS: readonly CadreLevel[] = ['CENTRAL', 'PROVINCIAL', 'COMMUNE'];

/** A rule's legal basis, shown with every figure that depends on it. */
export interface Source {
  source: string;
  verified: boolean;
}

export interface RetirementAge {
  /** The calendar year from which this age applies (until the next entry's year). */
  year: number;
  years: number;
  months: number;
}

export interface StepScheme extends Source {
  /** YYYY-MM-DD: the scheme applies to steps held from this day. */
  effectiveFrom: string;
  monthsByGradeLevel: Record<GradeLevel, number>;
  disciplineDelayMonths: Record<DelayingMeasure, number>;
  earlyRaiseMaxMonths: number;
  earlyRaiseQuotaPercent: number;
  earlyRaiseSource: string;
}

export interface CadreRules {
  retirement: Source & { schedule: Record<Sex, RetirementAge[]>; noticeMonthsAhead: number };
  /** Oldest first. */
  stepSchemes: StepScheme[];
  healthCheckups: Source & { monthsByCadreLevel: Record<CadreLevel, number> };
  gradePromotions: GradePromotionRules;
}

/** A path of grade promotion (nâng ngạch): from a grade code to the next, after minMonths held in the first. */
export interface GradePath extends Source {
  fromGradeCode: string;
  toGradeCode: string;
  minMonths: number;
}

export interface GradePromotionRules extends Source {
  paths: GradePath[];
  /** HOAN_THANH_TOT_NHIEM_VU or better in each of this many calendar years before the year of asOf. */
  evaluationYears: number;
  evaluationSource: Source;
  /** How long a measure without its own in_force_until stays in force, from its decision. */
  disciplineInForceMonths: Record<DelayingMeasure, number>;
  disciplineSource: string;
}

// ---- dates (YYYY-MM-DD, calendar arithmetic in UTC) ----

const ymd = (d: Date) => d.toISOString().slice(0, 10);
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** `date` plus `months` calendar months, on the same day or the month's last when it has fewer (31 Jan + 1 = 28/29 Feb). */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return ymd(new Date(Date.UTC(year, month - 1, Math.min(d, daysIn(year, month)))));
}

export const addDaysToDate = (date: string, days: number): string => {
  const [y, m, d] = parts(date);
  return ymd(new Date(Date.UTC(y, m - 1, d + days)));
};

const lastDayOfMonth = (date: string) => {
  const [y, m] = parts(date);
  return ymd(new Date(Date.UTC(y, m - 1, daysIn(y, m))));
};

// ---- retirement ----

export interface Retirement {
  /** The statutory age that applies to this person. */
  age: { years: number; months: number };
  /** The day they reach it. */
  reachesAgeOn: string;
  /** The last day of work: the end of the month in which the age is reached (NĐ 135/2020, Điều 6). */
  retiresOn: string;
  /** From this day the retirement notice is due (noticeMonthsAhead before retiresOn). */
  noticeFrom: string;
}

const ageForYear = (schedule: readonly RetirementAge[], year: number) =>
  [...schedule].reverse().find((a) => a.year <= year) ?? schedule[0];

/**
 * The retirement of a person born on `birthDate`: the age is that of the calendar year in which it is reached, so
 * the schedule is searched for the year whose age, added to the birth date, falls in that same year.
 */
export function retirementOf(birthDate: string, sex: Sex, rules: CadreRules['retirement']): Retirement {
  const schedule = rules.schedule[sex];
  const first = schedule[0].year;
  const last = schedule.at(-1)!.year;
  let chosen: RetirementAge | undefined;
  let reaches = '';
  for (let year = first; year <= last + 1 && !chosen; year++) {
    const age = ageForYear(schedule, year);
    const on = addMonthsToDate(birthDate, age.years * 12 + age.months);
    const reachedIn = Number(on.slice(0, 4));
    // before the schedule (reached earlier than its first year) the first age applies; after it, the last
    if (reachedIn === year || (year === first && reachedIn < first) || (year === last + 1 && reachedIn > last)) {
      chosen = age;
      reaches = on;
    }
  }
  if (!chosen) {
    // between two years whose ages both overshoot (cannot happen with ages rising by less than 12 months a year)
    chosen = schedule.at(-1)!;
    reaches = addMonthsToDate(birthDate, chosen.years * 12 + chosen.months);
  }
  const retiresOn = lastDayOfMonth(reaches);
  return { age: { years: chosen.years, months: chosen.months }, reachesAgeOn: reaches, retiresOn, noticeFrom: addMonthsToDate(retiresOn, -rules.noticeMonthsAhead) };
}

/** Whether the retirement notice is due on `asOf`: from noticeFrom to the last day of work. */
export const retirementNoticeDue = (r: Retirement, asOf: string): boolean => asOf >= r.noticeFrom && asOf <= r.retiresOn;

// ---- regular step raises ----

export interface StepRaiseInput {
  /** The day the current step was granted (from which its months run). */
  stepSince: string;
  gradeLevel: GradeLevel;
  /** Disciplinary measures against the cadre; one decided while the step runs delays it. */
  disciplines: ReadonlyArray<{ measure: DelayingMeasure; decidedOn: string }>;
  /** An early raise granted for outstanding work, in months (0 when none). */
  earlyMonths?: number;
}

export interface StepRaise {
  dueOn: string;
  /** Months added by discipline. */
  delayMonths: number;
  earlyMonths: number;
  scheme: StepScheme;
}

export class RuleInputError extends Error {
  constructor(readonly field: string, problem: string) {
    super(`${field}: ${problem}`);
    this.name = 'RuleInputError';
  }
}

/** The scheme in force on `date`: the last whose effectiveFrom is on or before it. */
export function schemeOn(schemes: readonly StepScheme[], date: string): StepScheme {
  const scheme = [...schemes].reverse().find((s) => s.effectiveFrom <= date);
  if (!scheme) throw new RuleInputError('stepSince', `is before the first salary scheme (${schemes[0]?.effectiveFrom})`);
  return scheme;
}

/**
 * When the next regular step is due: the step's months for the grade level after stepSince, plus the delay of
 * each measure decided while the step ran (from stepSince to the day it would have been due, delays included),
 * less an early raise within the scheme's maximum.
 */
export function nextStepRaise(input: StepRaiseInput, schemes: readonly StepScheme[]): StepRaise {
  const scheme = schemeOn(schemes, input.stepSince);
  const earlyMonths = input.earlyMonths ?? 0;
  if (!Number.isInteger(earlyMonths) || earlyMonths < 0 || earlyMonths > scheme.earlyRaiseMaxMonths) {
    throw new RuleInputError('earlyMonths', `must be 0 to ${scheme.earlyRaiseMaxMonths} months (${scheme.earlyRaiseSource}); got ${earlyMonths}`);
  }
  let delayMonths = 0;
  let dueOn = addMonthsToDate(input.stepSince, scheme.monthsByGradeLevel[input.gradeLevel]);
  // A measure decided on or after the day the raise fell due comes too late to delay it; a delay moves that day,
  // so measures are taken in date order against the moving day.
  for (const d of [...input.disciplines].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))) {
    if (d.decidedOn >= input.stepSince && d.decidedOn < dueOn) {
      delayMonths += scheme.disciplineDelayMonths[d.measure];
      dueOn = addMonthsToDate(input.stepSince, scheme.monthsByGradeLevel[input.gradeLevel] + delayMonths);
    }
  }
  return { dueOn: addMonthsToDate(dueOn, -earlyMonths), delayMonths, earlyMonths, scheme };
}

/** How many early raises a year a staff of `paidStaff` allows (the quota, rounded down). */
export const earlyRaiseQuota = (paidStaff: number, scheme: StepScheme): number => Math.floor((paidStaff * scheme.earlyRaiseQuotaPercent) / 100);

// ---- health check-ups ----

export type CheckupStatus = 'DONE' | 'DUE' | 'OVERDUE';

/**
 * A cadre's check-up on `asOf`: OVERDUE after the day it fell due (or when there was none), DUE within the
 * `dueWithinDays` before that day, DONE otherwise.
 */
export function checkupStatus(lastCheckup: string | null, level: CadreLevel, asOf: string, rules: CadreRules['healthCheckups'], dueWithinDays = 30): { status: CheckupStatus; dueOn: string | null } {
  if (lastCheckup === null) return { status: 'OVERDUE', dueOn: null };
  const dueOn = addMonthsToDate(lastCheckup, rules.monthsByCadreLevel[level]);
  if (asOf > dueOn) return { status: 'OVERDUE', dueOn };
  return { status: asOf >= addDaysToDate(dueOn, -dueWithinDays) ? 'DUE' : 'DONE', dueOn };
}

// ---- grade promotions (nâng ngạch) ----

export type EvaluationGrade = 'HOAN_THANH_XUAT_SAC_NHIEM_VU' | 'HOAN_THANH_TOT_NHIEM_VU' | 'HOAN_THANH_NHIEM_VU' | 'KHONG_HOAN_THANH_NHIEM_VU';
const GOOD_ENOUGH: ReadonlySet<EvaluationGrade> = new Set(['HOAN_THANH_XUAT_SAC_NHIEM_VU', 'HOAN_THANH_TOT_NHIEM_VU']);

export interface GradePromotionInput {
  gradeCode: string;
  /** The day the cadre entered the current grade; null when unknown (then never eligible, with a reason). */
  gradeSince: string | null;
  evaluations: ReadonlyArray<{ year: number; result: EvaluationGrade }>;
  /** Measures against the cadre; inForceUntil (inclusive) when the decision set it, else the configured months. */
  disciplines: ReadonlyArray<{ measure: string; decidedOn: string; inForceUntil?: string | null }>;
}

export type GradePromotionReasonKind =
  | 'GRADE_SINCE_UNKNOWN' | 'NO_PROMOTION_PATH' | 'HELD_TOO_SHORT' | 'EVALUATION_MISSING' | 'EVALUATION_INSUFFICIENT' | 'DISCIPLINE_IN_FORCE';

export interface GradePromotionReason {
  kind: GradePromotionReasonKind;
  message: string;
  /** The evaluation year concerned (EVALUATION_*). */
  year?: number;
  /** The last day the obstacle holds: the day before the time is met (HELD_TOO_SHORT), the measure's last day in force. */
  until?: string;
}

export interface GradePromotion {
  /** The first day the time held and discipline allow it (evaluations are per year, not in this day); null when it cannot be said. */
  eligibleFrom: string | null;
  eligible: boolean;
  /** Why not; empty when eligible. */
  reasons: GradePromotionReason[];
  path: GradePath | null;
}

/** The last day a measure is in force: its own inForceUntil, else decidedOn plus the configured months, less a day. */
function inForceUntil(d: GradePromotionInput['disciplines'][number], rules: GradePromotionRules): string | null {
  if (d.inForceUntil) return d.inForceUntil;
  const months = rules.disciplineInForceMonths[d.measure as DelayingMeasure];
  return months === undefined ? null : addDaysToDate(addMonthsToDate(d.decidedOn, months), -1);
}

/**
 * Whether a cadre may be considered for promotion to the next grade on `asOf`: the path's minimum months held
 * in the current grade (from gradeSince: on the day they are complete, not the day before), an evaluation of
 * HOAN_THANH_TOT_NHIEM_VU or better for each of the evaluationYears years before asOf's year, and no measure in
 * force on asOf (decided on or before it, its last day in force on or after it). KHAI_TRU ends membership: no term.
 * eligibleFrom is the day the months are complete, moved past the last day of any measure decided by asOf.
 */
export function gradePromotionEligibility(input: GradePromotionInput, rules: GradePromotionRules, asOf: string): GradePromotion {
  const reasons: GradePromotionReason[] = [];
  const path = rules.paths.find((p) => p.fromGradeCode === input.gradeCode) ?? null;
  let eligibleFrom: string | null = null;
  if (!path) reasons.push({ kind: 'NO_PROMOTION_PATH', message: `no promotion from grade ${input.gradeCode} is configured (${rules.source})` });
  if (input.gradeSince === null) {
    reasons.push({ kind: 'GRADE_SINCE_UNKNOWN', message: 'the date the cadre entered the current grade is not recorded (gradeSince): record it with recordCadre' });
  } else if (path) {
    eligibleFrom = addMonthsToDate(input.gradeSince, path.minMonths);
    if (asOf < eligibleFrom) {
      reasons.push({ kind: 'HELD_TOO_SHORT', until: addDaysToDate(eligibleFrom, -1),
        message: `grade ${input.gradeCode} held since ${input.gradeSince}: ${path.minMonths} months are complete on ${eligibleFrom} (${path.source})` });
    }
  }
  const year = Number(asOf.slice(0, 4));
  for (let y = year - 1; y >= year - rules.evaluationYears; y--) {
    const e = input.evaluations.find((x) => x.year === y);
    if (!e) reasons.push({ kind: 'EVALUATION_MISSING', year: y, message: `no evaluation for ${y} (HOAN_THANH_TOT_NHIEM_VU or better is required; ${rules.evaluationSource.source})` });
    else if (!GOOD_ENOUGH.has(e.result)) {
      reasons.push({ kind: 'EVALUATION_INSUFFICIENT', year: y, message: `evaluated ${e.result} for ${y}: HOAN_THANH_TOT_NHIEM_VU or better is required` });
    }
  }
  for (const d of [...input.disciplines].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn))) {
    const until = inForceUntil(d, rules);
    // a measure decided after asOf is not known on asOf; one decided by then moves eligibleFrom past its last day
    if (until === null || d.decidedOn > asOf) continue;
    if (eligibleFrom !== null && until >= eligibleFrom) eligibleFrom = addDaysToDate(until, 1);
    if (d.decidedOn <= asOf && until >= asOf) {
      reasons.push({ kind: 'DISCIPLINE_IN_FORCE', until, message: `${d.measure} decided on ${d.decidedOn} is in force until ${until} (${rules.disciplineSource})` });
    }
  }
  return { eligibleFrom, eligible: reasons.length === 0, reasons, path };
}

// ---- the configuration file ----

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && addMonthsToDate(v, 0) === v;

function source(c: RulesChecker, v: Record<string, unknown>, path: string): Source {
  c.check(typeof v.source === 'string' && v.source.length > 0, `${path}.source`, 'must name the legal source');
  c.check(typeof v.verified === 'boolean', `${path}.verified`, 'must say whether the value was checked against the text (true or false)');
  return { source: String(v.source), verified: v.verified === true };
}

function byKeys<K extends string>(c: RulesChecker, v: unknown, path: string, keys: readonly K[], min: number, max: number): Record<K, number> {
  const o = isObject(v) ? v : {};
  c.check(isObject(v), path, `must be an object with ${keys.join(', ')}`);
  return Object.fromEntries(keys.map((k) => [k, c.int(o[k], `${path}.${k}`, min, max)])) as Record<K, number>;
}

export function parseCadreRules(json: unknown, origin: string): CadreRules {
  const c = new RulesChecker(origin);
  const root = isObject(json) ? json : {};
  const ret = isObject(root.retirement) ? root.retirement : {};
  c.check(isObject(root.retirement), 'retirement', 'must be an object');
  const scheduleIn = isObject(ret.schedule) ? ret.schedule : {};
  const schedule = Object.fromEntries(SEXES.map((sex) => {
    const list = Array.isArray(scheduleIn[sex]) ? (scheduleIn[sex] as unknown[]) : [];
    c.check(list.length > 0, `retirement.schedule.${sex}`, 'must list the ages by year');
    const ages = list.map((a, i) => {
      const o = isObject(a) ? a : {};
      return { year: c.int(o.year, `retirement.schedule.${sex}[${i}].year`, 1990, 2100), years: c.int(o.years, `retirement.schedule.${sex}[${i}].years`, 40, 80), months: c.int(o.months, `retirement.schedule.${sex}[${i}].months`, 0, 11) };
    });
    ages.forEach((a, i) => {
      if (i > 0) c.check(a.year > ages[i - 1].year && a.years * 12 + a.months >= ages[i - 1].years * 12 + ages[i - 1].months, `retirement.schedule.${sex}[${i}]`, 'must follow the previous entry: a later year, an age not lower');
      if (i > 0) c.check(a.years * 12 + a.months - (ages[i - 1].years * 12 + ages[i - 1].months) < 12 * (a.year - ages[i - 1].year), `retirement.schedule.${sex}[${i}]`, 'must rise by less than 12 months a year (otherwise some birth dates would reach no year\'s age)');
    });
    return [sex, ages];
  })) as Record<Sex, RetirementAge[]>;
  const notice = isObject(ret.noticeMonthsAhead) ? ret.noticeMonthsAhead : {};
  const retirement = { ...source(c, ret, 'retirement'), schedule, noticeMonthsAhead: c.int(notice.value, 'retirement.noticeMonthsAhead.value', 0, 24) };
  if (isObject(ret.noticeMonthsAhead)) source(c, notice, 'retirement.noticeMonthsAhead');

  const steps = isObject(root.stepRaises) && Array.isArray(root.stepRaises.schemes) ? (root.stepRaises.schemes as unknown[]) : [];
  c.check(steps.length > 0, 'stepRaises.schemes', 'must list at least one salary scheme');
  const stepSchemes = steps.map((s, i): StepScheme => {
    const o = isObject(s) ? s : {};
    const path = `stepRaises.schemes[${i}]`;
    c.check(isDate(o.effectiveFrom), `${path}.effectiveFrom`, `must be a date YYYY-MM-DD; got ${JSON.stringify(o.effectiveFrom)}`);
    c.check(typeof o.earlyRaiseSource === 'string', `${path}.earlyRaiseSource`, 'must name the source of the early-raise rule');
    return {
      ...source(c, o, path),
      effectiveFrom: String(o.effectiveFrom),
      monthsByGradeLevel: byKeys(c, o.monthsByGradeLevel, `${path}.monthsByGradeLevel`, GRADE_LEVELS, 1, 120),
      disciplineDelayMonths: byKeys(c, o.disciplineDelayMonths, `${path}.disciplineDelayMonths`, DELAYING, 0, 60),
      earlyRaiseMaxMonths: c.int(o.earlyRaiseMaxMonths, `${path}.earlyRaiseMaxMonths`, 0, 60),
      earlyRaiseQuotaPercent: c.int(o.earlyRaiseQuotaPercent, `${path}.earlyRaiseQuotaPercent`, 0, 100),
      earlyRaiseSource: String(o.earlyRaiseSource),
    };
  });
  stepSchemes.forEach((s, i) => {
    if (i > 0) c.check(s.effectiveFrom > stepSchemes[i - 1].effectiveFrom, `stepRaises.schemes[${i}].effectiveFrom`, 'must be after the previous scheme\'s');
  });
  const health = isObject(root.healthCheckups) ? root.healthCheckups : {};
  const healthCheckups = { ...source(c, health, 'healthCheckups'), monthsByCadreLevel: byKeys(c, health.monthsByCadreLevel, 'healthCheckups.monthsByCadreLevel', CADRE_LEVELS, 1, 60) };
  const gradePromotions = parseGradePromotions(c, root.gradePromotions);
  c.throwIfAny();
  return { retirement, stepSchemes, healthCheckups, gradePromotions };
}

function parseGradePromotions(c: RulesChecker, v: unknown): GradePromotionRules {
  c.check(isObject(v), 'gradePromotions', 'must be an object');
  const g = isObject(v) ? v : {};
  const list = Array.isArray(g.paths) ? (g.paths as unknown[]) : [];
  c.check(list.length > 0, 'gradePromotions.paths', 'must list at least one path from a grade code to the next');
  const paths = list.map((p, i): GradePath => {
    const o = isObject(p) ? p : {};
    const path = `gradePromotions.paths[${i}]`;
    for (const k of ['fromGradeCode', 'toGradeCode'] as const) {
      c.check(typeof o[k] === 'string' && o[k].length >= 1 && o[k].length <= 20, `${path}.${k}`, `must be a grade code of 1 to 20 characters; got ${JSON.stringify(o[k])}`);
    }
    c.check(o.fromGradeCode !== o.toGradeCode, `${path}.toGradeCode`, 'must differ from fromGradeCode');
    return { ...source(c, o, path), fromGradeCode: String(o.fromGradeCode), toGradeCode: String(o.toGradeCode), minMonths: c.int(o.minMonths, `${path}.minMonths`, 1, 360) };
  });
  paths.forEach((p, i) => c.check(paths.findIndex((q) => q.fromGradeCode === p.fromGradeCode) === i, `gradePromotions.paths[${i}].fromGradeCode`, `${p.fromGradeCode} has a path already`));
  const years = isObject(g.evaluationYears) ? g.evaluationYears : {};
  c.check(isObject(g.evaluationYears), 'gradePromotions.evaluationYears', 'must be an object with value, source and verified');
  const evaluationYears = c.int(years.value, 'gradePromotions.evaluationYears.value', 1, 10);
  const evaluationSource = source(c, years, 'gradePromotions.evaluationYears');
  c.check(typeof g.disciplineSource === 'string' && g.disciplineSource.length > 0, 'gradePromotions.disciplineSource', 'must name the source of the discipline rule');
  return {
    ...source(c, g, 'gradePromotions'), paths, evaluationYears, evaluationSource,
    disciplineInForceMonths: byKeys(c, g.disciplineInForceMonths, 'gradePromotions.disciplineInForceMonths', DELAYING, 1, 60),
    disciplineSource: String(g.disciplineSource),
  };
}

export function loadCadreRules(env: Record<string, string | undefined>): CadreRules {
  const { json, origin } = readRulesFile('CADRE_RULES_FILE', 'cadre-rules.json', env);
  return parseCadreRules(json, origin);
}
