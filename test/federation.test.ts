// The national federation end to end: 34 province databases, 35 real subgraph servers, the real gateway.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import pg from 'pg';
import { provinces } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { expectedRounding } from './support/rounding.ts';

const PERIOD = '2026-10';
const LAST_DAY = '2026-10-31';
// The product's default (5 s): 34 parallel fetches on 2 shared cores take well over 2 s under load.
const TIMEOUT_MS = 5000;
/** The national questions are an analyst's (README "Access"): aggregates of every province. */
const ANALYST = { role: 'CENTRAL_ANALYST' } as const;

/**
 * The figures as an analyst sees them (docs/disclosure-control.md): every count rounded to a multiple of 5 under
 * its cell key, and the attendance rate the share of the rounded present and expected.
 */
function asAnalystSees(code: string, e: Awaited<ReturnType<typeof expectedReport>>) {
  const r = (cell: string, n: number) => expectedRounding(`${cell}|province=${code}`, n);
  const expected = r('attendance.expected', e.expectedPeople);
  return {
    memberCount: r('members', e.memberCount),
    officialCount: expectedRounding(`members|province=${code}|status=CHINH_THUC`, e.officialCount),
    probationaryCount: expectedRounding(`members|province=${code}|status=DU_BI`, e.probationaryCount),
    maleCount: expectedRounding(`members|province=${code}|sex=NAM`, e.maleCount),
    femaleCount: expectedRounding(`members|province=${code}|sex=NU`, e.femaleCount),
    cellCount: r('cells', e.cellCount),
    meetingsHeld: r('meetings', e.meetingsHeld),
    attendanceRate: expected === 0 ? null : Math.min(1, r('attendance.present', e.presentPeople) / expected),
  };
}

const NATIONAL = `{ provinces { code name report(period: "${PERIOD}") {
  memberCount officialCount probationaryCount maleCount femaleCount cellCount meetingsHeld attendanceRate } } }`;

/** The report's figures worked out in the test from raw rows, not by the subgraph's SQL. */
async function expectedReport(pool: pg.Pool) {
  const members = (await pool.query('SELECT joined_on, left_on, official_date, sex FROM member')).rows;
  const counted = members.filter((m) => m.joined_on <= LAST_DAY && (m.left_on === null || m.left_on > LAST_DAY));
  const cells = (await pool.query(`SELECT count(*)::int AS n FROM party_org WHERE active AND level IN ('CHI_BO','CHI_BO_CO_SO')`)).rows[0].n;
  const meetings = (await pool.query(`SELECT id, to_char(started_at, 'YYYY-MM') AS month FROM meeting`)).rows.filter((m) => m.month === PERIOD);
  const ids = meetings.map((m) => m.id);
  const att = (await pool.query('SELECT presence FROM attendance WHERE meeting_id = ANY($1::uuid[])', [ids])).rows;
  const present = att.filter((a) => a.presence === 'PRESENT').length;
  return {
    memberCount: counted.length,
    officialCount: counted.filter((m) => m.official_date !== null && m.official_date <= LAST_DAY).length,
    probationaryCount: counted.filter((m) => m.official_date === null || m.official_date > LAST_DAY).length,
    maleCount: counted.filter((m) => m.sex === 'NAM').length,
    femaleCount: counted.filter((m) => m.sex === 'NU').length,
    cellCount: cells,
    meetingsHeld: meetings.length,
    attendanceRate: att.length === 0 ? null : present / att.length,
    expectedPeople: att.length,
    presentPeople: present,
  };
}

