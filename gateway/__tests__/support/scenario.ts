// The federation most gateway tests run against: the Centre and five provinces, each healthy or broken in its
// own way, composed into a supergraph that points at them.
import { pino } from 'pino';
import { CENTRAL_SUBGRAPH, provinceSubgraphName } from '../../../schema/provinces.ts';
import { createGateway, type GatewayOptions, type RunningGateway } from '../../src/createGateway.ts';
import { authHeader, testVerifier } from './testAuth.ts';
import { composeTestSupergraph } from './testSupergraph.ts';
import { startCentral, startProvince, startRawServer, stoppedServerUrl, type TestServer } from './testSubgraphs.ts';

/** How long the slow province sleeps in `report`: far beyond the tests' subgraph timeout. */
export const SLOW_REPORT_MS = 4000;

/**
 * 01 healthy; 79 slow in `report` (answers {__typename} at once); 48 stopped (connection refused);
 * 31 behind a proxy that answers 503; 92 answers 200 with an HTML page. Pass `healthy: true` for all five healthy.
 */
export const SCENARIO_CODES = ['01', '31', '48', '79', '92'] as const;

export interface Scenario {
  supergraphSdl: string;
  servers: Map<string, TestServer>;
  stop(): Promise<void>;
}

export async function startScenario({ healthy = false }: { healthy?: boolean } = {}): Promise<Scenario> {
  const servers = new Map<string, TestServer>();
  const urls = new Map<string, string>();
  const add = (name: string, server: TestServer) => {
    servers.set(name, server);
    urls.set(name, server.url);
  };
  try {
    add(CENTRAL_SUBGRAPH, await startCentral(SCENARIO_CODES));
    add(provinceSubgraphName('01'), await startProvince('01'));
    if (healthy) {
      for (const code of ['31', '48', '79', '92']) add(provinceSubgraphName(code), await startProvince(code));
    } else {
      add(provinceSubgraphName('79'), await startProvince('79', { reportDelayMs: SLOW_REPORT_MS }));
      add(provinceSubgraphName('31'), await startRawServer(503, 'text/html', '<html><body>503 Service Unavailable</body></html>'));
      add(provinceSubgraphName('92'), await startRawServer(200, 'text/html', '<html><body>Maintenance</body></html>'));
      urls.set(provinceSubgraphName('48'), await stoppedServerUrl());
    }
  } catch (error) {
    await Promise.all([...servers.values()].map((s) => s.stop()));
    throw error;
  }
  return {
    supergraphSdl: composeTestSupergraph(SCENARIO_CODES, urls),
    servers,
    stop: async () => {
      await Promise.all([...servers.values()].map((s) => s.stop()));
    },
  };
}

// Apollo's usage telemetry off for every gateway these tests build: @apollo/gateway reads it from the environment
// only, and createGateway writes no environment (see its JSDoc), so the test harness, like an entry, sets it.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

/** A gateway on a free port over the scenario; silent unless LOG_LEVEL says otherwise. */
export function startTestGateway(scenario: Scenario, options: Partial<GatewayOptions> = {}): Promise<RunningGateway> {
  return createGateway({
    port: 0,
    supergraphSdl: scenario.supergraphSdl,
    logger: pino({ level: process.env.LOG_LEVEL ?? 'silent' }),
    verifier: testVerifier,
    ...options,
  });
}

export interface GraphQLResult {
  status: number;
  headers: Headers;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>;
    extensions?: Record<string, unknown>;
  };
}

/**
 * POSTs a query as a client would (application/json, which passes Apollo's CSRF prevention), with an analyst's
 * token unless `headers` has an authorization of its own.
 */
export async function postQuery(url: string, query: string, headers: Record<string, string> = {}): Promise<GraphQLResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(await authHeader()), ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResult['body'] };
}

export const NATIONAL_QUERY = '{ provinces { code name report(period: "2026-10") { memberCount } } }';
