// Hà Nội served by its own legacy system (subgraphs/legacy-hanoi) against province 01 served by ours, on the same
// seed: one seeded national database, the legacy database loaded from it, and two gateways (the test federation
// with 01 on the legacy adapter, and a second federation over the same national databases with ours). Every
// foundation answer must be the same from both, for analysts (rounded) and officers (exact); what the legacy
// system does not keep answers AREA_NOT_KEPT; and its database really is shaped differently.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import type pg from 'pg';
import { createTokenVerifier } from '../auth/verifier.ts';
import { runConformance } from '../schema/conformance/runConformance.ts';
import { findProvince } from '../schema/provinces.ts';
import { startFederation, type RunningFederation } from '../scripts/lib/federation.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { databaseUrl } from './support/database.ts';
import { startTestFederation, TEST_AUDIENCE, TEST_ISSUER, type GraphQLBody, type Principal, type TestFederation } from './support/federation.ts';
import { freePort } from './support/processes.ts';

const PERIODS = ['2024-01', '2025-12', '2026-10', '2026-11'];
const REPORT = 'memberCount officialCount probationaryCount maleCount femaleCount cellCount meetingsHeld cellsWithRegularMeeting attendanceRate';
const OFFICER: Principal = { role: 'PROVINCE_OFFICER', province: '01' };
const ANALYST: Principal = { role: 'CENTRAL_ANALYST' };
const MEMBER_FIELDS = `id provinceCode fullName sex birthDate citizenId ethnicityCode religionCode status state
  admissionDecisionDate officialDate cell { id name level communeCode }`;

function withoutStacks<T extends { body: GraphQLBody }>(answer: T): T {
  for (const e of answer.body.errors ?? []) delete e.extensions?.stacktrace;
  return answer;
}

