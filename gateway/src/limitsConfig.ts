// What the gateway exposes and how much it accepts (README "Access"), from the environment the entry passes in;
// validated at start-up like config.ts, in a module of its own so that each can be tested apart.
import { readEnum, readInt } from '../../config/env.ts';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from './plugins/useQueryLimits.ts';

export interface ExposureConfig {
  queryLimits: QueryLimits;
  /** GATEWAY_INTROSPECTION: true (default) or false. */
  introspection: boolean;
  /** GATEWAY_GRAPHIQL: true (default) or false; GraphiQL needs introspection for its docs and completion. */
  graphiql: boolean;
  /** GATEWAY_DASHBOARD: true (default) or false; the national dashboard at / and /dashboard. */
  dashboard: boolean;
}

type Env = Record<string, string | undefined>;

const readBoolean = (env: Env, name: string, fallback: boolean): boolean =>
  readEnum(env, name, fallback ? 'true' : 'false', ['true', 'false']) === 'true';

export function loadExposureConfig(env: Env): ExposureConfig {
  const d = DEFAULT_QUERY_LIMITS;
  return {
    queryLimits: {
      maxDepth: readInt(env, 'GATEWAY_MAX_DEPTH', d.maxDepth, { min: 1, max: 100 }),
      maxAliases: readInt(env, 'GATEWAY_MAX_ALIASES', d.maxAliases, { min: 0, max: 10_000 }),
      maxTokens: readInt(env, 'GATEWAY_MAX_TOKENS', d.maxTokens, { min: 100, max: 1_000_000 }),
      maxCost: readInt(env, 'GATEWAY_MAX_COST', d.maxCost, { min: 1, max: 100_000_000 }),
    },
    introspection: readBoolean(env, 'GATEWAY_INTROSPECTION', true),
    graphiql: readBoolean(env, 'GATEWAY_GRAPHIQL', true),
    dashboard: readBoolean(env, 'GATEWAY_DASHBOARD', true),
  };
}
