// Builds one province's subgraph (importable by tests; does not read the environment).
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { parse } from 'graphql';
import { findProvince, provinceSubgraphName } from '../../../schema/provinces.ts';
import { provinceSdl } from '../../../schema/sdl.ts';
import type { Pool } from '../../shared/db.ts';
import { createCountRounder } from '../../shared/disclosureControl.ts';
import type { Logger } from '../../shared/logger.ts';
import { startSubgraphServer, type RunningServer } from '../../shared/subgraphServer.ts';
import { defaultProvinceSettings, type ProvinceRules } from './config.ts';
import type { ProvinceContext } from './context.ts';
import { ProvinceDb, type QueryListener } from './core/ProvinceDb.ts';
import { AREAS, createLoaders } from './areas/index.ts';
import { syncReportSummaries } from './areas/reportSummaries.ts';
import { fieldAccessOf, guardSchema } from './core/accessGuard.ts';
import { createResolvers } from './core/resolverMap.ts';
import { readAuditPlugin } from './core/readAudit.ts';
import { communeClaimCheck } from './core/communeClaim.ts';
import { createIdempotencyStore } from './core/idempotency.ts';
import type { TokenVerifier } from '../../../auth/verifier.ts';
import { refuseUnknownEntityTypes } from '../../shared/entityTypes.ts';

export interface ProvinceSubgraphOptions {
  /** 2-digit province code; the subgraph serves type ProvinceNN for it. */
  code: string;
  pool: Pool;
  logger: Logger;
  /** Sees every SQL statement (tests count them). */
  onQuery?: QueryListener;
  /** Hide stack traces. Default true. */
  production?: boolean;
  /** Verifies each request's token (README "Access"): this subgraph trusts no caller, the gateway included. */
  verifier: TokenVerifier;
  /**
   * The rules the spec leaves to configuration, each area's whole. Default: the spec's values (the admission
   * defaults, config/fee-rates.json and config/quality-rules.json as shipped), so a test overrides only the area
   * it is about. The entry passes what it read from the environment (config.ts).
   */
  rules?: Partial<ProvinceRules>;
  /** Key of the citizen-ID hash (config.ts, CITIZEN_ID_HASH_KEY). Default: the local-development key. */
  citizenIdHashKey?: string;
  /** Secret of the rounding of analysts' counts (config.ts, DISCLOSURE_CONTROL_KEY). Default: the local-development key. */
  disclosureControlKey?: string;
}

export function createProvinceSchema(code: string) {
  const schema = buildSubgraphSchema({
    typeDefs: parse(provinceSdl(code)),
    // typed per type by codegen; buildSubgraphSchema's map type has an index signature and an unknown context
    resolvers: createResolvers(code, AREAS) as GraphQLResolverMap<unknown>,
  });
  // The access rules that hold for every area at once (README "Access").
  return refuseUnknownEntityTypes(guardSchema(schema, code, fieldAccessOf(AREAS)));
}

/** Starts province `code` on `port` (0 = any free port) over its own database pool. */
export async function startProvinceSubgraph(
  options: ProvinceSubgraphOptions,
  listen: { port: number; host?: string },
): Promise<RunningServer> {
  const province = findProvince(options.code);
  if (!province) throw new Error(`Unknown province code "${options.code}"`);
  const name = provinceSubgraphName(options.code);
  const logger = options.logger.child({ subgraph: name });
  const db = new ProvinceDb(options.pool, options.onQuery);
  // once at start-up, so that a loader name two areas define stops the start, not the first request
  createLoaders(db);
  const defaults = defaultProvinceSettings();
  const rules: ProvinceRules = { ...defaults.rules, ...options.rules };
  const citizenIdHashKey = options.citizenIdHashKey ?? defaults.citizenIdHashKey;
  const roundCount = createCountRounder(options.disclosureControlKey ?? defaults.disclosureControlKey);
  const recordParts = AREAS.flatMap((area) => area.recordParts ?? []);
  // the report summaries were computed with some fee rates and probation rules: if this process's differ, rebuild
  if (await syncReportSummaries(options.pool, rules)) logger.info('report summaries rebuilt for a change of configuration');
  const checkCommuneClaim = communeClaimCheck(db, province);
  return startSubgraphServer<ProvinceContext>(
    {
      name,
      schema: createProvinceSchema(options.code),
      logger,
      production: options.production,
      pool: options.pool,
      verifier: options.verifier,
      plugins: [readAuditPlugin()],
      idempotency: createIdempotencyStore({ pool: options.pool, onQuery: options.onQuery }),
      context: async (actor) => {
        await checkCommuneClaim(actor.principal);
        return { province, db, loaders: createLoaders(db), actor, rules, citizenIdHashKey, roundCount, recordParts };
      },
    },
    listen,
  );
}
