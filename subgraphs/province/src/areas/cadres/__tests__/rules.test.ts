// The cadre system's rules at their edges, each expected value worked out by hand from the law's tables (Nghị
// định 135/2020/NĐ-CP, Phụ lục I; Thông tư 08/2013/TT-BNV): the day before, the day of and the day after; leap
// days; the cohort boundaries of the retirement schedule; a discipline that delays a raise.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from '@jest/globals';
import {
  addMonthsToDate, checkupStatus, earlyRaiseQuota, gradePromotionEligibility, loadCadreRules, nextStepRaise, parseCadreRules, retirementNoticeDue, retirementOf,
} from '../rules.ts';

const rules = loadCadreRules({});

describe('retirement (Bộ luật Lao động 2019 art. 169, NĐ 135/2020)', () => {
  const r = (birth: string, sex: 'NAM' | 'NU') => retirementOf(birth, sex, rules.retirement);

  it('a man born 1/1961 reaches 60 years 3 months in 4/2021 and retires at the end of that month', () => {
    assert.deepEqual(r('1961-01-15', 'NAM'), { age: { years: 60, months: 3 }, reachesAgeOn: '2021-04-15', retiresOn: '2021-04-30', noticeFrom: '2020-10-30' });
  });

  it('the cohort boundary of 2021/2022: born 30/9/1961 retires in 12/2021 at 60y3m; born 1/10/1961 in 4/2022 at 60y6m', () => {
    assert.deepEqual([r('1961-09-30', 'NAM').age, r('1961-09-30', 'NAM').retiresOn], [{ years: 60, months: 3 }, '2021-12-31']);
    assert.deepEqual([r('1961-10-01', 'NAM').age, r('1961-10-01', 'NAM').retiresOn], [{ years: 60, months: 6 }, '2022-04-30']);
    // Phụ lục I's own example: a man born 10/1961 retires in 4/2022
    assert.equal(r('1961-10-20', 'NAM').retiresOn, '2022-04-30');
  });

  it('men reach the final 62 years from 2028: born 31/3/1966 at 61y9m in 12/2027, born 1/4/1966 at 62 in 4/2028', () => {
    assert.deepEqual([r('1966-03-31', 'NAM').age, r('1966-03-31', 'NAM').retiresOn], [{ years: 61, months: 9 }, '2027-12-31']);
    assert.deepEqual([r('1966-04-01', 'NAM').age, r('1966-04-01', 'NAM').retiresOn], [{ years: 62, months: 0 }, '2028-04-30']);
    assert.deepEqual(r('1990-06-15', 'NAM').age, { years: 62, months: 0 });
  });

  it('women: 55y4m in 2021, 4 months a year more, 60 for those born from 5/1975', () => {
    assert.deepEqual([r('1966-01-10', 'NU').age, r('1966-01-10', 'NU').retiresOn], [{ years: 55, months: 4 }, '2021-05-31']);
    // born 1/9/1966: 55y4m reaches 1/1/2022 (year 2022: 55y8m) -> 1/5/2022
    assert.deepEqual([r('1966-09-01', 'NU').age, r('1966-09-01', 'NU').reachesAgeOn], [{ years: 55, months: 8 }, '2022-05-01']);
    // the last boundary: born 30/4/1975 reaches 59y8m on 30/12/2034, still 2034's age; born 1/5/1975 reaches it in
    // 2035, whose age is 60
    assert.deepEqual([r('1975-01-01', 'NU').age, r('1975-01-01', 'NU').retiresOn], [{ years: 59, months: 8 }, '2034-09-30']);
    assert.deepEqual([r('1975-04-30', 'NU').age, r('1975-04-30', 'NU').retiresOn], [{ years: 59, months: 8 }, '2034-12-31']);
    assert.deepEqual([r('1975-05-01', 'NU').age, r('1975-05-01', 'NU').retiresOn], [{ years: 60, months: 0 }, '2035-05-31']);
  });

  it('a leap-day birth: 29/2/1972 reaches 58y4m on 29/6/2030 (58y on 28/2/2030 falls in 2030, whose age is 58y4m)', () => {
    assert.deepEqual(r('1972-02-29', 'NU'), { age: { years: 58, months: 4 }, reachesAgeOn: '2030-06-29', retiresOn: '2030-06-30', noticeFrom: '2029-12-30' });
  });

  it('the notice is due from 6 months before the last day of work: not the day before, from the day, until retirement', () => {
    const man = r('1961-01-15', 'NAM');
    assert.deepEqual(['2020-10-29', '2020-10-30', '2020-10-31', '2021-04-30', '2021-05-01'].map((d) => retirementNoticeDue(man, d)), [false, true, true, true, false]);
  });
});

