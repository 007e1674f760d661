// Care for people with merit through the gateway: the register within the reader's scope, who is due or overdue
// for an occasion at the edges of its window (dates worked by hand from the shipped rules: a window of 30 days,
// Tết 2026 on 17 February, Tết 2027 on 6 February), one visit or gift per person and occasion, the period's
// figures recounted here from the raw rows (rounded for analysts), bad input and access refused with nothing
// written.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { insertMember } from './support/memberFixtures.ts';
import { expectedRounding } from './support/rounding.ts';

const REGISTER = `mutation($input: MeritPersonInput!) { province01 { registerMeritPerson(input: $input) {
  person { id fullName birthYear sex category relation cadreName registeredOn member { id } org { id } } } } }`;
const UPDATE = `mutation($id: ID!, $input: MeritPersonInput!) { province01 { updateMeritPerson(id: $id, input: $input) { person { id fullName category org { id } } } } }`;
const CARE = `mutation($input: RecordMeritCareInput!) { province01 { recordMeritCare(input: $input) {
  care { kind givenOn valueVnd givenBy occasion { kind year date dueFrom } person { id } } } } }`;
const DUE = `query($o: MeritOccasionInput!, $on: Date, $after: String) { province(code: "01") { ... on Province01 {
  meritCareDue(occasion: $o, on: $on, first: 500, after: $after) { status on occasion { kind year date dueFrom } totalCount
    edges { node { id } } pageInfo { hasNextPage endCursor } } } } }`;
const FIGURES = `query($p: String!) { province(code: "01") { report(period: $p) { meritCare {
  registered done due overdue asOf occasion { kind year date } } } } }`;

