// Process 3, party cards, through the gateway: issued to official members only (from their official date on),
// reissued in place of the last card, reported lost; the official members without a card, now and as of a
// month's end, checked against the raw rows.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { expectedRounding } from './support/rounding.ts';
import { insertMember } from './support/memberFixtures.ts';

const CARD_FIELDS = 'number issuedOn decisionNo status endedOn reissueReason replacesNumber member { id }';
const ISSUE = `mutation($input: IssueCardInput!) { province01 { issueCard(input: $input) {
  card { ${CARD_FIELDS} } previous { number } member { id cardNumber partyCard { number } } } } }`;
const REISSUE = `mutation($input: ReissueCardInput!) { province01 { reissueCard(input: $input) {
  card { ${CARD_FIELDS} } previous { ${CARD_FIELDS} } member { partyCards { number status } } } } }`;
const LOST = `mutation($input: ReportCardLostInput!) { province01 { reportCardLost(input: $input) { card { ${CARD_FIELDS} } } } }`;
const FIGURES = `query($p: String!) { province(code: "01") { report(period: $p) { cards { issued reissued officialWithoutCard } } } }`;

describe('party cards (process 3)', () => {
  let fed: TestFederation;
  const m: Record<string, string> = {};
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'cards', provinces: [findProvince('01')!] });
    m.official = await insertMember(db(), { admission: '2015-03-10' }); // official 2016-03-10
    m.probationary = await insertMember(db(), { admission: '2026-06-01', official: null });
    m.other = await insertMember(db(), { admission: '2012-01-01' });
    m.lost = await insertMember(db(), { admission: '2011-01-01' });
    m.report = await insertMember(db(), { admission: '2015-05-05' });
  });
  afterAll(async () => {
    await fed?.stop();
  });
  const db = () => fed.databases.provinces.get('01')!;
  const snapshot = async () =>
    (await db().query(`SELECT (SELECT md5(string_agg(c::text, ',' ORDER BY id)) FROM party_card c) AS cards,
      (SELECT count(*) FROM audit_log WHERE operation <> 'read')::int AS audits`)).rows[0];
  const figures = async (p: string) => {
    const { body } = await fed.query(FIGURES, { p });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.province.report.cards as { issued: number; reissued: number; officialWithoutCard: number };
  };
  const fields = (body: { errors?: { extensions?: Record<string, any> }[] }) =>
    body.errors?.[0]?.extensions?.fields?.map((f: { field: string }) => f.field).sort();

  it('issues a first card from the member\'s official date on, with an audit row', async () => {
    const input = { memberId: m.official, number: 'HN-0001', issuedOn: '2016-03-09', decisionNo: '15-QĐ/TU' };
    const early = await fed.query(ISSUE, { input });
    assert.deepEqual(fields(early.body), ['input.issuedOn']);
    assert.match(early.body.errors![0].message, /before the member became official \(2016-03-10\)/);
    const { body } = await fed.query(ISSUE, { input: { ...input, issuedOn: '2016-03-10', number: ' HN-0001 ' } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.province01.issueCard, {
      card: { number: 'HN-0001', issuedOn: '2016-03-10', decisionNo: '15-QĐ/TU', status: 'ACTIVE', endedOn: null, reissueReason: null, replacesNumber: null, member: { id: m.official } },
      previous: null,
      member: { id: m.official, cardNumber: 'HN-0001', partyCard: { number: 'HN-0001' } },
    });
    const audit = await db().query(`SELECT operation, details FROM audit_log WHERE $1 = ANY(member_ids) AND operation <> 'read'`, [m.official]);
    assert.deepEqual(audit.rows, [{ operation: 'issueCard', details: { number: 'HN-0001', issuedOn: '2016-03-10', decisionNo: '15-QĐ/TU' } }]);
  });

  it('refuses a probationary member, a second first card, a number in use, and names every bad field, writing nothing', async () => {
    const before = await snapshot();
    const probationary = await fed.query(ISSUE, { input: { memberId: m.probationary, number: 'HN-0002', issuedOn: '2026-07-01', decisionNo: '1' } });
    assert.equal(probationary.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(fields(probationary.body), ['input.memberId']);
    assert.match(probationary.body.errors![0].message, /probationary \(dự bị\): party cards are issued to official members only/);
    const second = await fed.query(ISSUE, { input: { memberId: m.official, number: 'HN-0003', issuedOn: '2020-01-01', decisionNo: '1' } });
    assert.match(second.body.errors?.[0]?.message ?? '', /input\.memberId: already has card HN-0001 \(ACTIVE\): use reissueCard/);
    const taken = await fed.query(ISSUE, { input: { memberId: m.other, number: 'HN-0001', issuedOn: '2020-01-01', decisionNo: '1' } });
    assert.deepEqual(fields(taken.body), ['input.number']);
    const bad = await fed.query(ISSUE, { input: { memberId: 'x', number: 'has space', issuedOn: '2098-01-01', decisionNo: ' ' } });
    assert.equal(bad.body.errors?.length, 1);
    assert.deepEqual(fields(bad.body), ['input.decisionNo', 'input.issuedOn', 'input.memberId', 'input.number']);
    assert.deepEqual(await snapshot(), before);
  });

  it('reissues: the old card ends the day the new one is issued, and the month counts one reissue', async () => {
    const before = await figures('2020-01');
    const sameDay = await fed.query(REISSUE, { input: { memberId: m.official, number: 'HN-0100', issuedOn: '2016-03-10', decisionNo: '2', reason: 'DAMAGED' } });
    assert.deepEqual(fields(sameDay.body), ['input.issuedOn']);
    const never = await fed.query(REISSUE, { input: { memberId: m.other, number: 'HN-0101', issuedOn: '2020-01-01', decisionNo: '2', reason: 'DAMAGED' } });
    assert.match(never.body.errors?.[0]?.message ?? '', /input\.memberId: has never had a card: use issueCard/);
    const { body } = await fed.query(REISSUE, { input: { memberId: m.official, number: 'HN-0100', issuedOn: '2020-01-15', decisionNo: '2-QĐ/TU', reason: 'DAMAGED' } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const r = body.data.province01.reissueCard;
    assert.deepEqual(r.previous, {
      number: 'HN-0001', issuedOn: '2016-03-10', decisionNo: '15-QĐ/TU', status: 'REISSUED', endedOn: '2020-01-15', reissueReason: null, replacesNumber: null, member: { id: m.official },
    });
    assert.deepEqual([r.card.status, r.card.reissueReason, r.card.replacesNumber, r.card.endedOn], ['ACTIVE', 'DAMAGED', 'HN-0001', null]);
    assert.deepEqual(r.member.partyCards, [{ number: 'HN-0001', status: 'REISSUED' }, { number: 'HN-0100', status: 'ACTIVE' }]);
    const after = await figures('2020-01');
    assert.equal(after.reissued - before.reissued, 1);
    assert.equal(after.issued, before.issued);
  });

  it('a lost card leaves the member without a card until a card is reissued for it', async () => {
    const listIds = async () => {
      const ids: string[] = [];
      let cursor: string | null = null;
      for (;;) {
        const { body } = await fed.query(`query($after: String) { province(code: "01") { officialMembersWithoutCard(first: 13, after: $after) {
          totalCount edges { node { id status } } pageInfo { hasNextPage endCursor } } } }`, { after: cursor });
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        const conn = body.data.province.officialMembersWithoutCard;
        ids.push(...conn.edges.map((e: { node: { id: string; status: string } }) => (assert.equal(e.node.status, 'CHINH_THUC'), e.node.id)));
        if (!conn.pageInfo.hasNextPage) return (assert.equal(ids.length, conn.totalCount), ids);
        cursor = conn.pageInfo.endCursor;
      }
    };
    const issued = await fed.query(ISSUE, { input: { memberId: m.lost, number: 'HN-0200', issuedOn: '2012-02-01', decisionNo: '3' } });
    assert.equal(issued.body.errors, undefined, JSON.stringify(issued.body.errors));
    assert.ok(!(await listIds()).includes(m.lost));
    const early = await fed.query(LOST, { input: { memberId: m.lost, lostOn: '2012-01-31' } });
    assert.deepEqual(fields(early.body), ['input.lostOn']);
    const lost = await fed.query(LOST, { input: { memberId: m.lost, lostOn: '2026-03-01' } });
    assert.deepEqual([lost.body.data.province01.reportCardLost.card.status, lost.body.data.province01.reportCardLost.card.endedOn], ['LOST', '2026-03-01']);
    assert.ok((await listIds()).includes(m.lost));
    const again = await fed.query(LOST, { input: { memberId: m.lost, lostOn: '2026-03-02' } });
    assert.match(again.body.errors?.[0]?.message ?? '', /holds no valid card \(card HN-0200 is LOST\)/);
    const reissued = await fed.query(REISSUE, { input: { memberId: m.lost, number: 'HN-0201', issuedOn: '2026-04-01', decisionNo: '4', reason: 'LOST' } });
    assert.equal(reissued.body.errors, undefined, JSON.stringify(reissued.body.errors));
    assert.deepEqual([reissued.body.data.province01.reissueCard.previous.status, reissued.body.data.province01.reissueCard.previous.endedOn], ['LOST', '2026-03-01']);
    // the list is exactly the official members here today with no ACTIVE card, from the raw rows
    const expected = (await db().query(`SELECT m.id, m.status, m.left_on, array_agg(c.status) FILTER (WHERE c.id IS NOT NULL) AS statuses
      FROM member m LEFT JOIN party_card c ON c.member_id = m.id GROUP BY m.id`)).rows
      .filter((r) => r.left_on === null && r.status === 'CHINH_THUC' && !(r.statuses ?? []).includes('ACTIVE')).map((r) => r.id);
    assert.deepEqual((await listIds()).sort(), expected.sort());
    assert.ok(!expected.includes(m.lost));
  });

  it('counts official members without a valid card as of each month end: a card issued in October ends it there, not in September', async () => {
    const [sep, oct] = [await figures('2026-09'), await figures('2026-10')];
    const { body } = await fed.query(ISSUE, { input: { memberId: m.report, number: 'HN-0300', issuedOn: '2026-10-05', decisionNo: '5' } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const [sep2, oct2] = [await figures('2026-09'), await figures('2026-10')];
    assert.deepEqual(sep2, sep);
    assert.deepEqual([oct2.issued - oct.issued, oct2.officialWithoutCard - oct.officialWithoutCard, oct2.reissued - oct.reissued], [1, -1, 0]);
    // and the figure itself, from the raw rows: counted on 31/10/2026, official by then, no card valid that day
    const d = '2026-10-31';
    const members = (await db().query(`SELECT id, to_char(joined_on, 'YYYY-MM-DD') j, to_char(left_on, 'YYYY-MM-DD') l, to_char(official_date, 'YYYY-MM-DD') o FROM member`)).rows;
    const cards = (await db().query(`SELECT member_id, to_char(issued_on, 'YYYY-MM-DD') i, to_char(ended_on, 'YYYY-MM-DD') e FROM party_card`)).rows;
    const valid = new Set(cards.filter((c) => c.i <= d && (c.e === null || c.e > d)).map((c) => c.member_id));
    const expected = members.filter((x) => x.j <= d && (x.l === null || x.l > d) && x.o !== null && x.o <= d && !valid.has(x.id)).length;
    assert.equal(oct2.officialWithoutCard, expected);
  });

  it('lets the committees write cards, each reader list their own scope, and rounds counts for analysts', async () => {
    const cell = (await db().query('SELECT cell_id, commune_code FROM member m JOIN party_org o ON o.id = m.cell_id WHERE m.id = $1', [m.other])).rows[0];
    const elsewhere = (await db().query(`SELECT id, commune_code FROM party_org WHERE level IN ('CHI_BO', 'CHI_BO_CO_SO')
      AND commune_code IS NOT NULL AND commune_code <> $1 LIMIT 1`, [cell.commune_code])).rows[0];
    const input = { memberId: m.other, number: 'HN-0400', issuedOn: '2020-01-01', decisionNo: '6' };
    const before = await snapshot();
    for (const as of [
      { role: 'CELL_SECRETARY', province: '01', cell: cell.cell_id },
      { role: 'COMMUNE_OFFICER', province: '01', commune: elsewhere.commune_code },
      { role: 'MEMBER', province: '01', member: m.other },
    ] as const) {
      const { body } = await fed.query(ISSUE, { input }, as);
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', `${as.role}: ${JSON.stringify(body)}`);
    }
    assert.deepEqual(await snapshot(), before);
    const commune = await fed.query(ISSUE, { input }, { role: 'COMMUNE_OFFICER', province: '01', commune: cell.commune_code });
    assert.equal(commune.body.errors, undefined, JSON.stringify(commune.body.errors));

    const LIST = `{ province(code: "01") { officialMembersWithoutCard(first: 500) { totalCount edges { node { id cell { id } } } } } }`;
    const mine = await fed.query(LIST, {}, { role: 'CELL_SECRETARY', province: '01', cell: cell.cell_id });
    assert.equal(mine.body.errors, undefined, JSON.stringify(mine.body.errors));
    const expected = (await db().query(`SELECT id FROM member m WHERE cell_id = $1 AND left_on IS NULL AND status = 'CHINH_THUC'
      AND NOT EXISTS (SELECT 1 FROM party_card c WHERE c.member_id = m.id AND c.status = 'ACTIVE')`, [cell.cell_id])).rows.map((r) => r.id);
    assert.deepEqual(mine.body.data.province.officialMembersWithoutCard.edges.map((e: { node: { id: string } }) => e.node.id).sort(), expected.sort());
    const member = await fed.query(LIST, {}, { role: 'MEMBER', province: '01', member: m.other });
    assert.equal(member.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');

    for (const p of ['2025-08', '2026-10', '2020-01']) {
      const officer = await figures(p);
      const { body } = await fed.query(FIGURES, { p }, { role: 'CENTRAL_ANALYST' });
      // rounded under the documented cell keys (docs/disclosure-control.md)
      const cellOf: Record<string, string> = { issued: 'cards.issued', reissued: 'cards.reissued', officialWithoutCard: 'members.officialWithoutCard' };
      const rounded = Object.fromEntries(Object.entries(officer).map(([k, v]) => [k, expectedRounding(`${cellOf[k]}|province=01`, v as number)]));
      assert.deepEqual(body.data.province.report.cards, rounded, p);
    }
  });

  it('the demo seed gives the report real content: first cards, the 2025 nationwide reissue, a backlog', async () => {
    const aug = await figures('2025-08');
    assert.ok(aug.reissued > 0, JSON.stringify(aug));
    assert.ok(aug.officialWithoutCard > 0, JSON.stringify(aug));
    const statuses = (await db().query('SELECT DISTINCT status::text FROM party_card ORDER BY 1')).rows.map((r) => r.status);
    for (const s of ['ACTIVE', 'REISSUED', 'LOST']) assert.ok(statuses.includes(s), `${s} in ${statuses}`);
  });
});