describe('regular step raises (TT 08/2013/TT-BNV), delays for discipline, early raises', () => {
  const raise = (input: Parameters<typeof nextStepRaise>[0]) => nextStepRaise(input, rules.stepSchemes);

  it('36 months for a university grade, 24 below college, 60 for a senior expert', () => {
    assert.equal(raise({ stepSince: '2023-03-01', gradeLevel: 'UNIVERSITY', disciplines: [] }).dueOn, '2026-03-01');
    assert.equal(raise({ stepSince: '2023-03-01', gradeLevel: 'BELOW_COLLEGE', disciplines: [] }).dueOn, '2025-03-01');
    assert.equal(raise({ stepSince: '2023-03-01', gradeLevel: 'SENIOR_EXPERT', disciplines: [] }).dueOn, '2028-03-01');
  });

  it('a step from a leap day: 29/2/2024 + 24 months is 28/2/2026; 31/1 + 1 month is the end of February', () => {
    assert.equal(raise({ stepSince: '2024-02-29', gradeLevel: 'BELOW_COLLEGE', disciplines: [] }).dueOn, '2026-02-28');
    assert.equal(addMonthsToDate('2024-01-31', 1), '2024-02-29');
    assert.equal(addMonthsToDate('2025-01-31', 1), '2025-02-28');
  });

  it('a reprimand decided while the step runs delays it 6 months; the day before the step, or the day it falls due, does not', () => {
    const base = { stepSince: '2023-03-01', gradeLevel: 'UNIVERSITY' as const };
    assert.deepEqual([raise({ ...base, disciplines: [{ measure: 'KHIEN_TRACH', decidedOn: '2025-06-10' }] }).dueOn, raise({ ...base, disciplines: [{ measure: 'KHIEN_TRACH', decidedOn: '2025-06-10' }] }).delayMonths], ['2026-09-01', 6]);
    assert.equal(raise({ ...base, disciplines: [{ measure: 'KHIEN_TRACH', decidedOn: '2023-02-28' }] }).dueOn, '2026-03-01');
    assert.equal(raise({ ...base, disciplines: [{ measure: 'KHIEN_TRACH', decidedOn: '2023-03-01' }] }).dueOn, '2026-09-01');
    assert.equal(raise({ ...base, disciplines: [{ measure: 'CANH_CAO', decidedOn: '2026-02-28' }] }).dueOn, '2026-09-01');
    assert.equal(raise({ ...base, disciplines: [{ measure: 'CANH_CAO', decidedOn: '2026-03-01' }] }).dueOn, '2026-03-01');
  });

  it('a measure decided within the delay of another delays it again; a dismissal from post 12 months', () => {
    const twice = raise({ stepSince: '2023-03-01', gradeLevel: 'UNIVERSITY', disciplines: [
      { measure: 'KHIEN_TRACH', decidedOn: '2025-06-10' }, { measure: 'CACH_CHUC', decidedOn: '2026-05-01' },
    ] });
    assert.deepEqual([twice.dueOn, twice.delayMonths], ['2027-09-01', 18]);
  });

  it('an early raise of up to 12 months, within a quota of 10% of the paid staff', () => {
    assert.equal(raise({ stepSince: '2023-03-01', gradeLevel: 'UNIVERSITY', disciplines: [], earlyMonths: 12 }).dueOn, '2025-03-01');
    assert.throws(() => raise({ stepSince: '2023-03-01', gradeLevel: 'UNIVERSITY', disciplines: [], earlyMonths: 13 }), /earlyMonths: must be 0 to 12 months/);
    assert.deepEqual([9, 10, 19, 20].map((n) => earlyRaiseQuota(n, rules.stepSchemes[0])), [0, 1, 1, 2]);
  });

  it('a new national scheme is a configuration entry: steps held from its day follow it', () => {
    const json = JSON.parse(JSON.stringify(loadCadreRulesJson()));
    json.stepRaises.schemes.push({ ...json.stepRaises.schemes[0], effectiveFrom: '2027-01-01', monthsByGradeLevel: { SENIOR_EXPERT: 48, UNIVERSITY: 30, COLLEGE: 30, BELOW_COLLEGE: 20 } });
    const changed = parseCadreRules(json, 'test');
    assert.equal(nextStepRaise({ stepSince: '2026-12-31', gradeLevel: 'UNIVERSITY', disciplines: [] }, changed.stepSchemes).dueOn, '2029-12-31');
    assert.equal(nextStepRaise({ stepSince: '2027-01-01', gradeLevel: 'UNIVERSITY', disciplines: [] }, changed.stepSchemes).dueOn, '2029-07-01');
    assert.throws(() => nextStepRaise({ stepSince: '2013-07-30', gradeLevel: 'UNIVERSITY', disciplines: [] }, changed.stepSchemes), /stepSince: is before the first salary scheme/);
  });
});

