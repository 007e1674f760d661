// Query plans of the known dashboard operations, built at start: planning the national dashboard query over 35
// subgraphs takes 30-70 ms (docs/architecture.md) and happens once per distinct query text, so without this the first
// dashboards after every restart pay it. The operations are examples/dashboard.graphql's (plus the national
// report of examples/foundation.graphql), sent as a dashboard sends them: one operation per request, as written.
import { existsSync, readFileSync } from 'node:fs';
import type { ApolloServer } from '@apollo/server';
import { Kind, parse } from 'graphql';
import type { Logger } from 'pino';
import type { GatewayContext } from './context.ts';

export interface WarmOperation {
  /** The operation's name, sent as `operationName` by most clients (GraphiQL, Apollo Client). */
  name: string;
  /** The operation's own text, exactly as written in its file: the plan cache is keyed by the query's hash. */
  query: string;
}

/** The query operations of a .graphql file, each cut out as the standalone text a client would send. */
export function operationsOfSource(source: string): WarmOperation[] {
  const doc = parse(source);
  if (doc.definitions.some((d) => d.kind === Kind.FRAGMENT_DEFINITION)) {
    throw new Error('warm-up operations must not use fragments (each is sent as its own document)');
  }
  return doc.definitions.flatMap((d) =>
    d.kind === Kind.OPERATION_DEFINITION && d.operation === 'query' && d.name && d.loc
      ? [{ name: d.name.value, query: source.slice(d.loc.start, d.loc.end) }]
      : [],
  );
}

/** The operations of these files, for the named operations only when `names` is given; a missing file has none. */
export function loadWarmOperations(files: readonly string[], names?: ReadonlySet<string>): WarmOperation[] {
  return files
    .filter((file) => existsSync(file))
    .flatMap((file) => operationsOfSource(readFileSync(file, 'utf8')).filter((o) => !names || names.has(o.name)));
}

/**
 * Plans each operation by running it with a warm-up context: the data sources answer it without calling any
 * subgraph (SubgraphDataSource), so nothing but parsing, validation and planning happens, and nothing is
 * cached but the document and the plan. Twice per operation: with and without `operationName`, which key
 * different plans. A failure is logged and skipped: warming never stops the gateway from starting.
 */
export async function warmPlans(server: ApolloServer<GatewayContext>, operations: readonly WarmOperation[], logger: Logger): Promise<void> {
  for (const op of operations) {
    const started = performance.now();
    try {
      for (const operationName of [op.name, undefined]) {
        const response = await server.executeOperation(
          { query: op.query, operationName },
          { contextValue: { requestId: 'warm-up', log: logger, warmup: true } },
        );
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        // Its data is null (no subgraph was asked); only errors before execution mean the plan was not built.
        if (errors?.some((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' || e.extensions?.code === 'GRAPHQL_PARSE_FAILED')) {
          throw new Error(errors.map((e) => e.message).join('; '));
        }
      }
      logger.debug({ operation: op.name, ms: Math.round(performance.now() - started) }, 'query plan warmed');
    } catch (error) {
      logger.warn({ operation: op.name, err: error }, 'could not warm the query plan of a dashboard operation');
    }
  }
}
