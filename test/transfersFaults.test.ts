// Fault tests of the transfer hand-over (docs/transfers.md, "Failures"), with the carrier as a real child
// process: the destination down when the transfer is issued, the carrier SIGKILLed between the destination's
// receipt and the source's acknowledgement, the same message delivered twice, the source down when the
// destination's decision comes back. Each ends with the invariants checked.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import {
  carrierRoutes, carrierTokens, endOfThisMonth, ISSUE, nationalCheck, pickCell, pickMember, rawCounts, testCarrier, todayVn,
} from './support/transferWorld.ts';

const CODES = ['01', '79'];
const HN = { role: 'PROVINCE_OFFICER', province: '01' } as const;
const ENTRY = new URL('../carrier/src/index.ts', import.meta.url).pathname;

/** Starts the carrier process; resolves `paused` when it prints the PAUSED line of the test hook. */
async function startCarrier(fed: TestFederation, env: Record<string, string> = {}) {
  const tokens = await carrierTokens(fed, CODES);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: {
      ...process.env, CARRIER_ROUTES: carrierRoutes(fed, CODES), CARRIER_TOKENS: tokens, CARRIER_PROVINCES: CODES.join(','), CARRIER_INTERVAL_MS: '100',
      CARRIER_BACKOFF_BASE_MS: '50', CARRIER_BACKOFF_MAX_MS: '400', NATIONAL_CHECK_INTERVAL_MS: '0', LOG_LEVEL: 'silent', ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  const paused = new Promise<string>((resolve) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /PAUSED \w+ ([0-9a-f-]{36})/.exec(out);
      if (m) resolve(m[1]);
    });
  });
  const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  return { child, paused, exited };
}

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('transfer hand-over under faults (carrier as a child process)', () => {
  let fed: TestFederation;
  let initial: Awaited<ReturnType<typeof rawCounts>>;
  let hcmCell: string;
  const d = endOfThisMonth();
  const db = (code: string) => fed.databases.provinces.get(code)!;
  const running: ChildProcess[] = [];

  /** From raw rows: every person counted once; the sum exceeds it only by transfers received and not yet acknowledged. */
  async function rawInvariants(label: string, bothCounting = 0) {
    const raw = await rawCounts(fed.databases.provinces, d);
    assert.equal(raw.people, initial.people, `${label}: people`);
    assert.equal(raw.sum, initial.sum + bothCounting, `${label}: raw sum`);
  }
  async function invariants(label: string, bothCounting: string[] = []) {
    await rawInvariants(label, bothCounting.length);
    const check = await nationalCheck(fed, CODES);
    assert.equal(check.members.total, initial.sum, `${label}: national total`);
    assert.deepEqual(check.members.provincesMissing, [], label);
    assert.deepEqual(check.transfersAwaitingAcknowledgement, bothCounting, label);
    assert.deepEqual(check.citizenIdConflicts, [], label);
    assert.equal(check.flows?.unmatched, 0, `${label}: receipts = applied departures + awaiting acknowledgement`);
  }
  /** A transfer id is applied at most once by the destination, and the member is held once there. */
  async function appliedOnce(id: string, memberId: string) {
    const rows = (await db('79').query(`SELECT state FROM transfer WHERE id = $1`, [id])).rows;
    assert.deepEqual(rows, [{ state: 'RECEIVED' }]);
    const audits = (await db('79').query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'acceptTransfer' AND details->>'transferId' = $1`, [id])).rows[0].n;
    assert.equal(audits, 1, 'one receipt written');
    assert.equal((await db('79').query('SELECT count(*)::int AS n FROM member WHERE id = $1 AND left_on IS NULL', [memberId])).rows[0].n, 1);
    const src = (await db('01').query(`SELECT t.state, t.settled_at IS NOT NULL AS settled, m.left_on, m.state AS member FROM transfer t JOIN member m ON m.id = t.member_id WHERE t.id = $1`, [id])).rows[0];
    assert.deepEqual(src, { state: 'RECEIVED', settled: true, left_on: todayVn(), member: 'TRANSFERRED_OUT' });
    await arrivedWhole(memberId);
  }
  /**
   * The whole record arrived, once, whatever the faults: the same fee bases, quality ratings, interruptions,
   * badges, cards, rewards and disciplinary measures, people with merit and their care at both ends, and
   * one fee month from the source for each month it counted the member in the 24 up to the transfer.
   */
  async function arrivedWhole(memberId: string) {
    for (const sql of [
      `SELECT effective_month, basis, base_amount_vnd FROM fee_basis_entry WHERE member_id = $1 ORDER BY effective_month`,
      `SELECT year, version, score, is_current FROM quality_rating WHERE member_id = $1 ORDER BY year, version`,
      `SELECT kind, from_on FROM member_interruption WHERE member_id = $1 ORDER BY from_on`,
      `SELECT milestone FROM badge_award WHERE member_id = $1 ORDER BY milestone`,
      `SELECT number, status FROM party_card WHERE member_id = $1 ORDER BY number`,
      `SELECT kind, decision_no, decided_on FROM member_reward WHERE member_id = $1 ORDER BY decision_no`,
      `SELECT measure, decision_no, decided_on FROM member_discipline WHERE member_id = $1 ORDER BY decision_no`,
      `SELECT id, full_name, category, relation, registered_on FROM merit_person WHERE member_id = $1 ORDER BY id`,
      `SELECT c.person_id, c.occasion_kind, c.occasion_year, c.given_on FROM merit_care c JOIN merit_person p ON p.id = c.person_id WHERE p.member_id = $1
        ORDER BY c.person_id, c.occasion_kind, c.occasion_year`,
    ]) {
      const [a, b] = await Promise.all([db('01').query(sql, [memberId]), db('79').query(sql, [memberId])]);
      assert.deepEqual(b.rows, a.rows, sql);
    }
    const { rows: [{ months }] } = await db('01').query(
      `SELECT count(*)::int AS months
         FROM generate_series(date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '23 months',
                              date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh'), interval '1 month') g
         JOIN member m ON m.id = $1 AND m.joined_on <= (g + interval '1 month' - interval '1 day')::date`,
      [memberId],
    );
    const carried = (await db('79').query(
      `SELECT count(*)::int AS n, count(DISTINCT month)::int AS months, coalesce(bool_and(province_code = '01'), true) AS from_source
         FROM fee_month_elsewhere WHERE member_id = $1`,
      [memberId],
    )).rows[0];
    assert.deepEqual(carried, { n: months, months, from_source: true });
  }
  const issueOne = async (skip = 0) => {
    const m = await pickMember(db('01'), skip);
    const { body } = await fed.query(ISSUE.replace('PROVINCE', 'province01'), {
      input: { memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: hcmCell, letterNo: `GGT-F-${m.id.slice(0, 6)}`, issuedOn: todayVn() },
    }, HN);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return { id: body.data.province01.issueTransfer.transfer.id as string, memberId: m.id };
  };
  const stateAt = async (code: string, id: string) => (await db(code).query('SELECT state, settled_at FROM transfer WHERE id = $1', [id])).rows[0];

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'transfer_faults', provinces: CODES.map((c) => findProvince(c)!) });
    initial = await rawCounts(fed.databases.provinces, d);
    hcmCell = await pickCell(db('79'));
  });
  afterAll(async () => {
    for (const c of running) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    await fed?.stop();
  });

  it('the destination is down when the transfer is issued: retried with backoff, delivered when it returns', async () => {
    const proxy = fed.proxies.get('province79')!;
    proxy.down = true;
    const t = await issueOne();
    const carrier = await startCarrier(fed);
    running.push(carrier.child);
    try {
      const before = proxy.requests;
      await until('retries against the destination', async () => proxy.requests >= before + 3);
      assert.equal((await stateAt('01', t.id)).state, 'ISSUED', 'visibly pending at the source');
      await rawInvariants('destination down');
      proxy.down = false;
      await until('the acknowledgement', async () => (await stateAt('01', t.id))?.settled_at);
      await until('the confirmation', async () => (await stateAt('79', t.id))?.settled_at);
    } finally {
      proxy.down = false;
      carrier.child.kill('SIGTERM');
      await carrier.exited;
    }
    await appliedOnce(t.id, t.memberId);
    await invariants('delivered after the outage');
  });

  it('the carrier is SIGKILLed between the receipt and the acknowledgement: no duplicate, finished by the next carrier', async () => {
    const t = await issueOne();
    const first = await startCarrier(fed, { CARRIER_TEST_PAUSE_AFTER: 'receive' });
    running.push(first.child);
    assert.equal(await first.paused, t.id);
    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    // the destination has received; the source has not heard: both count, the check counts once
    assert.equal((await stateAt('79', t.id)).state, 'RECEIVED');
    assert.equal((await stateAt('01', t.id)).state, 'ISSUED');
    await invariants('killed after receipt', [t.id]);
    const second = await startCarrier(fed);
    running.push(second.child);
    try {
      await until('the acknowledgement', async () => (await stateAt('79', t.id))?.settled_at);
    } finally {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    await appliedOnce(t.id, t.memberId);
    await invariants('finished by the next carrier');
  });

  it('the carrier is SIGKILLed between the acknowledgement and the confirmation: the next one confirms from the destination side', async () => {
    const t = await issueOne();
    const first = await startCarrier(fed, { CARRIER_TEST_PAUSE_AFTER: 'acknowledge' });
    running.push(first.child);
    assert.equal(await first.paused, t.id);
    first.child.kill('SIGKILL');
    await first.exited;
    // the source has applied the receipt; the destination still lists it unconfirmed: counted once, nothing subtracted
    assert.ok((await stateAt('01', t.id)).settled_at);
    assert.equal((await stateAt('79', t.id)).settled_at, null);
    await invariants('killed after the acknowledgement');
    // the source's outbox is now empty: only the destination's unconfirmed receipt leads the carrier to confirm
    const round = await testCarrier(fed, CODES).runOnce();
    assert.deepEqual([round.delivered, round.settled, round.confirmed, round.failures.length], [0, 0, 1, 0]);
    await appliedOnce(t.id, t.memberId);
    assert.ok((await stateAt('79', t.id)).settled_at);
    await invariants('confirmed by the next carrier');
  });

  it('the same message delivered twice is applied once', async () => {
    const t = await issueOne();
    const row = (await db('01').query('SELECT * FROM transfer WHERE id = $1', [t.id])).rows[0];
    const message = {
      id: t.id, kind: 'OFFICIAL', memberId: t.memberId, fromProvince: '01', toProvince: '79', toOrgId: hcmCell,
      letterNo: row.letter_no, issuedOn: todayVn(), record: JSON.stringify(row.record),
    };
    const ACCEPT = `mutation($message: TransferMessageInput!) { province79 { acceptTransfer(message: $message) { id state receivedOn } } }`;
    const token = await fed.serviceToken('01', 'carrier'); // the source's service identity delivers
    const send = () => fed.raw({ query: ACCEPT, variables: { message } }, { authorization: `Bearer ${token}` });
    const [a, b] = await Promise.all([send(), send()]);
    assert.deepEqual(a.body.data, b.body.data);
    assert.equal(a.body.data.province79.acceptTransfer.state, 'RECEIVED');
    await invariants('delivered twice, not acknowledged', [t.id]);
    // and the carrier delivers it a third time before acknowledging
    const round = await testCarrier(fed, CODES).runOnce();
    assert.equal(round.failures.length, 0, JSON.stringify(round.failures));
    await appliedOnce(t.id, t.memberId);
    await invariants('delivered twice');
  });

  it('the source is down when the destination acknowledges: the acknowledgement waits for it', async () => {
    const t = await issueOne();
    const source = fed.proxies.get('province01')!;
    const carrier = testCarrier(fed, CODES, {
      afterStep: (step) => {
        if (step === 'receive') source.down = true;
      },
    });
    const round = await carrier.runOnce();
    assert.equal(round.delivered, 1);
    assert.equal(round.settled, 0);
    assert.match(round.failures[0].message, /province01: unreachable/);
    await rawInvariants('source down, receipt not acknowledged', 1);
    const check = await nationalCheck(fed, CODES);
    assert.deepEqual(check.members.provincesMissing, ['01'], 'a national total names the province it is missing');
    // the destination's outbox still holds the receipt unconfirmed: nothing is lost while the source is away
    assert.equal((await stateAt('79', t.id)).settled_at, null);
    source.down = false;
    const later = await testCarrier(fed, CODES).runOnce();
    assert.equal(later.failures.length, 0, JSON.stringify(later.failures));
    await appliedOnce(t.id, t.memberId);
    await invariants('acknowledged after the outage');
  });
});
