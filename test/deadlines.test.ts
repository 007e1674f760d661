// A request the gateway gave up on stops working (issue 9): its SQL is cancelled on the PostgreSQL server
// promptly after the gateway's timeout, instead of running on for nobody and piling up until every later request
// times out too. The slow query is a real one on a real path: the province's report, blocked by a lock that
// another transaction holds on the report summary table (report_delta); pg_stat_activity says whether its statements are still there.
import assert from 'node:assert/strict';
import net from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import pg from 'pg';
import { createTokenSigner, generateSigningKey, jwksOf } from '../auth/signer.ts';
import { createTokenVerifier } from '../auth/verifier.ts';
import { findProvince } from '../schema/provinces.ts';
import { prepareDatabases, type PreparedDatabases } from '../scripts/lib/databases.ts';
import { startFederation, type RunningFederation } from '../scripts/lib/federation.ts';
import { createLogger } from '../subgraphs/shared/logger.ts';
import { withBoundedClient } from '../subgraphs/shared/boundedClient.ts';
import { RequestAbandonedError } from '../subgraphs/shared/requestDeadline.ts';
import { createPool } from '../subgraphs/shared/db.ts';
import { createTestDatabase, databaseUrl, dropTestDatabase } from './support/database.ts';

const PREFIX = 'deadlines';
/** The gateway's subgraph timeout in this file: short, so that five timed-out requests take seconds. */
const TIMEOUT_MS = 800;
/** How soon after the gateway's answer the statements must be gone: loopback plus a cancel request take a few
 * ms; the rest is room for a 2-core machine busy with other test files. */
