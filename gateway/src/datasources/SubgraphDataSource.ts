// How the gateway calls one subgraph: GraphQL over HTTP on undici's request() through a keep-alive pool per
// origin, a deadline per request that bounds headers and body and travels to the subgraph in a header, and every
// error tagged with the province it came from.
//
// Why not RemoteGraphQLDataSource with a fetch: the gateway is CPU-bound on national queries (35 fetches each),
// and most of its CPU went into the fetch layer: WHATWG Request/Headers/Response objects and web streams for
// every body (profiles in BENCHMARKS.md, "Gateway CPU per national query"). request() hands back a plain status,
// a header object and a Node stream.
//
// How @apollo/gateway 2.14 surfaces what this class produces (read in dist/executeQueryPlan.js):
// - errors in a subgraph's response go through downstreamServiceError(), which keeps their extensions (adding
//   serviceName and, when there is no code, DOWNSTREAM_SERVICE_ERROR): tagging them here is enough;
// - whatever process() throws is caught per Fetch node and pushed into the response's errors AS IS, with no path
//   or serviceName: so we throw a GraphQLError that already carries code and province. The fields that fetch
//   should have filled stay unset and come out null (they are nullable by the national standard), while the
//   other fetches of the plan run on.
// - executeQueryPlan merges the entities of `data` into its result by reference and mutates them, so every
//   caller gets its own parsed object (never one shared between two requests).
import { EventEmitter } from 'node:events';
import { context as traceContext, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLFormattedError } from 'graphql';
import { pino, type Logger } from 'pino';
import type { Pool } from 'undici';
import { DEADLINE_HEADER } from '../../../schema/deadline.ts';
import { formatIdempotencyKey, IDEMPOTENCY_HEADER } from '../../../schema/idempotency.ts';
import type { GatewayContext } from '../context.ts';
import {
  ErrorCode,
  SubgraphRequestError,
  subgraphBadResponseError,
  subgraphTimeoutError,
  subgraphUnavailableError,
} from '../errors.ts';
import { identifySubgraph, subgraphTags, type SubgraphIdentity } from '../subgraphIdentity.ts';
import { DEFAULT_SUBGRAPH_TIMEOUT_MS } from '../defaults.ts';
import { classifyFetchFailure } from './classifyFetchFailure.ts';
import { createSubgraphPools, type SubgraphPools } from './subgraphPools.ts';
import { InflightRequests } from './InflightRequests.ts';
import { keyForMutationFetch } from '../plugins/useIdempotencyKey.ts';
import { REQUEST_ID_HEADER } from '../../../schema/requestId.ts';
import type { GatewayMetrics } from '../metrics/createGatewayMetrics.ts';

type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type Response = Awaited<ReturnType<GraphQLDataSource<GatewayContext>['process']>>;

export interface SubgraphDataSourceOptions {
  /** Subgraph name in the supergraph ("central", "province79"): decides the error tags and messages. */
  name: string;
  /** Where the subgraph answers GraphQL over HTTP. */
  url: string;
  /**
   * Milliseconds one request to this subgraph may take, headers and body together. Default 5000: @apollo/gateway
   * has no timeout of its own, so a hung province would hold every national query as long as it hangs.
   */
  timeoutMs?: number;
  /** For failures outside a client request (which log to the request's own child logger). Default: silent. */
  logger?: Logger;
  /**
   * Connection pools shared with the other data sources (one per origin); createGateway passes its own and closes
   * them on stop. Default: a pool of this data source's own, which lives as long as the process.
   */
  pools?: SubgraphPools;
  /**
   * Merge identical requests of client queries in flight at the same time (same body, same token, same gateway
   * headers) into one exchange (InflightRequests.ts). Default true. Never for mutations, never across tokens.
   */
  dedupe?: boolean;
  /** Where each request's time and failures are counted, by subgraph (metrics/createGatewayMetrics.ts). Default: nowhere. */
  metrics?: GatewayMetrics;
}

/** What came back over HTTP, before it is read as GraphQL. */
export interface SubgraphExchange {
  status: number;
  contentType: string;
  body: string;
}

const tracer = trace.getTracer('party-federation/gateway');

/** A fetch that is a mutation: the query planner writes its operations as `mutation …` (or `mutation Name…`). */
const MUTATION = /^\s*mutation\b/;

/** HTTP statuses a proxy in front of a subgraph answers when the subgraph behind it is down. */
const PROXY_DOWN_STATUSES = new Set([502, 503, 504]);

/** The deadline fired: told apart from other aborts by identity, not by an error's name or message. */
class DeadlineReached extends Error {
  override name = 'TimeoutError';
}

