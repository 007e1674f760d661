// The validated options of one seeding run, and what every generator derives from them.
import { findProvince, provinces, type ProvinceInfo } from '../../../schema/provinces.ts';
import { monthsEndingAt, parseIsoDate, type CalendarMonth } from './calendar.ts';
import { provinceProfile, type ProvinceProfile } from './provinceProfiles.ts';
import { PersonNamer } from './personNames.ts';

/** Commune-level units nationally after 1/7/2025 (2,621 xã, 687 phường, 13 đặc khu): sizes the tree at scale 1. */
export const NATIONAL_COMMUNES = 3321;
/** Meetings cover the year ending with the asOf month: what the monthly and annual reports look at. */
export const MEETING_MONTHS = 12;
/** Seeds at least this many members, so that a tiny scale still gives a province two communes of real cells. */
export const MIN_MEMBERS = 30;
const MIN_COMMUNES = 2;

/** Random streams: each pass draws from its own, keyed by cell, so it can regenerate a cell alone. */
// (4 was the attendance's, now drawn by the server from hashes: attendance.ts.)
export const Stream = { TREE: 1, MEMBERS: 2, MEETINGS: 3, CITIZEN_DIGITS: 5 } as const;

export interface SeedContext {
  province: ProvinceInfo;
  profile: ProvinceProfile;
  namer: PersonNamer;
  /** Keys of every Random stream of this run: the seed and the province, so provinces differ under one seed. */
  keys: readonly number[];
  asOfDay: number;
  memberTotal: number;
  communeTotal: number;
  months: readonly CalendarMonth[];
}

export interface SeedContextOptions {
  code: string;
  scale: number;
  seed: number;
  asOf: string;
}

export function createSeedContext({ code, scale, seed, asOf }: SeedContextOptions): SeedContext {
  const province = findProvince(code);
  if (!province) throw new RangeError(`seed: unknown province code ${JSON.stringify(code)} (see schema/provinces.json)`);
  if (!(typeof scale === 'number' && scale > 0 && scale <= 1)) {
    throw new RangeError(`seed: scale must be a number with 0 < scale <= 1; got ${String(scale)}`);
  }
  if (!Number.isSafeInteger(seed)) throw new RangeError(`seed: seed must be a safe integer; got ${String(seed)}`);
  const asOfDay = parseIsoDate(asOf);
  if (asOfDay === undefined) throw new RangeError(`seed: asOf must be a date as YYYY-MM-DD; got ${JSON.stringify(asOf)}`);

  const memberTotal = Math.max(MIN_MEMBERS, Math.round(province.approxMembers * scale));
  const nationalMembers = provinces.reduce((sum, p) => sum + p.approxMembers, 0);
  const proportionalCommunes = Math.round((NATIONAL_COMMUNES * province.approxMembers * scale) / nationalMembers);
  // Each commune needs room for at least one 3-member cell, and real communes hold far more than 10 members.
  const communeTotal = Math.min(Math.max(MIN_COMMUNES, proportionalCommunes), Math.floor(memberTotal / 10));

  const profile = provinceProfile(code);
  return {
    province,
    profile,
    namer: new PersonNamer(profile.region),
    keys: [seed, Number(code)],
    asOfDay,
    memberTotal,
    communeTotal,
    months: monthsEndingAt(asOfDay, MEETING_MONTHS),
  };
}
