// Process 7, party fees, through the gateway: amounts by basis with the rounding edges, a rate change from a
// month on, the party-age exemption, reductions that run out, idempotent payments, arrears at the 2/3-month
// edge, one BAD_USER_INPUT naming every bad field with nothing written, audit rows, and the monthly report
// checked against figures computed here from raw rows. Expected amounts are worked out by hand in comments.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { ConfigError } from '../config/env.ts';
import { loadFeeRules, parseFeeRules } from '../subgraphs/province/src/areas/fees/rules.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { expectedAmount, expectedRounding } from './support/rounding.ts';

const OFFICER = { role: 'PROVINCE_OFFICER', province: '01' } as const;

const SET_BASIS = `mutation($input: SetFeeBasisInput!) { province01 { setFeeBasis(input: $input) {
  member { id } basis { effectiveMonth basis baseAmountVnd reductionPercent reductionMonths exemptionReason }
  replaced { effectiveMonth basis baseAmountVnd } } } }`;
const PAY = `mutation($input: RecordFeePaymentInput!) { province01 { recordFeePayment(input: $input) {
  replayed payment { month basis amountVnd amountDueVnd channel paidOn receiptNo member { id } } } } }`;
const STATEMENT = `query($id: ID!, $from: String!, $to: String!) { province(code: "01") { feeStatement(memberId: $id, from: $from, to: $to) {
  totalDueVnd totalPaidVnd unpaidMonths
  months { month basis baseAmountVnd reductionPercent partyAgeExempt amountDueVnd paidVnd status } } } }`;
const ARREARS = `query($asOf: String!, $min: Int) { province(code: "01") { feeArrears(asOf: $asOf, minMonths: $min, first: 500) {
  fromMonth toMonth minMonths totalCount edges { node { member { id } unpaidMonths amountOwedVnd } } } } }`;

