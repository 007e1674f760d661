// The gateway's configuration: the only module of the gateway that reads process.env (through the entry, which
// passes it in). Validated once at start-up; a bad value fails with the variable's name and the value it got.
import { fileURLToPath } from 'node:url';
import { ConfigError, LOG_LEVELS, readEnum, readInt, readString, readUrl, type LogLevel } from '../../config/env.ts';
import { DEFAULT_GATEWAY_PORT } from '../../schema/ports.ts';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from './defaults.ts';
import { DEFAULT_RESPONSE_CACHE, type ResponseCacheOptions } from './plugins/useResponseCache.ts';

export { ConfigError };
export type { LogLevel };

export interface GatewayConfig {
  /** GATEWAY_PORT, default 4000; 0 picks a free port. */
  port: number;
  /** GATEWAY_HOST, default 127.0.0.1: reachable from this machine only until someone decides otherwise. */
  host: string;
  /** SUBGRAPH_TIMEOUT_MS, default 5000: how long one subgraph request may take before its fields come back null. */
  subgraphTimeoutMs: number;
  /** SUBGRAPH_URL_TEMPLATE, e.g. http://province-{code}:4000/graphql; unset = the URLs in the supergraph. */
  subgraphUrlTemplate?: string;
  /** CENTRAL_URL; unset = the supergraph's URL for "central". */
  centralUrl?: string;
  /** LOG_LEVEL, default info. */
  logLevel: LogLevel;
  /** NODE_ENV=production: no stack traces, no query plans in responses. */
  production: boolean;
  /** SUPERGRAPH_PATH, default schema/supergraph.graphql (composed by `npm run compose`). */
  supergraphPath: string;
  /**
   * SUPERGRAPH_WATCH_MS: how often the gateway reads SUPERGRAPH_PATH for a new composition (npm run
   * supergraph:update), in ms; default 5000, 0 = never (served as read at start).
   */
  supergraphWatchMs: number;
}

const HTTP = ['http:', 'https:'] as const;
const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

export function loadGatewayConfig(env: Record<string, string | undefined>): GatewayConfig {
  const subgraphUrlTemplate = readUrl(env, 'SUBGRAPH_URL_TEMPLATE', HTTP);
  // Without {code} every province would be sent to one address: almost certainly a typo, so say so.
  if (subgraphUrlTemplate !== undefined && !subgraphUrlTemplate.includes('{code}')) {
    throw new ConfigError(`SUBGRAPH_URL_TEMPLATE must contain {code} (the 2-digit province code); got "${subgraphUrlTemplate}"`);
  }
  const centralUrl = readUrl(env, 'CENTRAL_URL', HTTP);
  if (centralUrl?.includes('{code}')) {
    throw new ConfigError(`CENTRAL_URL is one address and takes no {code}; got "${centralUrl}"`);
  }
  return {
    port: readInt(env, 'GATEWAY_PORT', DEFAULT_GATEWAY_PORT, { min: 0, max: 65535 }),
    host: readString(env, 'GATEWAY_HOST', '127.0.0.1'),
    subgraphTimeoutMs: readInt(env, 'SUBGRAPH_TIMEOUT_MS', DEFAULT_SUBGRAPH_TIMEOUT_MS, { min: 1, max: 600_000 }),
    subgraphUrlTemplate,
    centralUrl,
    logLevel: readEnum(env, 'LOG_LEVEL', 'info', LOG_LEVELS),
    production: readString(env, 'NODE_ENV') === 'production',
    supergraphPath: readString(env, 'SUPERGRAPH_PATH', DEFAULT_SUPERGRAPH_PATH),
    supergraphWatchMs: readInt(env, 'SUPERGRAPH_WATCH_MS', 5000, { min: 0, max: 3_600_000 }),
  };
}

/**
 * The response cache's freshness (plugins/useResponseCache.ts): RESPONSE_CACHE_LIVE_MS (default 5000: a dashboard
 * refreshed or opened twice by one reader is computed once, and its live figures are never older than that) and
 * RESPONSE_CACHE_SUBMITTED_MS (default 300000, for answers read only from submitted reports); 0 turns either off.
 */
export function loadResponseCacheConfig(env: Record<string, string | undefined>): ResponseCacheOptions {
  return {
    liveMs: readInt(env, 'RESPONSE_CACHE_LIVE_MS', DEFAULT_RESPONSE_CACHE.liveMs, { min: 0, max: 600_000 }),
    submittedMs: readInt(env, 'RESPONSE_CACHE_SUBMITTED_MS', DEFAULT_RESPONSE_CACHE.submittedMs, { min: 0, max: 86_400_000 }),
  };
}