describe("Hà Nội's legacy system answers as ours does", () => {
  let legacy: TestFederation;
  let ours: RunningFederation;
  let nationalDb: pg.Pool;
  let legacyDb: pg.Pool;

  beforeAll(async () => {
    legacy = await startTestFederation({ prefix: 'legacyhanoi', provinces: [findProvince('01')!], legacyProvinces: ['01'] });
    nationalDb = legacy.databases.provinces.get('01')!;
    legacyDb = legacy.databases.legacy!.get('01')!;
    // ours, over the very same national databases (the test federation closes them)
    ours = await startFederation({
      databases: { ...legacy.databases, legacy: undefined, close: async () => {} },
      logger: createLogger('silent'),
      ports: 'ephemeral',
      verifier: createTokenVerifier(legacy.auth),
    });
  }, 120_000);
  afterAll(async () => {
    await ours?.stop();
    await legacy?.stop();
  });

  const post = async (url: string, query: string, as: Principal, variables?: Record<string, unknown>) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await legacy.mint(as)}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: res.status, body: (await res.json()) as GraphQLBody };
  };
  /** The same request to both gateways: [legacy's answer, ours], stack traces left out (they name the code). */
  const both = (query: string, as: Principal = OFFICER, variables?: Record<string, unknown>) =>
    Promise.all([post(legacy.federation.gateway.url, query, as, variables), post(ours.gateway.url, query, as, variables)].map(async (answer) => withoutStacks(await answer)));
  const legacySubgraph = () => legacy.federation.subgraphs.get('province01')!.url;
  const oursSubgraph = () => ours.subgraphs.get('province01')!.url;

  it('passes the conformance kit, keeping the foundation only', async () => {
    const report = await runConformance({
      province: '01', url: legacySubgraph(), token: await legacy.mint(OFFICER), analystToken: await legacy.mint(ANALYST),
    });
    const failures = report.checks.filter((c) => c.status === 'fail');
    assert.deepEqual(failures, [], JSON.stringify(failures, null, 1));
    assert.equal(report.ok, true);
    assert.deepEqual(report.areasKept, ['foundation']);
    assert.ok(report.areasNotKept.includes('fees') && report.areasNotKept.includes('access'), JSON.stringify(report.areasNotKept));
  });

  it('the national query gives the same figures for province 01, rounded for analysts and exact for officers', async () => {
    const query = `query($p: String!) { provinces { code report(period: $p) { period asOf ${REPORT} } } }`;
    for (const as of [ANALYST, OFFICER]) {
      for (const period of PERIODS) {
        const [a, b] = await both(query, as, { p: period });
        const pick = (body: GraphQLBody) => body.data.provinces.find((p: { code: string }) => p.code === '01');
        const fromLegacy = pick(a.body);
        assert.ok(fromLegacy.report, `${as.role} ${period}: ${JSON.stringify(a.body.errors?.filter((e) => e.extensions?.province === '01'))}`);
        assert.deepEqual(fromLegacy, pick(b.body), `${as.role} ${period}`);
        const r = fromLegacy.report;
        if (as === OFFICER) {
          assert.equal(r.officialCount + r.probationaryCount, r.memberCount);
          assert.equal(r.maleCount + r.femaleCount, r.memberCount);
        } else {
          for (const f of REPORT.split(' ').filter((f) => f !== 'attendanceRate')) assert.equal(r[f] % 5, 0, `${f} rounded`);
        }
      }
    }
    // the figures are not all zero: the comparison compared something
    const [a] = await both(`{ province(code: "01") { report(period: "2026-10") { memberCount meetingsHeld attendanceRate } } }`);
    assert.ok(a.body.data.province.report.memberCount > 100 && a.body.data.province.report.meetingsHeld > 3);
  });

  it('a page walk returns the same members with the same fields, each once, totalCount of them', async () => {
    for (const filter of [{}, { status: 'DU_BI', sex: 'NU' }, { state: 'ACTIVE', nameContains: 'thị' }]) {
      const walk = async (url: string) => {
        const nodes: { id: string }[] = [];
        let after: string | null = null;
        let total = -1;
        for (let page = 0; page < 50; page++) {
          const { body }: { body: GraphQLBody } = await post(url, `query($f: MemberFilter, $after: String) { province(code: "01") {
            members(filter: $f, first: 37, after: $after) { totalCount edges { cursor node { ${MEMBER_FIELDS} } } pageInfo { hasNextPage endCursor } } } }`,
          OFFICER, { f: filter, after });
          assert.equal(body.errors, undefined, JSON.stringify(body.errors));
          const conn = body.data.province.members;
          total = conn.totalCount;
          nodes.push(...conn.edges.map((e: { node: { id: string } }) => e.node));
          if (!conn.pageInfo.hasNextPage) break;
          after = conn.pageInfo.endCursor;
        }
        return { nodes, total };
      };
      const [a, b] = [await walk(legacy.federation.gateway.url), await walk(ours.gateway.url)];
      assert.deepEqual(a, b, JSON.stringify(filter));
      assert.equal(new Set(a.nodes.map((n) => n.id)).size, a.nodes.length);
      assert.equal(a.nodes.length, a.total);
    }
    const live = (await nationalDb.query('SELECT count(*)::int AS n FROM member WHERE left_on IS NULL')).rows[0].n;
    const [{ body }] = await both(`{ province(code: "01") { members(first: 0) { totalCount } } }`);
    assert.equal(body.data.province.members.totalCount, live);
  });

  it('member(id), the organisation tree and organisation(id) are the same, for officers and narrower scopes', async () => {
    const { rows } = await nationalDb.query(
      `SELECT m.id, m.cell_id, o.commune_code FROM member m JOIN party_org o ON o.id = m.cell_id
        WHERE m.left_on IS NULL AND o.commune_code IS NOT NULL ORDER BY m.id LIMIT 3`,
    );
    const tree = `{ province(code: "01") { rootOrganisation { id name level active communeCode memberCount parent { id }
      children { id name level communeCode memberCount parent { id } children { id name level memberCount children { id level memberCount } } } } } }`;
    const [a, b] = await both(tree);
    assert.equal(a.body.errors, undefined, JSON.stringify(a.body.errors));
    assert.deepEqual(a.body, b.body);
    assert.ok(a.body.data.province.rootOrganisation.children.length > 0);
    for (const row of rows) {
      const member = `query($id: ID!) { province(code: "01") { member(id: $id) { ${MEMBER_FIELDS} } } }`;
      const org = `query($id: ID!) { province(code: "01") { organisation(id: $id) { id name memberCount parent { id name } children { id } } } }`;
      for (const as of [OFFICER, { role: 'COMMUNE_OFFICER', province: '01', commune: row.commune_code }, { role: 'CELL_SECRETARY', province: '01', cell: row.cell_id }, { role: 'MEMBER', province: '01', member: row.id }] as Principal[]) {
        const [m1, m2] = await both(member, as, { id: row.id });
        assert.equal(m1.body.errors, undefined, `${as.role}: ${JSON.stringify(m1.body.errors)}`);
        assert.deepEqual(m1.body, m2.body, as.role);
        const [o1, o2] = await both(org, as, { id: row.cell_id });
        assert.deepEqual(o1.body, o2.body, as.role);
      }
      // masked for a secretary, in clear for the member themself
      const [{ body: bySecretary }] = await both(member, { role: 'CELL_SECRETARY', province: '01', cell: row.cell_id }, { id: row.id });
      assert.match(bySecretary.data.province.member.citizenId, /^\*{8}\d{4}$/);
    }
    // another commune's officer is refused the member, in the same words
    const [r1, r2] = await both(`query($id: ID!) { province(code: "01") { member(id: $id) { id } } }`,
      { role: 'COMMUNE_OFFICER', province: '01', commune: '99999' }, { id: rows[0].id });
    assert.equal(r1.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(r1.body.errors?.map((e) => e.message), r2.body.errors?.map((e) => e.message));
  });

  it("a month's meetings with their rolls are the same", async () => {
    const query = `query($after: String) { province(code: "01") { meetings(month: "2026-10", first: 3, after: $after) { totalCount
      edges { cursor node { id type month topic startedAt endedAt docsPublishedAt expected present cell { id }
        attendance { presence member { id fullName } } } } pageInfo { hasNextPage endCursor } } } }`;
    const [a, b] = await both(query);
    assert.equal(a.body.errors, undefined, JSON.stringify(a.body.errors));
    assert.ok(a.body.data.province.meetings.totalCount > 3);
    assert.deepEqual(a.body, b.body);
    const after = a.body.data.province.meetings.pageInfo.endCursor;
    const [c, d] = await both(query, OFFICER, { after });
    assert.deepEqual(c.body, d.body);
  });

  it('bad input and refusals get the same codes and messages', async () => {
    for (const query of [
      '{ province(code: "01") { members(first: 501) { totalCount } } }',
      '{ province(code: "01") { members(after: "bm90LWEtY3Vyc29y") { totalCount } } }',
      '{ province(code: "01") { members(filter: { cellId: "x" }) { totalCount } } }',
      '{ province(code: "01") { report(period: "2026-13") { memberCount } } }',
      '{ province(code: "01") { meetings(month: "oct") { totalCount } } }',
      '{ province(code: "01") { member(id: "nope") { id } } }',
    ]) {
      const [a, b] = await both(query);
      assert.equal(a.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', query);
      assert.deepEqual(a.body.errors?.map((e) => [e.message, e.extensions?.field]), b.body.errors?.map((e) => [e.message, e.extensions?.field]), query);
    }
    // another province's officer and an analyst asking for records
    for (const as of [{ role: 'PROVINCE_OFFICER', province: '79' }, ANALYST] as Principal[]) {
      const [a, b] = await both('{ province(code: "01") { members { totalCount } } }', as);
      assert.equal(a.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', as.role);
      assert.equal(b.body.errors?.[0]?.extensions?.code, 'FORBIDDEN', as.role);
      assert.equal(a.body.data.province?.members ?? null, null);
    }
  });

  it('a field of another area answers null with AREA_NOT_KEPT naming the area and the field', async () => {
    const { body } = await legacy.query('{ province(code: "01") { code auditLog { totalCount } report(period: "2026-10") { memberCount admissionCount } } }');
    assert.equal(body.data.province.code, '01');
    assert.equal(body.data.province.auditLog, null);
    assert.equal(body.data.province.report.admissionCount, null);
    assert.ok(body.data.province.report.memberCount > 0);
    const notKept = body.errors!.filter((e) => e.extensions?.code === 'AREA_NOT_KEPT');
    assert.deepEqual(notKept.map((e) => [e.extensions?.area, e.extensions?.field]).sort(), [['access', 'Province01.auditLog'], ['admission', 'ProvinceReport.admissionCount']]);
    assert.match(notKept.find((e) => e.extensions?.area === 'access')!.message, /auditLog.*"access" area/);
    // a write, and a field another area adds to Member
    const { body: write } = await legacy.query(
      'mutation { province01 { correctMember(input: { memberId: "00000000-0000-4000-8000-000000000000", reason: "test", fullName: "Nguyễn Văn A" }) { correction { version } } } }',
    );
    assert.equal(write.data.province01, null);
    assert.equal(write.errors?.[0]?.extensions?.code, 'AREA_NOT_KEPT');
    assert.equal(write.errors?.[0]?.extensions?.area, 'records');
    const { body: card } = await legacy.query('{ province(code: "01") { members(first: 1) { edges { node { id partyCard { number } } } } } }');
    assert.equal(card.errors?.[0]?.extensions?.code, 'AREA_NOT_KEPT');
    assert.equal(card.errors?.[0]?.extensions?.area, 'cards');
  });

  it('the subgraph itself: 401 without a token, _service and _entities, another province refused as ours refuses it', async () => {
    const noToken = await fetch(legacySubgraph(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ _service { sdl } }' }) });
    assert.equal(noToken.status, 401);
    assert.equal(((await noToken.json()) as GraphQLBody).errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    const forged = await fetch(legacySubgraph(), {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer a.b.c', 'x-request-id': 'req-legacy-1' }, body: '{"query":"{ __typename }"}',
    });
    assert.equal(forged.status, 401);
    assert.equal(forged.headers.get('x-request-id'), 'req-legacy-1', 'the gateway\'s request id comes back');
    const base = legacySubgraph().replace(/\/graphql$/, '');
    assert.equal((await fetch(`${base}/health`)).status, 200);
    assert.equal((await fetch(`${base}/ready`)).status, 200);

    const sdl = await post(legacySubgraph(), '{ _service { sdl } }', OFFICER);
    assert.match(sdl.body.data._service.sdl, /type Province01 implements Province/);
    // the whole standard, as ours serves it: composition sees one schema whichever system serves province 01
    const oursSdl = await post(oursSubgraph(), '{ _service { sdl } }', OFFICER);
    assert.equal(sdl.body.data._service.sdl, oursSdl.body.data._service.sdl);
    const entities = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Province01 { code report(period: "2026-10") { memberCount } } } }`;
    for (const r of [[{ __typename: 'Province01', code: '01' }], [{ __typename: 'Province79', code: '79' }]]) {
      const [a, b]: { body: GraphQLBody }[] = await Promise.all([post(legacySubgraph(), entities, OFFICER, { r }), post(oursSubgraph(), entities, OFFICER, { r })].map(async (p) => withoutStacks(await p)));
      assert.deepEqual(a.body, b.body, r[0]!.__typename);
    }
    const other = await post(legacySubgraph(), entities, OFFICER, { r: [{ __typename: 'Province79', code: '79' }] });
    assert.equal(other.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    // a control character in a string argument, refused before any resolver, in the same words
    const named = `query($f: MemberFilter) { _entities(representations: [{ __typename: "Province01", code: "01" }]) { ... on Province01 { members(filter: $f) { totalCount } } } }`;
    const [c1, c2] = await Promise.all([post(legacySubgraph(), named, OFFICER, { f: { nameContains: 'a\u0000b' } }), post(oursSubgraph(), named, OFFICER, { f: { nameContains: 'a\u0000b' } })]);
    assert.equal(c1.status, 400);
    assert.equal(c1.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(withoutStacks(c1).body, withoutStacks(c2).body);
  });

  it('a read of member records leaves one audit row, in the legacy database', async () => {
    const { rows: [someone] } = await legacyDb.query('SELECT ma_dang_vien FROM dang_vien ORDER BY ma_dang_vien LIMIT 1');
    const before = (await legacyDb.query('SELECT count(*)::int AS n FROM nhat_ky_truy_cap')).rows[0].n;
    const { body } = await post(legacySubgraph(), `query($id: ID!) { _entities(representations: [{ __typename: "Province01", code: "01" }]) { ... on Province01 { member(id: $id) { fullName citizenId } } } }`,
      { role: 'PROVINCE_OFFICER', province: '01' }, { id: someone.ma_dang_vien });
    assert.ok(body.data._entities[0].member.fullName);
    const { rows } = await legacyDb.query('SELECT nguoi_truy_cap, vai_tro, ds_dang_vien, ds_truong FROM nhat_ky_truy_cap ORDER BY ma_nhat_ky DESC LIMIT 1');
    assert.equal((await legacyDb.query('SELECT count(*)::int AS n FROM nhat_ky_truy_cap')).rows[0].n, before + 1);
    assert.deepEqual({ ...rows[0], nguoi_truy_cap: undefined }, { nguoi_truy_cap: undefined, vai_tro: 'PROVINCE_OFFICER', ds_dang_vien: [someone.ma_dang_vien], ds_truong: ['member'] });
    await assert.rejects(legacyDb.query('DELETE FROM nhat_ky_truy_cap'), /append-only/);
  });

  it("the caller's deadline reaches the legacy database: a blocked statement is cancelled on the server", async () => {
    const blocker = await legacyDb.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE dang_vien IN ACCESS EXCLUSIVE MODE');
    try {
      const started = Date.now();
      const res = await fetch(legacySubgraph(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await legacy.mint(OFFICER)}`, 'x-deadline-ms': '500' },
        body: JSON.stringify({ query: '{ _entities(representations: [{ __typename: "Province01", code: "01" }]) { ... on Province01 { members { totalCount } } } }' }),
      });
      const body = (await res.json()) as GraphQLBody;
      assert.equal(body.errors?.[0]?.extensions?.code, 'DEADLINE_EXCEEDED', JSON.stringify(body));
      assert.ok(Date.now() - started < 3000, `answered after ${Date.now() - started} ms`);
      let waiting = -1;
      for (let i = 0; i < 20 && waiting !== 0; i++) {
        await new Promise((r) => setTimeout(r, 100));
        waiting = (await legacyDb.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n;
      }
      assert.equal(waiting, 0, 'no statement of the request still waits on the lock');
    } finally {
      await blocker.query('ROLLBACK');
      blocker.release();
    }
  });

  it('the legacy database really has its own shape: text dates, its own codes, a path tree', async () => {
    const columns = (await legacyDb.query(
      `SELECT table_name, column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name IN ('dang_vien', 'to_chuc_dang')`,
    )).rows.map((r) => `${r.table_name}.${r.column_name}:${r.data_type}`);
    for (const c of ['dang_vien.ngay_sinh:text', 'dang_vien.ngay_vao_dang:text', 'dang_vien.gioi_tinh:smallint', 'to_chuc_dang.duong_dan:text', 'to_chuc_dang.ma_to_chuc:integer']) {
      assert.ok(columns.includes(c), c);
    }
    const tables = (await legacyDb.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'`)).rows.map((r) => r.table_name);
    assert.ok(!tables.includes('member') && !tables.includes('party_org'));
    const { rows: [shape] } = await legacyDb.query(`SELECT
        bool_and(ngay_sinh ~ '^\\d{2}/\\d{2}/\\d{4}$') AS text_dates,
        array_agg(DISTINCT gioi_tinh ORDER BY gioi_tinh) AS sexes,
        array_agg(DISTINCT trang_thai ORDER BY trang_thai) AS statuses,
        bool_or(ma_dan_toc = 'KINH') AS kinh,
        count(*)::int AS n
      FROM dang_vien`);
    assert.deepEqual(shape, { text_dates: true, sexes: [1, 2], statuses: ['CT', 'DB'], kinh: true, n: shape.n });
    // the same member in both shapes
    const { rows: [national] } = await nationalDb.query(`SELECT id, birth_date::text, sex::text, ethnicity_code FROM member ORDER BY id LIMIT 1`);
    const { rows: [old] } = await legacyDb.query(
      `SELECT d.ngay_sinh, d.gioi_tinh, dt.ma_dan_toc, dt.ma_quoc_gia FROM dang_vien d JOIN dm_dan_toc dt USING (ma_dan_toc) WHERE ma_dang_vien = $1`, [national.id]);
    assert.equal(old.ngay_sinh, national.birth_date.split('-').reverse().join('/'));
    assert.equal(old.gioi_tinh, national.sex === 'NAM' ? 1 : 2);
    assert.equal(old.ma_quoc_gia, national.ethnicity_code);
    assert.notEqual(old.ma_dan_toc, national.ethnicity_code);
    const { rows: paths } = await legacyDb.query(`SELECT duong_dan FROM to_chuc_dang ORDER BY length(duong_dan) DESC LIMIT 1`);
    assert.match(paths[0].duong_dan, /^1(\/\d+){2,}$/);
  });

  it('the entry: a bad variable stops it with exit 2 naming it; configured, it serves the same report and stops on SIGTERM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'legacy-entry-'));
    try {
      const jwksFile = join(dir, 'jwks.json');
      writeFileSync(jwksFile, JSON.stringify((legacy.auth.jwks as { set: unknown }).set));
      const port = await freePort();
      const env = {
        PATH: process.env.PATH!, HOME: process.env.HOME!, NODE_ENV: 'production', LOG_LEVEL: 'warn', PORT: String(port),
        DATABASE_URL: databaseUrl('legacyhanoi_legacy_01'), AUTH_JWKS_FILE: jwksFile, AUTH_ISSUER: TEST_ISSUER, AUTH_AUDIENCE: TEST_AUDIENCE,
        DISCLOSURE_CONTROL_KEY: 'a-test-key-of-the-federation',
      };
      const run = (extra: Record<string, string>) => {
        const child = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../subgraphs/legacy-hanoi/src/index.ts', import.meta.url))], {
          env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'],
        });
        let output = '';
        child.stderr.on('data', (c: Buffer) => (output += c));
        const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
        return { child, exited, output: () => output };
      };
      const bad = run({ DISCLOSURE_CONTROL_KEY: 'short' });
      assert.equal(await bad.exited, 2);
      assert.match(bad.output(), /DISCLOSURE_CONTROL_KEY must be at least 16 characters/);
      const good = run({});
      try {
        let ready = false;
        for (let i = 0; i < 120 && !ready; i++) {
          ready = await fetch(`http://127.0.0.1:${port}/ready`).then((r) => r.ok, () => false);
          if (!ready) await new Promise((r) => setTimeout(r, 250));
        }
        assert.ok(ready, good.output());
        const query = '{ _entities(representations: [{ __typename: "Province01", code: "01" }]) { ... on Province01 { report(period: "2026-10") { memberCount femaleCount meetingsHeld } } } }';
        const [fromEntry, fromOurs] = await Promise.all([post(`http://127.0.0.1:${port}/graphql`, query, OFFICER), post(oursSubgraph(), query, OFFICER)]);
        assert.deepEqual(fromEntry.body, fromOurs.body);
        good.child.kill('SIGTERM');
        assert.equal(await good.exited, 0);
      } finally {
        good.child.kill('SIGKILL');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