const CANCEL_WITHIN_MS = 1500;
const REPORT = '{ province(code: "01") { code report(period: "2026-10") { memberCount } } }';
const ENTITY_REPORT = {
  query: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Province01 { report(period: "2026-10") { memberCount } } } }',
  variables: { r: [{ __typename: 'Province01', code: '01' }] },
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a request the gateway gave up on stops working', () => {
  let databases: PreparedDatabases;
  let federation: RunningFederation;
  let token: string;
  let admin: pg.Pool;
  let centralUrl: string;
  const names = [`${PREFIX}_central`, `${PREFIX}_01`];

  beforeAll(async () => {
    const urls = new Map(await Promise.all(names.map(async (n) => [n, await createTestDatabase(n)] as const)));
    centralUrl = urls.get(`${PREFIX}_central`)!;
    databases = await prepareDatabases({
      urlFor: (code) => urls.get(`${PREFIX}_${code}`)!,
      provinces: [findProvince('01')!],
      seed: { scale: 0.0005, seed: 7, asOf: '2026-11-15' },
    });
    const key = await generateSigningKey('deadlines');
    const auth = { issuer: 'urn:deadlines', audience: 'urn:deadlines-api' };
    token = await createTokenSigner({ key: key.privateJwk, ...auth }).mint({ role: 'CENTRAL_ANALYST' });
    federation = await startFederation({
      databases,
      logger: createLogger('silent'),
      ports: 'ephemeral',
      subgraphTimeoutMs: TIMEOUT_MS,
      production: true,
      verifier: createTokenVerifier({ jwks: { set: jwksOf(key) }, ...auth }),
    });
    admin = new pg.Pool({ connectionString: urls.get(`${PREFIX}_01`)!, max: 3, application_name: 'deadlines-test' });
    assert.equal((await ask()).body.errors, undefined, 'the report answers before any lock is taken');
  });
  afterAll(async () => {
    await federation?.stop();
    await databases?.close();
    await admin?.end();
    await Promise.all(names.map(dropTestDatabase));
  });

  async function ask(query = REPORT) {
    const started = performance.now();
    const res = await fetch(federation.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    return { body, ms: performance.now() - started };
  }

  /** A subgraph's statements waiting on a lock right now (province 01's unless told otherwise). */
  async function blocked(on = { pool: admin, app: 'province01' }): Promise<number> {
    const { rows } = await on.pool.query(
      `SELECT count(*)::int AS n FROM pg_stat_activity
        WHERE datname = current_database() AND application_name = $1 AND state = 'active' AND wait_event_type = 'Lock'`,
      [on.app],
    );
    return rows[0].n;
  }

  /** Polls until `blocked()` is `n`; returns how long that took, or fails after `withinMs`. */
  async function untilBlocked(n: number, withinMs: number, what: string, on?: { pool: pg.Pool; app: string }): Promise<number> {
    const started = performance.now();
    for (;;) {
      const now = await blocked(on);
      if (now === n) return performance.now() - started;
      if (performance.now() - started > withinMs) assert.fail(`${what}: ${now} statements still waiting after ${withinMs} ms`);
      await sleep(25);
    }
  }

  /**
   * Holds an ACCESS EXCLUSIVE lock on report_delta while `work` runs: the report's figures read it (the report
   * summaries, migration 050), so the report's statement waits on the lock in PostgreSQL.
   */
  async function withReportSummaryLocked<T>(work: () => Promise<T>): Promise<T> {
    const locker = await admin.connect();
    await locker.query('BEGIN');
    await locker.query('LOCK TABLE report_delta IN ACCESS EXCLUSIVE MODE');
    try {
      return await work();
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
    }
  }

  it("cancels the province's SQL on the server once the gateway's timeout passes, and a later request answers", async () => {
    await withReportSummaryLocked(async () => {
      const pending = ask();
      // The report really is stuck in PostgreSQL: otherwise this test would prove nothing.
      await untilBlocked(1, TIMEOUT_MS, 'the report never reached the lock');
      const { body, ms } = await pending;
      assert.equal(body.data?.province?.report, null);
      assert.deepEqual(body.errors?.map((e) => [e.extensions?.code, e.extensions?.province]), [['SUBGRAPH_TIMEOUT', '01']]);
      assert.ok(ms < TIMEOUT_MS + CANCEL_WITHIN_MS, `the gateway answered after ${Math.round(ms)} ms`);
      // Still inside the lock: without the cancel, the statement would wait here as long as the lock is held.
      const gone = await untilBlocked(0, CANCEL_WITHIN_MS, "the report's SQL went on after the gateway gave up");
      console.log(`  statements gone ${Math.round(gone)} ms after the gateway's answer (${Math.round(ms)} ms)`);
    });
    const later = await ask();
    assert.equal(later.body.errors, undefined, JSON.stringify(later.body.errors));
    assert.ok(later.body.data.province.report.memberCount > 0);
  });

  it('five timed-out requests in a row each fail fast by name, and nothing piles up behind them', async () => {
    await withReportSummaryLocked(async () => {
      for (let i = 0; i < 5; i++) {
        const { body, ms } = await ask();
        assert.equal(body.errors?.[0]?.extensions?.code, 'SUBGRAPH_TIMEOUT', `request ${i + 1}: ${JSON.stringify(body.errors)}`);
        // The same time each: a cascade would make each one later than the one before.
        assert.ok(ms < TIMEOUT_MS + CANCEL_WITHIN_MS, `request ${i + 1} answered after ${Math.round(ms)} ms`);
      }
      await untilBlocked(0, CANCEL_WITHIN_MS, 'abandoned statements piled up');
    });
    // The province's pool (4 connections) is not held by abandoned work: the next answer comes at once.
    const { body, ms } = await ask();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    assert.ok(ms < TIMEOUT_MS, `the first request after the lock took ${Math.round(ms)} ms`);
  });

  it('answers a caller whose deadline (x-deadline-ms) passes with DEADLINE_EXCEEDED, its SQL cancelled', async () => {
    const subgraph = federation.subgraphs.get('province01')!;
    await withReportSummaryLocked(async () => {
      const started = performance.now();
      const res = await fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-deadline-ms': '300' },
        body: JSON.stringify(ENTITY_REPORT),
        // Without the deadline working, the answer would wait for the lock: fail in seconds, not in minutes.
        signal: AbortSignal.timeout(5000),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      const ms = performance.now() - started;
      assert.equal(body.errors?.[0]?.extensions?.code, 'DEADLINE_EXCEEDED', JSON.stringify(body));
      assert.ok(ms >= 290 && ms < 300 + CANCEL_WITHIN_MS, `answered after ${Math.round(ms)} ms`);
      await untilBlocked(0, CANCEL_WITHIN_MS, 'the SQL went on after the deadline');
    });
  });

  it("bounds the Centre's SQL by the caller's deadline too", async () => {
    const central = new pg.Pool({ connectionString: centralUrl, max: 2, application_name: 'deadlines-test' });
    const locker = await central.connect();
    try {
      await locker.query('BEGIN');
      await locker.query('LOCK TABLE report_submission IN ACCESS EXCLUSIVE MODE');
      const started = performance.now();
      const res = await fetch(federation.subgraphs.get('central')!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'x-deadline-ms': '300' },
        body: JSON.stringify({ query: '{ nationalReport(period: "2026-10") { submitted memberCount { total } } }' }),
        signal: AbortSignal.timeout(5000),
      });
      const body = (await res.json()) as { errors?: { extensions?: { code?: string } }[] };
      const ms = performance.now() - started;
      assert.equal(body.errors?.[0]?.extensions?.code, 'DEADLINE_EXCEEDED', JSON.stringify(body));
      assert.ok(ms < 300 + CANCEL_WITHIN_MS, `answered after ${Math.round(ms)} ms`);
      await untilBlocked(0, CANCEL_WITHIN_MS, "the Centre's SQL went on after the deadline", { pool: central, app: 'central' });
    } finally {
      await locker.query('ROLLBACK');
      locker.release();
      await central.end();
    }
  });

  it('cancels the SQL of a caller that disconnects, even one that sent no deadline', async () => {
    const subgraph = federation.subgraphs.get('province01')!;
    await withReportSummaryLocked(async () => {
      const caller = new AbortController();
      const pending = fetch(subgraph.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(ENTITY_REPORT),
        signal: caller.signal,
      }).catch((error: unknown) => error);
      await untilBlocked(1, 2000, 'the report never reached the lock');
      caller.abort();
      assert.equal(((await pending) as Error).name, 'AbortError');
      await untilBlocked(0, CANCEL_WITHIN_MS, 'the SQL went on after its caller left');
    });
  });
});

