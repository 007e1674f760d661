// Rewards and discipline through the gateway: a committee's decisions recorded once each, listed within the
// reader's scope, counted per month (recounted here from raw rows; rounded for analysts), and an expulsion that
// ends membership through the exit path, with its rules, or writes nothing at all.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { insertMember } from './support/memberFixtures.ts';
import { expectedRounding } from './support/rounding.ts';
import { addDays, todayVn } from './support/transferWorld.ts';

const REWARD = `mutation($input: RecordRewardInput!) { province01 { recordReward(input: $input) {
  reward { id kind level title decisionNo decidedOn issuedBy member { id } } } } }`;
const DISCIPLINE = `mutation($input: RecordDisciplineInput!) { province01 { recordDiscipline(input: $input) {
  discipline { id measure level decisionNo decidedOn decidedBy reason post inForceUntil }
  member { id state } exit { type date decisionNo } } } }`;
const MONTH = `query($p: String!) { province(code: "01") { report(period: $p) { rewardsByKind { kind count } disciplinesByMeasure { measure count } } } }`;

describe('rewards and discipline', () => {
  let fed: TestFederation;
  let cell: string;
  let commune: string;
  const m: Record<string, string> = {};
  const today = todayVn();
  const db = () => fed.databases.provinces.get('01')!;
  const officer = () => ({ role: 'COMMUNE_OFFICER', province: '01', commune } as const);
  const snapshot = async () =>
    (await db().query(`SELECT (SELECT count(*) FROM member_reward)::int AS rewards, (SELECT count(*) FROM member_discipline)::int AS disciplines,
      (SELECT count(*) FROM member_exit)::int AS exits, (SELECT md5(string_agg(m::text, ',' ORDER BY id)) FROM member m) AS members,
      (SELECT count(*) FROM audit_log WHERE operation <> 'read')::int AS audits`)).rows[0];

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'rewards', provinces: [findProvince('01')!] });
    m.good = await insertMember(db(), { admission: '2010-03-01' });
    m.warned = await insertMember(db(), { admission: '2012-05-01' });
    m.expelled = await insertMember(db(), { admission: '2008-01-01' });
    m.moving = await insertMember(db(), { admission: '2009-01-01' });
    m.late = await insertMember(db(), { admission: '2011-01-01', joined: today });
    ({ cell_id: cell, commune_code: commune } = (await db().query(
      'SELECT m.cell_id, o.commune_code FROM member m JOIN party_org o ON o.id = m.cell_id WHERE m.id = $1', [m.good])).rows[0]);
    await db().query(`INSERT INTO party_card (member_id, number, issued_on, decision_no) VALUES ($1, 'KT-1', '2010-01-01', '1')`, [m.expelled]);
    await db().query(`UPDATE member SET state = 'IN_TRANSIT' WHERE id = $1`, [m.moving]);
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('records a reward once: the member lists it, the list finds it, a retry with its decision number is refused', async () => {
    const input = { memberId: m.good, kind: 'GIAY_KHEN', level: 'CO_SO', title: 'Hoàn thành xuất sắc nhiệm vụ', decisionNo: '125-QĐ/ĐU', decidedOn: today, issuedBy: 'Đảng ủy xã' };
    const { body } = await fed.query(REWARD, { input }, officer());
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const reward = body.data.province01.recordReward.reward;
    const { memberId, ...recorded } = input;
    assert.deepEqual({ ...reward, id: undefined }, { ...recorded, id: undefined, member: { id: memberId } });
    const again = await fed.query(REWARD, { input }, officer());
    assert.equal(again.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.match(again.body.errors![0].message, /input\.decisionNo.*already recorded/);
    assert.equal((await db().query('SELECT count(*)::int AS n FROM member_reward WHERE member_id = $1', [m.good])).rows[0].n, 1);
    const member = await fed.query('query($id: ID!) { province(code: "01") { member(id: $id) { rewards { id decisionNo } } } }', { id: m.good });
    assert.deepEqual(member.body.data.province.member.rewards, [{ id: reward.id, decisionNo: '125-QĐ/ĐU' }]);
    const list = await fed.query('query($d: Date!) { province(code: "01") { rewards(from: $d, to: $d, kind: GIAY_KHEN) { totalCount edges { node { id } } } } }', { d: today });
    assert.ok(list.body.data.province.rewards.edges.some((e: { node: { id: string } }) => e.node.id === reward.id));
  });

  it('a warning with its term; cách chức needs the post; every bad field in one error, and nothing written', async () => {
    const warning = { memberId: m.warned, measure: 'CANH_CAO', level: 'CO_SO', decisionNo: '31-QĐ/UBKT', decidedOn: today, decidedBy: 'Ủy ban kiểm tra', reason: 'Vi phạm quy định', inForceUntil: addDays(today, 365) };
    const { body } = await fed.query(DISCIPLINE, { input: warning }, officer());
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.province01.recordDiscipline.member, { id: m.warned, state: 'ACTIVE' });
    assert.equal(body.data.province01.recordDiscipline.exit, null);
    assert.equal(body.data.province01.recordDiscipline.discipline.inForceUntil, addDays(today, 365));

    const before = await snapshot();
    const bad = {
      memberId: m.warned, measure: 'CACH_CHUC', level: 'CO_SO', decisionNo: ' ', decidedOn: addDays(today, 1), decidedBy: 'Ủy',
      reason: 'x', inForceUntil: '2020-01-01',
    };
    const refused = await fed.query(DISCIPLINE, { input: bad }, officer());
    assert.equal(refused.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const fields = (refused.body.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort();
    assert.deepEqual(fields, ['input.decidedBy', 'input.decidedOn', 'input.decisionNo', 'input.inForceUntil', 'input.post', 'input.reason']);
    // a term on an expulsion, a post on a reprimand
    const wrongTerm = await fed.query(DISCIPLINE, { input: { ...warning, measure: 'KHAI_TRU', decisionNo: 'X-1' } }, officer());
    assert.match(wrongTerm.body.errors![0].message, /input\.inForceUntil.*KHAI_TRU/);
    const wrongPost = await fed.query(DISCIPLINE, { input: { ...warning, measure: 'KHIEN_TRACH', decisionNo: 'X-2', post: 'Bí thư chi bộ' } }, officer());
    assert.match(wrongPost.body.errors![0].message, /input\.post.*only for CACH_CHUC/);
    // the decision before the member joined this province
    const early = await fed.query(DISCIPLINE, { input: { ...warning, memberId: m.late, decisionNo: 'X-3', decidedOn: addDays(today, -1), inForceUntil: null } }, officer());
    assert.match(early.body.errors![0].message, /input\.decidedOn.*before the member joined/);
    assert.deepEqual(await snapshot(), before);
  });

  it('an expulsion is an exit: EXPELLED from its day, the card recovered, counted nowhere here; in transit it is refused whole', async () => {
    const input = { memberId: m.expelled, measure: 'KHAI_TRU', level: 'CAP_TREN_CO_SO', decisionNo: '07-QĐ/UBKT', decidedOn: today, decidedBy: 'Ủy ban kiểm tra Huyện ủy', reason: 'Vi phạm tư cách đảng viên' };
    const { body } = await fed.query(DISCIPLINE, { input }, officer());
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const paid = body.data.province01.recordDiscipline;
    assert.deepEqual(paid.member, { id: m.expelled, state: 'EXPELLED' });
    assert.deepEqual(paid.exit, { type: 'EXPELLED', date: today, decisionNo: '07-QĐ/UBKT' });
    const rows = (await db().query(`SELECT m.left_on, m.state, c.status AS card FROM member m JOIN party_card c ON c.member_id = m.id WHERE m.id = $1`, [m.expelled])).rows;
    assert.deepEqual(rows, [{ left_on: today, state: 'EXPELLED', card: 'RECOVERED' }]);
    // one audit row for the decision, one for the exit, as recordExit writes it
    const audits = (await db().query(`SELECT operation FROM audit_log WHERE $1 = ANY(member_ids) AND operation <> 'read' ORDER BY at, operation`, [m.expelled])).rows.map((r) => r.operation);
    assert.deepEqual(audits.sort(), ['recordDiscipline', 'recordExit']);
    // a member in transit: the exit's rule refuses, so the decision is not written either
    const before = await snapshot();
    const moving = await fed.query(DISCIPLINE, { input: { ...input, memberId: m.moving, decisionNo: '08-QĐ/UBKT' } }, officer());
    assert.match(moving.body.errors![0].message, /IN_TRANSIT.*cancel the transfer first/);
    assert.deepEqual(await snapshot(), before);
  });

  it("the month's figures equal a recount of the decisions' rows; analysts read them rounded and no list", async () => {
    const period = today.slice(0, 7);
    const raw = async (table: string, column: string) => Object.fromEntries((await db().query(
      `SELECT ${column} AS k, count(*)::int AS n FROM ${table} WHERE to_char(decided_on, 'YYYY-MM') = $1 GROUP BY ${column}`, [period])).rows.map((r) => [r.k, r.n]));
    const rewards = await raw('member_reward', 'kind');
    const disciplines = await raw('member_discipline', 'measure');
    assert.ok((rewards.GIAY_KHEN ?? 0) >= 1 && disciplines.KHAI_TRU >= 1 && disciplines.CANH_CAO >= 1, 'this month has the decisions above');
    const exact = (await fed.query(MONTH, { p: period })).body.data.province.report;
    assert.deepEqual(exact.rewardsByKind, ['GIAY_KHEN', 'BANG_KHEN', 'KHAC'].map((kind) => ({ kind, count: rewards[kind] ?? 0 })));
    assert.deepEqual(exact.disciplinesByMeasure, ['KHIEN_TRACH', 'CANH_CAO', 'CACH_CHUC', 'KHAI_TRU'].map((measure) => ({ measure, count: disciplines[measure] ?? 0 })));
    const analyst = { role: 'CENTRAL_ANALYST' } as const;
    const rounded = (await fed.query(MONTH, { p: period }, analyst)).body.data.province.report;
    assert.deepEqual(rounded.disciplinesByMeasure, exact.disciplinesByMeasure.map((d: { measure: string; count: number }) => ({ ...d, count: expectedRounding(`disciplines|province=01|measure=${d.measure}`, d.count) })));
    assert.deepEqual(rounded.rewardsByKind, exact.rewardsByKind.map((r: { kind: string; count: number }) => ({ ...r, count: expectedRounding(`rewards|province=01|kind=${r.kind}`, r.count) })));
    const list = await fed.query('query($d: Date!) { province(code: "01") { disciplines(from: $d, to: $d) { totalCount } } }', { d: today }, analyst);
    assert.equal(list.body.errors?.[0].extensions?.code, 'FORBIDDEN');
  });

  it('a cell secretary lists their cell only and records nothing; another commune\'s officer cannot write here', async () => {
    const secretary = { role: 'CELL_SECRETARY', province: '01', cell } as const;
    const input = { memberId: m.good, kind: 'KHAC', level: 'CHI_BO', title: 'Biểu dương', decisionNo: 'CB-1', decidedOn: today, issuedBy: 'Chi bộ' };
    const refused = await fed.query(REWARD, { input }, secretary);
    assert.equal(refused.body.errors?.[0].extensions?.code, 'FORBIDDEN');
    const other = (await db().query('SELECT commune_code FROM party_org WHERE commune_code IS NOT NULL AND commune_code <> $1 LIMIT 1', [commune])).rows[0].commune_code;
    const stranger = await fed.query(REWARD, { input }, { role: 'COMMUNE_OFFICER', province: '01', commune: other });
    assert.equal(stranger.body.errors?.[0].extensions?.code, 'FORBIDDEN');
    const { body } = await fed.query(`query($from: Date!, $to: Date!) { province(code: "01") { disciplines(from: $from, to: $to, first: 500) {
      totalCount edges { node { member { cell { id } } } } } } }`, { from: '2020-01-01', to: today }, secretary);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const list = body.data.province.disciplines;
    const inCell = (await db().query(`SELECT count(*)::int AS n FROM member_discipline x JOIN member m ON m.id = x.member_id
      WHERE m.cell_id = $1 AND x.decided_on BETWEEN '2020-01-01' AND $2::date`, [cell, today])).rows[0].n;
    assert.equal(list.totalCount, inCell);
    assert.ok(list.edges.every((e: { node: { member: { cell: { id: string } } } }) => e.node.member.cell.id === cell));
  });
});
