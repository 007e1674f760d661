// Builds the Centre's subgraph (importable by tests; does not read the environment).
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import DataLoader from 'dataloader';
import { parse } from 'graphql';
import { CENTRAL_SUBGRAPH, provinces, provinceTypeName } from '../../../schema/provinces.ts';
import { centralSdl } from '../../../schema/sdl.ts';
import type { TokenVerifier } from '../../../auth/verifier.ts';
import type { Pool } from '../../shared/db.ts';
import { createCountRounder, LOCAL_DISCLOSURE_CONTROL_KEY } from '../../shared/disclosureControl.ts';
import type { Logger } from '../../shared/logger.ts';
import { startSubgraphServer, type RunningServer } from '../../shared/subgraphServer.ts';
import type { CentralContext } from './context.ts';
import { DEFAULT_REPORT_DEADLINE_DAYS } from './rules/reports.ts';
import { CentralDb } from './db/CentralDb.ts';
import { provinceInterfaceResolvers, provinceRowResolvers, queryResolvers } from './resolvers/registry.ts';
import {
  centralSubmissionResolvers, nationalCheckResolvers, nationalReportLineResolvers, nationalReportMutations, nationalReportQueries,
} from './resolvers/nationalReports.ts';
import { refuseUnknownEntityTypes } from '../../shared/entityTypes.ts';
import { submittedFiguresResolvers } from './resolvers/disclosure.ts';

export interface CentralSubgraphOptions {
  pool: Pool;
  logger: Logger;
  production?: boolean;
  /** Verifies each request's token (README "Access"): this subgraph trusts no caller, the gateway included. */
  verifier: TokenVerifier;
  /** Days after a period's end a report stays on time (config.ts, REPORT_DEADLINE_DAYS). Default 5, the project's [D]. */
  reportDeadlineDays?: number;
  /** Secret of the rounding of analysts' counts (config.ts, DISCLOSURE_CONTROL_KEY). Default: the local-development key. */
  disclosureControlKey?: string;
}

export function createCentralSchema() {
  const schema = buildSubgraphSchema({
    typeDefs: parse(centralSdl()),
    resolvers: {
      Query: { ...queryResolvers, ...nationalReportQueries },
      Mutation: nationalReportMutations,
      CentralSubmission: centralSubmissionResolvers,
      SubmittedFigures: submittedFiguresResolvers,
      NationalReportLine: nationalReportLineResolvers,
      NationalCheck: nationalCheckResolvers,
      Province: provinceInterfaceResolvers,
      ...Object.fromEntries(provinces.map((p) => [provinceTypeName(p.code), provinceRowResolvers])),
      // typed per type by codegen; buildSubgraphSchema's map type has an index signature and an unknown context
    } as GraphQLResolverMap<unknown>,
  });
  return refuseUnknownEntityTypes(schema);
}

export async function startCentralSubgraph(
  options: CentralSubgraphOptions,
  listen: { port: number; host?: string },
): Promise<RunningServer> {
  const db = new CentralDb(options.pool);
  const reportDeadlineDays = options.reportDeadlineDays ?? DEFAULT_REPORT_DEADLINE_DAYS;
  const roundCount = createCountRounder(options.disclosureControlKey ?? LOCAL_DISCLOSURE_CONTROL_KEY);
  await db.syncRegistry(provinces);
  return startSubgraphServer<CentralContext>(
    {
      name: CENTRAL_SUBGRAPH,
      schema: createCentralSchema(),
      logger: options.logger.child({ subgraph: CENTRAL_SUBGRAPH }),
      production: options.production,
      pool: options.pool,
      verifier: options.verifier,
      context: async (actor) => ({
        actor,
        db,
        reportDeadlineDays,
        roundCount,
        provinceByCode: new DataLoader(async (codes) => {
          const rows = await db.provinces(codes);
          return codes.map((c) => rows.find((r) => r.code === c) ?? null);
        }),
      }),
    },
    listen,
  );
}
