// A whole federation for end-to-end tests: fresh databases on the test server, seeded small, every subgraph
// behind a fault proxy (request counts, delays, outages), the real gateway on a free port.
import { provinces as allProvinces, provinceSubgraphName, type ProvinceInfo } from '../../schema/provinces.ts';
import { prepareDatabases, type PreparedDatabases } from '../../scripts/lib/databases.ts';
import { startFederation, type RunningFederation } from '../../scripts/lib/federation.ts';
import { createLogger } from '../../subgraphs/shared/logger.ts';
import { createTestDatabase, dropTestDatabase } from './database.ts';
import { startFaultProxy, type FaultProxy } from './faultProxy.ts';

export interface TestFederationOptions {
  /** Prefix of this test file's database names (unique per file). */
  prefix: string;
  provinces?: readonly ProvinceInfo[];
  scale?: number;
  asOf?: string;
  subgraphTimeoutMs?: number;
  production?: boolean;
  onQuery?: (code: string) => ((sql: string) => void) | undefined;
}

/**
 * Who a test request is made as (README "Access"). Authentication (issue 5) turns this into a signed token;
 * until then it is carried but not enforced. `commune` is a 5-digit commune code, `cell` and `member` are ids.
 */
export type Principal =
  | { role: 'CENTRAL_ANALYST' }
  | { role: 'PROVINCE_OFFICER'; province: string }
  | { role: 'COMMUNE_OFFICER'; province: string; commune: string }
  | { role: 'CELL_SECRETARY'; province: string; cell: string }
  | { role: 'MEMBER'; province: string; member: string };

export interface TestFederation {
  federation: RunningFederation;
  databases: PreparedDatabases;
  /** Fault proxies by subgraph name ("central", "province79"). */
  proxies: Map<string, FaultProxy>;
  /**
   * POSTs a GraphQL request to the gateway as `as` (default: a PROVINCE_OFFICER of the federation's first
   * province); returns the HTTP status and parsed body.
   */
  query(query: string, variables?: Record<string, unknown>, as?: Principal): Promise<{ status: number; body: GraphQLBody }>;
  stop(): Promise<void>;
}

export interface GraphQLBody {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export const TEST_AS_OF = '2026-11-15';

export async function startTestFederation(options: TestFederationOptions): Promise<TestFederation> {
  const list = options.provinces ?? allProvinces;
  const names = ['central', ...list.map((p) => p.code)].map((c) => `${options.prefix}_${c}`);
  const urls = new Map(await Promise.all(names.map(async (n) => [n, await createTestDatabase(n)] as const)));
  const databases = await prepareDatabases({
    urlFor: (code) => urls.get(`${options.prefix}_${code}`)!,
    provinces: list,
    seed: { scale: options.scale ?? 0.0005, seed: 7, asOf: options.asOf ?? TEST_AS_OF },
  });
  const proxies = new Map<string, FaultProxy>();
  for (const name of ['central', ...list.map((p) => provinceSubgraphName(p.code))]) {
    proxies.set(name, await startFaultProxy());
  }
  const federation = await startFederation({
    databases,
    logger: createLogger('silent'),
    ports: 'ephemeral',
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    production: options.production,
    onQuery: options.onQuery,
    route: (name, url) => {
      const proxy = proxies.get(name)!;
      proxy.target = url;
      return proxy.url;
    },
  }).catch(async (error) => {
    await databases.close();
    await Promise.all([...proxies.values()].map((p) => p.close()));
    throw error;
  });
  // The first national query pays for cold caches in 35 servers and their pools (over 1.5 s on 2 cores):
  // warm up once so that timing assertions measure the steady state.
  await fetch(federation.gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ provinces { code report(period: "2026-10") { memberCount } } }' }),
  });
  return {
    federation,
    databases,
    proxies,
    async query(query, variables, _as = { role: 'PROVINCE_OFFICER', province: list[0].code }) {
      const res = await fetch(federation.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as GraphQLBody };
    },
    async stop() {
      await federation.stop();
      await Promise.all([...proxies.values()].map((p) => p.close()));
      await databases.close();
      await Promise.all(names.map(dropTestDatabase));
    },
  };
}
