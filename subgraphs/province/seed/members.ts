// The members of one cell, from the cell's own random stream, so no pass holds the province's 500,000 members in
// memory.
import type { ActivityState, MemberStatus, Sex } from '../src/core/rows.ts';
import { addMonths, addYears, civilDate, yearsBetween } from './calendar.ts';
import type { CellPlan, CellProfile } from './orgTree.ts';
import { Random, Weighted, WeightedRanges } from './random.ts';
import { Stream, type SeedContext } from './seedContext.ts';

export interface MemberPlan {
  id: string;
  citizenId: string;
  fullName: string;
  sex: Sex;
  birthDay: number;
  ethnicityCode: string;
  religionCode: string | null;
  admissionDay: number;
  officialDay: number | null;
  status: MemberStatus;
  state: ActivityState;
  joinedDay: number;
  leftDay: number | null;
}

const FEMALE_SHARE = 0.36;
/** Admitted within the last 12 months: the probationary members (~200,000 admissions a year of 5.6 million). */
const RECENT_ADMISSION_SHARE: Record<CellProfile, number> = { RESIDENTIAL: 0.012, WORKPLACE: 0.03 };
const TRANSFERRED_IN_SHARE = 0.03;
/** A few chi bộ resolutions come late: the member stays probationary past 12 months. */
const LATE_OFFICIAL_SHARE = 0.03;

// Age at admission: mostly in their twenties (students, young workers, soldiers), rarely after 45.
const ADMISSION_AGE = new WeightedRanges([[18, 21, 25], [22, 25, 30], [26, 29, 20], [30, 34, 12], [35, 44, 10], [45, 59, 3]]);
const RECENT_ADMISSION_AGE = new WeightedRanges([[18, 21, 35], [22, 25, 35], [26, 30, 20], [31, 40, 10]]);
// Years since admission: hamlet cells keep members for life; workplace cells lose them at retirement.
const PARTY_YEARS: Record<CellProfile, WeightedRanges> = {
  RESIDENTIAL: new WeightedRanges([[1, 4, 8], [5, 9, 10], [10, 19, 18], [20, 29, 18], [30, 39, 19], [40, 49, 15], [50, 64, 9], [65, 75, 3]]),
  WORKPLACE: new WeightedRanges([[1, 4, 25], [5, 9, 25], [10, 19, 30], [20, 29, 15], [30, 40, 5]]),
};
const MAX_AGE = 94; // whole years at asOf: everyone is 18 to 95
const RETIREMENT_AGE = 60;

const EXIT_OLD = new Weighted<ActivityState>([['DECEASED', 85], ['REMOVED', 10], ['RESIGNED', 5]]);
const EXIT_YOUNG = new Weighted<ActivityState>([['DECEASED', 20], ['REMOVED', 50], ['EXPELLED', 15], ['RESIGNED', 15]]);

/** Leaving in the last 24 months (~1.5% overall): the old mostly by death, the young by removal or exit. */
function leavingChance(age: number): number {
  if (age >= 80) return 0.08;
  if (age >= 70) return 0.035;
  return 0.01;
}

/** Exemption is asked for on grounds of age or health: rare before 70. */
function exemptionChance(age: number): number {
  if (age >= 80) return 0.4;
  if (age >= 70) return 0.14;
  if (age >= 60) return 0.03;
  return 0.003;
}

export class MemberGenerator {
  private readonly minorities: Weighted<string>;
  private readonly religions: Weighted<string>;
  /** Scrambles the 6 serial digits of citizen ids: odd and not a multiple of 5, so a bijection mod 10^6. */
  private static readonly SERIAL_MULTIPLIER = 387_431;
  private readonly serialOffset: number;

  constructor(private readonly context: SeedContext) {
    this.minorities = new Weighted(context.profile.minorities);
    this.religions = new Weighted(context.profile.religions);
    this.serialOffset = new Random(...context.keys, Stream.CITIZEN_DIGITS).int(0, 999_999);
  }

  cellMembers(cell: CellPlan): MemberPlan[] {
    const random = new Random(...this.context.keys, Stream.MEMBERS, cell.index);
    const femaleShare = Math.min(0.7, Math.max(0.1, FEMALE_SHARE + (random.float() - 0.5) * 0.3));
    const members: MemberPlan[] = [];
    // A cell keeps at least 3 live members: leavers stop there.
    let leaversAllowed = cell.memberCount - 3;
    for (let i = 0; i < cell.memberCount; i++) {
      const member = this.member(random, cell, cell.firstMemberOrdinal + i, femaleShare, leaversAllowed > 0);
      if (member.leftDay !== null) leaversAllowed--;
      members.push(member);
    }
    return members;
  }