describe('national federation (34 provinces)', () => {
  let fed: TestFederation;
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'fed', subgraphTimeoutMs: TIMEOUT_MS, production: true });
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('answers all 34 provinces in one query, each the rounding of a count over its own database', async () => {
    const { status, body } = await fed.query(NATIONAL, {}, ANALYST);
    assert.equal(status, 200);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.deepEqual(body.data.provinces.map((p: { code: string }) => p.code), provinces.map((p) => p.code));
    for (const p of body.data.provinces) {
      const raw = await expectedReport(fed.databases.provinces.get(p.code)!);
      assert.ok(raw.memberCount > 0, `province ${p.code} has members`);
      const expected = asAnalystSees(p.code, raw);
      const { attendanceRate, ...counts } = p.report;
      const { attendanceRate: expectedRate, ...expectedCounts } = expected;
      assert.deepEqual(counts, expectedCounts, `province ${p.code}`);
      if (expectedRate === null) assert.equal(attendanceRate, null, `province ${p.code} attendance`);
      else assert.ok(Math.abs(attendanceRate - (expectedRate as number)) < 1e-9, `province ${p.code} attendance`);
    }
  });

  it('sends province(code: "79") only to the central subgraph and province 79', async () => {
    for (const proxy of fed.proxies.values()) proxy.requests = 0;
    const { body } = await fed.query(`{ province(code: "79") { code name report(period: "${PERIOD}") { memberCount } } }`, {}, ANALYST);
    assert.equal(body.errors, undefined);
    assert.equal(body.data.province.name, 'Thành phố Hồ Chí Minh');
    const called = [...fed.proxies].filter(([, p]) => p.requests > 0).map(([name, p]) => `${name}:${p.requests}`);
    assert.deepEqual(called.sort(), ['central:1', 'province79:1']);
  });

  const badInputs: [string, string, RegExp][] = [
    ['unknown province code', `{ province(code: "27") { code } }`, /unknown province code "27"/],
    ['malformed province code', `{ provinces(codes: ["1"]) { code } }`, /2 digits/],
    ['malformed period', `{ province(code: "01") { report(period: "2026-13") { memberCount } } }`, /period.*YYYY-MM/],
    ['first above the page limit', `{ province(code: "01") { members(first: 501) { totalCount } } }`, /first.*0 to 500/],
    ['malformed cursor', `{ province(code: "01") { members(after: "bm90LWEtY3Vyc29y") { totalCount } } }`, /after.*cursor/],
    ['malformed member id', `{ province(code: "01") { member(id: "1 OR 1=1") { fullName } } }`, /id.*UUID/],
  ];
  for (const [name, query, message] of badInputs) {
    it(`rejects ${name} with BAD_USER_INPUT, no stack trace, no HTTP 500`, async () => {
      const { status, body } = await fed.query(query);
      assert.ok(status < 500, `HTTP ${status}`);
      assert.equal(body.errors?.length, 1, JSON.stringify(body));
      const [error] = body.errors!;
      assert.match(error.message, message);
      assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
      assert.equal(error.extensions?.stacktrace, undefined);
      assert.doesNotMatch(JSON.stringify(body), /at .*\.ts:\d+/);
    });
  }

  it('answers the other 33 provinces when one is down, with null for it and an error naming it', async () => {
    const proxy = fed.proxies.get('province48')!;
    proxy.down = true;
    try {
      const { status, body } = await fed.query(NATIONAL, {}, ANALYST);
      assert.equal(status, 200);
      const down = body.data.provinces.filter((p: { report: unknown }) => p.report === null);
      assert.deepEqual(down.map((p: { code: string }) => p.code), ['48']);
      assert.equal(body.data.provinces.length, 34);
      assert.ok(body.errors?.length, 'an error is reported');
      assert.ok(body.errors!.every((e) => e.extensions?.province === '48'), JSON.stringify(body.errors));
      assert.ok(body.errors!.some((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE'));
    } finally {
      proxy.down = false;
    }
  });

  it('answers within the timeout when one province is slower than it', async () => {
    const proxy = fed.proxies.get('province22')!;
    proxy.delayMs = TIMEOUT_MS * 3;
    try {
      const started = performance.now();
      const { body } = await fed.query(NATIONAL, {}, ANALYST);
      const elapsed = performance.now() - started;
      assert.ok(elapsed < TIMEOUT_MS + 2500, `answered in ${Math.round(elapsed)} ms`);
      const slow = body.data.provinces.filter((p: { report: unknown }) => p.report === null);
      assert.deepEqual(slow.map((p: { code: string }) => p.code), ['22']);
      assert.ok(body.errors!.some((e) => e.extensions?.province === '22' && e.extensions?.code === 'SUBGRAPH_TIMEOUT'));
    } finally {
      proxy.delayMs = 0;
    }
  });
});
