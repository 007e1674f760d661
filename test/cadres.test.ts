// The cadre system through the gateway, on a register of hand-worked cadres (the seeded ones removed first, so
// every expected value below is worked by hand from the configured rules, config/cadre-rules.json: 36 months a
// step for university grades, a reprimand delays 6 months, check-ups every 12 months (PROVINCIAL) or 6
// (CENTRAL), men retiring at 61 years 6 months in 2026 and 61 years 9 months in 2027, notice 6 months ahead),
// and cross-checked by counts of raw rows in SQL of this test's own.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { startTestFederation, TEST_AS_OF, type TestFederation } from './support/federation.ts';
import { insertMember } from './support/memberFixtures.ts';
import { expectedRounding } from './support/rounding.ts';
import { todayVn } from './support/transferWorld.ts';

const PAGE = 'totalCount edges { node { id fullName } } pageInfo { hasNextPage endCursor }';
const GRANT = `mutation($input: GrantStepRaiseInput!) { province01 { grantStepRaise(input: $input) {
  cadre { id step coefficient stepSince } raise { fromStep toStep coefficient raisedOn earlyMonths decisionNo } } } }`;
const EVALUATE = `mutation($input: RecordEvaluationInput!) { province01 { recordEvaluation(input: $input) { evaluation { year result } cadre { id } } } }`;
const RECORD = `mutation($input: RecordCadreInput!) { province01 { recordCadre(input: $input) { cadre { id fullName step coefficient member { id } } } } }`;
const REPORT = `query($p: String!) { province(code: "01") { report(period: $p) { stepRaisesDue retirementsDue checkupsOverdue cadresNotEvaluated } } }`;

