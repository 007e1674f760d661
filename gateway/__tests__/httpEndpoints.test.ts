// What the gateway answers over HTTP besides GraphQL results: probes, client mistakes, CSRF, and the way to
// GraphiQL. Real servers on free ports throughout.
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type { RunningGateway } from '../src/createGateway.ts';
import { readiness } from '../src/http/health.ts';
import { postQuery, startScenario, startTestGateway, type Scenario } from './support/scenario.ts';
import { authHeader } from './support/testAuth.ts';

describe('gateway HTTP endpoints', () => {
  let scenario: Scenario;
  let gateway: RunningGateway;
  beforeAll(async () => {
    scenario = await startScenario();
    gateway = await startTestGateway(scenario, { subgraphTimeoutMs: 1000 });
  });
  afterAll(async () => {
    await gateway?.stop();
    await scenario?.stop();
  });

  it('GET /health says the process is up', async () => {
    const response = await fetch(`${gateway.origin}/health`);
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok' });
  });

  it('GET /ready is 200 with each subgraph up or down, even while provinces are down', async () => {
    type Ready = { ready: boolean; down: number; subgraphs: Record<string, string> };
    const healthy = ['central', 'province01', 'province79'];
    let body: Ready | undefined;
    // Each probe has 1 s; on a test machine loaded by other suites one can miss it, so "up" gets three tries.
    for (let attempt = 0; attempt < 3 && !healthy.every((name) => body?.subgraphs[name] === 'up'); attempt++) {
      const response = await fetch(`${gateway.origin}/ready`);
      assert.equal(response.status, 200);
      body = (await response.json()) as Ready;
    }
    assert.ok(body);
    assert.equal(body.ready, true);
    assert.equal(body.subgraphs.central, 'up');
    assert.equal(body.subgraphs.province01, 'up');
    assert.equal(body.subgraphs.province79, 'up', 'slow in report, but it answers {__typename}');
    assert.equal(body.subgraphs.province48, 'down: ECONNREFUSED');
    assert.equal(body.subgraphs.province31, 'down: HTTP 503');
    assert.match(body.subgraphs.province92 ?? '', /^down: /);
    assert.equal(body.down, 3);
    assert.deepEqual(Object.keys(body.subgraphs), ['central', 'province01', 'province31', 'province48', 'province79', 'province92']);
  });

  it('answers a syntax error with 400 and a GraphQL error, never 500', async () => {
    const { status, body } = await postQuery(gateway.url, '{ provinces { code ');
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_PARSE_FAILED');
  });

  it('answers an unknown field with 400 GRAPHQL_VALIDATION_FAILED', async () => {
    const { status, body } = await postQuery(gateway.url, '{ provinces { population } }');
    assert.equal(status, 400);
    assert.equal(body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('answers an operation name the document lacks, or none for two operations, with 400 OPERATION_RESOLUTION_FAILURE', async () => {
    const twoOperations = 'query A { provinces { code } } query B { provinces { name } }';
    const ask = async (operationName?: string) => {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await authHeader()) },
        body: JSON.stringify({ query: twoOperations, operationName }),
      });
      return { status: response.status, body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string; extensions: { code: string } }> } };
    };
    const unknown = await ask('C');
    assert.equal(unknown.status, 400);
    assert.equal(unknown.body.errors?.[0]?.extensions.code, 'OPERATION_RESOLUTION_FAILURE');
    assert.equal(unknown.body.errors?.[0]?.message, 'Unknown operation named "C".');
    const unnamed = await ask();
    assert.equal(unnamed.status, 400);
    assert.equal(unnamed.body.errors?.[0]?.extensions.code, 'OPERATION_RESOLUTION_FAILURE');
    assert.match(unnamed.body.errors?.[0]?.message ?? '', /Must provide operation name/);
    const named = await ask('B');
    assert.equal(named.status, 200);
    assert.equal(named.body.errors, undefined);
  });

  it('answers a body that is not JSON with 400 and a GraphQL-shaped error', async () => {
    const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": ' });
    assert.equal(response.status, 400);
    assert.match(response.headers.get('content-type') ?? '', /application\/json/);
    const body = (await response.json()) as { errors: Array<{ extensions: { code: string } }> };
    assert.equal(body.errors[0]?.extensions.code, 'BAD_REQUEST');
  });

  it('keeps CSRF prevention on: a GET query without a preflight header is refused, with one it runs', async () => {
    const query = encodeURIComponent('{ provinces { code } }');
    const refused = await fetch(`${gateway.url}?query=${query}`, { headers: await authHeader() });
    assert.equal(refused.status, 400);
    assert.match(await refused.text(), /CSRF/i);
    const allowed = await fetch(`${gateway.url}?query=${query}`, { headers: { 'apollo-require-preflight': 'true', ...(await authHeader()) } });
    assert.equal(allowed.status, 200);
  });

  it('does not serve Apollo landing page (a CDN page): a browser on /graphql is sent to /graphiql', async () => {
    const response = await fetch(gateway.url, { headers: { accept: 'text/html' }, redirect: 'manual' });
    assert.equal(response.status, 302);
    assert.equal(response.headers.get('location'), '/graphiql');
  });

  it('serves GraphiQL and its assets from this origin only', async () => {
    const page = await fetch(`${gateway.origin}/graphiql`);
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    const html = await page.text();
    const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(sources.length >= 6, html);
    for (const source of sources) {
      if (source.startsWith('data:')) continue;
      // /assets/: the bundled fonts (src/http/browserAssets.ts).
      assert.ok(source.startsWith('/graphiql/assets/') || source.startsWith('/assets/'), `${source} is not served by the gateway`);
      const asset = await fetch(`${gateway.origin}${source}`);
      assert.equal(asset.status, 200, source);
      await asset.arrayBuffer();
    }
    assert.equal((await fetch(`${gateway.origin}/graphiql/assets/..%2F..%2Fpackage.json`)).status, 404);
    const examples = (await (await fetch(`${gateway.origin}/graphiql/examples.json`)).json()) as { examples: Array<{ file: string }> };
    assert.equal(examples.examples[0]?.file, 'dashboard.graphql');
  });

  it('serves the dashboard at / and /dashboard with a strict CSP, and its bundles from this origin', async () => {
    for (const path of ['/', '/dashboard']) {
      const page = await fetch(`${gateway.origin}${path}`);
      assert.equal(page.status, 200, path);
      const csp = page.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self';/);
      assert.match(csp, /style-src 'self';/);
      const html = await page.text();
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((s) => s.startsWith('/assets/'));
      assert.deepEqual(sources.sort(), ['/assets/dashboard.css', '/assets/dashboard.js']);
      for (const source of sources) {
        const asset = await fetch(`${gateway.origin}${source}`);
        assert.equal(asset.status, 200, source);
        assert.ok((await asset.arrayBuffer()).byteLength > 1000, source);
      }
    }
    assert.equal((await fetch(`${gateway.origin}/assets/..%2F..%2Fpackage.json`)).status, 404);
  });
});

describe('GET /ready before the supergraph is loaded', () => {
  it('is 503 {ready:false}', async () => {
    const app = express();
    app.get('/ready', readiness({ isLoaded: () => false, subgraphUrls: () => new Map(), probeTimeoutMs: 100 }));
    const server = http.createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/ready`);
      assert.equal(response.status, 503);
      assert.equal(((await response.json()) as { ready: boolean }).ready, false);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