describe('withBoundedClient (subgraphs/shared/boundedClient.ts)', () => {
  let pool: pg.Pool;
  const name = `${PREFIX}_bounded`;
  beforeAll(async () => {
    pool = createPool(await createTestDatabase(name), { max: 1, applicationName: 'bounded-test' });
  });
  afterAll(async () => {
    await pool?.end();
    await dropTestDatabase(name);
  });

  it('cancels a statement in flight on the server and rejects with the reason', async () => {
    const started = performance.now();
    await assert.rejects(
      withBoundedClient(pool, { signal: AbortSignal.timeout(200) }, (c) => c.query('SELECT pg_sleep(30)')),
      (error: Error) => error.name === 'TimeoutError',
    );
    assert.ok(performance.now() - started < 200 + CANCEL_WITHIN_MS);
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%' AND state = 'active'`);
    assert.equal(rows[0].n, 0, 'pg_sleep still runs on the server');
    // The pool's one connection was replaced, and the next statement on it is not hit by a late cancel.
    assert.deepEqual((await pool.query('SELECT 1 AS one')).rows, [{ one: 1 }]);
  });

  it('survives a cancel request that never gets through: the statement still ends on the server', async () => {
    // A proxy in front of PostgreSQL that carries the session but swallows every later connection, as a server
    // too busy to accept the cancel request in time did at full scale (the subgraph process then crashed).
    const target = new URL(databaseUrl(name));
    const server = { port: Number(target.port), host: target.hostname };
    const sockets = new Set<net.Socket>();
    let swallowed = 0;
    // allowHalfOpen: the cancel request's sender ends its side at once; Node would otherwise close ours too
    const proxy = net.createServer({ allowHalfOpen: true }, (socket) => {
      sockets.add(socket);
      socket.once('data', (first) => {
        // A CancelRequest (16 bytes, code 80877102): accepted, never answered, never closed.
        if (first.length === 16 && first.readInt32BE(4) === 80877102) return void swallowed++;
        const upstream = net.connect(server.port, server.host);
        sockets.add(upstream);
        upstream.write(first);
        socket.pipe(upstream).pipe(socket);
        socket.on('error', () => upstream.destroy());
        upstream.on('error', () => socket.destroy());
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    target.host = `127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
    const viaProxy = createPool(target.toString(), { max: 1, applicationName: 'bounded-lost-cancel' });
    let unhandled: unknown;
    const onUnhandled = (reason: unknown) => void (unhandled = reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await assert.rejects(
        withBoundedClient(viaProxy, { signal: AbortSignal.timeout(200) }, (c) => c.query('SELECT pg_sleep(30)')),
        (error: Error) => error.name === 'TimeoutError',
      );
      // The statement ends within the server's connection check (1 s) after the connection is destroyed.
      const running = async () =>
        (await pool.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'bounded-lost-cancel' AND state = 'active'`)).rows[0].n;
      const until = performance.now() + 2000 + CANCEL_WITHIN_MS;
      while ((await running()) > 0 && performance.now() < until) await sleep(50);
      assert.equal(await running(), 0, 'pg_sleep went on after its connection was destroyed');
      await sleep(2200); // past the cancel request's own 2 s timeout, which used to reject unhandled
      assert.equal(unhandled, undefined, `unhandled rejection: ${String(unhandled)}`);
      assert.equal(swallowed, 1, 'the cancel request reached the proxy');
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await viaProxy.end();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
    }
  });

  it('gives up waiting for a connection when the deadline passes while the pool is busy', async () => {
    const held = await pool.connect();
    try {
      const started = performance.now();
      const controller = new AbortController();
      setTimeout(() => controller.abort(new RequestAbandonedError('deadline passed', { extensions: { code: 'DEADLINE_EXCEEDED' } })), 150);
      await assert.rejects(withBoundedClient(pool, { signal: controller.signal }, (c) => c.query('SELECT 1')), RequestAbandonedError);
      const ms = performance.now() - started;
      assert.ok(ms >= 140 && ms < 150 + CANCEL_WITHIN_MS, `gave up after ${Math.round(ms)} ms`);
    } finally {
      held.release();
    }
    assert.deepEqual((await pool.query('SELECT 2 AS two')).rows, [{ two: 2 }], 'the connection that came late went back to the pool');
  });

  it('sends no statement once the request is abandoned', async () => {
    const controller = new AbortController();
    controller.abort(new RequestAbandonedError('caller left', { extensions: { code: 'REQUEST_CANCELLED' } }));
    let ran = false;
    await assert.rejects(
      withBoundedClient(pool, { signal: controller.signal }, async (c) => {
        ran = true;
        return c.query('SELECT 1');
      }),
      RequestAbandonedError,
    );
    assert.equal(ran, false);
  });
});
