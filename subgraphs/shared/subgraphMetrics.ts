// Each subgraph's own Prometheus registry, served at its /metrics: `npm start` runs the 35 subgraphs in one
// process, and one registry per subgraph (each with the default label subgraph="province79") keeps every
// subgraph's figures its own. Nothing here counts or measures members: requests, errors by code, SQL time and
// the pool's connections (README "Metrics" lists every series).
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { errorCodeLabel } from '../../observability/errorCodeLabel.ts';
import type { Pool } from './db.ts';

/** Seconds. SQL statements here take from ~0.1 ms (an index lookup) to the caller's deadline (5 s by default). */
const SQL_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** Seconds, from an `_entities` lookup (~2 ms) to a whole report. */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export interface SubgraphMetrics {
  registry: Registry;
  /** Records one SQL statement's time (seconds) and whether it failed. */
  observeSql(seconds: number, failed: boolean): void;
  /** Counts requests, their time and their errors by code. */
  plugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext>;
}

export function createSubgraphMetrics(subgraph: string, pool?: Pool): SubgraphMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ subgraph });
  const sql = new Histogram({
    name: 'subgraph_sql_duration_seconds',
    help: 'Time of each SQL statement, from sending it to its result, by outcome (ok or error).',
    labelNames: ['outcome'],
    buckets: SQL_BUCKETS,
    registers: [registry],
  });
  const requests = new Histogram({
    name: 'subgraph_graphql_request_duration_seconds',
    help: 'Time of each GraphQL request, from its start to its answer, by operation type.',
    labelNames: ['operation'],
    buckets: REQUEST_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'subgraph_graphql_errors_total',
    help: 'Errors in GraphQL answers, by extensions.code (a code outside the registry as OTHER, none as NONE).',
    labelNames: ['code'],
    registers: [registry],
  });
  if (pool) {
    // Read from the pool when scraped: nothing to keep up to date between scrapes.
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({ name, help, registers: [registry], collect() { this.set(read()); } });
    gauge('subgraph_db_pool_connections', 'Connections the database pool holds, idle or in use.', () => pool.totalCount);
    gauge('subgraph_db_pool_idle_connections', 'Connections of the pool not in use.', () => pool.idleCount);
    gauge('subgraph_db_pool_waiting_requests', 'Requests for a connection waiting because all are in use.', () => pool.waitingCount);
  }
  return {
    registry,
    observeSql: (seconds, failed) => sql.observe({ outcome: failed ? 'error' : 'ok' }, seconds),
    plugin: () => ({
      async requestDidStart() {
        const end = requests.startTimer();
        return {
          async willSendResponse({ response, operation }) {
            end({ operation: operation?.operation ?? 'unknown' });
            if (response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) errors.inc({ code: errorCodeLabel(error.extensions?.code) });
          },
        };
      },
    }),
  };
}
