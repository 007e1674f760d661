// The carrier's configuration: the only reader of its environment (README, "Transfers and period reports").
import { ConfigError, LOG_LEVELS, readEnum, readInt, readString, readUrl, type LogLevel } from '../../config/env.ts';
import { CENTRAL_SUBGRAPH, findProvince, provinces, provinceSubgraphName } from '../../schema/provinces.ts';
import { DEFAULT_GATEWAY_PORT, localSubgraphUrl } from '../../schema/ports.ts';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER } from '../../auth/config.ts';
import type { CarrierStep } from './Carrier.ts';

export interface CarrierConfig {
  provinces: string[];
  provinceUrl: (code: string) => string;
  centralUrl: string;
  gatewayUrl: string;
  intervalMs: number;
  timeoutMs: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** 0 = never. */
  nationalCheckIntervalMs: number;
  /** Mint SYSTEM tokens with this private JWK (npm start: .data/auth/signing-key.json). */
  signingKeyFile: string | undefined;
  issuer: string;
  audience: string;
  /** Fixed tokens by province code, and "check" for the national check (CARRIER_TOKENS). */
  fixedTokens: Map<string, string>;
  pauseAfter: CarrierStep | undefined;
  logLevel: LogLevel;
}

/** "01=http://…,79=http://…,central=http://…": explicit routes (tests, where every peer is on a free port). */
function parseRoutes(raw: string | undefined): Map<string, string> {
  const routes = new Map<string, string>();
  for (const part of (raw ?? '').split(',').filter(Boolean)) {
    const [name, url] = part.split('=', 2).map((s) => s.trim());
    if (!url || (name !== CENTRAL_SUBGRAPH && !findProvince(name))) {
      throw new ConfigError(`CARRIER_ROUTES must be code=url pairs separated by commas (code: a province or "central"); got "${part}"`);
    }
    routes.set(name, url);
  }
  return routes;
}

/** "01=<jwt>,79=<jwt>,check=<jwt>". */
function parseTokens(raw: string | undefined): Map<string, string> {
  const tokens = new Map<string, string>();
  for (const part of (raw ?? '').split(',').filter(Boolean)) {
    const [name, token] = part.split('=', 2).map((s) => s.trim());
    if (!token || (name !== 'check' && !findProvince(name))) {
      throw new ConfigError(`CARRIER_TOKENS must be code=token pairs (code: a province or "check"); got "${name}=…"`);
    }
    tokens.set(name, token);
  }
  return tokens;
}

export function loadCarrierConfig(env: NodeJS.ProcessEnv): CarrierConfig {
  const routes = parseRoutes(readString(env, 'CARRIER_ROUTES'));
  const template = readUrl(env, 'SUBGRAPH_URL_TEMPLATE', ['http:', 'https:']);
  const codes = readString(env, 'CARRIER_PROVINCES');
  const list = codes ? codes.split(',').map((c) => c.trim()) : provinces.map((p) => p.code);
  const unknown = list.filter((c) => !findProvince(c));
  if (unknown.length) throw new ConfigError(`CARRIER_PROVINCES must list province codes; got "${codes}"`);
  const pause = readString(env, 'CARRIER_TEST_PAUSE_AFTER');
  if (pause !== undefined && pause !== 'receive' && pause !== 'acknowledge') {
    throw new ConfigError(`CARRIER_TEST_PAUSE_AFTER must be receive or acknowledge; got "${pause}"`);
  }
  const signingKeyFile = readString(env, 'CARRIER_SIGNING_KEY_FILE');
  const fixedTokens = parseTokens(readString(env, 'CARRIER_TOKENS'));
  // Without either, every delivery would be refused as UNAUTHENTICATED, forever: refuse to start instead.
  if (!signingKeyFile && fixedTokens.size === 0) {
    throw new ConfigError('CARRIER_SIGNING_KEY_FILE or CARRIER_TOKENS is required: the carrier speaks to the provinces with SYSTEM tokens (README "Secrets")');
  }
  return {
    provinces: list,
    provinceUrl: (code) =>
      routes.get(code) ?? (template ? template.replaceAll('{code}', code) : localSubgraphUrl(provinceSubgraphName(code))),
    centralUrl: routes.get(CENTRAL_SUBGRAPH) ?? readUrl(env, 'CENTRAL_URL', ['http:', 'https:']) ?? localSubgraphUrl(CENTRAL_SUBGRAPH),
    gatewayUrl: readUrl(env, 'GATEWAY_URL', ['http:', 'https:']) ?? `http://127.0.0.1:${DEFAULT_GATEWAY_PORT}/graphql`,
    intervalMs: readInt(env, 'CARRIER_INTERVAL_MS', 2000, { min: 10, max: 3_600_000 }),
    timeoutMs: readInt(env, 'CARRIER_TIMEOUT_MS', 5000, { min: 100, max: 120_000 }),
    backoffBaseMs: readInt(env, 'CARRIER_BACKOFF_BASE_MS', 500, { min: 1, max: 600_000 }),
    backoffMaxMs: readInt(env, 'CARRIER_BACKOFF_MAX_MS', 60_000, { min: 1, max: 3_600_000 }),
    nationalCheckIntervalMs: readInt(env, 'NATIONAL_CHECK_INTERVAL_MS', 3_600_000, { min: 0, max: 86_400_000 }),
    signingKeyFile,
    issuer: readString(env, 'AUTH_ISSUER', DEFAULT_ISSUER),
    audience: readString(env, 'AUTH_AUDIENCE', DEFAULT_AUDIENCE),
    fixedTokens,
    pauseAfter: pause as CarrierStep | undefined,
    logLevel: readEnum(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
  };
}
