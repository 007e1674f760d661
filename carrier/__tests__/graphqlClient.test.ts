// The carrier's GraphQL client and Idempotency-Keys, against a real HTTP server on port 0 that answers as a
// province does: the key is sent as an RFC 8941 string; an error the peer answers again from its record of the key
// (Idempotent-Replayed) is asked once more without the key, so a recorded failure does not block a step for a day.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { createGraphQLClient, PeerRequestError } from '../src/graphqlClient.ts';

describe('carrier GraphQL client with an Idempotency-Key', () => {
  const seen: (string | undefined)[] = [];
  /** What the peer answers next: a recorded error for a keyed request, a decision for one without a key. */
  let replayErrors = true;
  let server: http.Server;
  let url: string;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const key = req.headers['idempotency-key'] as string | undefined;
        seen.push(key);
        if (key !== undefined && replayErrors) {
          res.writeHead(200, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
          res.end(JSON.stringify({ data: null, errors: [{ message: 'recorded failure', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
          return;
        }
        res.writeHead(200, { 'content-type': 'application/json', ...(key ? { 'idempotent-replayed': 'true' } : {}) });
        res.end(JSON.stringify({ data: { decided: key === undefined ? 'now' : 'recorded' } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the key quoted; a recorded answer with data is taken as it is', async () => {
    replayErrors = false;
    seen.length = 0;
    const client = createGraphQLClient({ peer: 'province79', url });
    assert.deepEqual(await client('mutation { x }', {}, { idempotencyKey: 'carrier:transfer:t1:deliver' }), { decided: 'recorded' });
    assert.deepEqual(seen, ['"carrier:transfer:t1:deliver"']);
  });

  it('asks again without the key when the peer repeats a recorded error', async () => {
    replayErrors = true;
    seen.length = 0;
    const client = createGraphQLClient({ peer: 'province79', url });
    assert.deepEqual(await client('mutation { x }', {}, { idempotencyKey: 'carrier:transfer:t2:deliver' }), { decided: 'now' });
    assert.deepEqual(seen, ['"carrier:transfer:t2:deliver"', undefined]);
  });

  it('without a key, an error is the caller\'s as before', async () => {
    replayErrors = true;
    seen.length = 0;
    const failing = http.createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] }));
      });
    });
    await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
    try {
      const client = createGraphQLClient({ peer: 'province79', url: `http://127.0.0.1:${(failing.address() as AddressInfo).port}/graphql` });
      await assert.rejects(client('mutation { x }'), (e: unknown) => e instanceof PeerRequestError && e.code === 'FORBIDDEN');
    } finally {
      await new Promise((resolve) => failing.close(resolve));
    }
  });
});
