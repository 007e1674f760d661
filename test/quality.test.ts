// Process 8, annual quality rating, through the gateway: the QĐ 366 bands at their edges, versioned corrections
// (never a silent overwrite), the HTXS cap at 20% of HTT per organisation and year (WARN by default), one
// BAD_USER_INPUT naming every bad field with nothing written, audit rows, and the distribution report checked
// against counts made here from raw rows with the bands written out in the test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { ConfigError } from '../config/env.ts';
import { findProvince } from '../schema/provinces.ts';
import { parseQualityRules, withinHtxsCap } from '../subgraphs/province/src/areas/quality/rules.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { expectedRounding } from './support/rounding.ts';

const OFFICER = { role: 'PROVINCE_OFFICER', province: '01' } as const;
const YEAR = 2026; // the seed rates 2025; the tests rate 2026 so their cells start empty
const DECIDED = '2026-11-20';

const RATE = `mutation($input: RateMemberInput!) { province01 { rateMember(input: $input) {
  rating { year version score level current reason approver decisionDate organisation { id } member { id } }
  previous { version score level current }
  warnings { organisation { id } year htxsCount httCount capPercent message } } } }`;
const REPORT = `query($year: Int!, $org: ID) { province(code: "01") { qualityReport(year: $year, organisationId: $org) {
  year membersCounted rated unrated capPercent capMode levels { level count share }
  organisationsOverCap { organisation { id } htxsCount httCount } } } }`;

/** QĐ 366's bands, written out here: >= 90 HTXS, 70..89 HTT, 50..69 HT, < 50 KHT. */
const band = (score: number) => (score >= 90 ? 'HTXS' : score >= 70 ? 'HTT' : score >= 50 ? 'HT' : 'KHT');

