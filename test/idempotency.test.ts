// Idempotent writes (README "Idempotent writes", issue 10 finding 7): a mutation with an Idempotency-Key runs once
// per (token subject, key), through the real gateway and at the subgraph directly; a retry after a write that
// outlived the gateway's timeout gets the first answer and writes nothing. Also finding 5: two uploads of different
// files with the same new citizens, racing, give one import and a named error, never an internal one.
// Every count below is read from the province's tables by SQL, not from the API's answers.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { importIdempotencyKey, sendImport, type ImportUpload } from '../scripts/lib/importCsv.ts';
import { createIdempotencyStore, markWritten, purgeExpiredKeys } from '../subgraphs/province/src/core/idempotency.ts';
import { startTestFederation, type GraphQLBody, type Principal, type TestFederation } from './support/federation.ts';
import { nameSuffix } from './support/memberFixtures.ts';

const OFFICER: Principal = { role: 'PROVINCE_OFFICER', province: '01' };
const SCHEDULE = `mutation Schedule($input: ScheduleMeetingInput!) { province01 { scheduleMeeting(input: $input) { meeting { id topic status } } } }`;
const IMPORT = `mutation($input: ImportMembersCsvInput!) { province01 { importMembersCsv(input: $input) {
  rows accepted rejectedRows applied duplicate import { id } } } }`;
const HEADER = 'citizen_id,full_name,sex,birth_date,ethnicity_code,religion_code,cell_id,admission_decision_date,admission_decision_no,official_date,birthplace';
/** The gateway's deadline per subgraph request in this file: short, so that a delayed write outlives it. */
const TIMEOUT_MS = 1500;

