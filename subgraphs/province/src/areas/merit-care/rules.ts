// Care for people with merit, the rules (issue 13; spec §6): the occasions (27 July, Tết Nguyên đán) and when a
// registered person is due for one. The dates are configuration with their sources (config/merit-care-rules.json,
// or the file MERIT_CARE_RULES_FILE names), read once at start-up: Tết is lunisolar, so its day is listed per year
// rather than computed here. These functions are pure; __tests__/rules.test.ts tests them at their edges.
import { isObject, readRulesFile, RulesChecker } from '../../core/loadJsonRules.ts';

export type OccasionKind = 'THUONG_BINH_LIET_SI' | 'TET';
/** A person's state for one occasion on one day. */
export type CareStatus = 'NOT_YET_DUE' | 'DUE' | 'OVERDUE' | 'DONE';

export const OCCASION_KINDS: readonly OccasionKind[] = ['THUONG_BINH_LIET_SI', 'TET'];

export interface Source {
  source: string;
  verified: boolean;
}

export interface MeritCareRules {
  /** A person is due from this many days before the occasion's day. */
  dueDaysBefore: Source & { value: number };
  /** 27 July, Ngày Thương binh – Liệt sĩ: the same day every year. */
  julyDay: Source & { month: number; day: number };
  /** Tết Nguyên đán by the Gregorian year it falls in, YYYY-MM-DD. */
  tet: Source & { dates: ReadonlyMap<number, string> };
}

/** One occasion of one year: its day and the first day a person is due for it. */
export interface Occasion {
  kind: OccasionKind;
  year: number;
  /** YYYY-MM-DD */
  date: string;
  /** YYYY-MM-DD: `date` minus dueDaysBefore. */
  dueFrom: string;
}

const ymd = (d: Date) => d.toISOString().slice(0, 10);
export const addDays = (date: string, days: number): string => {
  const [y, m, d] = date.split('-').map(Number);
  return ymd(new Date(Date.UTC(y, m - 1, d + days)));
};
const pad = (n: number) => String(n).padStart(2, '0');

/** The occasion `kind` of `year`; null when the rules do not date it (a Tết year not configured). */
export function occasionOf(rules: MeritCareRules, kind: OccasionKind, year: number): Occasion | null {
  const date = kind === 'TET' ? rules.tet.dates.get(year) ?? null : `${year}-${pad(rules.julyDay.month)}-${pad(rules.julyDay.day)}`;
  return date === null ? null : { kind, year, date, dueFrom: addDays(date, -rules.dueDaysBefore.value) };
}

/**
 * A person's status for `occasion` on day `on`: DONE once a visit or gift for it is recorded (on or before `on`);
 * otherwise DUE from dueFrom to the occasion's day inclusive, OVERDUE after it, NOT_YET_DUE before dueFrom.
 */
export function careStatus(occasion: Occasion, on: string, done: boolean): CareStatus {
  if (done) return 'DONE';
  if (on > occasion.date) return 'OVERDUE';
  return on >= occasion.dueFrom ? 'DUE' : 'NOT_YET_DUE';
}

/** The first occasion on or after `day` (of its year or the next); null when the rules date none. */
export function occasionOnOrAfter(rules: MeritCareRules, day: string): Occasion | null {
  const year = Number(day.slice(0, 4));
  const found = [year, year + 1]
    .flatMap((y) => OCCASION_KINDS.map((kind) => occasionOf(rules, kind, y)))
    .filter((o): o is Occasion => o !== null && o.date >= day)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return found[0] ?? null;
}

// ---- the file ----

const isDate = (v: unknown): v is string =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && ymd(new Date(`${v}T00:00:00Z`)) === v;

function source(c: RulesChecker, o: Record<string, unknown>, path: string): Source {
  c.check(typeof o.source === 'string' && o.source.length > 0, `${path}.source`, 'must name the legal source or the practice');
  c.check(typeof o.verified === 'boolean', `${path}.verified`, 'must be true (checked against the text) or false');
  return { source: String(o.source), verified: o.verified === true };
}

/** Validates a parsed rules file; throws a ConfigError naming every entry at fault. */
export function parseMeritCareRules(json: unknown, origin: string): MeritCareRules {
  const c = new RulesChecker(origin);
  const root = isObject(json) ? json : {};
  const due = isObject(root.dueDaysBefore) ? root.dueDaysBefore : {};
  const occasions = isObject(root.occasions) ? root.occasions : {};
  const july = isObject(occasions.THUONG_BINH_LIET_SI) ? occasions.THUONG_BINH_LIET_SI : {};
  const tet = isObject(occasions.TET) ? occasions.TET : {};
  const month = c.int(july.month, 'occasions.THUONG_BINH_LIET_SI.month', 1, 12);
  const day = c.int(july.day, 'occasions.THUONG_BINH_LIET_SI.day', 1, 31);
  const dates = new Map<number, string>();
  const listed = isObject(tet.dates) ? tet.dates : {};
  c.check(Object.keys(listed).length > 0, 'occasions.TET.dates', 'must list the day of Tết for each year, e.g. {"2027": "2027-02-06"}');
  for (const [year, date] of Object.entries(listed)) {
    const path = `occasions.TET.dates.${year}`;
    // Tết falls between 21 January and 20 February of its own year
    if (c.check(/^\d{4}$/.test(year) && isDate(date) && date.startsWith(`${year}-`) && date >= `${year}-01-21` && date <= `${year}-02-20`, path,
      `must be a date YYYY-MM-DD from 21 January to 20 February of ${year}; got ${JSON.stringify(date)}`)) dates.set(Number(year), date as string);
  }
  const rules: MeritCareRules = {
    dueDaysBefore: { ...source(c, due, 'dueDaysBefore'), value: c.int(due.value, 'dueDaysBefore.value', 0, 120) },
    julyDay: { ...source(c, july, 'occasions.THUONG_BINH_LIET_SI'), month, day },
    tet: { ...source(c, tet, 'occasions.TET'), dates },
  };
  c.throwIfAny();
  return rules;
}

export function loadMeritCareRules(env: Record<string, string | undefined>): MeritCareRules {
  const { json, origin } = readRulesFile('MERIT_CARE_RULES_FILE', 'merit-care-rules.json', env);
  return parseMeritCareRules(json, origin);
}