describe('annual quality rating (process 8)', () => {
  let fed: TestFederation;
  let capCell: string;
  let capMembers: string[]; // 7 members of one cell
  let others: string[]; // members of other cells
  const db = () => fed.databases.provinces.get('01')!;
  const q = async (query: string, variables: Record<string, unknown>) => (await fed.query(query, variables, OFFICER)).body;
  const rate = async (memberId: string, score: number, extra: Record<string, unknown> = {}) => {
    const body = await q(RATE, { input: { memberId, year: YEAR, score, approver: 'Đảng ủy phường Ba Đình', decisionDate: DECIDED, ...extra } });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data.province01.rateMember;
  };
  const snapshot = async () =>
    (await db().query(`SELECT (SELECT md5(coalesce(string_agg(q::text, ',' ORDER BY id), '')) FROM quality_rating q) AS ratings,
      (SELECT count(*) FROM audit_log)::int AS audits`)).rows[0];

  beforeAll(async () => {
    fed = await startTestFederation({
      prefix: 'quality',
      provinces: [findProvince('01')!],
      // these tests are about rules, not latency: a machine loaded by parallel test files must not time them out
      subgraphTimeoutMs: 30_000,
    });
    const live = `left_on IS NULL AND joined_on < '2026-01-01'`;
    capCell = (await db().query(`SELECT cell_id FROM member WHERE ${live} GROUP BY cell_id ORDER BY count(*) DESC, cell_id LIMIT 1`)).rows[0].cell_id;
    // the cap scenario needs 7 members in one cell: move members in when the small test seed has fewer
    const inCell = async () => (await db().query(`SELECT id FROM member WHERE ${live} AND cell_id = $1 ORDER BY id`, [capCell])).rows.map((r) => r.id);
    const have = await inCell();
    if (have.length < 7) {
      await db().query(`UPDATE member SET cell_id = $1 WHERE id IN (SELECT id FROM member WHERE ${live} AND cell_id <> $1 ORDER BY id LIMIT $2)`,
        [capCell, 7 - have.length]);
    }
    capMembers = (await inCell()).slice(0, 7);
    others = (await db().query(`SELECT id FROM member WHERE ${live} AND cell_id <> $1 ORDER BY id LIMIT 12`, [capCell])).rows.map((r) => r.id);
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('derives the level from the score at every band edge', async () => {
    const scores = [0, 49, 50, 69, 70, 89, 90, 100];
    const levels = [];
    for (const [i, score] of scores.entries()) levels.push((await rate(others[i], score)).rating.level);
    assert.deepEqual(levels, ['KHT', 'KHT', 'HT', 'HT', 'HTT', 'HTT', 'HTXS', 'HTXS']);
  });

  it('refuses scores outside 0..100 and names every bad field in one error, writing nothing', async () => {
    const before = await snapshot();
    for (const score of [-1, 101]) {
      const body = await q(RATE, { input: { memberId: others[8], year: YEAR, score, approver: 'Chi bộ 1', decisionDate: DECIDED } });
      assert.equal(body.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
      assert.deepEqual(body.errors![0].extensions!.fields.map((f: any) => f.field), ['input.score']);
    }
    const bad = await q(RATE, { input: { memberId: 'nope', year: 1999, score: 101, approver: 'x', decisionDate: '2030-01-01', reason: '' } });
    assert.equal(bad.errors?.length, 1);
    assert.deepEqual(bad.errors![0].extensions!.fields.map((f: any) => f.field).sort(),
      ['input.approver', 'input.decisionDate', 'input.memberId', 'input.reason', 'input.score', 'input.year']);
    // the year rated: up to the current one (the clock's, in Vietnam), not the next
    const nextYear = Number(new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Ho_Chi_Minh' }).slice(0, 4)) + 1;
    const future = await q(RATE, { input: { memberId: others[8], year: nextYear, score: 80, approver: 'Chi bộ 1', decisionDate: DECIDED } });
    assert.deepEqual(future.errors![0].extensions!.fields.map((f: any) => f.field), ['input.year']);
    // a decision before the year rated
    const early = await q(RATE, { input: { memberId: others[8], year: YEAR, score: 80, approver: 'Chi bộ 1', decisionDate: '2025-12-31' } });
    assert.match(early.errors![0].message, /input\.decisionDate: must be from 2026-01-01/);
    const unknown = await q(RATE, { input: { memberId: '00000000-0000-4000-8000-000000000000', year: YEAR, score: 80, approver: 'Chi bộ 1', decisionDate: DECIDED } });
    assert.match(unknown.errors![0].message, /input\.memberId: no member/);
    assert.deepEqual(await snapshot(), before);
  });

  it('makes a re-rating a correction: a reason is required, the old version is kept, never overwritten', async () => {
    const m = others[9];
    const first = await rate(m, 72);
    assert.deepEqual([first.rating.version, first.rating.level, first.rating.reason, first.previous], [1, 'HTT', null, null]);
    const before = await snapshot();
    const noReason = await q(RATE, { input: { memberId: m, year: YEAR, score: 65, approver: 'Đảng ủy phường Ba Đình', decisionDate: DECIDED } });
    assert.match(noReason.errors![0].message, /input\.reason: is required: the member already has a 2026 rating \(version 1, 72 points, HTT\)/);
    const same = await q(RATE, { input: { memberId: m, year: YEAR, score: 72, approver: 'Đảng ủy phường Ba Đình', decisionDate: DECIDED, reason: 'Nhập lại' } });
    assert.match(same.errors![0].message, /input: changes nothing/);
    assert.deepEqual(await snapshot(), before);
    const second = await rate(m, 65, { reason: 'Sai sót khi cộng điểm tiêu chí 3' });
    assert.deepEqual(second.rating, {
      year: YEAR, version: 2, score: 65, level: 'HT', current: true, reason: 'Sai sót khi cộng điểm tiêu chí 3',
      approver: 'Đảng ủy phường Ba Đình', decisionDate: DECIDED, organisation: second.rating.organisation, member: { id: m },
    });
    assert.deepEqual(second.previous, { version: 1, score: 72, level: 'HTT', current: false });
    const { body } = await fed.query(`query($id: ID!) { province(code: "01") { member(id: $id) {
      current: qualityRatings { year version score } all: qualityRatings(history: true) { version score current } } } }`, { id: m }, OFFICER);
    const ofYear = (list: any[]) => list.filter((r) => r.year === undefined || r.year === YEAR);
    assert.deepEqual(ofYear(body.data.province.member.current), [{ year: YEAR, version: 2, score: 65 }]);
    assert.deepEqual(body.data.province.member.all.slice(0, 2), [{ version: 2, score: 65, current: true }, { version: 1, score: 72, current: false }]);
    const { rows } = await db().query(`SELECT details->>'version' AS version, details->'previous'->>'score' AS previous FROM audit_log
      WHERE $1 = ANY(member_ids) AND operation = 'rateMember' ORDER BY id`, [m]);
    assert.deepEqual(rows, [{ version: '1', previous: null }, { version: '2', previous: '72' }]);
  });

  it('warns when HTXS exceed 20% of HTT in the organisation: 1 HTXS needs 5 HTT, 4 are not enough', async () => {
    const [h1, h2, t1, t2, t3, t4, t5] = capMembers;
    for (const m of [t1, t2, t3, t4]) assert.deepEqual((await rate(m, 80)).warnings, []);
    // 1 HTXS for 4 HTT: 100 × 1 > 20 × 4
    const over = await rate(h1, 95);
    assert.deepEqual(over.warnings.map((w: any) => [w.organisation.id, w.htxsCount, w.httCount, w.capPercent]), [[capCell, 1, 4, 20]]);
    assert.equal(over.rating.level, 'HTXS'); // WARN mode: saved
    // a 5th HTT brings the cell within the cap (100 × 1 <= 20 × 5) and warns of nothing
    assert.deepEqual((await rate(t5, 70)).warnings, []);
    const second = await rate(h2, 90);
    assert.deepEqual(second.warnings.map((w: any) => [w.htxsCount, w.httCount]), [[2, 5]]);
    const report = (await q(REPORT, { year: YEAR, org: capCell })).data.province.qualityReport;
    assert.deepEqual(report.organisationsOverCap, [{ organisation: { id: capCell }, htxsCount: 2, httCount: 5 }]);
    assert.deepEqual([report.capPercent, report.capMode], [20, 'WARN']);
  });

  it('lets commune officers rate their commune only, and refuses cell secretaries and members', async () => {
    const m = others[10];
    const { rows: [org] } = await db().query(`SELECT o.commune_code FROM member m JOIN party_org o ON o.id = m.cell_id WHERE m.id = $1`, [m]);
    const { rows: [other] } = await db().query(`SELECT commune_code FROM party_org WHERE commune_code IS NOT NULL AND commune_code <> $1 LIMIT 1`, [org.commune_code]);
    const input = { memberId: m, year: YEAR, score: 75, approver: 'Đảng ủy xã', decisionDate: DECIDED };
    const before = await snapshot();
    for (const principal of [
      { role: 'COMMUNE_OFFICER', province: '01', commune: other.commune_code },
      { role: 'CELL_SECRETARY', province: '01', cell: capCell },
      { role: 'MEMBER', province: '01', member: m },
      { role: 'CENTRAL_ANALYST' },
    ] as const) {
      const { body } = await fed.query(RATE, { input }, principal);
      assert.equal(body.errors?.[0].extensions?.code, 'FORBIDDEN', `${principal.role}: ${JSON.stringify(body)}`);
    }
    assert.deepEqual(await snapshot(), before);
    const officer = { role: 'COMMUNE_OFFICER', province: '01', commune: org.commune_code } as const;
    const { body } = await fed.query(RATE, { input }, officer);
    assert.equal(body.data.province01.rateMember.rating.level, 'HTT');
    // their report: of an organisation in their commune, not of the whole province nor of another commune
    const { rows: [cell] } = await db().query('SELECT cell_id FROM member WHERE id = $1', [m]);
    const own = await fed.query(REPORT, { year: YEAR, org: cell.cell_id }, officer);
    const { rows: [raw] } = await db().query('SELECT count(*)::int AS n FROM quality_rating WHERE year = $1 AND org_id = $2 AND is_current', [YEAR, cell.cell_id]);
    assert.deepEqual([own.body.errors, own.body.data.province.qualityReport.rated], [undefined, raw.n]);
    const whole = await fed.query(REPORT, { year: YEAR }, officer);
    assert.equal(whole.body.errors?.[0].extensions?.code, 'FORBIDDEN');
    const { rows: [foreign] } = await db().query('SELECT id FROM party_org WHERE commune_code = $1 LIMIT 1', [other.commune_code]);
    const elsewhere = await fed.query(REPORT, { year: YEAR, org: foreign.id }, officer);
    assert.equal(elsewhere.body.errors?.[0].extensions?.code, 'FORBIDDEN');
  });

  it('gives CENTRAL_ANALYST the distribution with every count rounded and the shares of the rounded counts', async () => {
    const officer = (await q(REPORT, { year: YEAR })).data.province.qualityReport;
    const { body } = await fed.query(REPORT, { year: YEAR }, { role: 'CENTRAL_ANALYST' });
    const analyst = body.data.province.qualityReport;
    const rated = expectedRounding('quality.rated|province=01', officer.rated);
    assert.deepEqual(analyst.levels, officer.levels.map((l: any) => {
      const count = expectedRounding(`quality.rated|province=01|level=${l.level}`, l.count);
      return { ...l, count, share: rated === 0 ? null : Math.min(1, count / rated) };
    }));
    assert.equal(analyst.rated, rated);
    const small = (n: number) => n > 0 && n < 5;
    assert.ok(officer.levels.some((l: any) => small(l.count)), 'the 2026 test ratings include a small count');
  });

  it('runs every example operation of examples/quality.graphql on the demo data', async () => {
    const document = readFileSync(new URL('../examples/quality.graphql', import.meta.url), 'utf8');
    const run = async (operationName: string, variables: Record<string, unknown> = {}) => {
      const { body } = await fed.raw({ query: document, operationName, variables }, { authorization: `Bearer ${await fed.mint(OFFICER)}` });
      // national operations reach all 34 provinces; only province 01 runs here, so the others' errors (unavailable,
      // or whatever else answers on their default ports) are not this test's business
      const real = (body.errors ?? []).filter((e) => !(e.extensions?.province && e.extensions.province !== '01'));
      assert.deepEqual(real, [], `${operationName}: ${JSON.stringify(real).slice(0, 2000)}`);
      return body.data;
    };
    const national = (await run('NationalQualityDistribution')).provinces.find((p: any) => p.code === '01').qualityReport;
    assert.ok(national.rated > 0 && national.levels.length === 4);
    const { rows: [parent] } = await db().query('SELECT parent_id FROM party_org WHERE id = $1', [capCell]);
    assert.ok((await run('OrganisationQuality', { organisationId: parent.parent_id })).province.qualityReport.rated > 0);
    const m = others[11];
    assert.equal((await run('RateMember', { memberId: m })).province01.rateMember.rating.level, 'HTXS');
    assert.equal((await run('CorrectRating', { memberId: m })).province01.rateMember.rating.version, 2);
    const history = (await run('MemberRatings', { memberId: m })).province.member.qualityRatings;
    assert.deepEqual(history.filter((r: any) => r.year === YEAR).map((r: any) => [r.version, r.level, r.current]), [[2, 'HTT', true], [1, 'HTXS', false]]);
  });

  it('reports the distribution by level of the seeded year, as counted here from raw rows', async () => {
    const year = 2025;
    const body = await q(REPORT, { year });
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const report = body.data.province.qualityReport;
    const scores = (await db().query(`SELECT score, org_id FROM quality_rating WHERE year = $1 AND is_current`, [year])).rows;
    const counted = (await db().query(`SELECT id FROM member WHERE joined_on <= '2025-12-31' AND (left_on IS NULL OR left_on > '2025-12-31')`)).rows;
    const rated = new Set((await db().query(`SELECT member_id FROM quality_rating WHERE year = $1 AND is_current`, [year])).rows.map((r) => r.member_id));
    const expected = ['HTXS', 'HTT', 'HT', 'KHT'].map((level) => {
      const count = scores.filter((s) => band(s.score) === level).length;
      return { level, count, share: count / scores.length };
    });
    assert.deepEqual(report.levels, expected);
    assert.equal(report.rated, scores.length);
    assert.equal(report.membersCounted, counted.length);
    assert.equal(report.unrated, counted.filter((m) => !rated.has(m.id)).length);
    // the seed gives every level content and keeps every cell within the cap
    assert.ok(expected.every((l) => l.count > 0), JSON.stringify(expected));
    assert.deepEqual(report.organisationsOverCap, []);
    const empty = (await q(REPORT, { year: 2010 })).data.province.qualityReport;
    assert.deepEqual([empty.rated, empty.levels.map((l: any) => l.share)], [0, [null, null, null, null]]);
  });
});

describe('quality rules configuration', () => {
  it('compares the cap in integers at its edge', () => {
    assert.equal(withinHtxsCap(1, 5, 20), true); // 100 <= 100
    assert.equal(withinHtxsCap(1, 4, 20), false); // 100 > 80
    assert.equal(withinHtxsCap(0, 0, 20), true);
    assert.equal(withinHtxsCap(2, 10, 20), true);
    assert.equal(withinHtxsCap(3, 10, 20), false);
  });

  it('refuses a bad file with a ConfigError naming each entry', () => {
    assert.deepEqual(parseQualityRules({ htxsCap: { percentOfHtt: 20, mode: 'REFUSE' } }, 'q.json'), { htxsCap: { percentOfHtt: 20, mode: 'REFUSE' } });
    assert.throws(() => parseQualityRules({ htxsCap: { percentOfHtt: 120, mode: 'BLOCK' } }, 'q.json'), (e: Error) => {
      assert.ok(e instanceof ConfigError);
      assert.match(e.message, /^q\.json: htxsCap\.percentOfHtt must be an integer from 0 to 100; got 120; htxsCap\.mode must be one of WARN, REFUSE; got "BLOCK"$/);
      return true;
    });
  });
});
