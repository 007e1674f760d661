// The gateway's Prometheus series, in a registry of its own (served at /metrics; README "Metrics" lists them).
// Labels are bounded: operation types, subgraph names (those of the supergraph: 35), error codes of the registry
// (others as OTHER), cache results. None is taken from a request, so no client can grow the series and no
// series says anything about a member (observability/serveMetrics.ts).
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { errorCodeLabel } from '../../../observability/errorCodeLabel.ts';

/** Seconds: a cached answer (~1 ms) to a national query that waits for a slow province (the 5 s timeout). */
const LATENCY_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type CacheResult = 'hit' | 'miss';

export interface GatewayMetrics {
  registry: Registry;
  /** One GraphQL request answered: its operation type (query, mutation, or unknown when it did not resolve). */
  observeRequest(operation: string, seconds: number): void;
  /** One error in an answer, by its code. */
  countError(code: unknown): void;
  /** One request to a subgraph, with its code when it failed (SUBGRAPH_TIMEOUT, SUBGRAPH_UNAVAILABLE …). */
  observeSubgraphFetch(subgraph: string, seconds: number, failureCode?: string): void;
  /** One error in a subgraph's answer, by the code it sent. */
  countSubgraphError(subgraph: string, code: unknown): void;
  countPlanCache(result: CacheResult): void;
  countResponseCache(result: CacheResult): void;
  /** A new supergraph file taken into service, or refused (the running one stays). */
  countSupergraphReload(outcome: 'updated' | 'refused'): void;
}

export interface GatewayMetricsOptions {
  /** Node's process metrics (CPU, memory, event-loop lag, GC) too. Default true; tests building many gateways in one process turn them off. */
  processMetrics?: boolean;
}

export function createGatewayMetrics({ processMetrics = true }: GatewayMetricsOptions = {}): GatewayMetrics {
  const registry = new Registry();
  if (processMetrics) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const requests = new Histogram({
    name: 'gateway_graphql_request_duration_seconds',
    help: 'Time of each GraphQL request from its start to its answer, by operation type; _count is the number of requests.',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const errors = new Counter({
    name: 'gateway_graphql_errors_total',
    help: "Errors in the gateway's answers, by extensions.code (a code outside the registry as OTHER).",
    labelNames: ['code'],
    registers,
  });
  const fetches = new Histogram({
    name: 'gateway_subgraph_request_duration_seconds',
    help: 'Time of each request to a subgraph (province or central), answered or not, by subgraph.',
    labelNames: ['subgraph'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const fetchErrors = new Counter({
    name: 'gateway_subgraph_errors_total',
    help: 'Failed requests to a subgraph and errors in its answers, by subgraph and code.',
    labelNames: ['subgraph', 'code'],
    registers,
  });
  const planCache = new Counter({
    name: 'gateway_query_plan_cache_total',
    help: "Lookups in @apollo/gateway's query plan cache, by result (hit, or miss: the operation was planned).",
    labelNames: ['result'],
    registers,
  });
  const responseCache = new Counter({
    name: 'gateway_response_cache_total',
    help: 'Lookups of cacheable queries in the response cache, by result (hit: served from cache).',
    labelNames: ['result'],
    registers,
  });
  const reloads = new Counter({
    name: 'gateway_supergraph_reloads_total',
    help: 'New supergraph files seen by the gateway (SUPERGRAPH_WATCH_MS), by outcome: updated (serving it) or refused (still serving the previous one).',
    labelNames: ['outcome'],
    registers,
  });
  return {
    registry,
    observeRequest: (operation, seconds) => requests.observe({ operation }, seconds),
    countError: (code) => errors.inc({ code: errorCodeLabel(code) }),
    observeSubgraphFetch: (subgraph, seconds, failureCode) => {
      fetches.observe({ subgraph }, seconds);
      if (failureCode !== undefined) fetchErrors.inc({ subgraph, code: errorCodeLabel(failureCode) });
    },
    countSubgraphError: (subgraph, code) => fetchErrors.inc({ subgraph, code: errorCodeLabel(code) }),
    countPlanCache: (result) => planCache.inc({ result }),
    countResponseCache: (result) => responseCache.inc({ result }),
    countSupergraphReload: (outcome) => reloads.inc({ outcome }),
  };
}