describe('care for people with merit', () => {
  let fed: TestFederation;
  let cell: string;
  let commune: string;
  const m: Record<string, string> = {};
  const db = () => fed.databases.provinces.get('01')!;
  const officer = () => ({ role: 'COMMUNE_OFFICER', province: '01', commune } as const);
  const person = (over: Record<string, unknown> = {}) => ({
    fullName: 'Nguyễn Văn Thương', birthYear: 1948, sex: 'NAM', category: 'THUONG_BINH', memberId: m.son, relation: 'CHA', registeredOn: '2025-12-01', ...over,
  });
  const snapshot = async () =>
    (await db().query(`SELECT (SELECT count(*) FROM merit_person)::int AS people, (SELECT md5(string_agg(p::text, ',' ORDER BY id)) FROM merit_person p) AS register,
      (SELECT count(*) FROM merit_care)::int AS care, (SELECT count(*) FROM audit_log WHERE operation <> 'read')::int AS audits`)).rows[0];
  /** Who on the register on `on` has no visit or gift for the occasion given by then: the test's own count. */
  const notDone = async (kind: string, year: number, on: string) => (await db().query(
    `SELECT p.id FROM merit_person p LEFT JOIN member lm ON lm.id = p.member_id
      WHERE p.registered_on <= $3::date AND (lm.id IS NULL OR lm.state <> 'TRANSFERRED_OUT')
        AND NOT EXISTS (SELECT 1 FROM merit_care c WHERE c.person_id = p.id AND c.occasion_kind::text = $1 AND c.occasion_year = $2 AND c.given_on <= $3::date)
      ORDER BY p.id`, [kind, year, on])).rows.map((r) => r.id as string);
  const due = async (o: { kind: string; year: number }, on: string) => {
    const { body } = await fed.query(DUE, { o, on });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.province.meritCareDue;
  };

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'merit', provinces: [findProvince('01')!] });
    m.son = await insertMember(db(), { admission: '2010-03-01' });
    m.other = await insertMember(db(), { admission: '2012-05-01' });
    ({ cell_id: cell, commune_code: commune } = (await db().query(
      'SELECT m.cell_id, o.commune_code FROM member m JOIN party_org o ON o.id = m.cell_id WHERE m.id = $1', [m.son])).rows[0]);
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('registers a member\'s father: the member lists him, cared for by the member\'s cell; the register finds him', async () => {
    const { body } = await fed.query(REGISTER, { input: person() }, officer());
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const p = body.data.province01.registerMeritPerson.person;
    m.father = p.id;
    assert.deepEqual({ ...p, id: undefined }, {
      id: undefined, fullName: 'Nguyễn Văn Thương', birthYear: 1948, sex: 'NAM', category: 'THUONG_BINH', relation: 'CHA', cadreName: null,
      registeredOn: '2025-12-01', member: { id: m.son }, org: { id: cell },
    });
    const member = await fed.query('query($id: ID!) { province(code: "01") { member(id: $id) { meritPeople { id relation } } } }', { id: m.son }, officer());
    assert.deepEqual(member.body.data.province.member.meritPeople, [{ id: p.id, relation: 'CHA' }]);
    const audit = (await db().query(`SELECT operation FROM audit_log WHERE $1 = ANY(member_ids) AND operation = 'registerMeritPerson'`, [m.son])).rows;
    assert.equal(audit.length, 1);
    // a correction: the category, every field replaced
    const fixed = await fed.query(UPDATE, { id: p.id, input: person({ category: 'BENH_BINH' }) }, officer());
    assert.equal(fixed.body.errors, undefined, JSON.stringify(fixed.body.errors));
    assert.equal(fixed.body.data.province01.updateMeritPerson.person.category, 'BENH_BINH');
  });

  it('Tết 2027 (6 Feb): not yet due on 6 Jan, due from 7 Jan to 6 Feb, overdue on 7 Feb; the lists equal a recount', async () => {
    const tet = { kind: 'TET', year: 2027 };
    const before = await due(tet, '2027-01-06');
    assert.deepEqual([before.status, before.totalCount, before.edges], ['NOT_YET_DUE', 0, []]);
    assert.deepEqual(before.occasion, { kind: 'TET', year: 2027, date: '2027-02-06', dueFrom: '2027-01-07' });
    for (const [on, status] of [['2027-01-07', 'DUE'], ['2027-02-06', 'DUE'], ['2027-02-07', 'OVERDUE']] as const) {
      const list = await due(tet, on);
      assert.equal(list.status, status, on);
      const ids = list.edges.map((e: { node: { id: string } }) => e.node.id).sort();
      assert.deepEqual(ids, await notDone('TET', 2027, on), on);
      assert.equal(list.totalCount, ids.length);
      assert.ok(ids.includes(m.father), on);
    }
    // the person's own status on the same days
    const status = async (on: string) => (await fed.query(`query($id: ID!, $on: Date) { province(code: "01") { member(id: $id) {
      meritPeople { careStatus(occasion: { kind: TET, year: 2027 }, on: $on) } } } }`, { id: m.son, on }, officer())).body.data.province.member.meritPeople[0].careStatus;
    assert.deepEqual([await status('2027-01-06'), await status('2027-01-07'), await status('2027-02-06'), await status('2027-02-07')],
      ['NOT_YET_DUE', 'DUE', 'DUE', 'OVERDUE']);
  });

  it('a gift for Tết 2026 (17 Feb) makes him DONE from its day; a second for the same Tết is refused, nothing written', async () => {
    const gift = { personId: m.father, kind: 'GIFT', occasion: { kind: 'TET', year: 2026 }, givenOn: '2026-02-10', valueVnd: 500000, givenBy: 'Chi bộ khu phố' };
    const { body } = await fed.query(CARE, { input: gift }, { role: 'CELL_SECRETARY', province: '01', cell });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.province01.recordMeritCare.care, {
      kind: 'GIFT', givenOn: '2026-02-10', valueVnd: 500000, givenBy: 'Chi bộ khu phố',
      occasion: { kind: 'TET', year: 2026, date: '2026-02-17', dueFrom: '2026-01-18' }, person: { id: m.father },
    });
    const onDay = (await due({ kind: 'TET', year: 2026 }, '2026-02-10')).edges.map((e: { node: { id: string } }) => e.node.id);
    const dayBefore = (await due({ kind: 'TET', year: 2026 }, '2026-02-09')).edges.map((e: { node: { id: string } }) => e.node.id);
    assert.ok(!onDay.includes(m.father) && dayBefore.includes(m.father));
    const before = await snapshot();
    const again = await fed.query(CARE, { input: { ...gift, kind: 'VISIT', valueVnd: 0, givenOn: '2026-02-12' } }, officer());
    assert.equal(again.body.errors?.[0].extensions?.code, 'MERIT_CARE_ALREADY_RECORDED');
    assert.equal(again.body.errors?.[0].extensions?.field, 'input.occasion');
    assert.deepEqual(await snapshot(), before);
    // 27 July 2026 is another occasion: a visit then is recorded
    const july = await fed.query(CARE, { input: { ...gift, kind: 'VISIT', valueVnd: 0, occasion: { kind: 'THUONG_BINH_LIET_SI', year: 2026 }, givenOn: '2026-07-27' } }, officer());
    assert.equal(july.body.errors, undefined, JSON.stringify(july.body.errors));
  });

  it('bad input names every field, with nothing written', async () => {
    const before = await snapshot();
    const refused = await fed.query(REGISTER, { input: person({ fullName: ' ', birthYear: 1800, cadreName: 'Ông Ba', registeredOn: '2098-01-01' }) }, officer());
    assert.equal(refused.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    const fields = (refused.body.errors![0].extensions!.fields as Array<{ field: string }>).map((f) => f.field).sort();
    assert.deepEqual(fields, ['input.birthYear', 'input.fullName', 'input.memberId', 'input.orgId', 'input.registeredOn']);
    const noOrg = await fed.query(REGISTER, { input: person({ memberId: null, cadreName: 'Đồng chí Lê Văn Ba' }) }, officer());
    assert.match(noOrg.body.errors![0].message, /input\.orgId.*required with cadreName/);
    const care = { personId: m.father, kind: 'GIFT', occasion: { kind: 'TET', year: 2090 }, givenOn: '2026-01-01', valueVnd: 0, givenBy: 'Ủy' };
    const badCare = await fed.query(CARE, { input: care }, officer());
    const careFields = (badCare.body.errors![0].extensions!.fields as Array<{ field: string; message?: string }>).map((f) => f.field).sort();
    assert.deepEqual(careFields, ['input.givenBy', 'input.occasion.year', 'input.valueVnd']);
    // a gift before the due window of 27 July 2025 (opens 27 June)
    const early = await fed.query(CARE, { input: { ...care, occasion: { kind: 'THUONG_BINH_LIET_SI', year: 2025 }, givenOn: '2025-06-26', valueVnd: 100000, givenBy: 'Đảng ủy xã' } }, officer());
    assert.match(early.body.errors![0].message, /input\.givenOn.*2025-06-27/);
    const unknownYear = await fed.query(DUE, { o: { kind: 'TET', year: 2090 }, on: '2026-01-01' });
    assert.equal(unknownYear.body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.equal(unknownYear.body.errors?.[0].extensions?.field, 'occasion.year');
    assert.deepEqual(await snapshot(), before);
  });

  it('the figures of January 2026 (Tết due) and July 2026 (27 July overdue) equal a recount; analysts read them rounded and no list', async () => {
    const recount = async (kind: string, year: number, asOf: string) => {
      const registered = (await db().query(`SELECT count(*)::int AS n FROM merit_person p LEFT JOIN member lm ON lm.id = p.member_id
        WHERE p.registered_on <= $1::date AND (lm.id IS NULL OR lm.state <> 'TRANSFERRED_OUT')`, [asOf])).rows[0].n as number;
      const open = (await notDone(kind, year, asOf)).length;
      return { registered, done: registered - open, open };
    };
    const jan = await recount('TET', 2026, '2026-01-31');
    const jul = await recount('THUONG_BINH_LIET_SI', 2026, '2026-07-31');
    // the demo data has each figure non-zero in one of these months
    assert.ok(jan.done > 0 && jan.open > 0 && jul.done > 0 && jul.open > 0, JSON.stringify({ jan, jul }));
    const read = async (p: string, as?: { role: 'CENTRAL_ANALYST' }) => {
      const { body } = await fed.query(FIGURES, { p }, as);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data.province.report.meritCare;
    };
    assert.deepEqual(await read('2026-01'), { registered: jan.registered, done: jan.done, due: jan.open, overdue: 0, asOf: '2026-01-31', occasion: { kind: 'TET', year: 2026, date: '2026-02-17' } });
    assert.deepEqual(await read('2026-07'), { registered: jul.registered, done: jul.done, due: 0, overdue: jul.open, asOf: '2026-07-31', occasion: { kind: 'THUONG_BINH_LIET_SI', year: 2026, date: '2026-07-27' } });
    const analyst = { role: 'CENTRAL_ANALYST' } as const;
    assert.deepEqual(await read('2026-07', analyst), {
      registered: expectedRounding('meritRegistered|province=01', jul.registered),
      done: expectedRounding('meritCareDone|province=01|occasion=THUONG_BINH_LIET_SI', jul.done),
      due: 0,
      overdue: expectedRounding('meritCareOverdue|province=01|occasion=THUONG_BINH_LIET_SI', jul.open),
      asOf: '2026-07-31', occasion: { kind: 'THUONG_BINH_LIET_SI', year: 2026, date: '2026-07-27' },
    });
    for (const q of ['{ province(code: "01") { ... on Province01 { meritPeople { totalCount } } } }', '{ province(code: "01") { ... on Province01 { meritCareDue(occasion: { kind: TET, year: 2026 }) { totalCount } } } }']) {
      const list = await fed.query(q, {}, analyst);
      assert.equal(list.body.errors?.[0].extensions?.code, 'FORBIDDEN', q);
    }
  });

  it('a cell secretary lists their cell\'s people only; another commune\'s officer and another province\'s cannot write here', async () => {
    const secretary = { role: 'CELL_SECRETARY', province: '01', cell } as const;
    const { body } = await fed.query('{ province(code: "01") { ... on Province01 { meritPeople(first: 500) { totalCount edges { node { id org { id } } } } } } }', {}, secretary);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const inCell = (await db().query(`SELECT count(*)::int AS n FROM merit_person p LEFT JOIN member lm ON lm.id = p.member_id
      WHERE p.org_id = $1 AND (lm.id IS NULL OR lm.state <> 'TRANSFERRED_OUT')`, [cell])).rows[0].n;
    assert.equal(body.data.province.meritPeople.totalCount, inCell);
    assert.ok(body.data.province.meritPeople.edges.every((e: { node: { org: { id: string } } }) => e.node.org.id === cell));
    const registering = await fed.query(REGISTER, { input: person({ memberId: m.other, relation: 'SELF' }) }, secretary);
    assert.equal(registering.body.errors?.[0].extensions?.code, 'FORBIDDEN');
    const other = (await db().query('SELECT commune_code FROM party_org WHERE commune_code IS NOT NULL AND commune_code <> $1 LIMIT 1', [commune])).rows[0].commune_code;
    const gift = { personId: m.father, kind: 'GIFT', occasion: { kind: 'TET', year: 2025 }, givenOn: '2025-01-20', valueVnd: 300000, givenBy: 'Đảng ủy xã' };
    const stranger = await fed.query(CARE, { input: gift }, { role: 'COMMUNE_OFFICER', province: '01', commune: other });
    assert.equal(stranger.body.errors?.[0].extensions?.code, 'FORBIDDEN');
    const otherProvince = await fed.query(CARE, { input: gift }, { role: 'PROVINCE_OFFICER', province: '79' });
    assert.equal(otherProvince.body.errors?.[0].extensions?.code, 'FORBIDDEN');
    const otherRead = await fed.query('{ province(code: "01") { ... on Province01 { meritPeople { totalCount } } } }', {}, { role: 'PROVINCE_OFFICER', province: '79' });
    assert.equal(otherRead.body.errors?.[0].extensions?.code, 'FORBIDDEN');
    assert.equal(otherRead.body.data?.province?.meritPeople ?? null, null);
    assert.equal((await db().query(`SELECT count(*)::int AS n FROM merit_care WHERE person_id = $1 AND occasion_year = 2025`, [m.father])).rows[0].n, 0);
  });
});