describe('the cadre system', () => {
  let fed: TestFederation;
  const c: Record<string, string> = {};
  let memberD: string;
  const db = () => fed.databases.provinces.get('01')!;
  const snapshot = async () =>
    (await db().query(`SELECT (SELECT md5(string_agg(c::text, ',' ORDER BY id)) FROM cadre c) AS cadres, (SELECT count(*) FROM cadre_step_raise)::int AS raises,
      (SELECT count(*) FROM cadre_evaluation)::int AS evaluations, (SELECT count(*) FROM cadre_grade_promotion)::int AS promotions, (SELECT count(*) FROM audit_log WHERE operation <> 'read')::int AS audits`)).rows[0];
  async function cadre(name: string, f: { birth?: string; sex?: string; level?: string; stepSince: string; checkup: string | null; member?: string }) {
    const { rows } = await db().query(
      `INSERT INTO cadre (member_id, full_name, birth_date, sex, position, cadre_level, salary_scale, grade_code, grade_level, step, coefficient, step_since, last_checkup, actor)
       VALUES ($1, $2, $3, $4, 'Chuyên viên Ban Tổ chức', $5, 'A1', '01.003', 'UNIVERSITY', 3, 3.00, $6, $7, 'test') RETURNING id`,
      [f.member ?? null, name, f.birth ?? '1985-01-01', f.sex ?? 'NAM', f.level ?? 'PROVINCIAL', f.stepSince, f.checkup],
    );
    c[name] = rows[0].id;
  }

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'cadres', logger: process.env.CADRES_TEST_LOG ? createLogger('error') : undefined, provinces: [findProvince('01')!, findProvince('79')!] });
    // the seed makes some chuyên viên eligible for promotion on its day (by its own rule: counted here, not worked)
    const seeded = await fed.query(`{ province(code: "01") { ... on Province01 { cadresEligibleForGradePromotion(asOf: "${TEST_AS_OF}") { totalCount } } } }`);
    assert.equal(seeded.body.errors, undefined, JSON.stringify(seeded.body.errors));
    assert.ok(seeded.body.data.province.cadresEligibleForGradePromotion.totalCount > 0, 'the seed has cadres eligible for a grade promotion');
    assert.equal((await db().query('SELECT count(*)::int AS n FROM cadre WHERE grade_since IS NULL')).rows[0].n, 0, 'every seeded cadre has grade_since');
    await db().query('DELETE FROM cadre_evaluation; DELETE FROM cadre_step_raise; DELETE FROM cadre_discipline; DELETE FROM cadre_grade_promotion; DELETE FROM cadre');
    memberD = await insertMember(db(), { admission: '2010-03-01' });
    // raises, range 2026-11-10: A due the day before, B the day of, C the day after; D's 36 months end on 2026-05-10,
    // and a reprimand decided while the step ran moves it 6 months to 2026-11-10
    await cadre('Nguyễn Văn A', { stepSince: '2023-11-09', checkup: '2025-11-09' });
    await cadre('Nguyễn Văn B', { stepSince: '2023-11-10', checkup: '2025-11-10' });
    await cadre('Nguyễn Văn C', { stepSince: '2023-11-11', checkup: null });
    await cadre('Nguyễn Văn D', { stepSince: '2023-05-10', checkup: '2026-06-01', member: memberD });
    await db().query(`INSERT INTO member_discipline (member_id, measure, level, decision_no, decided_on, decided_by, reason, actor)
                      VALUES ($1, 'KHIEN_TRACH', 'CO_SO', 'KL-CB-1', '2024-01-01', 'Đảng ủy xã', 'Vi phạm quy định', 'test')`, [memberD]);
    // retirement at the cohort boundary: men born a month apart; 1965-06-15 reaches 61y6m in 2026 (2026-12-15),
    // 1965-07-15 would reach it in 2027, whose age is 61y9m: 2027-04-15
    await cadre('Trần Văn R1', { birth: '1965-05-15', stepSince: '2025-01-01', checkup: '2026-06-01' });
    await cadre('Trần Văn R2', { birth: '1965-06-15', stepSince: '2025-01-01', checkup: '2026-06-01' });
    await cadre('Trần Văn R3', { birth: '1965-07-15', stepSince: '2025-01-01', checkup: '2026-06-01' });
    // three more, nothing due: a register of 10, so the year's early-raise quota is 10% of 10 = 1
    for (const n of ['E', 'F', 'G']) await cadre(`Lê Văn ${n}`, { stepSince: '2025-06-01', checkup: '2026-09-01', level: 'CENTRAL' });
    // evaluated for 2025: all but R3
    await db().query(`INSERT INTO cadre_evaluation (cadre_id, year, result, evaluated_on, evaluated_by, actor)
                      SELECT id, 2025, 'HOAN_THANH_TOT_NHIEM_VU', '2025-12-20', 'Ban Thường vụ', 'test' FROM cadre WHERE full_name <> 'Trần Văn R3'`);
  });
  afterAll(async () => {
    await fed?.stop();
  });

  const list = async (field: string, args: string, vars: Record<string, unknown>) => {
    const { body } = await fed.query(`query(${args}) { province(code: "01") { ... on Province01 { ${field} { ${PAGE} } } } }`, vars);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return (body.data.province[field.split('(')[0]] as { edges: Array<{ node: { fullName: string } }> }).edges.map((e) => e.node.fullName);
  };

  it('raises due: the day before, of and after; a reprimand delays the raise 6 months', async () => {
    const due = (from: string, to: string) => list('cadresDueStepRaise(from: $f, to: $t)', '$f: Date!, $t: Date!', { f: from, t: to });
    assert.deepEqual((await due('2026-11-10', '2026-11-10')).sort(), ['Nguyễn Văn B', 'Nguyễn Văn D']);
    assert.deepEqual(await due('2026-11-09', '2026-11-09'), ['Nguyễn Văn A']);
    assert.deepEqual(await due('2026-11-11', '2026-11-11'), ['Nguyễn Văn C']);
    assert.deepEqual(await due('2026-05-10', '2026-05-10'), [], 'D without the delay would be due here');
    const { body } = await fed.query('query($id: ID!) { province(code: "01") { ... on Province01 { cadre(id: $id) { nextStepRaise { dueOn delayMonths earlyMonths earlyMaxMonths verified } disciplines { measure decidedOn } member { id } } } } }', { id: c['Nguyễn Văn D'] });
    assert.deepEqual(body.data.province.cadre, {
      nextStepRaise: { dueOn: '2026-11-10', delayMonths: 6, earlyMonths: 0, earlyMaxMonths: 12, verified: false },
      disciplines: [{ measure: 'KHIEN_TRACH', decidedOn: '2024-01-01' }], member: { id: memberD },
    });
  });

  it('retirement at a cohort boundary: notices due by the schedule, from the day of noticeFrom', async () => {
    const { body } = await fed.query('query($id: ID!) { province(code: "01") { ... on Province01 { cadre(id: $id) { retirement { retiresOn reachesAgeOn noticeFrom ageYears ageMonths } } } } }', { id: c['Trần Văn R3'] });
    assert.deepEqual(body.data.province.cadre.retirement, { retiresOn: '2027-04-30', reachesAgeOn: '2027-04-15', noticeFrom: '2026-10-30', ageYears: 61, ageMonths: 9 });
    const retiring = (from: string, to: string) => list('cadresRetiring(from: $f, to: $t)', '$f: Date!, $t: Date!', { f: from, t: to });
    // R1 retires 2026-11-30 (notice from 05-31), R2 2026-12-31 (from 06-30), R3 2027-04-30 (from 10-30)
    assert.deepEqual(await retiring('2026-10-29', '2026-10-29'), ['Trần Văn R1', 'Trần Văn R2']);
    assert.deepEqual(await retiring('2026-10-30', '2026-10-30'), ['Trần Văn R1', 'Trần Văn R2', 'Trần Văn R3']);
    assert.deepEqual(await retiring('2026-12-01', '2026-12-01'), ['Trần Văn R2', 'Trần Văn R3'], 'R1 retired the day before');
  });

  it('check-ups overdue by one day, due on the day; not evaluated for a year', async () => {
    const checkups = (status: string) => list('cadresCheckupDue(asOf: $d, status: $s)', '$d: Date!, $s: CheckupStatus', { d: '2026-11-10', s: status });
    // A's 12 months ended 2026-11-09: overdue by one day; C has none; B's end today: due
    assert.deepEqual(await checkups('OVERDUE'), ['Nguyễn Văn C', 'Nguyễn Văn A']);
    assert.deepEqual(await checkups('DUE'), ['Nguyễn Văn B']);
    assert.deepEqual(await list('cadresNotEvaluated(year: $y)', '$y: Int!', { y: 2025 }), ['Trần Văn R3']);
    assert.equal((await list('cadresNotEvaluated(year: $y)', '$y: Int!', { y: 2024 })).length, 10);
  });

  it('the report: hand-worked figures equal to counts of raw rows; analysts read them rounded, and no list; another province is refused', async () => {
    const exact = (await fed.query(REPORT, { p: '2026-11' })).body.data.province.report;
    // the quarter 2026-10-01..12-31: A, B, C, D; November's notices: R1, R2, R3; overdue on 2026-11-30: A, B, C; not evaluated for 2025: R3
    assert.deepEqual(exact, { stepRaisesDue: 4, retirementsDue: 3, checkupsOverdue: 3, cadresNotEvaluated: 1 });
    const [raw] = (await db().query(`SELECT
        (SELECT count(*) FROM cadre WHERE last_checkup IS NULL
           OR (last_checkup + CASE cadre_level WHEN 'CENTRAL' THEN interval '6 months' ELSE interval '12 months' END)::date < '2026-11-30')::int AS overdue,
        (SELECT count(*) FROM cadre k WHERE NOT EXISTS (SELECT 1 FROM cadre_evaluation e WHERE e.cadre_id = k.id AND e.year = 2025))::int AS unevaluated,
        (SELECT count(*) FROM cadre k WHERE (step_since + interval '36 months'
           + interval '6 months' * (SELECT count(*) FROM member_discipline d WHERE d.member_id = k.member_id AND d.decided_on >= k.step_since))::date
           BETWEEN '2026-10-01' AND '2026-12-31')::int AS raises`)).rows;
    assert.deepEqual([raw.raises, raw.overdue, raw.unevaluated], [exact.stepRaisesDue, exact.checkupsOverdue, exact.cadresNotEvaluated]);
    const { commune_code: commune } = (await db().query('SELECT commune_code FROM party_org WHERE commune_code IS NOT NULL LIMIT 1')).rows[0];
    const rounded = (await fed.query(REPORT, { p: '2026-11' }, { role: 'CENTRAL_ANALYST' })).body.data.province.report;
    assert.deepEqual(rounded, Object.fromEntries(Object.entries(exact).map(([k, n]) => [k, expectedRounding(`cadres.${k}|province=01`, n as number)])));
    for (const as of [{ role: 'CENTRAL_ANALYST' }, { role: 'PROVINCE_OFFICER', province: '79' }, { role: 'COMMUNE_OFFICER', province: '01', commune }] as const) {
      const { body } = await fed.query('{ province(code: "01") { ... on Province01 { cadresNotEvaluated(year: 2025) { totalCount } } } }', {}, as);
      assert.equal(body.errors?.[0].extensions?.code, 'FORBIDDEN', JSON.stringify(as));
    }
  });

  it('grants a raise on its day, not the day before; an early raise within the quota, the next refused', async () => {
    const grant = (cadreId: string, raisedOn: string, earlyMonths = 0) =>
      fed.query(GRANT, { input: { cadreId, raisedOn, coefficient: 3.33, decisionNo: `NL-${raisedOn}-${earlyMonths}`, earlyMonths } });
    const before = await snapshot();
    const early = await grant(c['Nguyễn Văn B'], '2026-11-09');
    assert.equal(early.body.errors?.[0].extensions?.code, 'STEP_RAISE_NOT_DUE');
    assert.equal(early.body.errors?.[0].extensions?.dueOn, '2026-11-10');
    const delayed = await grant(c['Nguyễn Văn D'], '2026-11-09');
    assert.equal(delayed.body.errors?.[0].extensions?.code, 'STEP_RAISE_NOT_DUE');
    const tooEarly = await grant(c['Nguyễn Văn C'], '2026-10-11', 13);
    assert.equal(tooEarly.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(tooEarly.body.errors![0].message, /input\.earlyMonths.*0 to 12/);
    assert.deepEqual(await snapshot(), before);

    const { body } = await grant(c['Nguyễn Văn B'], '2026-11-10');
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.province01.grantStepRaise, {
      cadre: { id: c['Nguyễn Văn B'], step: 4, coefficient: 3.33, stepSince: '2026-11-10' },
      raise: { fromStep: 3, toStep: 4, coefficient: 3.33, raisedOn: '2026-11-10', earlyMonths: 0, decisionNo: 'NL-2026-11-10-0' },
    });
    assert.deepEqual((await db().query('SELECT step, coefficient::text, step_since::text FROM cadre WHERE id = $1', [c['Nguyễn Văn B']])).rows, [{ step: 4, coefficient: '3.33', step_since: '2026-11-10' }]);
    // C is due 2026-11-11; one month early is 2026-10-11: the year's one early raise (10% of 10 cadres)
    const first = await grant(c['Nguyễn Văn C'], '2026-10-11', 1);
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    const afterFirst = await snapshot();
    const second = await grant(c['Nguyễn Văn A'], '2026-10-09', 1);
    assert.equal(second.body.errors?.[0].extensions?.code, 'EARLY_RAISE_QUOTA_EXCEEDED');
    assert.deepEqual([second.body.errors?.[0].extensions?.quota, second.body.errors?.[0].extensions?.granted], [1, 1]);
    assert.deepEqual(await snapshot(), afterFirst);
    const audits = (await db().query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'grantStepRaise'`)).rows[0].n;
    assert.equal(audits, 2);
  });

  it("a reprimand of a cadre who is not a member delays the raise; a member-cadre's is the member's", async () => {
    const DISC = `mutation($input: RecordCadreDisciplineInput!) { province01 { recordCadreDiscipline(input: $input) { discipline { measure decidedOn } cadre { nextStepRaise { dueOn delayMonths } } } } }`;
    const before = await snapshot();
    const member = await fed.query(DISC, { input: { cadreId: c['Nguyễn Văn D'], measure: 'KHIEN_TRACH', decidedOn: '2025-01-01', decisionNo: 'KL-2' } });
    assert.match(member.body.errors![0].message, /input\.cadreId.*recordDiscipline/);
    const expel = await fed.query(DISC, { input: { cadreId: c['Lê Văn E'], measure: 'KHAI_TRU', decidedOn: '2025-01-01', decisionNo: 'KL-3' } });
    assert.match(expel.body.errors![0].message, /input\.measure/);
    assert.deepEqual(await snapshot(), before);
    // E's step of 2025-06-01 is due 2028-06-01; a reprimand decided on 2026-01-05, while it runs, moves it to 2028-12-01
    const { body } = await fed.query(DISC, { input: { cadreId: c['Lê Văn E'], measure: 'KHIEN_TRACH', decidedOn: '2026-01-05', decisionNo: 'KL-4' } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.province01.recordCadreDiscipline, { discipline: { measure: 'KHIEN_TRACH', decidedOn: '2026-01-05' }, cadre: { nextStepRaise: { dueOn: '2028-12-01', delayMonths: 6 } } });
  });

  it('records an evaluation once a year; a cadre; every bad field named and nothing written', async () => {
    const input = { cadreId: c['Trần Văn R3'], year: 2025, result: 'HOAN_THANH_XUAT_SAC_NHIEM_VU', evaluatedOn: '2026-01-15', evaluatedBy: 'Ban Thường vụ Tỉnh ủy' };
    const { body } = await fed.query(EVALUATE, { input });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(await list('cadresNotEvaluated(year: $y)', '$y: Int!', { y: 2025 }), []);
    const before = await snapshot();
    const again = await fed.query(EVALUATE, { input: { ...input, result: 'HOAN_THANH_NHIEM_VU' } });
    assert.match(again.body.errors![0].message, /input\.year.*already evaluated for 2025/);
    const bad = await fed.query(EVALUATE, { input: { ...input, year: 2099, evaluatedOn: '2099-01-01', evaluatedBy: 'x', cadreId: 'nope' } });
    assert.equal(bad.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual((bad.body.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort(), ['input.cadreId', 'input.evaluatedBy', 'input.evaluatedOn', 'input.year']);
    const cadreInput = {
      fullName: 'Phạm Thị Hoa', birthDate: '1980-03-04', sex: 'NU', position: 'Phó Trưởng ban Tổ chức', level: 'PROVINCIAL', salaryScale: 'A2.1',
      gradeCode: '01.002', gradeLevel: 'UNIVERSITY', step: 2, coefficient: 4.74, stepSince: '2024-07-01',
    };
    const wrong = await fed.query(RECORD, { input: { ...cadreInput, fullName: 'H0a', birthDate: todayVn(), step: 0, coefficient: 4.745, stepSince: '2099-01-01', memberId: memberD } });
    assert.deepEqual((wrong.body.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort(),
      ['input.birthDate', 'input.coefficient', 'input.fullName', 'input.step', 'input.stepSince']);
    const taken = await fed.query(RECORD, { input: { ...cadreInput, memberId: memberD } });
    assert.match(taken.body.errors![0].message, /input\.memberId.*already has a cadre record/);
    assert.deepEqual(await snapshot(), before);
    const made = await fed.query(RECORD, { input: cadreInput });
    assert.equal(made.body.errors, undefined, JSON.stringify(made.body.errors));
    assert.deepEqual({ ...made.body.data.province01.recordCadre.cadre, id: undefined }, { id: undefined, fullName: 'Phạm Thị Hoa', step: 2, coefficient: 4.74, member: null });
  });

  it('grade promotions: eligible by time held on the day 9 years end, not the day before; not by evaluation or discipline; promoteGrade refused, then granted', async () => {
    // chuyên viên (01.003) → chuyên viên chính (01.002) after 108 months in the grade, HOAN_THANH_TOT_NHIEM_VU or
    // better for 2025 (the one year configured), no measure in force (a reprimand: 12 months from its decision)
    const grade = async (name: string, since: string, result: string | null) => {
      await cadre(name, { stepSince: '2025-01-01', checkup: '2026-06-01' });
      await db().query('UPDATE cadre SET grade_since = $2 WHERE id = $1', [c[name], since]);
      if (result) await db().query(`INSERT INTO cadre_evaluation (cadre_id, year, result, evaluated_on, evaluated_by, actor) VALUES ($1, 2025, $2, '2025-12-20', 'Ban Thường vụ', 'test')`, [c[name], result]);
    };
    await grade('Đỗ Văn P', '2017-11-10', 'HOAN_THANH_TOT_NHIEM_VU');
    await grade('Đỗ Văn Q', '2015-01-01', 'HOAN_THANH_NHIEM_VU');
    await grade('Đỗ Văn S', '2015-01-01', 'HOAN_THANH_XUAT_SAC_NHIEM_VU');
    await grade('Đỗ Văn T', '2015-01-01', null);
    await db().query(`INSERT INTO cadre_discipline (cadre_id, measure, decided_on, decision_no, actor) VALUES ($1, 'KHIEN_TRACH', '2026-01-15', 'KL-S', 'test')`, [c['Đỗ Văn S']]);
    const GP = 'query($id: ID!, $d: Date) { province(code: "01") { ... on Province01 { cadre(id: $id) { gradeSince gradePromotion(asOf: $d) { eligibleFrom eligible toGradeCode minMonths verified reasons { kind year until } } } } } }';
    const gp = async (name: string, d: string) => {
      const { body } = await fed.query(GP, { id: c[name], d });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data.province.cadre.gradePromotion;
    };
    assert.deepEqual(await gp('Đỗ Văn P', '2026-11-09'), { eligibleFrom: '2026-11-10', eligible: false, toGradeCode: '01.002', minMonths: 108, verified: false, reasons: [{ kind: 'HELD_TOO_SHORT', year: null, until: '2026-11-09' }] });
    assert.deepEqual(await gp('Đỗ Văn P', '2026-11-10'), { eligibleFrom: '2026-11-10', eligible: true, toGradeCode: '01.002', minMonths: 108, verified: false, reasons: [] });
    assert.deepEqual((await gp('Đỗ Văn Q', '2026-11-10')).reasons, [{ kind: 'EVALUATION_INSUFFICIENT', year: 2025, until: null }]);
    assert.deepEqual((await gp('Đỗ Văn T', '2026-11-10')).reasons, [{ kind: 'EVALUATION_MISSING', year: 2025, until: null }]);
    // 2015-01-01 + 108 months = 2024-01-01; the reprimand of 2026-01-15 is in force until 2027-01-14
    assert.deepEqual(await gp('Đỗ Văn S', '2026-11-10'), { eligibleFrom: '2027-01-15', eligible: false, toGradeCode: '01.002', minMonths: 108, verified: false, reasons: [{ kind: 'DISCIPLINE_IN_FORCE', year: null, until: '2027-01-14' }] });
    assert.deepEqual((await gp('Nguyễn Văn A', '2026-11-10')).reasons.map((r: { kind: string }) => r.kind), ['GRADE_SINCE_UNKNOWN'], 'no grade_since: unknown');
    const eligible = (d: string) => list('cadresEligibleForGradePromotion(asOf: $d)', '$d: Date!', { d });
    assert.deepEqual(await eligible('2026-11-09'), []);
    assert.deepEqual(await eligible('2026-11-10'), ['Đỗ Văn P']);

    const PROMOTE = `mutation($input: PromoteGradeInput!) { province01 { promoteGrade(input: $input) {
      cadre { id gradeCode gradeLevel gradeSince coefficient step } promotion { fromGradeCode fromGradeLevel toGradeCode toGradeLevel coefficient decidedOn decisionNo } } } }`;
    const input = (name: string, more: Record<string, unknown> = {}) => ({ input: { cadreId: c[name], toGradeCode: '01.002', toGradeLevel: 'UNIVERSITY', coefficient: 4.4, decidedOn: '2026-11-10', decisionNo: `NN-${name}`, ...more } });
    const before = await snapshot();
    const refused = await fed.query(PROMOTE, input('Đỗ Văn S'));
    assert.equal(refused.body.errors?.[0].extensions?.code, 'GRADE_PROMOTION_NOT_ELIGIBLE');
    assert.deepEqual((refused.body.errors![0].extensions!.reasons as Array<{ kind: string; until: string }>).map((r) => [r.kind, r.until]), [['DISCIPLINE_IN_FORCE', '2027-01-14']]);
    assert.match(refused.body.errors![0].message, /KHIEN_TRACH decided on 2026-01-15 is in force until 2027-01-14/);
    const early = await fed.query(PROMOTE, input('Đỗ Văn P', { decidedOn: '2026-11-09' }));
    assert.equal(early.body.errors?.[0].extensions?.code, 'GRADE_PROMOTION_NOT_ELIGIBLE');
    const bad = await fed.query(PROMOTE, input('Đỗ Văn P', { coefficient: 4.405, decisionNo: ' ', decidedOn: '2099-01-01' }));
    assert.equal(bad.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual((bad.body.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort(), ['input.coefficient', 'input.decidedOn', 'input.decisionNo']);
    const wrongGrade = await fed.query(PROMOTE, input('Đỗ Văn P', { toGradeCode: '01.001' }));
    assert.match(wrongGrade.body.errors![0].message, /input\.toGradeCode.*must be 01\.002/);
    assert.deepEqual(await snapshot(), before);

    const { body } = await fed.query(PROMOTE, input('Đỗ Văn P'));
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.province01.promoteGrade, {
      cadre: { id: c['Đỗ Văn P'], gradeCode: '01.002', gradeLevel: 'UNIVERSITY', gradeSince: '2026-11-10', coefficient: 4.4, step: 3 },
      promotion: { fromGradeCode: '01.003', fromGradeLevel: 'UNIVERSITY', toGradeCode: '01.002', toGradeLevel: 'UNIVERSITY', coefficient: 4.4, decidedOn: '2026-11-10', decisionNo: 'NN-Đỗ Văn P' },
    });
    assert.deepEqual((await db().query('SELECT grade_code, grade_since::text, coefficient::text FROM cadre WHERE id = $1', [c['Đỗ Văn P']])).rows, [{ grade_code: '01.002', grade_since: '2026-11-10', coefficient: '4.40' }]);
    assert.equal((await db().query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'promoteGrade'`)).rows[0].n, 1);
    // now chuyên viên chính since 2026-11-10: 72 months more to chuyên viên cao cấp, complete on 2032-11-10
    assert.deepEqual(await gp('Đỗ Văn P', '2026-11-10'), { eligibleFrom: '2032-11-10', eligible: false, toGradeCode: '01.001', minMonths: 72, verified: false, reasons: [{ kind: 'HELD_TOO_SHORT', year: null, until: '2032-11-09' }] });
    assert.deepEqual(await eligible('2026-11-10'), []);
    // recordCadre sets gradeSince: not after stepSince (the current step is of the current grade); omitted on an update, kept
    const hoa = { fullName: 'Vũ Thị Mai', birthDate: '1980-03-04', sex: 'NU', position: 'Chuyên viên Ban Tổ chức', level: 'PROVINCIAL', salaryScale: 'A1',
      gradeCode: '01.003', gradeLevel: 'UNIVERSITY', step: 4, coefficient: 3.33, stepSince: '2024-07-01' };
    const late = await fed.query(RECORD, { input: { ...hoa, gradeSince: '2024-07-02' } });
    assert.match(late.body.errors![0].message, /input\.gradeSince.*not be after stepSince \(2024-07-01\)/);
    const made = await fed.query(RECORD, { input: { ...hoa, gradeSince: '2016-01-20' } });
    const id = made.body.data.province01.recordCadre.cadre.id;
    await fed.query(RECORD, { input: { ...hoa, id, position: 'Chuyên viên Ban Tổ chức Tỉnh ủy' } });
    assert.deepEqual((await db().query('SELECT grade_since::text, position FROM cadre WHERE id = $1', [id])).rows, [{ grade_since: '2016-01-20', position: 'Chuyên viên Ban Tổ chức Tỉnh ủy' }]);
  });
});