describe('health check-ups by cadre level', () => {
  const status = (last: string | null, asOf: string) => checkupStatus(last, 'PROVINCIAL', asOf, rules.healthCheckups);

  it('done until 30 days before the day it falls due, due until that day, overdue from the day after', () => {
    assert.deepEqual(['2026-10-31', '2026-11-01', '2026-12-01', '2026-12-02'].map((d) => status('2025-12-01', d).status), ['DONE', 'DUE', 'DUE', 'OVERDUE']);
    assert.equal(checkupStatus('2026-06-01', 'CENTRAL', '2026-12-02', rules.healthCheckups).status, 'OVERDUE');
    assert.deepEqual(status(null, '2026-01-01'), { status: 'OVERDUE', dueOn: null });
  });
});

describe('the configuration file', () => {
  it('names the legal source of every rule and whether it was verified', () => {
    assert.equal(rules.retirement.verified, true);
    assert.match(rules.retirement.source, /135\/2020/);
    assert.ok(rules.stepSchemes.every((s) => s.source.length > 0 && typeof s.verified === 'boolean'));
  });

  it('refuses a schedule that would leave birth dates without an age, and names every problem', () => {
    const json = JSON.parse(JSON.stringify(loadCadreRulesJson()));
    json.retirement.schedule.NAM[1] = { year: 2022, years: 61, months: 6 };
    delete json.stepRaises.schemes[0].source;
    assert.throws(() => parseCadreRules(json, 'cadre-rules.json'), (e: Error) =>
      /retirement\.schedule\.NAM\[1\] must rise by less than 12 months a year/.test(e.message) && /stepRaises\.schemes\[0\]\.source must name the legal source/.test(e.message));
  });
});

function loadCadreRulesJson(): unknown {
  return JSON.parse(readFileSync(new URL('../../../../config/cadre-rules.json', import.meta.url), 'utf8'));
}

