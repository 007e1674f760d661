// The data source on its own, against raw HTTP servers that misbehave in ways a real subgraph cannot be told to:
// headers sent and then a stalled body, a body that is not JSON, a 400 with GraphQL errors. And what it sends.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayContext } from '../src/context.ts';
import { SubgraphDataSource } from '../src/datasources/SubgraphDataSource.ts';
import { createSubgraphPools, type SubgraphPools } from '../src/datasources/subgraphPools.ts';
import { SubgraphRequestError } from '../src/errors.ts';

type Handler = (req: http.IncomingMessage, body: string, res: http.ServerResponse) => void;

async function rawServer(handler: Handler): Promise<{ url: string; stop: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => handler(req, body, res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What @apollo/gateway passes for one fetch of a client's operation. */
function incoming(context: Partial<GatewayContext> = {}): GraphQLDataSourceProcessOptions<GatewayContext> {
  const ctx: GatewayContext = { requestId: 'req-1', log: pino({ level: 'silent' }), ...context };
  return {
    kind: 'incoming operation',
    request: { query: '{ __typename }', variables: { a: 1 } },
    context: ctx,
    incomingRequestContext: { context: ctx },
  } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
}

async function failure(promise: Promise<unknown>): Promise<SubgraphRequestError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof SubgraphRequestError, `not a SubgraphRequestError: ${String(error)}`);
    return error;
  }
  assert.fail('the request did not fail');
}

describe('SubgraphDataSource', () => {
  const servers: Array<{ stop: () => Promise<void> }> = [];
  let pools: SubgraphPools;
  beforeAll(() => {
    pools = createSubgraphPools();
  });
  afterAll(async () => {
    await pools.close();
    await Promise.all(servers.map((s) => s.stop()));
  });
  const source = async (handler: Handler, timeoutMs = 1000) => {
    const server = await rawServer(handler);
    servers.push(server);
    return new SubgraphDataSource({ name: 'province79', url: server.url, timeoutMs, pools });
  };

  it('sends the query, the request id, the token and the time left, and returns the parsed answer', async () => {
    let seen: { headers: http.IncomingHttpHeaders; body: string } | undefined;
    const ds = await source((req, body, res) => {
      seen = { headers: req.headers, body };
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}');
      // a minute: the file's first request (a cold connection) took over 1.2 s once on the busy CI machine
    }, 61_234);
    const token = { token: 'abc.def.ghi' } as GatewayContext['auth'];
    const response = await ds.process(incoming({ requestId: 'analyst-7', auth: token }));
    assert.deepEqual(response, { data: { __typename: 'Query' } });
    assert.deepEqual(JSON.parse(seen!.body), { query: '{ __typename }', variables: { a: 1 } });
    assert.equal(seen!.headers['x-request-id'], 'analyst-7');
    assert.equal(seen!.headers.authorization, 'Bearer abc.def.ghi');
    assert.equal(seen!.headers['x-deadline-ms'], '61234');
    assert.equal(seen!.headers['content-type'], 'application/json');
  });

  it('times out a subgraph that sends its headers and then stalls the body', async () => {
    const ds = await source((_req, _body, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('{"data":');
      // ... and never ends
    }, 300);
    const started = performance.now();
    const error = await failure(ds.process(incoming()));
    const ms = performance.now() - started;
    assert.equal(error.extensions.code, 'SUBGRAPH_TIMEOUT');
    assert.equal(error.extensions.province, '79');
    assert.equal(error.message, 'Province 79 (Thành phố Hồ Chí Minh) did not answer within 300 ms');
    assert.ok(ms >= 290 && ms < 1500, `gave up after ${Math.round(ms)} ms`);
  });

  it('calls a 200 whose body is not valid JSON a bad response, without quoting it', async () => {
    const ds = await source((_req, _body, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"data": secret-host'));
    const error = await failure(ds.process(incoming()));
    assert.equal(error.extensions.code, 'SUBGRAPH_BAD_RESPONSE');
    assert.match(error.message, /body is not valid JSON/);
    assert.doesNotMatch(error.message, /secret-host/);
  });

  it('passes the first GraphQL error of a non-2xx answer through, with its code and the province tag', async () => {
    const ds = await source((_req, _body, res) =>
      res
        .writeHead(400, { 'content-type': 'application/json; charset=utf-8' })
        .end(JSON.stringify({ errors: [{ message: 'Cannot query field "x"', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }] })),
    );
    const error = await failure(ds.process(incoming()));
    assert.equal(error.extensions.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.equal(error.message, 'Cannot query field "x"');
    assert.equal(error.extensions.subgraph, 'province79');
  });

  it('tags errors inside a 200 answer and keeps their own code', async () => {
    const ds = await source((_req, _body, res) =>
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ data: null, errors: [{ message: 'no', extensions: { code: 'FORBIDDEN', province: '01' } }] })),
    );
    const response = await ds.process(incoming());
    assert.deepEqual(response.errors, [{ message: 'no', extensions: { code: 'FORBIDDEN', province: '79', subgraph: 'province79' } }]);
  });

  it('keeps an answer that arrived in time while the event loop was held past the deadline (a supergraph reload)', async () => {
    // The subgraph in its own process, as in production: it answers after 100 ms while this process is held.
    const child = spawn(process.execPath, ['-e', `
      require('node:http').createServer((req, res) => { req.resume(); req.on('end', () => setTimeout(() =>
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"__typename":"Query"}}'), 100)); })
        .listen(0, '127.0.0.1', function () { console.log(this.address().port); });`], { stdio: ['ignore', 'pipe', 'inherit'] });
    try {
      const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
      const ds = new SubgraphDataSource({ name: 'province79', url: `http://127.0.0.1:${port}/graphql`, timeoutMs: 300, pools });
      await ds.process(incoming()); // the connection, warm
      const answer = ds.process(incoming());
      await new Promise((r) => setTimeout(r, 30)); // the request is on the wire
      // Held, from the check phase (the loop's next turn starts with timers): the answer arrives at ~100 ms, the
      // deadline passes at 300.
      await new Promise<void>((resolve) => setImmediate(() => {
        for (const end = Date.now() + 600; Date.now() < end; );
        resolve();
      }));
      assert.deepEqual(await answer, { data: { __typename: 'Query' } });
    } finally {
      child.kill('SIGKILL');
    }
  });
});