describe('party fees (process 7)', () => {
  let fed: TestFederation;
  // a, b, c, d: live members admitted after 1980 and counted since before 2025, their seeded fee rows removed
  let ids: string[];
  const db = () => fed.databases.provinces.get('01')!;
  const q = async (query: string, variables: Record<string, unknown>) => {
    const { body } = await fed.query(query, variables, OFFICER);
    return body;
  };
  const ok = async (query: string, variables: Record<string, unknown>) => {
    const body = await q(query, variables);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  const statement = async (id: string, from: string, to: string) =>
    (await ok(STATEMENT, { id, from, to })).province.feeStatement;
  const snapshot = async () =>
    (await db().query(`SELECT (SELECT count(*) FROM fee_basis_entry)::int AS bases, (SELECT count(*) FROM fee_payment)::int AS payments,
      (SELECT md5(coalesce(string_agg(b::text, ',' ORDER BY member_id, effective_month), '')) FROM fee_basis_entry b) AS basis_hash,
      (SELECT count(*) FROM audit_log)::int AS audits`)).rows[0];

  beforeAll(async () => {
    fed = await startTestFederation({
      prefix: 'fees',
      provinces: [findProvince('01')!],
      // these tests are about rules, not latency: a machine loaded by parallel test files must not time them out
      subgraphTimeoutMs: 30_000,
    });
    ids = (await db().query(`SELECT id FROM member WHERE left_on IS NULL AND joined_on < '2025-01-01'
      AND admission_decision_date > '1980-01-01' ORDER BY id LIMIT 4`)).rows.map((r) => r.id);
    assert.equal(ids.length, 4);
    await db().query('DELETE FROM fee_payment WHERE member_id = ANY($1::uuid[])', [ids]);
    await db().query('DELETE FROM fee_basis_entry WHERE member_id = ANY($1::uuid[])', [ids]);
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('computes each month from the basis in force, rounding half up to whole đồng at the edges', async () => {
    const [a] = ids;
    const set = (effectiveMonth: string, basis: string, baseAmountVnd: number, extra: Record<string, unknown> = {}) =>
      ok(SET_BASIS, { input: { memberId: a, effectiveMonth, basis, baseAmountVnd, ...extra } });
    const first = await set('2026-03', 'SOCIAL_INSURANCE', 150_050);
    assert.deepEqual(first.province01.setFeeBasis.basis, {
      effectiveMonth: '2026-03', basis: 'SOCIAL_INSURANCE', baseAmountVnd: 150050, reductionPercent: 0, reductionMonths: 0, exemptionReason: null,
    });
    await set('2026-04', 'SOCIAL_INSURANCE', 150_049);
    await set('2026-05', 'PENSION', 100_100);
    await set('2026-06', 'PENSION', 100_099);
    await set('2026-07', 'SOCIAL_INSURANCE', 1_000_100, { reductionPercent: 30, reductionMonths: 2 });
    const s = await statement(a, '2026-02', '2026-10');
    assert.deepEqual(s.months.map((m: any) => [m.month, m.basis, m.reductionPercent, m.amountDueVnd, m.status]), [
      ['2026-02', null, 0, null, 'NO_BASIS'], // nothing set before March
      ['2026-03', 'SOCIAL_INSURANCE', 0, 1501, 'UNPAID'], // 150,050 × 1% = 1,500.5 → 1,501
      ['2026-04', 'SOCIAL_INSURANCE', 0, 1500, 'UNPAID'], // 150,049 × 1% = 1,500.49 → 1,500
      ['2026-05', 'PENSION', 0, 501, 'UNPAID'], // 100,100 × 0.5% = 500.5 → 501
      ['2026-06', 'PENSION', 0, 500, 'UNPAID'], // 100,099 × 0.5% = 500.495 → 500
      ['2026-07', 'SOCIAL_INSURANCE', 30, 7001, 'UNPAID'], // 1,000,100 × 1% × 70% = 7,000.7 → 7,001
      ['2026-08', 'SOCIAL_INSURANCE', 30, 7001, 'UNPAID'], // the 2nd and last month of the reduction
      ['2026-09', 'SOCIAL_INSURANCE', 0, 10001, 'UNPAID'], // reduction over: 1,000,100 × 1% = 10,001
      ['2026-10', 'SOCIAL_INSURANCE', 0, 10001, 'UNPAID'],
    ]);
    assert.equal(s.totalDueVnd, 1501 + 1500 + 501 + 500 + 7001 + 7001 + 10001 + 10001);
    assert.equal(s.unpaidMonths, 8);
  });

  it('applies a rate change from its month on (student rate 3,000 đ until January 2026, 5,000 đ from February)', async () => {
    const b = ids[1];
    await ok(SET_BASIS, { input: { memberId: b, effectiveMonth: '2025-12', basis: 'STUDENT' } });
    const s = await statement(b, '2025-12', '2026-03');
    assert.deepEqual(s.months.map((m: any) => [m.month, m.amountDueVnd]), [['2025-12', 3000], ['2026-01', 3000], ['2026-02', 5000], ['2026-03', 5000]]);
    // 50% of a student's 5,000 đ is 2,500; of 3,000 đ, 1,500
    await ok(SET_BASIS, { input: { memberId: b, effectiveMonth: '2026-01', basis: 'STUDENT', reductionPercent: 50, reductionMonths: 12 } });
    const r = await statement(b, '2026-01', '2026-02');
    assert.deepEqual(r.months.map((m: any) => m.amountDueVnd), [1500, 2500]);
  });

  it('exempts from the month the party age reaches 50 years, and checks a PARTY_AGE_50 exemption against it', async () => {
    const c = ids[2];
    // admitted 20/4/1976: 50 years on 20/4/2026, inside April
    await db().query(`UPDATE member SET admission_decision_date = '1976-04-20' WHERE id = $1`, [c]);
    await ok(SET_BASIS, { input: { memberId: c, effectiveMonth: '2026-02', basis: 'PENSION', baseAmountVnd: 4_000_000 } });
    const s = await statement(c, '2026-03', '2026-05');
    assert.deepEqual(s.months.map((m: any) => [m.month, m.amountDueVnd, m.partyAgeExempt, m.status]), [
      ['2026-03', 20000, false, 'UNPAID'], // 4,000,000 × 0.5%
      ['2026-04', 0, true, 'EXEMPT'],
      ['2026-05', 0, true, 'EXEMPT'],
    ]);
    const early = await q(SET_BASIS, { input: { memberId: c, effectiveMonth: '2026-03', basis: 'EXEMPT', exemptionReason: 'PARTY_AGE_50' } });
    assert.equal(early.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(early.errors![0].extensions!.fields.map((f: any) => f.field), ['input.exemptionReason']);
    const onTime = await ok(SET_BASIS, { input: { memberId: c, effectiveMonth: '2026-04', basis: 'EXEMPT', exemptionReason: 'PARTY_AGE_50' } });
    assert.equal(onTime.province01.setFeeBasis.basis.exemptionReason, 'PARTY_AGE_50');
  });

  it('counts the days out of the Party in the party age of the exemption, as party age everywhere (worked by hand)', async () => {
    // admitted 10/2/1976: 50 years on 10/2/2026 without interruptions. Out of the Party from 1/1/2000 to 1/3/2000:
    // 31 days of January + 29 of February 2000 = 60 days, so 50 years of party age are reached on
    // 10/2/2026 + 60 days = 11/4/2026 (18 days of February, 31 of March, 11 of April). Due in February and March
    // (4,000,000 đ pension × 0.5% = 20,000 đ), exempt from April; PARTY_AGE_50 is refused for March.
    const [e] = (await db().query(`SELECT id FROM member WHERE left_on IS NULL AND joined_on < '2025-01-01' AND admission_decision_date > '1980-01-01'
      AND NOT (id = ANY($1::uuid[])) AND NOT EXISTS (SELECT 1 FROM member_interruption i WHERE i.member_id = member.id) ORDER BY id LIMIT 1`, [ids])).rows.map((r) => r.id);
    await db().query('DELETE FROM fee_payment WHERE member_id = $1', [e]);
    await db().query('DELETE FROM fee_basis_entry WHERE member_id = $1', [e]);
    await db().query(`UPDATE member SET admission_decision_date = '1976-02-10' WHERE id = $1`, [e]);
    await ok(SET_BASIS, { input: { memberId: e, effectiveMonth: '2026-01', basis: 'PENSION', baseAmountVnd: 4_000_000 } });
    const before = await statement(e, '2026-01', '2026-04');
    assert.deepEqual(before.months.map((m: any) => [m.month, m.amountDueVnd, m.partyAgeExempt]), [
      ['2026-01', 20000, false], ['2026-02', 0, true], ['2026-03', 0, true], ['2026-04', 0, true],
    ]);
    const interruption = await ok(`mutation($input: RecordInterruptionInput!) { province01 { recordInterruption(input: $input) { interruption { days } } } }`,
      { input: { memberId: e, kind: 'LOST_CONTACT', fromDate: '2000-01-01', toDate: '2000-03-01' } });
    assert.equal(interruption.province01.recordInterruption.interruption.days, 60);
    const after = await statement(e, '2026-01', '2026-05');
    assert.deepEqual(after.months.map((m: any) => [m.month, m.amountDueVnd, m.partyAgeExempt]), [
      ['2026-01', 20000, false], ['2026-02', 20000, false], ['2026-03', 20000, false], ['2026-04', 0, true], ['2026-05', 0, true],
    ]);
    const early = await q(SET_BASIS, { input: { memberId: e, effectiveMonth: '2026-03', basis: 'EXEMPT', exemptionReason: 'PARTY_AGE_50' } });
    assert.deepEqual(early.errors![0].extensions!.fields, [
      { field: 'input.exemptionReason', problem: 'PARTY_AGE_50 needs 50 years of party age by 2026-03-31; reached on 2026-04-11' },
    ]);
    await ok(SET_BASIS, { input: { memberId: e, effectiveMonth: '2026-04', basis: 'EXEMPT', exemptionReason: 'PARTY_AGE_50' } });
  });

  it('replaces a basis set again for the same month, keeping the old values in the audit row', async () => {
    const b = ids[1];
    const again = await ok(SET_BASIS, { input: { memberId: b, effectiveMonth: '2025-12', basis: 'OTHER', baseAmountVnd: 2_000_000 } });
    assert.deepEqual(again.province01.setFeeBasis.replaced, { effectiveMonth: '2025-12', basis: 'STUDENT', baseAmountVnd: null });
    const { rows } = await db().query(`SELECT operation, details->'replaced'->>'basis' AS replaced FROM audit_log
      WHERE $1 = ANY(member_ids) AND operation = 'setFeeBasis' ORDER BY id DESC LIMIT 1`, [b]);
    assert.deepEqual(rows, [{ operation: 'setFeeBasis', replaced: 'STUDENT' }]);
  });

  it('allows reductions of the configured sizes for 1 to 12 months, and names every bad field at once', async () => {
    const d = ids[3];
    const before = await snapshot();
    const twelve = { memberId: d, effectiveMonth: '2026-01', basis: 'SOCIAL_INSURANCE', baseAmountVnd: 5_000_000, reductionPercent: 70 };
    const thirteen = await q(SET_BASIS, { input: { ...twelve, reductionMonths: 13 } });
    assert.deepEqual(thirteen.errors![0].extensions!.fields.map((f: any) => f.field), ['input.reductionMonths']);
    const bad = await q(SET_BASIS, { input: {
      memberId: d, effectiveMonth: '2026-13', basis: 'SOCIAL_INSURANCE', reductionPercent: 40, exemptionReason: 'HARDSHIP', note: ' ',
    } });
    assert.equal(bad.errors?.length, 1);
    assert.equal(bad.errors![0].extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(bad.errors![0].extensions!.fields.map((f: any) => f.field).sort(), [
      'input.baseAmountVnd', 'input.effectiveMonth', 'input.exemptionReason', 'input.note', 'input.reductionMonths', 'input.reductionPercent',
    ]);
    const student = await q(SET_BASIS, { input: { memberId: d, effectiveMonth: '2026-01', basis: 'STUDENT', baseAmountVnd: 1 } });
    assert.match(student.errors![0].message, /input\.baseAmountVnd: must not be given for STUDENT/);
    const unknown = await q(SET_BASIS, { input: { ...twelve, memberId: '00000000-0000-4000-8000-000000000000', reductionMonths: 12 } });
    assert.match(unknown.errors![0].message, /input\.memberId: no member/);
    assert.deepEqual(await snapshot(), before);
    const ok12 = await ok(SET_BASIS, { input: { ...twelve, reductionMonths: 12 } });
    assert.equal(ok12.province01.setFeeBasis.basis.reductionMonths, 12);
    const s = await statement(d, '2026-12', '2027-01');
    // 5,000,000 × 1% × 30% = 15,000 in the 12th month (Dec 2026); 50,000 once it runs out
    assert.deepEqual(s.months.map((m: any) => m.amountDueVnd), [15000, 50000]);
  });

  it('records a payment once per member and month: a retry is answered, a different one refused', async () => {
    const [a] = ids;
    const input = { memberId: a, month: '2026-03', amountVnd: 1501, channel: 'CASH', paidOn: '2026-03-10', receiptNo: 'PT-001' };
    const first = await ok(PAY, { input });
    assert.deepEqual(first.province01.recordFeePayment, {
      replayed: false,
      payment: { month: '2026-03', basis: 'SOCIAL_INSURANCE', amountVnd: 1501, amountDueVnd: 1501, channel: 'CASH', paidOn: '2026-03-10', receiptNo: 'PT-001', member: { id: a } },
    });
    const before = await snapshot();
    const retry = await ok(PAY, { input });
    assert.equal(retry.province01.recordFeePayment.replayed, true);
    assert.deepEqual(await snapshot(), before);
    const other = await q(PAY, { input: { ...input, amountVnd: 2000 } });
    assert.equal(other.errors![0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(other.errors![0].message, /input\.month: is already paid: 1501 đ on 2026-03-10/);
    // April is 1,500 đ: 1,499 is short by one đồng, 1,500 is enough
    const short = await q(PAY, { input: { ...input, month: '2026-04', amountVnd: 1499, paidOn: '2026-04-05' } });
    assert.match(short.errors![0].message, /input\.amountVnd: must be at least the 1500 đ due for 2026-04/);
    const noBasis = await q(PAY, { input: { ...input, month: '2026-02', paidOn: '2026-02-05' } });
    assert.match(noBasis.errors![0].message, /input\.month: no fee basis is in force for 2026-02/);
    const bad = await q(PAY, { input: { memberId: 'x', month: '2026-13', amountVnd: 0, channel: 'DVC_PORTAL', paidOn: '2098-01-01', receiptNo: '' } });
    assert.deepEqual(bad.errors![0].extensions!.fields.map((f: any) => f.field).sort(),
      ['input.amountVnd', 'input.memberId', 'input.month', 'input.paidOn', 'input.receiptNo']);
    assert.deepEqual(await snapshot(), before);
    const { rows } = await db().query(`SELECT operation, details->>'amountVnd' AS amount FROM audit_log
      WHERE $1 = ANY(member_ids) AND operation = 'recordFeePayment'`, [a]);
    assert.deepEqual(rows, [{ operation: 'recordFeePayment', amount: '1501' }]);
    const s = await statement(a, '2026-03', '2026-03');
    assert.deepEqual([s.months[0].status, s.months[0].paidVnd, s.totalPaidVnd], ['PAID', 1501, 1501]);
    // paying ahead: up to 12 months after paidOn, not 13
    const ahead = { memberId: a, amountVnd: 10001, channel: 'DVC_PORTAL', paidOn: '2026-03-10' };
    const thirteen = await q(PAY, { input: { ...ahead, month: '2027-04' } });
    assert.match(thirteen.errors![0].message, /input\.month: must be at most 12 months after paidOn/);
    const twelve = await ok(PAY, { input: { ...ahead, month: '2027-03' } });
    assert.equal(twelve.province01.recordFeePayment.payment.amountDueVnd, 10001);
  });

  it('lists a member in arrears from the 3rd unpaid month of the window, not the 2nd', async () => {
    const [a] = ids;
    const find = async (asOf: string, min?: number) => {
      const r = (await ok(ARREARS, { asOf, min })).province.feeArrears;
      return { r, mine: r.edges.find((e: any) => e.node.member.id === a)?.node };
    };
    // paid: March; unpaid: April (1,500), May (501), June (500)
    assert.equal((await find('2026-05')).mine, undefined);
    const june = await find('2026-06');
    assert.deepEqual(june.mine, { member: { id: a }, unpaidMonths: ['2026-04', '2026-05', '2026-06'], amountOwedVnd: 2501 });
    assert.deepEqual([june.r.fromMonth, june.r.toMonth, june.r.minMonths], ['2025-07', '2026-06', 3]);
    assert.equal((await find('2026-06', 4)).mine, undefined);
    // below the rule's threshold the candidates come from the due segments, not the arrears summary: May with 2+
    // months lists April and May, and with 1+ month so does it; March alone (paid) lists nobody's March
    assert.deepEqual((await find('2026-05', 2)).mine, { member: { id: a }, unpaidMonths: ['2026-04', '2026-05'], amountOwedVnd: 2001 });
    assert.deepEqual((await find('2026-05', 1)).mine, { member: { id: a }, unpaidMonths: ['2026-04', '2026-05'], amountOwedVnd: 2001 });
    assert.equal((await find('2026-03', 1)).mine, undefined);
    const bad = await q(ARREARS, { asOf: '2026-6', min: 13 });
    assert.deepEqual(bad.errors![0].extensions!.fields.map((f: any) => f.field), ['asOf', 'minMonths']);
  });

  it('reports the month: due, collected, collection rate and arrears, as computed here from raw rows', async () => {
    const period = '2026-10';
    const { body } = await fed.query(`{ province(code: "01") { report(period: "${period}") { memberCount fees {
      membersDue membersPaid membersWithoutBasis amountDueVnd amountCollectedVnd collectionRate membersInArrears } } } }`, {}, OFFICER);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const fees = body.data.province.report.fees;
    const expected = await expectedReport(db(), period);
    assert.deepEqual(fees, expected);
    // the seed gives the report real content: most members pay, a few are in arrears
    const rate = expected.collectionRate ?? 0;
    assert.ok(expected.membersDue > 50 && rate > 0.8 && rate < 1, JSON.stringify(fees));
    assert.ok(expected.membersInArrears > 0, JSON.stringify(fees));
  });

  it('lets each role do only its part: members read their own statement, secretaries write for their cell', async () => {
    const [a, b] = ids;
    const { rows: [cellOfA] } = await db().query('SELECT cell_id FROM member WHERE id = $1', [a]);
    const { rows: [otherCell] } = await db().query('SELECT id FROM party_org WHERE level IN ($1, $2) AND id <> $3 LIMIT 1', ['CHI_BO', 'CHI_BO_CO_SO', cellOfA.cell_id]);
    const as = async (principal: any, query: string, variables: Record<string, unknown>) => (await fed.query(query, variables, principal)).body;
    const own = await as({ role: 'MEMBER', province: '01', member: a }, STATEMENT, { id: a, from: '2026-03', to: '2026-03' });
    assert.equal(own.data.province.feeStatement.months[0].amountDueVnd, 1501);
    const others = await as({ role: 'MEMBER', province: '01', member: a }, STATEMENT, { id: b, from: '2026-03', to: '2026-03' });
    assert.equal(others.errors?.[0].extensions?.code, 'FORBIDDEN');
    const analyst = await as({ role: 'CENTRAL_ANALYST' }, STATEMENT, { id: a, from: '2026-03', to: '2026-03' });
    assert.equal(analyst.errors?.[0].extensions?.code, 'FORBIDDEN');
    const before = await snapshot();
    const stranger = await as({ role: 'CELL_SECRETARY', province: '01', cell: otherCell.id }, PAY,
      { input: { memberId: a, month: '2026-05', amountVnd: 501, channel: 'CASH', paidOn: '2026-05-10' } });
    assert.equal(stranger.errors?.[0].extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await snapshot(), before);
    const secretary = { role: 'CELL_SECRETARY', province: '01', cell: cellOfA.cell_id };
    const paid = await as(secretary, PAY, { input: { memberId: a, month: '2026-05', amountVnd: 501, channel: 'CASH', paidOn: '2026-05-10' } });
    assert.equal(paid.errors, undefined, JSON.stringify(paid.errors));
    // the secretary's arrears list holds members of their cell only
    const list = (await as(secretary, ARREARS, { asOf: '2026-10' })).data.province.feeArrears;
    const { rows: inCell } = await db().query('SELECT id FROM member WHERE cell_id = $1', [cellOfA.cell_id]);
    const cellIds = new Set(inCell.map((r) => r.id));
    assert.ok(list.edges.every((e: any) => cellIds.has(e.node.member.id)), JSON.stringify(list));
    assert.ok(list.edges.some((e: any) => e.node.member.id === a));
    // a commune officer's list: members of the cells of their commune
    const { rows: [{ commune_code: commune }] } = await db().query('SELECT commune_code FROM party_org WHERE id = $1', [cellOfA.cell_id]);
    const communeList = (await as({ role: 'COMMUNE_OFFICER', province: '01', commune }, ARREARS, { asOf: '2026-10' })).data.province.feeArrears;
    const { rows: inCommune } = await db().query('SELECT m.id FROM member m JOIN party_org o ON o.id = m.cell_id WHERE o.commune_code = $1', [commune]);
    const communeIds = new Set(inCommune.map((r) => r.id));
    assert.ok(communeList.totalCount >= list.totalCount && communeList.edges.every((e: any) => communeIds.has(e.node.member.id)));
  });

  it('rounds the counts for CENTRAL_ANALYST, the amounts to 1,000,000 VND, and withholds the amounts when the rounded payers are 5 or fewer', async () => {
    const query = `{ province(code: "01") { report(period: "2026-10") { fees { membersDue membersWithoutBasis amountDueVnd collectionRate membersInArrears } } } }`;
    const officer = (await fed.query(query, {}, OFFICER)).body.data.province.report.fees;
    const analyst = (await fed.query(query, {}, { role: 'CENTRAL_ANALYST' })).body.data.province.report.fees;
    const rounded = (figure: string, n: number) => expectedRounding(`fees.${figure}|province=01`, n);
    const fewPayers = rounded('membersDue', officer.membersDue) <= 5;
    // the amount the payments cover, from the officer's exact rate and due (whole dong)
    const covered = Math.round(officer.collectionRate * officer.amountDueVnd);
    assert.deepEqual(analyst, {
      membersDue: rounded('membersDue', officer.membersDue),
      membersWithoutBasis: rounded('membersWithoutBasis', officer.membersWithoutBasis),
      amountDueVnd: fewPayers ? null : expectedAmount('fees.dueVnd|province=01', officer.amountDueVnd),
      collectionRate: fewPayers ? null : Math.min(1, expectedAmount('fees.coveredVnd|province=01', covered) / expectedAmount('fees.dueVnd|province=01', officer.amountDueVnd)),
      membersInArrears: rounded('membersInArrears', officer.membersInArrears),
    });
  });

  it('runs every example operation of examples/fees.graphql on the demo data', async () => {
    const document = readFileSync(new URL('../examples/fees.graphql', import.meta.url), 'utf8');
    const run = async (operationName: string, variables: Record<string, unknown> = {}) => {
      const { body } = await fed.raw({ query: document, operationName, variables }, { authorization: `Bearer ${await fed.mint(OFFICER)}` });
      // national operations reach all 34 provinces; only province 01 runs here, so the others' errors (unavailable,
      // or whatever else answers on their default ports) are not this test's business
      const real = (body.errors ?? []).filter((e) => !(e.extensions?.province && e.extensions.province !== '01'));
      assert.deepEqual(real, [], `${operationName}: ${JSON.stringify(real).slice(0, 2000)}`);
      return body.data;
    };
    const national = (await run('NationalFeeCollection')).provinces.find((p: any) => p.code === '01');
    assert.ok(national.report.fees.amountDueVnd > 0);
    const arrears = (await run('MembersInArrears')).province.feeArrears;
    assert.ok(arrears.totalCount > 0);
    const statement = (await run('FeeStatement', { memberId: arrears.edges[0].node.member.id })).province.feeStatement;
    assert.ok(statement.unpaidMonths >= 3, JSON.stringify(statement));
    assert.equal((await run('FeeRates')).province.feeRates.studentMonthlyVnd, 5000);
    // 12,500,000 đ × 1% with 50% off is 62,500 đ: the example payment covers the example basis
    const d = ids[3];
    assert.equal((await run('SetFeeBasis', { memberId: d })).province01.setFeeBasis.basis.reductionPercent, 50);
    assert.equal((await run('RecordFeePayment', { memberId: d })).province01.recordFeePayment.payment.amountDueVnd, 62500);
  });

  it('serves the rates in force for a month from the configuration', async () => {
    const r = await ok(`{ province(code: "01") { jan: feeRates(month: "2026-01") { effectiveFrom effectiveUntil studentMonthlyVnd }
      feb: feeRates(month: "2026-02") { effectiveFrom effectiveUntil socialInsurancePercent pensionPercent studentMonthlyVnd exemptPartyAgeYears reductionPercents maxReductionMonths }
      old: feeRates(month: "2009-12") { effectiveFrom } } }`, {});
    assert.deepEqual(r.province.jan, { effectiveFrom: '2010-01', effectiveUntil: '2026-01', studentMonthlyVnd: 3000 });
    assert.deepEqual(r.province.feb, {
      effectiveFrom: '2026-02', effectiveUntil: null, socialInsurancePercent: 1, pensionPercent: 0.5, studentMonthlyVnd: 5000,
      exemptPartyAgeYears: 50, reductionPercents: [30, 50, 70], maxReductionMonths: 12,
    });
    assert.equal(r.province.old, null);
  });
});

describe('fee rate configuration', () => {
  const valid = {
    schedules: [
      { effectiveFrom: '2010-01', socialInsurancePercent: 1, pensionPercent: 0.5, otherPercent: 1, studentMonthlyVnd: 3000, exemptPartyAgeYears: 50 },
      { effectiveFrom: '2026-02', socialInsurancePercent: 1, pensionPercent: 0.5, otherPercent: 1, studentMonthlyVnd: 5000, exemptPartyAgeYears: 50 },
    ],
    reductionPercents: [30, 50, 70],
    maxReductionMonths: 12,
    arrears: { thresholdMonths: 3, windowMonths: 12 },
  };

  it('turns percentages into basis points and closes each schedule the month before the next', () => {
    const rules = parseFeeRules(valid, 'test.json');
    assert.deepEqual(rules.schedules.map((s) => [s.fromMonth, s.untilMonth, s.socialInsuranceBp, s.pensionBp]),
      [['2010-01', '2026-01', 100, 50], ['2026-02', null, 100, 50]]);
  });

  it('refuses a bad file with one ConfigError naming the file and every entry at fault', () => {
    const bad = structuredClone(valid) as any;
    bad.schedules[1].effectiveFrom = '2009-13';
    bad.schedules[0].pensionPercent = 0.505; // 3 decimals: not a whole number of basis points
    bad.arrears.thresholdMonths = 13;
    assert.throws(() => parseFeeRules(bad, 'rates.json'), (e: Error) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /^rates\.json: /);
      for (const part of ['schedules[1].effectiveFrom', 'schedules[0].pensionPercent', 'arrears.thresholdMonths']) assert.ok(e.message.includes(part), e.message);
      return true;
    });
    assert.throws(() => loadFeeRules({ FEE_RATES_FILE: '/nonexistent/fee-rates.json' }), /FEE_RATES_FILE: cannot read/);
  });
});


// ---- the report worked out from raw rows, with the rules of Quy định 01 written out here ----

const halfUp = (num: bigint, den: bigint): number => Number((2n * num + den) / (2n * den));

/** The day party age reaches 50: admission + 50 years (29 February -> 28 February) + the days out of the Party. */
function fiftyYearsOn(admission: string, daysOut: number): string {
  const year = Number(admission.slice(0, 4)) + 50;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const d = new Date(`${year}${admission.slice(4) === '-02-29' && !leap ? '-02-28' : admission.slice(4)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + daysOut);
  return d.toISOString().slice(0, 10);
}

function dueOf(basis: any, month: string, admission: string, daysOut: number): number | null {
  if (!basis) return null;
  const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
  if (basis.basis === 'EXEMPT' || fiftyYearsOn(admission, daysOut) <= lastDay) return 0;
  const monthsIn = (Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7))) - (Number(basis.effective_month.slice(0, 4)) * 12 + Number(basis.effective_month.slice(5, 7)));
  const reduction = BigInt(monthsIn < basis.reduction_months ? basis.reduction_pct : 0);
  if (basis.basis === 'STUDENT') return halfUp((month >= '2026-02' ? 5000n : 3000n) * (100n - reduction), 100n);
  const bp = basis.basis === 'PENSION' ? 50n : 100n; // 0.5% and 1%
  return halfUp(BigInt(basis.base_amount_vnd) * bp * (100n - reduction), 1_000_000n);
}

async function expectedReport(pool: import('pg').Pool, period: string) {
  const months = Array.from({ length: 12 }, (_, i) => {
    const t = Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1 - 11 + i;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  });
  const members = (await pool.query(`SELECT id, to_char(joined_on, 'YYYY-MM-DD') AS joined, to_char(left_on, 'YYYY-MM-DD') AS left_on,
    to_char(admission_decision_date, 'YYYY-MM-DD') AS admission FROM member`)).rows;
  const bases = (await pool.query(`SELECT member_id, to_char(effective_month, 'YYYY-MM') AS effective_month, basis, base_amount_vnd::text,
    reduction_pct, reduction_months FROM fee_basis_entry ORDER BY effective_month`)).rows;
  const payments = new Map((await pool.query(`SELECT member_id || to_char(month, 'YYYY-MM') AS k, amount_vnd::int FROM fee_payment`)).rows
    .map((r) => [r.k, r.amount_vnd]));
  const daysOut = new Map((await pool.query('SELECT member_id, sum(to_on - from_on)::int AS days FROM member_interruption GROUP BY member_id')).rows
    .map((r) => [r.member_id, r.days]));
  const byMember = new Map<string, any[]>();
  for (const b of bases) byMember.set(b.member_id, [...(byMember.get(b.member_id) ?? []), b]);
  let membersDue = 0, membersPaid = 0, membersWithoutBasis = 0, due = 0, collected = 0, covered = 0, inArrears = 0;
  for (const m of members) {
    let unpaid = 0;
    for (const month of months) {
      const lastDay = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);
      if (!(m.joined <= lastDay && (m.left_on === null || m.left_on > lastDay))) continue;
      const basis = (byMember.get(m.id) ?? []).filter((b) => b.effective_month <= month).at(-1);
      const owed = dueOf(basis, month, m.admission, daysOut.get(m.id) ?? 0);
      const paid = payments.get(m.id + month) ?? 0;
      if (owed !== null && owed > 0 && paid < owed) unpaid++;
      if (month !== period) continue;
      if (owed === null) membersWithoutBasis++;
      else {
        due += owed;
        collected += paid;
        covered += Math.min(paid, owed);
        if (owed > 0) {
          membersDue++;
          if (paid >= owed) membersPaid++;
        }
      }
    }
    if (unpaid >= 3) inArrears++;
  }
  return {
    membersDue, membersPaid, membersWithoutBasis, amountDueVnd: due, amountCollectedVnd: collected,
    collectionRate: due === 0 ? null : covered / due, membersInArrears: inArrears,
  };
}
