// Party-fee rates as configuration (README "Party fees"): config/fee-rates.json, or the file FEE_RATES_FILE names.
// Each schedule applies from its month until the next one's, so a new Quy định is a new entry, not a code change.
import { isObject, readRulesFile, RulesChecker } from '../../core/loadJsonRules.ts';

export interface FeeSchedule {
  /** First month it applies to, YYYY-MM. */
  fromMonth: string;
  /** Last month it applies to (the month before the next schedule), YYYY-MM; null = open-ended. */
  untilMonth: string | null;
  source: string;
  /** Rates in basis points of the base amount (1% = 100), so the arithmetic stays in integers. */
  socialInsuranceBp: number;
  pensionBp: number;
  otherBp: number;
  studentMonthlyVnd: number;
  /** From the month a member's party age reaches this many years, no fee is due. */
  exemptPartyAgeYears: number;
}

export interface FeeRules {
  /** In month order, contiguous. */
  schedules: FeeSchedule[];
  /** Allowed reductions, e.g. [30, 50, 70]. */
  reductionPercents: number[];
  maxReductionMonths: number;
  /** A member is in arrears with unpaid dues in >= thresholdMonths of the windowMonths ending with a month. */
  arrears: { thresholdMonths: number; windowMonths: number };
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The month before YYYY-MM. */
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A percentage with at most 2 decimals as basis points; NaN when it has more (1.005% cannot be an integer rate). */
function toBasisPoints(percent: unknown): number {
  if (typeof percent !== 'number' || !Number.isFinite(percent)) return NaN;
  const bp = Math.round(percent * 100);
  return Math.abs(bp - percent * 100) < 1e-6 ? bp : NaN;
}

export function parseFeeRules(json: unknown, origin: string): FeeRules {
  const c = new RulesChecker(origin);
  if (!c.check(isObject(json), '', 'must be a JSON object')) c.throwIfAny();
  const raw = json as Record<string, unknown>;
  const list = Array.isArray(raw.schedules) ? raw.schedules : [];
  c.check(list.length > 0, 'schedules', 'must be a non-empty array');
  const schedules: FeeSchedule[] = list.map((s: unknown, i: number) => {
    const at = `schedules[${i}]`;
    const o = isObject(s) ? s : {};
    c.check(isObject(s), at, 'must be an object');
    const fromMonth = String(o.effectiveFrom);
    c.check(MONTH.test(fromMonth), `${at}.effectiveFrom`, `must be a month YYYY-MM; got ${JSON.stringify(o.effectiveFrom)}`);
    const bp = (key: string) => {
      const v = toBasisPoints(o[key]);
      c.check(v >= 0 && v <= 10000, `${at}.${key}`, `must be a percentage from 0 to 100 with at most 2 decimals; got ${JSON.stringify(o[key])}`);
      return v;
    };
    return {
      fromMonth,
      untilMonth: null,
      source: typeof o.source === 'string' ? o.source : '',
      socialInsuranceBp: bp('socialInsurancePercent'),
      pensionBp: bp('pensionPercent'),
      otherBp: bp('otherPercent'),
      studentMonthlyVnd: c.int(o.studentMonthlyVnd, `${at}.studentMonthlyVnd`, 0, 1_000_000),
      exemptPartyAgeYears: c.int(o.exemptPartyAgeYears, `${at}.exemptPartyAgeYears`, 1, 100),
    };
  });
  schedules.forEach((s, i) => {
    if (i > 0) c.check(s.fromMonth > schedules[i - 1].fromMonth, `schedules[${i}].effectiveFrom`, 'must be later than the schedule before it');
  });
  const reductions = Array.isArray(raw.reductionPercents) ? raw.reductionPercents : [];
  c.check(Array.isArray(raw.reductionPercents), 'reductionPercents', 'must be an array of integers from 1 to 99');
  reductions.forEach((r: unknown, i: number) => c.int(r, `reductionPercents[${i}]`, 1, 99));
  const maxReductionMonths = c.int(raw.maxReductionMonths, 'maxReductionMonths', 1, 120);
  const arrears = isObject(raw.arrears) ? raw.arrears : {};
  const windowMonths = c.int(arrears.windowMonths, 'arrears.windowMonths', 1, 36);
  const thresholdMonths = c.int(arrears.thresholdMonths, 'arrears.thresholdMonths', 1, 36);
  c.check(!(thresholdMonths > windowMonths), 'arrears.thresholdMonths', 'must not exceed arrears.windowMonths');
  c.throwIfAny();
  for (let i = 0; i + 1 < schedules.length; i++) schedules[i].untilMonth = previousMonth(schedules[i + 1].fromMonth);
  return { schedules, reductionPercents: reductions as number[], maxReductionMonths, arrears: { thresholdMonths, windowMonths } };
}

export function loadFeeRules(env: Record<string, string | undefined>): FeeRules {
  const { json, origin } = readRulesFile('FEE_RATES_FILE', 'fee-rates.json', env);
  return parseFeeRules(json, origin);
}

/** The schedule applying to a month, or null before the first one. */
export function scheduleFor(rules: FeeRules, month: string): FeeSchedule | null {
  let found: FeeSchedule | null = null;
  for (const s of rules.schedules) if (s.fromMonth <= month) found = s;
  return found;
}