/**
 * The abort signal of one exchange, as the EventEmitter that undici's request() accepts in place of an
 * AbortSignal (its documented `signal: AbortSignal | EventEmitter`): an AbortController is an EventTarget, and
 * making one and adding and removing its listener cost ~0.5 ms of CPU per national query (35 exchanges, profile
 * in BENCHMARKS.md) for a deadline that almost never fires. undici reads `aborted` and `reason` as on a signal.
 */
class DeadlineSignal extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.emit('abort');
  }
}

export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  readonly who: SubgraphIdentity;
  readonly url: string;
  readonly timeoutMs: number;
  private readonly log: Logger;
  private readonly pool: Pool;
  private readonly path: string;
  private readonly dedupe: boolean;
  private readonly metrics?: GatewayMetrics;
  /** Exchanges in flight, by what makes two requests identical (see process()). */
  readonly inflight = new InflightRequests<SubgraphExchange>();

  constructor(options: SubgraphDataSourceOptions) {
    this.who = identifySubgraph(options.name);
    this.url = options.url;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
    this.log = options.logger ?? pino({ level: 'silent' });
    const parsed = new URL(options.url);
    this.path = `${parsed.pathname}${parsed.search}`;
    this.pool = (options.pools ?? createSubgraphPools()).poolFor(parsed);
    this.dedupe = options.dedupe ?? true;
    this.metrics = options.metrics;
  }

  async process(options: ProcessOptions): Promise<Response> {
    const started = performance.now();
    const { request } = options;
    if (!request.query) throw new Error('Missing query');
    const context = isIncomingOperation(options) ? options.context : undefined;
    // Planning only (warmPlans.ts): an empty answer, so that no subgraph is asked and nothing is cached.
    if (context?.warmup) return { data: null };
    const headers: Record<string, string> = {};
    // The gateway's own headers for this fetch (apollo-federation-include-trace when it traces).
    if (request.http?.headers) for (const [name, value] of request.http.headers) headers[name] = value;
    headers['content-type'] = 'application/json';
    headers.accept = 'application/json';
    // The client's own token, unchanged: each subgraph verifies it itself and trusts nothing else (README "Access").
    if (context?.auth) headers.authorization = `Bearer ${context.auth.token}`;
    const body = JSON.stringify({ query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions });
    // Identical = same body and same headers (the request id and the deadline are added below): the token among them, so
    // that two readers are never merged, whatever their scopes. Only a client's query: a write is never merged.
    const key =
      this.dedupe && isIncomingOperation(options) && options.incomingRequestContext.operation?.operation === 'query'
        ? `${JSON.stringify(headers)}\n${body}`
        : undefined;
    // One id across the gateway's and every subgraph's logs for the same client request (a merged request carries
    // the id of the one that was sent).
    if (context?.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
    // The time the subgraph has: it bounds its SQL by it and stops working once we stop waiting (schema/deadline.ts).
    headers[DEADLINE_HEADER] = String(this.timeoutMs);
    // A mutation's key, to each subgraph it writes to: the subgraph runs the write once per (token subject, key)
    // and answers a retry from its record (README "Idempotent writes"). Only mutation fetches carry one (never
    // merged above); the query fetches of a mutation's plan read and need none.
    const idempotencyKey = context && MUTATION.test(request.query) ? keyForMutationFetch(context, this.who.name) : undefined;
    if (idempotencyKey !== undefined) headers[IDEMPOTENCY_HEADER] = formatIdempotencyKey(idempotencyKey);

    // Within @apollo/gateway's own fetch span (when tracing is on): this one names the province, and its context
    // goes to the subgraph in traceparent, so that the subgraph's spans and its SQL join the client's trace.
    const span = tracer.startSpan(`fetch ${this.who.name}`, {
      kind: SpanKind.CLIENT,
      attributes: { 'subgraph.name': this.who.name, ...(this.who.province ? { province: this.who.province } : {}), 'url.full': this.url },
    });
    propagation.inject(trace.setSpan(traceContext.active(), span), headers);

    let response: Response;
    try {
      const exchange = key === undefined ? this.exchange(body, headers) : this.inflight.run(key, () => this.exchange(body, headers)).result;
      response = this.read(await exchange);
    } catch (error) {
      const failure = this.toRequestError(error);
      const ms = performance.now() - started;
      this.metrics?.observeSubgraphFetch(this.who.name, ms / 1000, failure.extensions.code as string);
      span.setStatus({ code: SpanStatusCode.ERROR, message: failure.message });
      span.end();
      (context?.log ?? this.log).warn({ ...subgraphTags(this.who), code: failure.extensions.code, url: this.url, ms: Math.round(ms), err: error }, failure.message);
      throw failure;
    }
    this.metrics?.observeSubgraphFetch(this.who.name, (performance.now() - started) / 1000);
    span.end();
    if (!response.errors?.length) return response;
    for (const error of response.errors) this.metrics?.countSubgraphError(this.who.name, error.extensions?.code);
    return { ...response, errors: response.errors.map((e) => this.tag(e)) };
  }

  /** One POST, headers and body within the deadline. Rejects with DeadlineReached or undici's network error. */
  private async exchange(body: string, headers: Record<string, string>): Promise<SubgraphExchange> {
    const signal = new DeadlineSignal();
    // A plain timer cleared on the way out: 35 of these per national query would otherwise linger as
    // AbortSignal.timeout()'s timers until they fire.
    // The deadline is judged in the check phase (setImmediate), after the poll phase has read whatever reached the
    // socket: when the event loop was held past the deadline (a supergraph reload builds its planner in this
    // thread for seconds, a long GC), timers run first, and an answer that arrived in time would be cut off.
    const timer = setTimeout(() => setImmediate(() => signal.abort(new DeadlineReached(`no answer within ${this.timeoutMs} ms`))), this.timeoutMs);
    try {
      const response = await this.pool.request({ path: this.path, method: 'POST', headers, body, signal });
      const contentType = response.headers['content-type'];
      // undici's abort on the signal covers the body too: a subgraph that sends headers and then stalls still times out.
      return { status: response.statusCode, contentType: typeof contentType === 'string' ? contentType : '', body: await response.body.text() };
    } catch (error) {
      // Whatever undici wraps the abort in, a fired deadline is a timeout.
      throw signal.aborted ? signal.reason : error;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The exchange as a GraphQL response, or the SubgraphRequestError that says why it is not one. */
  private read(exchange: SubgraphExchange): Response {
    const { status, contentType } = exchange;
    const isJson = contentType.startsWith('application/json') || contentType.startsWith('application/graphql-response+json');
    if (status < 200 || status > 299) {
      // GraphQL errors in a non-2xx body (a subgraph's 400 for a query it rejects) pass through, tagged.
      const first = isJson ? firstGraphQLError(parseOrUndefined(exchange.body)) : undefined;
      if (first) {
        const code = typeof first.extensions?.code === 'string' ? first.extensions.code : ErrorCode.SUBGRAPH_BAD_RESPONSE;
        throw new SubgraphRequestError(code, first.message, this.who);
      }
      const reason = `HTTP ${status}`;
      throw PROXY_DOWN_STATUSES.has(status) ? subgraphUnavailableError(this.who, reason) : subgraphBadResponseError(this.who, reason);
    }
    // Never echo the body: an HTML error page may name internal hosts.
    if (!isJson) throw subgraphBadResponseError(this.who, 'body is not JSON');
    let parsed: unknown;
    try {
      parsed = JSON.parse(exchange.body);
    } catch {
      throw subgraphBadResponseError(this.who, 'body is not valid JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw subgraphBadResponseError(this.who, 'body is not a GraphQL response');
    }
    return parsed as Response;
  }

  private toRequestError(error: unknown): SubgraphRequestError {
    if (error instanceof SubgraphRequestError) return error;
    if (error instanceof DeadlineReached) return subgraphTimeoutError(this.who, this.timeoutMs, error);
    const failure = classifyFetchFailure(error);
    switch (failure.kind) {
      case 'timeout':
        return subgraphTimeoutError(this.who, this.timeoutMs, error);
      case 'unavailable':
        return subgraphUnavailableError(this.who, failure.reason, error);
      case 'other':
        return subgraphBadResponseError(this.who, failure.reason, error);
      default: {
        const unreachable: never = failure;
        throw new Error(`unhandled fetch failure ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private tag(error: GraphQLFormattedError): GraphQLFormattedError {
    // Our tags win over a subgraph's own `province`: the gateway knows which subgraph it called.
    return { ...error, extensions: { ...error.extensions, ...subgraphTags(this.who) } };
  }
}

/** A client's operation, as opposed to a health check; @apollo/gateway exports the kind enum only as a type. */
function isIncomingOperation(options: ProcessOptions): options is Extract<ProcessOptions, { incomingRequestContext: unknown }> {
  return 'incomingRequestContext' in options;
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function firstGraphQLError(body: unknown): GraphQLFormattedError | undefined {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return undefined;
  const first: unknown = body.errors[0];
  return typeof first === 'object' && first !== null && typeof (first as { message?: unknown }).message === 'string'
    ? (first as GraphQLFormattedError)
    : undefined;
}