  private member(random: Random, cell: CellPlan, ordinal: number, femaleShare: number, mayLeave: boolean): MemberPlan {
    const { asOfDay, profile, namer } = this.context;
    const id = random.uuid();
    const sex: Sex = random.chance(femaleShare) ? 'NU' : 'NAM';
    const ethnicityCode = random.chance(profile.kinhShare) ? '01' : this.minorities.draw(random);
    const religionCode = random.chance(profile.religionShare) ? this.religions.draw(random) : null;
    const fullName = namer.fullName(random, sex, ethnicityCode);
    const { birthDay, admissionDay } = drawLifeDates(random, cell.profile, asOfDay);

    const transferredIn = random.chance(TRANSFERRED_IN_SHARE) && admissionDay < asOfDay - 30;
    const joinedDay = transferredIn ? Math.max(admissionDay + 1, asOfDay - random.int(0, 5 * 365)) : admissionDay;
    const officialDue = addMonths(admissionDay, 12)
      + (random.chance(LATE_OFFICIAL_SHARE) ? random.int(31, 120) : random.int(0, 30));

    let state: ActivityState = 'ACTIVE';
    let leftDay: number | null = null;
    const leaveFrom = Math.max(joinedDay + 1, addMonths(asOfDay, -24) + 1);
    const age = yearsBetween(birthDay, asOfDay);
    if (random.chance(leavingChance(age)) && mayLeave && leaveFrom <= asOfDay) {
      leftDay = random.int(leaveFrom, asOfDay);
      state = (age >= 70 ? EXIT_OLD : EXIT_YOUNG).draw(random);
    }
    // Official once the chi bộ has voted, which happens only while the member is still here.
    const official = leftDay === null ? officialDue <= asOfDay : officialDue < leftDay;
    // Exemption is for official members of long standing, not for someone still on probation.
    if (leftDay === null && official && random.chance(exemptionChance(age))) state = 'EXEMPT';
    return {
      id,
      citizenId: this.citizenId(ordinal, birthDay, sex),
      fullName,
      sex,
      birthDay,
      ethnicityCode,
      religionCode,
      admissionDay,
      officialDay: official ? officialDue : null,
      status: official ? 'CHINH_THUC' : 'DU_BI',
      state,
      joinedDay,
      leftDay,
    };
  }

  /**
   * 12 digits as on a CCCD: birthplace code (here '0' + province code, which keeps provinces apart), a digit
   * for century and sex (0/1 men/women born 19xx, 2/3 born 20xx), the year's last two digits, then 6 serial
   * digits. The serial is a bijection of the member's ordinal, so ids never repeat within the province.
   */
  private citizenId(ordinal: number, birthDay: number, sex: Sex): string {
    const { year } = civilDate(birthDay);
    const centurySex = (year >= 2000 ? 2 : 0) + (sex === 'NU' ? 1 : 0);
    const serial = (ordinal * MemberGenerator.SERIAL_MULTIPLIER + this.serialOffset) % 1_000_000;
    return `0${this.context.province.code}${centurySex}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
  }
}

/**
 * Birth and admission dates with the admission between the 18th and the 61st birthday and not after asOf, and
 * an age of 18 to 95 at asOf. Day offsets of 1..363 keep whole-year ages exact across leap days.
 */
function drawLifeDates(random: Random, profile: CellProfile, asOfDay: number): { birthDay: number; admissionDay: number } {
  if (random.chance(RECENT_ADMISSION_SHARE[profile])) {
    const admissionDay = asOfDay - random.int(0, 364);
    const admissionAge = RECENT_ADMISSION_AGE.drawInt(random);
    return { birthDay: addYears(admissionDay, -admissionAge) - random.int(1, 363), admissionDay };
  }
  const admissionAge = ADMISSION_AGE.drawInt(random);
  const maxAge = profile === 'WORKPLACE' ? RETIREMENT_AGE : MAX_AGE;
  let partyYears = PARTY_YEARS[profile].drawInt(random);
  for (let attempt = 0; admissionAge + partyYears > maxAge && attempt < 6; attempt++) {
    partyYears = PARTY_YEARS[profile].drawInt(random);
  }
  const age = Math.min(admissionAge + partyYears, Math.max(maxAge, admissionAge + 1));
  const birthDay = addYears(asOfDay, -age) - random.int(1, 363);
  return { birthDay, admissionDay: addYears(birthDay, admissionAge) + random.int(1, 363) };
}
