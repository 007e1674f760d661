// Transfers between provinces (process 4) through the gateway, with the carrier run in this process so the
// invariants can be checked between its steps: the national total is unchanged at every step, a transfer id is
// applied at most once, nothing is silently lost, and a citizen ID is never counted by two provinces.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince, provinces } from '../schema/provinces.ts';
import { runNationalCheck } from '../carrier/src/nationalCheck.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { expectedRounding } from './support/rounding.ts';
import { addMonths } from '../subgraphs/province/src/core/yearMonth.ts';
import {
  addDays, endOfThisMonth, ISSUE, nationalCheck, pickCell, pickMember, rawCounts, testCarrier, todayVn,
} from './support/transferWorld.ts';

const CODES = ['01', '79'];
const HN = { role: 'PROVINCE_OFFICER', province: '01' } as const;
const HCM = { role: 'PROVINCE_OFFICER', province: '79' } as const;

describe('transfers between provinces (process 4)', () => {
  let fed: TestFederation;
  let initial: { sum: number; people: number; byProvince: Record<string, number> };
  let hcmCell: string;
  const d = endOfThisMonth();
  const db = (code: string) => fed.databases.provinces.get(code)!;

  /** The invariants, from raw rows and from the system's national check. */
  async function invariants(label: string, expectBothCounting: string[] = []) {
    const raw = await rawCounts(fed.databases.provinces, d);
    assert.equal(raw.people, initial.people, `${label}: people counted anywhere`);
    assert.equal(raw.sum, initial.sum + expectBothCounting.length, `${label}: raw sum (both ends count ${expectBothCounting.length})`);
    const check = await nationalCheck(fed, CODES);
    assert.equal(check.members.total, initial.sum, `${label}: national total`);
    assert.deepEqual(check.members.provincesMissing, [], label);
    assert.deepEqual(check.transfersAwaitingAcknowledgement, [...expectBothCounting].sort(), label);
    assert.deepEqual(check.citizenIdConflicts, [], `${label}: conflicts`);
    assert.equal(check.flows?.unmatched, 0, `${label}: receipts = applied departures + awaiting acknowledgement`);
    return check;
  }

  const issue = async (code: string, input: Record<string, unknown>, as = code === '01' ? HN : HCM) =>
    fed.query(ISSUE.replace('PROVINCE', `province${code}`), { input }, as);

  /** A request as province `code`'s service identity (the carrier's), through the gateway. */
  const asSystem = async (code: string, query: string, variables: Record<string, unknown>) =>
    fed.raw({ query, variables }, { authorization: `Bearer ${await fed.serviceToken(code, 'carrier')}` });

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'transfers', provinces: CODES.map((c) => findProvince(c)!) });
    initial = await rawCounts(fed.databases.provinces, d);
    assert.equal(initial.people, initial.sum, 'the seed counts each person once');
    hcmCell = await pickCell(db('79'));
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('moves an official transfer: in transit at the source, then counted by the destination from the receipt day, once', async () => {
    const m = await pickMember(db('01'));
    const today = todayVn();
    const { body } = await issue('01', { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-01/2026', issuedOn: today });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const t = body.data.province01.issueTransfer.transfer;
    assert.deepEqual(
      { ...t, id: undefined },
      {
        id: undefined, kind: 'OFFICIAL', direction: 'OUT', state: 'ISSUED', memberId: m.id, fullName: m.full_name, fromProvince: '01',
        toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-01/2026', issuedOn: today, dueOn: addDays(today, 30), receivedOn: null,
        member: { id: m.id, state: 'IN_TRANSIT' },
      },
    );
    await invariants('issued');

    const seen: string[] = [];
    const carrier = testCarrier(fed, CODES, {
      afterStep: async (step, id) => {
        assert.equal(id, t.id);
        seen.push(step);
        // between the destination's receipt and the source's acknowledgement both ends count the member:
        // the national check counts them once and names the transfer
        if (step === 'receive') await invariants('received, not acknowledged', [t.id]);
        if (step === 'acknowledge') await invariants('acknowledged, not confirmed');
      },
    });
    const round = await carrier.runOnce();
    assert.deepEqual(seen, ['receive', 'acknowledge']);
    assert.deepEqual({ ...round, failures: round.failures.length }, { delivered: 1, settled: 1, confirmed: 1, reportsDelivered: 0, failures: 0 });
    await invariants('confirmed');

    const source = (await db('01').query('SELECT left_on, state FROM member WHERE id = $1', [m.id])).rows[0];
    const dest = (await db('79').query('SELECT joined_on, left_on, state, citizen_id, cell_id FROM member WHERE id = $1', [m.id])).rows;
    // held by 79 now: the source's record says so (it stayed IN_TRANSIT before issue 13)
    assert.deepEqual(source, { left_on: today, state: 'TRANSFERRED_OUT' });
    assert.deepEqual(dest, [{ joined_on: today, left_on: null, state: 'ACTIVE', citizen_id: m.citizen_id, cell_id: hcmCell }]);
    const counts = await rawCounts(fed.databases.provinces, d);
    assert.deepEqual(counts.byProvince, { '01': initial.byProvince['01'] - 1, '79': initial.byProvince['79'] + 1 });
    // both ends show it received on the same day; the destination holds it once
    const q = (code: string) => `query($id: ID!) { province(code: "${code}") { transfer(id: $id) { state receivedOn direction member { id state } } } }`;
    const a = await fed.query(q('01'), { id: t.id }, HN);
    const b = await fed.query(q('79'), { id: t.id }, HCM);
    assert.deepEqual(a.body.data.province.transfer, { state: 'RECEIVED', receivedOn: today, direction: 'OUT', member: { id: m.id, state: 'TRANSFERRED_OUT' } });
    const atSource = await fed.query('query($id: ID!) { province(code: "01") { ... on Province01 { member(id: $id) { state } } } }', { id: m.id }, HN);
    assert.deepEqual(atSource.body.data.province.member, { state: 'TRANSFERRED_OUT' });
    assert.deepEqual(b.body.data.province.transfer, { state: 'RECEIVED', receivedOn: today, direction: 'IN', member: { id: m.id, state: 'ACTIVE' } });
    // a second round carries nothing: the outboxes are empty
    const again = await carrier.runOnce();
    assert.deepEqual([again.delivered, again.settled, again.confirmed], [0, 0, 0]);
    initial.byProvince = counts.byProvince;
  });

  it('the record travels: every member column, corrections, interruptions, badges, cards with their reissue chain, fee bases and months, quality ratings, rewards and discipline, people with merit and their care, the cadre record', async () => {
    // a member without cards, badges or corrections yet, so the rows below are all theirs; admitted after 1990,
    // so that no party-age exemption from fees applies
    const { rows: [m] } = await db('01').query(
      `SELECT id, cell_id FROM member m WHERE left_on IS NULL AND state = 'ACTIVE' AND admission_decision_date > '1990-01-01'
          AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.member_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM party_card c WHERE c.member_id = m.id) AND NOT EXISTS (SELECT 1 FROM badge_award b WHERE b.member_id = m.id)
          AND NOT EXISTS (SELECT 1 FROM member_correction c WHERE c.member_id = m.id) ORDER BY id LIMIT 1`,
    );
    const src = db('01');
    await src.query(`INSERT INTO member_correction (member_id, version, actor, reason, changes) VALUES ($1, 1, 'cán bộ', 'Sửa tên', '{"fullName": {"from": "A", "to": "B"}}')`, [m.id]);
    await src.query(`INSERT INTO member_interruption (member_id, kind, from_on, to_on, decision_no) VALUES ($1, 'LOST_CONTACT', '2001-01-01', '2002-06-30', 'QĐ 7')`, [m.id]);
    await src.query(`INSERT INTO badge_award (member_id, milestone, ceremony, year, eligible_on, decision_no) VALUES ($1, 30, 'SEP2', 2020, '2020-08-01', 'QĐ 30')`, [m.id]);
    const [{ id: oldCard }] = (await src.query(
      `INSERT INTO party_card (member_id, number, issued_on, decision_no, status, ended_on) VALUES ($1, 'TEST-0001', '2010-01-01', 'QĐ 1', 'REISSUED', '2025-08-20') RETURNING id`, [m.id])).rows;
    await src.query(`INSERT INTO party_card (member_id, number, issued_on, decision_no, replaces_id, reissue_reason) VALUES ($1, 'TEST-0002', '2025-08-20', 'QĐ 2', $2, 'NATIONWIDE_REISSUE')`, [m.id, oldCard]);
    await src.query(`UPDATE member SET birthplace = 'Xã Đông Anh', occupation = 'Giáo viên' WHERE id = $1`, [m.id]);
    // Party fees, worked by hand: social insurance on 8,000,000 VND from 7 months ago, at 1% (the configured rate
    // since 2026-02) 80,000 VND a month; paid 7, 6 and 4 months ago; unpaid 5, 3, 2 and 1 months ago at the source,
    // and this month at the destination, which counts the member from today.
    const now = todayVn().slice(0, 7);
    const ago = (n: number) => addMonths(now, -n);
    await src.query('DELETE FROM fee_payment WHERE member_id = $1', [m.id]);
    await src.query('DELETE FROM fee_basis_entry WHERE member_id = $1', [m.id]);
    await src.query(`INSERT INTO fee_basis_entry (member_id, effective_month, basis, base_amount_vnd, actor) VALUES ($1, $2::date, 'SOCIAL_INSURANCE', 8000000, 'cán bộ')`, [m.id, `${ago(7)}-01`]);
    for (const n of [7, 6, 4]) {
      await src.query(`INSERT INTO fee_payment (member_id, month, amount_vnd, amount_due_vnd, basis, channel, paid_on, actor)
                       VALUES ($1, $2::date, 80000, 80000, 'SOCIAL_INSURANCE', 'CASH', $2::date + 5, 'thủ quỹ')`, [m.id, `${ago(n)}-01`]);
    }
    // Quality: 2025 rated 75 (HTT) in the member's cell, then corrected to 92 (HTXS).
    await src.query('DELETE FROM quality_rating WHERE member_id = $1', [m.id]);
    await src.query(`INSERT INTO quality_rating (member_id, year, version, score, org_id, approver, decision_date, is_current, actor)
                     VALUES ($1, 2025, 1, 75, $2, 'Đảng ủy xã', '2025-12-20', false, 'cán bộ')`, [m.id, m.cell_id]);
    await src.query(`INSERT INTO quality_rating (member_id, year, version, score, org_id, approver, decision_date, reason, actor)
                     VALUES ($1, 2025, 2, 92, $2, 'Đảng ủy xã', '2026-01-10', 'Bổ sung thành tích', 'cán bộ')`, [m.id, m.cell_id]);
    // Rewards and discipline: one of each.
    await src.query(`INSERT INTO member_reward (member_id, kind, level, title, decision_no, decided_on, issued_by, actor)
                     VALUES ($1, 'BANG_KHEN', 'TINH', 'Hoàn thành xuất sắc nhiệm vụ 5 năm liền', 'KT-5', '2025-06-01', 'Thành ủy', 'cán bộ')`, [m.id]);
    await src.query(`INSERT INTO member_discipline (member_id, measure, level, decision_no, decided_on, decided_by, reason, in_force_until, actor)
                     VALUES ($1, 'KHIEN_TRACH', 'CO_SO', 'KL-1', '2026-03-01', 'Đảng ủy xã', 'Vắng sinh hoạt không lý do', '2027-03-01', 'cán bộ')`, [m.id]);
    // Care for people with merit: the member's mother on the register, given a gift for Tết 2026 and a visit on 27 July.
    const [{ id: mother }] = (await src.query(`INSERT INTO merit_person (full_name, birth_year, sex, category, member_id, relation, org_id, registered_on, actor)
      VALUES ('Trần Thị Mẹ', 1941, 'NU', 'THAN_NHAN_LIET_SI', $1, 'ME', $2, '2024-05-01', 'cán bộ') RETURNING id`, [m.id, m.cell_id])).rows;
    await src.query(`INSERT INTO merit_care (person_id, kind, occasion_kind, occasion_year, given_on, value_vnd, given_by, actor)
      VALUES ($1, 'GIFT', 'TET', 2026, '2026-02-10', 500000, 'Đảng ủy xã', 'cán bộ'), ($1, 'VISIT', 'THUONG_BINH_LIET_SI', 2026, '2026-07-27', 0, 'Chi bộ', 'cán bộ')`, [mother]);
    // The cadre record: the member is a cadre of the register, with a raise granted and an evaluation.
    const { rows: [cadre] } = await src.query(
      `INSERT INTO cadre (member_id, full_name, birth_date, sex, position, cadre_level, salary_scale, grade_code, grade_level, step, coefficient, step_since, last_checkup, actor)
       VALUES ($1, 'Nguyễn Văn Cán', '1980-01-01', 'NAM', 'Phó Giám đốc Sở', 'PROVINCIAL', 'A1', '01.003', 'UNIVERSITY', 4, 3.33, '2025-03-01', '2026-02-01', 'cán bộ') RETURNING id`, [m.id]);
    await src.query(`INSERT INTO cadre_step_raise (cadre_id, from_step, to_step, coefficient, raised_on, decision_no, actor) VALUES ($1, 3, 4, 3.33, '2025-03-01', 'NL-4', 'cán bộ')`, [cadre.id]);
    await src.query(`INSERT INTO cadre_evaluation (cadre_id, year, result, evaluated_on, evaluated_by, actor) VALUES ($1, 2025, 'HOAN_THANH_TOT_NHIEM_VU', '2025-12-20', 'Ban Thường vụ', 'cán bộ')`, [cadre.id]);
    // ... promoted from cán sự to chuyên viên in 2019, the day the grade began (grade_since travels in the row)
    await src.query(`UPDATE cadre SET grade_since = '2019-05-01' WHERE id = $1`, [cadre.id]);
    await src.query(`INSERT INTO cadre_grade_promotion (cadre_id, from_grade_code, from_grade_level, to_grade_code, to_grade_level, coefficient, decided_on, decision_no, actor)
      VALUES ($1, '01.004', 'COLLEGE', '01.003', 'UNIVERSITY', 2.34, '2019-05-01', 'NN-1', 'cán bộ')`, [cadre.id]);
    const cellName = (await src.query('SELECT name FROM party_org WHERE id = $1', [m.cell_id])).rows[0].name;
    const rated2025 = async () => (await fed.query('{ province(code: "79") { ... on Province79 { qualityReport(year: 2025) { rated } } } }', {}, HCM)).body.data.province.qualityReport.rated;
    const ratedBefore = await rated2025();
    const { body } = await issue('01', { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-HS', issuedOn: todayVn() });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    await testCarrier(fed, CODES).runOnce();
    const dst = db('79');
    const person = `SELECT to_jsonb(m) - 'cell_id' - 'joined_on' - 'left_on' - 'state' AS p FROM member m WHERE id = $1`;
    assert.deepEqual((await dst.query(person, [m.id])).rows[0].p, (await src.query(person, [m.id])).rows[0].p);
    const q = (sql: string) => Promise.all([src.query(sql, [m.id]), dst.query(sql, [m.id])]).then(([a, b]) => [a.rows, b.rows]);
    for (const sql of [
      `SELECT version, actor, reason, changes FROM member_correction WHERE member_id = $1 ORDER BY version`,
      `SELECT kind, from_on, to_on, decision_no FROM member_interruption WHERE member_id = $1`,
      `SELECT milestone, ceremony, year, eligible_on FROM badge_award WHERE member_id = $1`,
      `SELECT c.number, c.status, r.number AS replaces FROM party_card c LEFT JOIN party_card r ON r.id = c.replaces_id WHERE c.member_id = $1 ORDER BY c.number`,
      `SELECT effective_month, basis, base_amount_vnd, reduction_pct, actor FROM fee_basis_entry WHERE member_id = $1 ORDER BY effective_month`,
      `SELECT kind, level, title, decision_no, decided_on, issued_by FROM member_reward WHERE member_id = $1 ORDER BY decision_no`,
      `SELECT measure, level, decision_no, decided_on, decided_by, reason, in_force_until FROM member_discipline WHERE member_id = $1 ORDER BY decision_no`,
      `SELECT id, full_name, birth_year, sex, category, relation, cadre_name, registered_on FROM merit_person WHERE member_id = $1 ORDER BY id`,
      `SELECT c.person_id, c.kind, c.occasion_kind, c.occasion_year, c.given_on, c.value_vnd, c.given_by FROM merit_care c JOIN merit_person p ON p.id = c.person_id
        WHERE p.member_id = $1 ORDER BY c.person_id, c.occasion_kind, c.occasion_year`,
      `SELECT to_jsonb(c) - 'recorded_at' - 'updated_at' AS cadre FROM cadre c WHERE member_id = $1`,
      `SELECT r.from_step, r.to_step, r.coefficient, r.raised_on, r.decision_no FROM cadre_step_raise r JOIN cadre c ON c.id = r.cadre_id WHERE c.member_id = $1`,
      `SELECT e.year, e.result, e.evaluated_on, e.evaluated_by FROM cadre_evaluation e JOIN cadre c ON c.id = e.cadre_id WHERE c.member_id = $1`,
      `SELECT g.from_grade_code, g.from_grade_level, g.to_grade_code, g.to_grade_level, g.coefficient, g.decided_on, g.decision_no, g.actor
         FROM cadre_grade_promotion g JOIN cadre c ON c.id = g.cadre_id WHERE c.member_id = $1`,
      `SELECT c.grade_since FROM cadre c WHERE c.member_id = $1 AND c.grade_since IS NOT NULL`,
    ]) {
      const [a, b] = await q(sql);
      assert.ok(a.length > 0, sql);
      assert.deepEqual(b, a, sql);
    }
    // The people with merit are cared for by the member's new cell; the source's register no longer lists them (the
    // mother, visited on 27 July, would be due on the 26th there).
    const caredBy = (await dst.query('SELECT DISTINCT org_id FROM merit_person WHERE member_id = $1', [m.id])).rows.map((r) => r.org_id);
    assert.deepEqual(caredBy, [hcmCell]);
    const people = await fed.query('query($id: ID!) { province(code: "79") { member(id: $id) { meritPeople { id care { occasion { kind year } } } } } }', { id: m.id }, HCM);
    assert.equal(people.body.errors, undefined, JSON.stringify(people.body.errors));
    assert.ok(people.body.data.province.member.meritPeople.some((p: { id: string; care: unknown[] }) => p.id === mother && p.care.length === 2));
    const sourceRegister = await fed.query(`{ province(code: "01") { ... on Province01 { meritCareDue(occasion: { kind: THUONG_BINH_LIET_SI, year: 2026 }, on: "2026-07-26", first: 500) {
      edges { node { id } } } } } }`, {}, HN);
    assert.equal(sourceRegister.body.errors, undefined, JSON.stringify(sourceRegister.body.errors));
    const sourcePeople = (await src.query('SELECT id FROM merit_person WHERE member_id = $1', [m.id])).rows.map((r) => r.id);
    assert.ok(sourceRegister.body.data.province.meritCareDue.edges.every((e: { node: { id: string } }) => !sourcePeople.includes(e.node.id)));
    // The destination's statement: the source's months as the source counted them, then its own month.
    const statement = await fed.query(
      `query($id: ID!, $from: String!, $to: String!) { province(code: "79") { ... on Province79 {
         feeStatement(memberId: $id, from: $from, to: $to) { unpaidMonths months { month province amountDueVnd paidVnd status } } } } }`,
      { id: m.id, from: ago(8), to: now }, HCM,
    );
    assert.equal(statement.body.errors, undefined, JSON.stringify(statement.body.errors));
    const month = (n: number, province: string, paid: boolean) => ({ month: ago(n), province, amountDueVnd: 80000, paidVnd: paid ? 80000 : null, status: paid ? 'PAID' : 'UNPAID' });
    assert.deepEqual(statement.body.data.province.feeStatement, {
      unpaidMonths: 5,
      // the month before the basis: counted at the source, nothing set
      months: [{ month: ago(8), province: '01', amountDueVnd: null, paidVnd: null, status: 'NO_BASIS' }, month(7, '01', true), month(6, '01', true), month(5, '01', false), month(4, '01', true), month(3, '01', false), month(2, '01', false), month(1, '01', false), month(0, '79', false)],
    });
    // The arrears rule counts the months at the source: unpaid in 5 months of the year, not 1 since arrival.
    const arrearsOf = async (after: string | null): Promise<string[] | undefined> => {
      const page = (await fed.query(
        `query($asOf: String!, $after: String) { province(code: "79") { ... on Province79 { feeArrears(asOf: $asOf, first: 500, after: $after) {
           edges { node { member { id } unpaidMonths } } pageInfo { hasNextPage endCursor } } } } }`,
        { asOf: now, after }, HCM,
      )).body.data.province.feeArrears;
      const found = page.edges.find((e: { node: { member: { id: string } } }) => e.node.member.id === m.id);
      return found ? found.node.unpaidMonths : page.pageInfo.hasNextPage ? arrearsOf(page.pageInfo.endCursor) : undefined;
    };
    assert.deepEqual(await arrearsOf(null), [ago(5), ago(3), ago(2), ago(1), now]);
    // The payments are the source's: none of them is counted in the destination's collection.
    assert.equal((await dst.query('SELECT count(*)::int AS n FROM fee_payment WHERE member_id = $1', [m.id])).rows[0].n, 0);
    // Both versions of the 2025 rating, with where they were given; no organisation of 79 rated them.
    const ratings = await fed.query(
      `query($id: ID!) { province(code: "79") { ... on Province79 { member(id: $id) {
         qualityRatings(history: true) { year version score level current province organisationName organisation { id } } } } } }`,
      { id: m.id }, HCM,
    );
    assert.equal(ratings.body.errors, undefined, JSON.stringify(ratings.body.errors));
    const rating = (version: number, score: number, level: string, current: boolean) => ({ year: 2025, version, score, level, current, province: '01', organisationName: cellName, organisation: null });
    assert.deepEqual(
      [...ratings.body.data.province.member.qualityRatings].sort((a: { version: number }, b: { version: number }) => a.version - b.version),
      [rating(1, 75, 'HTT', false), rating(2, 92, 'HTXS', true)],
    );
    assert.equal(await rated2025(), ratedBefore, "79's distribution of 2025 counts only its own organisations' ratings");
    await invariants('record travelled');
    initial.byProvince = (await rawCounts(fed.databases.provinces, d)).byProvince;
  });

  it('a temporary transfer never moves the count', async () => {
    const m = await pickMember(db('01'));
    const { body } = await issue('01', { memberId: m.id, kind: 'TEMPORARY', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-TT-7', issuedOn: todayVn() });
    assert.equal(body.data.province01.issueTransfer.transfer.member.state, 'ACTIVE');
    await invariants('temporary issued');
    await testCarrier(fed, CODES).runOnce();
    await invariants('temporary received');
    assert.deepEqual((await rawCounts(fed.databases.provinces, d)).byProvince, initial.byProvince);
    const { rows } = await db('79').query(`SELECT state, kind FROM transfer WHERE member_id = $1`, [m.id]);
    assert.deepEqual(rows, [{ state: 'RECEIVED', kind: 'TEMPORARY' }]);
    assert.equal((await db('79').query('SELECT 1 FROM member WHERE id = $1', [m.id])).rowCount, 0);
  });

  it('names every bad field in one BAD_USER_INPUT error and writes nothing', async () => {
    const m = await pickMember(db('01'));
    const snapshot = async () => (await db('01').query(`SELECT (SELECT count(*) FROM transfer)::int AS t, (SELECT count(*) FROM audit_log)::int AS a,
      (SELECT state FROM member WHERE id = $1) AS s`, [m.id])).rows[0];
    const before = await snapshot();
    const tomorrow = addDays(todayVn(), 1);
    const { body } = await issue('01', { memberId: 'x', kind: 'OFFICIAL', toProvince: '01', toOrgId: 'nope', letterNo: ' ', issuedOn: tomorrow });
    assert.equal(body.errors?.length, 1);
    assert.equal(body.errors![0].extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(
      body.errors![0].extensions?.fields.map((f: { field: string }) => f.field).sort(),
      ['input.issuedOn', 'input.letterNo', 'input.memberId', 'input.toOrgId', 'input.toProvince'],
    );
    // edges: a province code that does not exist, a letter before the member joined
    const r2 = await issue('01', { memberId: m.id, kind: 'OFFICIAL', toProvince: '27', toOrgId: hcmCell, letterNo: 'A', issuedOn: addDays(m.joined_on, -1) });
    assert.deepEqual(r2.body.errors![0].extensions?.fields.map((f: { field: string }) => f.field).sort(), ['input.toProvince']);
    const r3 = await issue('01', { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'A', issuedOn: addDays(m.joined_on, -1) });
    assert.match(r3.body.errors![0].message, /input\.issuedOn: must not be before the member joined/);
    assert.deepEqual(await snapshot(), before);
  });

  it('refuses a second transfer of a member in transit; the source cancels one not yet received', async () => {
    const m = await pickMember(db('01'));
    const first = await issue('01', { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-2', issuedOn: todayVn() });
    const id = first.body.data.province01.issueTransfer.transfer.id;
    const second = await issue('01', { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-3', issuedOn: todayVn() });
    assert.match(second.body.errors![0].message, new RegExp(`input\\.memberId: already has transfer ${id} in progress`));

    const CANCEL = `mutation($input: CancelTransferInput!) { province01 { cancelTransfer(input: $input) { transfer { state reason } } } }`;
    const bad = await fed.query(CANCEL, { input: { transferId: id, reason: 'x' } }, HN);
    assert.deepEqual(bad.body.errors![0].extensions?.fields.map((f: { field: string }) => f.field), ['input.reason']);
    const cancelled = await fed.query(CANCEL, { input: { transferId: id, reason: 'Đảng viên không chuyển nữa' } }, HN);
    assert.deepEqual(cancelled.body.data.province01.cancelTransfer.transfer, { state: 'CANCEL_REQUESTED', reason: 'Đảng viên không chuyển nữa' });
    await invariants('cancel requested');
    await testCarrier(fed, CODES).runOnce();
    await invariants('cancelled');
    const src = (await db('01').query(`SELECT t.state, m.state AS member_state, m.left_on FROM transfer t JOIN member m ON m.id = t.member_id WHERE t.id = $1`, [id])).rows;
    assert.deepEqual(src, [{ state: 'CANCELLED', member_state: 'ACTIVE', left_on: null }]);
    const dst = (await db('79').query(`SELECT state, direction FROM transfer WHERE id = $1`, [id])).rows;
    assert.deepEqual(dst, [{ state: 'CANCELLED', direction: 'IN' }]);
    // a late delivery of the cancelled id is answered with the decision taken: never received
    const record = (await db('01').query('SELECT record FROM transfer WHERE id = $1', [id])).rows[0].record;
    const ACCEPT = `mutation($message: TransferMessageInput!) { province79 { acceptTransfer(message: $message) { state } } }`;
    const late = await asSystem('01', ACCEPT, {
      message: { id, kind: 'OFFICIAL', memberId: m.id, fromProvince: '01', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-2', issuedOn: todayVn(), record: JSON.stringify(record) },
    });
    assert.equal(late.body.data.province79.acceptTransfer.state, 'CANCELLED');
    assert.equal((await db('79').query('SELECT 1 FROM member WHERE id = $1', [m.id])).rowCount, 0);
    // a received transfer cannot be cancelled
    const received = (await db('01').query(`SELECT id FROM transfer WHERE state = 'RECEIVED' AND kind = 'OFFICIAL' LIMIT 1`)).rows[0].id;
    const refused = await fed.query(CANCEL, { input: { transferId: received, reason: 'Quá muộn' } }, HN);
    assert.match(refused.body.errors![0].message, /is already RECEIVED/);
  });

  it('the destination rejects a cell it does not have: the member stays at the source, visibly', async () => {
    const m = await pickMember(db('01'));
    const notACell = (await db('79').query(`SELECT id FROM party_org WHERE level = 'TINH'`)).rows[0].id;
    const { body } = await issue('01', { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: notACell, letterNo: 'GGT-4', issuedOn: todayVn() });
    const id = body.data.province01.issueTransfer.transfer.id;
    await testCarrier(fed, CODES).runOnce();
    await invariants('rejected');
    const { rows } = await db('01').query(`SELECT t.state, t.reason, m.state AS member_state FROM transfer t JOIN member m ON m.id = t.member_id WHERE t.id = $1`, [id]);
    assert.equal(rows[0].state, 'REJECTED');
    assert.equal(rows[0].member_state, 'ACTIVE');
    assert.match(rows[0].reason, /not an active party cell/);
  });

  it('a transfer not received within 30 days is OVERDUE (30 days is not yet), and the national check lists it', async () => {
    const a = await pickMember(db('01'));
    const b = await pickMember(db('01'), 1);
    const today = todayVn();
    const down = fed.proxies.get('province79')!;
    down.down = true; // keep them undelivered
    try {
      const r31 = await issue('01', { memberId: a.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-31', issuedOn: addDays(today, -31) });
      const r30 = await issue('01', { memberId: b.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-30', issuedOn: addDays(today, -30) });
      assert.equal(r31.body.data.province01.issueTransfer.transfer.state, 'OVERDUE');
      assert.equal(r30.body.data.province01.issueTransfer.transfer.state, 'ISSUED');
      const overdueId = r31.body.data.province01.issueTransfer.transfer.id;
      const list = await fed.query(`{ province(code: "01") { transfers(direction: OUT, state: OVERDUE) { totalCount edges { node { id } } } } }`, {}, HN);
      assert.deepEqual(list.body.data.province.transfers, { totalCount: 1, edges: [{ node: { id: overdueId } }] });
      const check = await nationalCheck(fed, CODES);
      assert.deepEqual(check.overdueTransfers.map((t) => [t.id, t.dueOn]), [[overdueId, addDays(today, -1)]]);
      assert.deepEqual(check.members.provincesMissing, ['79']);
    } finally {
      down.down = false;
    }
    await testCarrier(fed, CODES).runOnce();
    await invariants('overdue ones delivered');
  });

  it('only officers issue, and only the service identities of the two ends carry the messages', async () => {
    const m = await pickMember(db('01'));
    const input = { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: 'GGT-9', issuedOn: todayVn() };
    const byOther = await issue('01', input, HCM);
    assert.equal(byOther.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(byOther.body));
    const bySystem = await asSystem('01', ISSUE.replace('PROVINCE', 'province01'), { input });
    assert.match(bySystem.body.errors![0].message, /issuing a transfer is for a PROVINCE_OFFICER of province 01/);
    const message = { id: '44444444-4444-4444-8444-444444444444', kind: 'OFFICIAL', memberId: m.id, fromProvince: '01', toProvince: '79',
      toOrgId: hcmCell, letterNo: 'X', issuedOn: todayVn(), record: '{}' };
    const ACCEPT = `mutation($message: TransferMessageInput!) { province79 { acceptTransfer(message: $message) { state } } }`;
    for (const [who, send] of [
      ['an officer of the destination', () => fed.query(ACCEPT, { message }, HCM)],
      ['the destination itself', () => asSystem('79', ACCEPT, { message })],
      ['a third province', () => asSystem('48', ACCEPT, { message })],
    ] as const) {
      const { body } = await send();
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${who}: ${JSON.stringify(body)}`);
    }
    const outbox = await fed.query(`{ province(code: "01") { carrierOutbox { transfers { id } } } }`, {}, HN);
    assert.equal(outbox.body.data?.province?.carrierOutbox ?? null, null);
    assert.equal(outbox.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await db('79').query('SELECT count(*)::int AS n FROM transfer WHERE id = $1', [message.id])).rows[0].n, 0);
  });

  it('over all 34 provinces, the national total names the provinces that did not answer', async () => {
    const token = await fed.mint({ role: 'CENTRAL_ANALYST' }, { subject: 'system:national-check' });
    const check = await runNationalCheck({ gatewayUrl: fed.federation.gateway.url, headers: () => ({ authorization: `Bearer ${token}` }) });
    const notRunning = provinces.map((p) => p.code).filter((c) => !CODES.includes(c));
    assert.deepEqual(check.members.provincesMissing, notRunning);
    assert.equal(check.members.provincesCounted, 2);
    assert.equal(check.members.total, initial.sum);
    assert.deepEqual(check.conflictCheckMissing, notRunning);
  });

  it('the carrier records the national check at the Centre; only the check identity may', async () => {
    const check = await nationalCheck(fed, CODES);
    const RECORD = `mutation($result: String!) { recordNationalCheck(result: $result) { asOf members { total provincesMissing } } }`;
    const as = async (token: string) => fed.raw({ query: RECORD, variables: { result: JSON.stringify(check) } }, { authorization: `Bearer ${token}` });
    const refused = await as(await fed.mint({ role: 'CENTRAL_ANALYST' }));
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const stored = await as(await fed.mint({ role: 'CENTRAL_ANALYST' }, { subject: 'system:national-check' }));
    assert.deepEqual(stored.body.data.recordNationalCheck, { asOf: endOfThisMonth(), members: { total: initial.sum, provincesMissing: [] } });
    const { body } = await fed.query(`{ nationalCheck { asOf members { total provincesCounted } transfersInTransit citizenIdConflicts { hash } } }`, {}, { role: 'CENTRAL_ANALYST' });
    assert.deepEqual(body.data.nationalCheck, {
      // an analyst reads the check's exact results rounded (docs/disclosure-control.md); the check itself reads exact ones
      asOf: endOfThisMonth(), members: { total: expectedRounding('check.members|province=national', initial.sum), provincesCounted: 2 },
      transfersInTransit: expectedRounding('transfers.inTransit|province=national', check.transfersInTransit), citizenIdConflicts: [],
    });
  });

  it('lists transfers newest letter first, page by page, with a bad cursor refused', async () => {
    const expected = (await db('01').query(`SELECT id FROM transfer WHERE direction = 'OUT' ORDER BY issued_on DESC, id`)).rows.map((r) => r.id);
    assert.ok(expected.length >= 5, `${expected.length} transfers`);
    const PAGE = `query($after: String) { province(code: "01") { transfers(direction: OUT, first: 2, after: $after) {
      totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { body } = await fed.query(PAGE, { after }, HN);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const page = body.data.province.transfers;
      assert.equal(page.totalCount, expected.length);
      seen.push(...page.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    assert.deepEqual(seen, expected);
    const bad = await fed.query(PAGE, { after: 'bm9wZQ' }, HN);
    assert.match(bad.body.errors![0].message, /after: is not a cursor from this list/);
  });

  it('the national check reports a citizen ID counted by two provinces, by salted hash only', async () => {
    const m = await pickMember(db('01'));
    const dup = '00000000-0000-4000-8000-00000000d0b1';
    await db('79').query(
      `INSERT INTO member (id, citizen_id, full_name, sex, birth_date, admission_decision_date, status, cell_id, joined_on)
       VALUES ($1, $2, 'Bản ghi trùng', 'NAM', '1980-01-01', '2010-01-01', 'DU_BI', $3, '2020-01-01')`,
      [dup, m.citizen_id, hcmCell],
    );
    try {
      const check = await nationalCheck(fed, CODES);
      assert.equal(check.citizenIdConflicts.length, 1);
      assert.deepEqual(check.citizenIdConflicts[0].provinces, ['01', '79']);
      assert.match(check.citizenIdConflicts[0].hash, /^[0-9a-f]{64}$/);
      assert.ok(!JSON.stringify(check).includes(m.citizen_id), 'no raw citizen ID in the result');
    } finally {
      await db('79').query('DELETE FROM member WHERE id = $1', [dup]);
    }
    await invariants('conflict removed');
  });
});