describe('grade promotions (nâng ngạch; NĐ 138/2020, Điều 36 [M])', () => {
  // chuyên viên 01.003 → chuyên viên chính 01.002 after 108 months (9 years), HOAN_THANH_TOT_NHIEM_VU or better
  // for the configured year(s) before, no measure in force (a reprimand: 12 months from its decision)
  const g = rules.gradePromotions;
  const good = [{ year: 2025, result: 'HOAN_THANH_TOT_NHIEM_VU' as const }, { year: 2024, result: 'HOAN_THANH_XUAT_SAC_NHIEM_VU' as const }];
  const base = { gradeCode: '01.003', gradeSince: '2017-06-15', evaluations: good, disciplines: [] };
  const kinds = (r: ReturnType<typeof gradePromotionEligibility>) => r.reasons.map((x) => x.kind);

  it('the day before, the day of and the day after 9 years in chuyên viên', () => {
    assert.deepEqual(gradePromotionEligibility(base, g, '2026-06-14'), {
      eligibleFrom: '2026-06-15', eligible: false, path: g.paths[1],
      reasons: [{ kind: 'HELD_TOO_SHORT', until: '2026-06-14', message: `grade 01.003 held since 2017-06-15: 108 months are complete on 2026-06-15 (${g.paths[1].source})` }],
    });
    assert.deepEqual([gradePromotionEligibility(base, g, '2026-06-15').eligible, gradePromotionEligibility(base, g, '2026-06-16').eligible], [true, true]);
  });

  it('a start on a leap day: 29/2/2016 + 9 years is 28/2/2025 (2025 has no 29 February)', () => {
    const leap = { ...base, gradeSince: '2016-02-29' };
    assert.deepEqual(kinds(gradePromotionEligibility(leap, g, '2025-02-27')), ['HELD_TOO_SHORT']);
    assert.deepEqual(['2025-02-28', '2025-03-01'].map((d) => [gradePromotionEligibility(leap, g, d).eligibleFrom, gradePromotionEligibility(leap, g, d).eligible]),
      [['2025-02-28', true], ['2025-02-28', true]]);
  });

  it('an evaluation year missing, or below HOAN_THANH_TOT_NHIEM_VU, with N = 2 years configured', () => {
    const two = { ...g, evaluationYears: 2 };
    assert.deepEqual(gradePromotionEligibility({ ...base, evaluations: [good[0]] }, two, '2026-07-01').reasons.map((r) => [r.kind, r.year]), [['EVALUATION_MISSING', 2024]]);
    const fair = [good[0], { year: 2024, result: 'HOAN_THANH_NHIEM_VU' as const }];
    assert.deepEqual(gradePromotionEligibility({ ...base, evaluations: fair }, two, '2026-07-01').reasons.map((r) => [r.kind, r.year]), [['EVALUATION_INSUFFICIENT', 2024]]);
    assert.equal(gradePromotionEligibility({ ...base, evaluations: fair }, g, '2026-07-01').eligible, g.evaluationYears === 1, 'with one year only 2025 counts');
    assert.equal(gradePromotionEligibility(base, two, '2026-07-01').eligible, true);
  });

  it('a reprimand in force the day before it ends, not on the day: decided 10/3/2026, in force until 9/3/2027', () => {
    const reprimanded = { ...base, evaluations: [...good, { year: 2026, result: 'HOAN_THANH_TOT_NHIEM_VU' as const }], disciplines: [{ measure: 'KHIEN_TRACH', decidedOn: '2026-03-10' }] };
    const before = gradePromotionEligibility(reprimanded, g, '2027-03-09');
    assert.deepEqual([before.eligible, before.eligibleFrom, before.reasons.map((r) => [r.kind, r.until])], [false, '2027-03-10', [['DISCIPLINE_IN_FORCE', '2027-03-09']]]);
    assert.deepEqual([gradePromotionEligibility(reprimanded, g, '2027-03-10').eligible, gradePromotionEligibility(reprimanded, g, '2027-03-10').eligibleFrom], [true, '2027-03-10']);
    // a member's measure with its own term: in force through in_force_until
    const own = { ...reprimanded, disciplines: [{ measure: 'CANH_CAO', decidedOn: '2026-03-10', inForceUntil: '2026-09-30' }] };
    assert.deepEqual([gradePromotionEligibility(own, g, '2026-09-30').eligible, gradePromotionEligibility(own, g, '2026-10-01').eligible], [false, true]);
    // decided after asOf: not known on asOf
    assert.equal(gradePromotionEligibility({ ...reprimanded, disciplines: [{ measure: 'KHIEN_TRACH', decidedOn: '2026-08-01' }] }, g, '2026-07-01').eligible, true);
  });

  it('no path from the grade, or no date of entry into it: not eligible, saying why', () => {
    assert.deepEqual(kinds(gradePromotionEligibility({ ...base, gradeCode: '01.005' }, g, '2026-07-01')), ['NO_PROMOTION_PATH']);
    const unknown = gradePromotionEligibility({ ...base, gradeSince: null }, g, '2026-07-01');
    assert.deepEqual([unknown.eligibleFrom, kinds(unknown)], [null, ['GRADE_SINCE_UNKNOWN']]);
  });

  it('the configuration names the source and refuses a path without minMonths', () => {
    assert.ok(g.source.length > 0 && g.verified === false && g.paths.every((p) => p.verified === false));
    const json = JSON.parse(JSON.stringify(loadCadreRulesJson()));
    delete json.gradePromotions.paths[0].minMonths;
    delete json.gradePromotions.evaluationYears.source;
    assert.throws(() => parseCadreRules(json, 'cadre-rules.json'), (e: Error) =>
      /gradePromotions\.paths\[0\]\.minMonths/.test(e.message) && /gradePromotions\.evaluationYears\.source/.test(e.message));
  });
});
