// A whole federation for end-to-end tests: fresh databases on the test server, seeded small, every subgraph
// behind a fault proxy (request counts, delays, outages), the real gateway on a free port, and a signing key of
// its own: the gateway and every subgraph verify tokens against its JWKS, and `query(…, as)` signs one for `as`.
import { createTokenSigner, generateSigningKey, jwksOf, mintServiceToken, type MintOptions, type TokenSigner } from '../../auth/signer.ts';
import { createTokenVerifier, type TokenVerifierOptions } from '../../auth/verifier.ts';
import type { Principal } from '../../auth/principal.ts';
import { provinces as allProvinces, provinceSubgraphName, type ProvinceInfo } from '../../schema/provinces.ts';
import { prepareDatabases, type PreparedDatabases } from '../../scripts/lib/databases.ts';
import { addLegacyDatabases } from '../../scripts/lib/legacyDatabases.ts';
import { startFederation, type FederationOptions, type RunningFederation } from '../../scripts/lib/federation.ts';
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
  /**
   * Settings of every province subgraph (e.g. `{ rules: { quality } }` for the HTXS cap in REFUSE mode); the
   * seed follows the same rules. Unset: the spec's values, as an entry with no variables set.
   */
  province?: FederationOptions['province'];
  /** Settings of the central subgraph (e.g. `{ reportDeadlineDays }`). */
  central?: FederationOptions['central'];
  /** The gateway's and every subgraph's logger. Default: silent. */
  logger?: FederationOptions['logger'];
  /**
   * Provinces served by Hà Nội's legacy system (subgraphs/legacy-hanoi) instead of ours, as LEGACY_PROVINCES
   * does for `npm start`: its database is loaded from the province's seeded one. Default none.
   */
  legacyProvinces?: readonly string[];
}

/**
 * Who a test request is made as (README "Access"): `query` signs a token for it. `commune` is a 5-digit commune
 * code, `cell` and `member` are ids; SYSTEM is a province's own software (transfer carrier, report push).
 */
export type { Principal };

/** Issuer and audience of the harness's tokens (what its gateway and subgraphs expect). */
export const TEST_ISSUER = 'urn:party-federation:test';
export const TEST_AUDIENCE = 'urn:party-federation:test-api';

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
  /** POSTs a request with exactly these headers (no token unless given): for attack tests. */
  raw(body: unknown, headers?: Record<string, string>, url?: string): Promise<{ status: number; body: GraphQLBody }>;
  /** Signs a token with the federation's key (options: expired, wrong audience …). */
  mint(as: Principal, options?: MintOptions): Promise<string>;
  /** A short-lived SYSTEM token for province `code`'s own software (transfer carrier, report push). */
  serviceToken(code: string, service?: string): Promise<string>;
  signer: TokenSigner;
  /** What the gateway and subgraphs verify with (JWKS, issuer, audience). */
  auth: TokenVerifierOptions;
  stop(): Promise<void>;
}

export interface GraphQLBody {
  data?: any;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, any> }[];
}

export const TEST_AS_OF = '2026-11-15';

// Apollo's usage telemetry off for every gateway the tests build: @apollo/gateway reads it from the environment
// only, and createGateway writes no environment (see its JSDoc), so the test harness, like an entry, sets it.
process.env.APOLLO_TELEMETRY_DISABLED = '1';

export async function startTestFederation(options: TestFederationOptions): Promise<TestFederation> {
  const list = options.provinces ?? allProvinces;
  const names = ['central', ...list.map((p) => p.code)].map((c) => `${options.prefix}_${c}`);
  const legacyNames = (options.legacyProvinces ?? []).map((c) => `${options.prefix}_legacy_${c}`);
  const urls = new Map(await Promise.all([...names, ...legacyNames].map(async (n) => [n, await createTestDatabase(n)] as const)));
  const national = await prepareDatabases({
    urlFor: (code) => urls.get(`${options.prefix}_${code}`)!,
    provinces: list,
    seed: { scale: options.scale ?? 0.0005, seed: 7, asOf: options.asOf ?? TEST_AS_OF, rules: options.province?.rules },
  });
  const databases = options.legacyProvinces?.length
    ? await addLegacyDatabases(national, options.legacyProvinces, (code) => urls.get(`${options.prefix}_legacy_${code}`)!).catch(async (error: unknown) => {
        await national.close();
        throw error;
      })
    : national;
  const key = await generateSigningKey('test-key-1');
  const auth: TokenVerifierOptions = { jwks: { set: jwksOf(key) }, issuer: TEST_ISSUER, audience: TEST_AUDIENCE };
  const signer = createTokenSigner({ key: key.privateJwk, issuer: TEST_ISSUER, audience: TEST_AUDIENCE });
  const proxies = new Map<string, FaultProxy>();
  for (const name of ['central', ...list.map((p) => provinceSubgraphName(p.code))]) {
    proxies.set(name, await startFaultProxy());
  }
  const federation = await startFederation({
    databases,
    logger: options.logger ?? createLogger('silent'),
    ports: 'ephemeral',
    subgraphTimeoutMs: options.subgraphTimeoutMs,
    production: options.production,
    onQuery: options.onQuery,
    province: options.province,
    central: options.central,
    verifier: createTokenVerifier(auth),
    verifierOptions: auth,
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
  const raw = async (body: unknown, headers: Record<string, string> = {}, url = federation.gateway.url) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as GraphQLBody };
  };
  const bearer = async (as: Principal) => ({ authorization: `Bearer ${await signer.mint(as)}` });
  await raw(
    { query: '{ provinces { code report(period: "2026-10") { memberCount } } }' },
    await bearer({ role: 'CENTRAL_ANALYST' }),
  );
  return {
    federation,
    databases,
    proxies,
    signer,
    auth,
    raw,
    mint: (as, mintOptions) => signer.mint(as, mintOptions),
    serviceToken: (code, service) => mintServiceToken(signer, code, service),
    async query(query, variables, as = { role: 'PROVINCE_OFFICER', province: list[0]!.code }) {
      return raw({ query, variables }, await bearer(as));
    },
    async stop() {
      await federation.stop();
      await Promise.all([...proxies.values()].map((p) => p.close()));
      await databases.close();
      await Promise.all([...names, ...legacyNames].map(dropTestDatabase));
    },
  };
}