describe('idempotent writes (Idempotency-Key)', () => {
  let fed: TestFederation;
  let cell: string;
  let commune: string;
  const db = () => fed.databases.provinces.get('01')!;
  const subgraphUrl = () => fed.federation.subgraphs.get('province01')!.url;

  /** POSTs to the gateway (or `url`) as `as` (subject `subject`), with `key` as the Idempotency-Key header when given. */
  async function send(query: string, variables: Record<string, unknown>, key?: string, as: Principal = OFFICER, url?: string, subject?: string) {
    const headers: Record<string, string> = { authorization: `Bearer ${await fed.mint(as, { subject })}` };
    if (key !== undefined) headers['idempotency-key'] = key;
    return fed.raw({ query, variables }, headers, url);
  }
  const scheduleInput = (topic: string) => ({ cellId: cell, type: 'THEMATIC', topic, scheduledAt: new Date(Date.now() + 86_400_000).toISOString() });
  const meetingsWithTopic = async (topic: string) => (await db().query('SELECT id FROM meeting WHERE topic = $1', [topic])).rows.map((r) => r.id as string);
  const auditsOf = async (operation: string) => (await db().query('SELECT count(*)::int AS n FROM audit_log WHERE operation = $1', [operation])).rows[0].n as number;
  const codes = (body: GraphQLBody) => (body.errors ?? []).map((e) => e.extensions?.code);

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'idem', provinces: [findProvince('01')!], subgraphTimeoutMs: TIMEOUT_MS });
    const [row] = (await db().query(`SELECT id, commune_code FROM party_org WHERE level IN ('CHI_BO', 'CHI_BO_CO_SO') AND active
      AND commune_code IS NOT NULL ORDER BY commune_code, id LIMIT 1`)).rows;
    cell = row.id;
    commune = row.commune_code;
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('20 identical concurrent scheduleMeeting with one key make one meeting; every answer is the first or a 409', async () => {
    const topic = `Đồng thời ${randomUUID()}`;
    const variables = { input: scheduleInput(topic) };
    const key = randomUUID();
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(SCHEDULE, variables, key)));
    const meetings = await meetingsWithTopic(topic);
    assert.equal(meetings.length, 1, `${meetings.length} meetings`);
    const done = answers.filter((a) => !a.body.errors);
    const refused = answers.filter((a) => a.body.errors);
    assert.ok(done.length >= 1);
    for (const a of done) assert.equal(a.body.data.province01.scheduleMeeting.meeting.id, meetings[0]);
    for (const a of refused) assert.deepEqual(codes(a.body), ['IDEMPOTENCY_KEY_IN_USE'], JSON.stringify(a.body));
    // once the first has finished, the same request answers its result again, and writes nothing
    const again = await send(SCHEDULE, variables, key);
    assert.equal(again.body.errors, undefined, JSON.stringify(again.body));
    assert.equal(again.body.data.province01.scheduleMeeting.meeting.id, meetings[0]);
    assert.deepEqual(await meetingsWithTopic(topic), meetings);
    const [record] = (await db().query('SELECT state, written FROM idempotency_key WHERE key = $1', [key])).rows;
    assert.deepEqual(record, { state: 'DONE', written: true });
  });

  it('without a key, identical concurrent requests each write (no other dedupe): the behaviour the key exists for', async () => {
    const topic = `Không khóa ${randomUUID()}`;
    const variables = { input: scheduleInput(topic) };
    const answers = await Promise.all(Array.from({ length: 3 }, () => send(SCHEDULE, variables)));
    for (const a of answers) assert.equal(a.body.errors, undefined, JSON.stringify(a.body));
    assert.equal((await meetingsWithTopic(topic)).length, 3);
  });

  it('the same key with another body is refused with IDEMPOTENCY_KEY_REUSED (422 at the subgraph) and writes nothing', async () => {
    const key = randomUUID();
    const first = `Lần đầu ${randomUUID()}`;
    assert.equal((await send(SCHEDULE, { input: scheduleInput(first) }, key)).body.errors, undefined);
    const audits = await auditsOf('scheduleMeeting');
    const second = `Lần hai ${randomUUID()}`;
    const viaGateway = await send(SCHEDULE, { input: scheduleInput(second) }, key);
    assert.deepEqual(codes(viaGateway.body), ['IDEMPOTENCY_KEY_REUSED']);
    assert.equal(viaGateway.body.errors![0].extensions?.province, '01');
    // another operation name is another request too
    const renamed = await send(SCHEDULE.replace('Schedule(', 'Renamed('), { input: scheduleInput(first) }, key);
    assert.deepEqual(codes(renamed.body), ['IDEMPOTENCY_KEY_REUSED']);
    const direct = await send(SCHEDULE, { input: scheduleInput(second) }, key, OFFICER, subgraphUrl());
    assert.equal(direct.status, 422);
    assert.deepEqual(codes(direct.body), ['IDEMPOTENCY_KEY_REUSED']);
    assert.deepEqual(await meetingsWithTopic(second), []);
    assert.equal(await auditsOf('scheduleMeeting'), audits);
  });

  it('a key is scoped by the token subject: another person with the same key writes their own', async () => {
    const key = randomUUID();
    const topic = `Hai người ${randomUUID()}`;
    const variables = { input: scheduleInput(topic) };
    const a = await send(SCHEDULE, variables, key, OFFICER, undefined, 'officer-a');
    const b = await send(SCHEDULE, variables, key, OFFICER, undefined, 'officer-b');
    assert.equal(a.body.errors, undefined, JSON.stringify(a.body));
    assert.equal(b.body.errors, undefined, JSON.stringify(b.body));
    assert.notEqual(a.body.data.province01.scheduleMeeting.meeting.id, b.body.data.province01.scheduleMeeting.meeting.id);
    assert.equal((await meetingsWithTopic(topic)).length, 2);
    const subjects = (await db().query('SELECT principal FROM idempotency_key WHERE key = $1 ORDER BY principal', [key])).rows.map((r) => r.principal);
    assert.deepEqual(subjects, ['officer-a', 'officer-b']);
  });

  it('a write that outlives the gateway timeout lands once; the retry with the same key answers it and writes nothing', async () => {
    const proxy = fed.proxies.get('province01')!;
    const topic = `Chậm ${randomUUID()}`;
    const variables = { input: scheduleInput(topic) };
    const key = randomUUID();
    proxy.delayMs = TIMEOUT_MS + 500;
    let timedOut: GraphQLBody;
    try {
      timedOut = (await send(SCHEDULE, variables, key)).body;
    } finally {
      proxy.delayMs = 0;
    }
    assert.deepEqual(codes(timedOut), ['SUBGRAPH_TIMEOUT']);
    // the request was still on its way: it reaches the subgraph and writes after the client was told it timed out
    const deadline = Date.now() + 10_000;
    while ((await meetingsWithTopic(topic)).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const landed = await meetingsWithTopic(topic);
    assert.equal(landed.length, 1);
    let retry: GraphQLBody;
    do {
      retry = (await send(SCHEDULE, variables, key)).body;
    } while (codes(retry)[0] === 'IDEMPOTENCY_KEY_IN_USE' && Date.now() < deadline && (await new Promise((r) => setTimeout(r, 50)), true));
    assert.equal(retry.errors, undefined, JSON.stringify(retry));
    assert.equal(retry.data.province01.scheduleMeeting.meeting.id, landed[0]);
    assert.deepEqual(await meetingsWithTopic(topic), landed);
  });

  it('at the subgraph directly, a replay says so (Idempotent-Replayed) and is the first answer byte for byte', async () => {
    const key = `trực-tiếp-${randomUUID()}`.normalize('NFD').replace(/[^\x20-\x7e]/g, '');
    const topic = `Trực tiếp ${randomUUID()}`;
    const variables = { input: scheduleInput(topic) };
    const token = await fed.mint(OFFICER);
    const post = (header = `"${key}"`) =>
      fetch(subgraphUrl(), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': header },
        body: JSON.stringify({ query: SCHEDULE, variables }),
      });
    const first = await post();
    const firstText = await first.text();
    assert.equal(first.headers.get('idempotent-replayed'), null);
    const second = await post();
    assert.equal(second.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(JSON.parse(await second.text()), JSON.parse(firstText));
    assert.equal((await meetingsWithTopic(topic)).length, 1);
    // the quoted form (RFC 8941 string) and the bare form are one key
    const bare = await post(key);
    assert.equal(bare.headers.get('idempotent-replayed'), 'true');
    assert.deepEqual(await bare.json(), JSON.parse(firstText));
    assert.equal((await meetingsWithTopic(topic)).length, 1);
  });

  it('a malformed key is refused with BAD_IDEMPOTENCY_KEY before anything runs; a query ignores its key', async () => {
    const topic = `Khóa hỏng ${randomUUID()}`;
    const variables = { input: scheduleInput(topic) };
    const audits = await auditsOf('scheduleMeeting');
    for (const bad of ['', '""', 'x'.repeat(256), 'tab\there', '"unterminated', 'caf\u00e9']) {
      for (const url of [undefined, subgraphUrl()]) {
        const { status, body } = await send(SCHEDULE, variables, bad, OFFICER, url);
        assert.deepEqual(codes(body), ['BAD_IDEMPOTENCY_KEY'], `${JSON.stringify(bad)} at ${url ?? 'gateway'}: ${JSON.stringify(body)}`);
        assert.equal(status, 400);
      }
    }
    assert.equal((await send(SCHEDULE, variables, 'x'.repeat(255))).body.errors, undefined);
    assert.equal((await meetingsWithTopic(topic)).length, 1);
    assert.equal(await auditsOf('scheduleMeeting'), audits + 1);
    const read = await send('{ province(code: "01") { code } }', {}, '');
    assert.equal(read.body.errors, undefined, JSON.stringify(read.body));
  });

  it('a failed first request records nothing: the retry with the same key runs', async () => {
    const key = randomUUID();
    const topic = `Sửa lại ${randomUUID()}`;
    const variables = { input: { ...scheduleInput(topic), cellId: randomUUID() } };
    const refused = await send(SCHEDULE, variables, key);
    assert.deepEqual(codes(refused.body), ['BAD_USER_INPUT']);
    assert.equal((await db().query('SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1', [key])).rows[0].n, 0);
    // the organisation appears (fixed elsewhere): the same request with the same key now writes
    await db().query(`INSERT INTO party_org (id, parent_id, level, name, active, commune_code)
      SELECT $1, parent_id, 'CHI_BO', 'Chi bộ mới', true, commune_code FROM party_org WHERE id = $2`, [variables.input.cellId, cell]);
    const retry = await send(SCHEDULE, variables, key);
    assert.equal(retry.body.errors, undefined, JSON.stringify(retry.body));
    assert.equal((await meetingsWithTopic(topic)).length, 1);
  });

  it('a request refused by another check while its key was being claimed leaves no claim behind', async () => {
    const key = randomUUID();
    const topic = `NUL ${randomUUID()}`;
    // refused for the NUL character (refuseControlCharacters.ts) while the claim is on its way to the database
    const refused = await send(SCHEDULE, { input: scheduleInput(`${topic}\u0000`) }, key);
    assert.deepEqual(codes(refused.body), ['BAD_USER_INPUT']);
    const rows = async () => (await db().query('SELECT count(*)::int AS n FROM idempotency_key WHERE key = $1', [key])).rows[0].n as number;
    const deadline = Date.now() + 5000;
    while ((await rows()) > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.equal(await rows(), 0);
    // the key is free for the corrected request
    const fixed = await send(SCHEDULE, { input: scheduleInput(topic) }, key);
    assert.equal(fixed.body.errors, undefined, JSON.stringify(fixed.body));
  });

  it('two racing uploads of different files with the same new citizens: one applies, the other gets BAD_USER_INPUT and writes nothing', async () => {
    const citizens = ['099300000001', '099300000002', '099300000003'];
    const file = (suffix: string) =>
      [HEADER, ...citizens.map((c, i) => `${c},Đua ${suffix} ${nameSuffix(i)},NAM,1990-01-0${i + 1},01,,${cell},2015-01-01,${suffix}-${i}-QĐ,2016-01-01,`)].join('\n') + '\n';
    const before = (await db().query('SELECT (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM member_import)::int AS imports')).rows[0];
    // Both uploads judge their rows before either commits: the cell's row is held FOR UPDATE, so each insert waits at
    // its foreign-key check, the first holding its new rows' index entries and the second waiting for them.
    const holder = await db().connect();
    let answers: { status: number; body: GraphQLBody }[];
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT 1 FROM party_org WHERE id = $1 FOR UPDATE', [cell]);
      const racing = ['A', 'B'].map((s) => send(IMPORT, { input: { communeCode: commune, kind: 'NEW_RECORDS', csv: file(s) } }));
      const deadline = Date.now() + 10_000;
      const waiting = async () =>
        (await db().query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n;
      while ((await waiting()) < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      await holder.query('COMMIT');
      answers = await Promise.all(racing);
    } finally {
      holder.release();
    }
    const applied = answers.filter((a) => a.body.data?.province01?.importMembersCsv?.applied);
    const refused = answers.filter((a) => a.body.errors);
    assert.equal(applied.length, 1, JSON.stringify(answers.map((a) => a.body)));
    assert.equal(refused.length, 1);
    const error = refused[0].body.errors![0];
    assert.equal(error.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(error));
    assert.equal(error.extensions?.field, 'input.csv');
    assert.match(error.message, /line [234], citizen_id 09930000000[123]: another upload recorded this citizen/);
    const after = (await db().query('SELECT (SELECT count(*) FROM member)::int AS members, (SELECT count(*) FROM member_import)::int AS imports')).rows[0];
    assert.deepEqual(after, { members: before.members + 3, imports: before.imports + 1 });
  });

  it('the import client keys an upload by its content: sent twice (a retry), it is applied once and answered the same', async () => {
    const csv = `${HEADER}\n099300000011,Gửi lại,NU,1991-02-03,01,,${cell},2016-01-01,11-QĐ,2017-01-01,\n`;
    const upload: ImportUpload = { province: '01', communeCode: commune, kind: 'NEW_RECORDS', csv, allOrNothing: false };
    const key = importIdempotencyKey(upload);
    assert.match(key, /^members-csv:01:\d{5}:NEW_RECORDS:row-by-row:[0-9a-f]{64}$/);
    assert.notEqual(importIdempotencyKey({ ...upload, communeCode: '00000' }), key);
    assert.notEqual(importIdempotencyKey({ ...upload, csv: `${csv}\n` }), key);
    const token = await fed.mint(OFFICER);
    const imports = async () => (await db().query('SELECT count(*)::int AS n FROM member_import')).rows[0].n as number;
    const before = await imports();
    const [first, second] = await Promise.all([sendImport(fed.federation.gateway.url, token, upload), sendImport(fed.federation.gateway.url, token, upload)]);
    const third = await sendImport(fed.federation.gateway.url, token, upload);
    const answers = [first, second, third].map((a) => a.body as GraphQLBody);
    const applied = answers.filter((b) => !b.errors).map((b) => b.data.province01.importMembersCsv);
    assert.ok(answers.every((b) => !b.errors || codes(b)[0] === 'IDEMPOTENCY_KEY_IN_USE'), JSON.stringify(answers));
    assert.ok(applied.length >= 2);
    for (const a of applied) assert.deepEqual(a, applied[0]);
    assert.equal(applied[0].applied, true);
    assert.equal(await imports(), before + 1);
  });

  it('a key past its retention is forgotten: the request runs anew; expired rows are purged', async () => {
    const key = randomUUID();
    const topic = `Hết hạn ${randomUUID()}`;
    const variables = { input: scheduleInput(topic) };
    assert.equal((await send(SCHEDULE, variables, key)).body.errors, undefined);
    await db().query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    assert.equal((await send(SCHEDULE, variables, key)).body.errors, undefined);
    assert.equal((await meetingsWithTopic(topic)).length, 2);
    await db().query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`, [key]);
    const expired = async () => (await db().query('SELECT count(*)::int AS n FROM idempotency_key WHERE expires_at <= now()')).rows[0].n as number;
    assert.ok((await expired()) >= 1);
    while ((await purgeExpiredKeys(db(), 500)) > 0);
    assert.equal(await expired(), 0);
  });

  it('a claim that lapsed while its request ran cannot commit a write, nor end the claim that took over', async () => {
    const store = createIdempotencyStore({ pool: db() });
    const fingerprint = 'a'.repeat(64);
    const first = await store.claim('lapse-test', 'k1', fingerprint);
    assert.equal(first.kind, 'claimed');
    assert.deepEqual(await store.claim('lapse-test', 'k1', fingerprint), { kind: 'inUse' });
    assert.deepEqual(await store.claim('lapse-test', 'k1', 'b'.repeat(64)), { kind: 'reused' });
    await db().query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE principal = 'lapse-test'`);
    const second = await store.claim('lapse-test', 'k1', fingerprint);
    assert.equal(second.kind, 'claimed');
    const claimOf = (o: typeof first) => (o.kind === 'claimed' ? o.claim : assert.fail(o.kind));
    const client = await db().connect();
    try {
      const tx = { rows: async <R>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as R[] };
      await client.query('BEGIN');
      await assert.rejects(markWritten(tx, claimOf(first)), (e: Error & { extensions?: { code?: string } }) => e.extensions?.code === 'IDEMPOTENCY_KEY_IN_USE');
      await client.query('ROLLBACK');
      await client.query('BEGIN');
      await markWritten(tx, claimOf(second));
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    await store.finish(claimOf(first), { body: { data: { stale: true } }, status: 200 });
    await store.finish(claimOf(second), { body: { data: { fresh: true } }, status: 200 });
    assert.deepEqual(await store.claim('lapse-test', 'k1', fingerprint), { kind: 'replay', response: { body: { data: { fresh: true } }, status: 200 } });
  });

  it('one operation writing to the province, the Centre, then the province again: each fetch has its own key, the retry answers both', async () => {
    // planned as three fetches in sequence (consecutive fields of one subgraph would be merged into one): the
    // second fetch to province01 is another request, so it cannot share the first's key there
    const schedule = (alias: string, type: string) =>
      `${alias}: province01 { scheduleMeeting(input: { cellId: "${cell}", type: ${type}, topic: $topic, scheduledAt: $at }) { meeting { id type } } }`;
    const query = `mutation Three($topic: String!, $at: DateTime!) { ${schedule('a', 'THEMATIC')}
      b: recordReportSubmission(input: { provinceCode: "01", period: "2026-09", revision: 1, computedAt: "2026-10-01T00:00:00Z", checksum: "x", figures: "{}" }) { revision }
      ${schedule('c', 'REGULAR')} }`;
    const topic = `Ba lần ${randomUUID()}`;
    const variables = { topic, at: new Date(Date.now() + 86_400_000).toISOString() };
    const key = randomUUID();
    const first = await send(query, variables, key);
    // the Centre refuses an officer's submission; both of the province's writes ran, once each
    assert.deepEqual(codes(first.body), ['FORBIDDEN']);
    assert.equal((await meetingsWithTopic(topic)).length, 2);
    const again = await send(query, variables, key);
    assert.deepEqual(again.body, first.body);
    assert.equal((await meetingsWithTopic(topic)).length, 2);
    const recorded = (await db().query('SELECT key, state FROM idempotency_key WHERE key = $1 OR key LIKE $2', [key, '%:2'])).rows;
    assert.deepEqual(recorded.map((r) => r.state), ['DONE', 'DONE']);
  });
});
