// How the gateway calls one subgraph: Apollo's RemoteGraphQLDataSource with Node's own fetch, a deadline per
// request, and every error tagged with the province it came from.
//
// How @apollo/gateway 2.14 surfaces what this class produces (read in dist/executeQueryPlan.js):
// - errors in a subgraph's response go through downstreamServiceError(), which keeps their extensions (adding
//   serviceName and, when there is no code, DOWNSTREAM_SERVICE_ERROR): tagging them here is enough;
// - whatever process() throws is caught per Fetch node and pushed into the response's errors AS IS, with no path
//   or serviceName: so we throw a GraphQLError that already carries code and province. The fields that fetch
//   should have filled stay unset and come out null (they are nullable by the national standard), while the
//   other fetches of the plan run on.
import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { pino, type Logger } from 'pino';
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


type ProcessOptions = GraphQLDataSourceProcessOptions<GatewayContext>;
type Response = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type Fetcher = RemoteGraphQLDataSource['fetcher'];

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
}

/** HTTP statuses a proxy in front of a subgraph answers when the subgraph behind it is down. */
const PROXY_DOWN_STATUSES = new Set([502, 503, 504]);

export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly who: SubgraphIdentity;
  readonly timeoutMs: number;
  private readonly log: Logger;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url });
    this.who = identifySubgraph(options.name);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS;
    this.log = options.logger ?? pino({ level: 'silent' });
    // Node's fetch (undici) instead of make-fetch-happen: 37-47% less gateway CPU per national query (DESIGN.md),
    // and its global pool keeps connections alive per origin. The signal bounds the body too, not only headers.
    this.fetcher = ((url, init) =>
      // The base class only ever sends a string body; the cast is for its declared Buffer.
      fetch(url, { ...(init as RequestInit), signal: AbortSignal.timeout(this.timeoutMs) })) as Fetcher;
  }

  override willSendRequest(options: ProcessOptions): void {
    // One id across the gateway's and every subgraph's logs for the same client request.
    if (isIncomingOperation(options) && options.context?.requestId) {
      options.request.http?.headers.set('x-request-id', options.context.requestId);
    }
    // The client's own token, unchanged: each subgraph verifies it itself and trusts nothing else (README "Access").
    if (isIncomingOperation(options) && options.context?.auth) {
      options.request.http?.headers.set('authorization', `Bearer ${options.context.auth.token}`);
    }
  }

  override async process(options: ProcessOptions): Promise<Response> {
    const started = performance.now();
    let response: Response;
    try {
      response = await super.process(options);
    } catch (error) {
      const failure = this.toRequestError(error);
      const log = (isIncomingOperation(options) && options.context?.log) || this.log;
      log.warn(
        { ...subgraphTags(this.who), code: failure.extensions.code, url: this.url, ms: Math.round(performance.now() - started), err: error },
        failure.message,
      );
      throw failure;
    }
    if (!response.errors?.length) return response;
    return { ...response, errors: response.errors.map((e) => this.tag(e)) };
  }

  /** A non-2xx answer. GraphQL errors in its body (a subgraph's 400 for a query it rejects) pass through tagged. */
  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    let body: unknown;
    try {
      body = await this.parseBody(response);
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error; // a deadline while reading stays a timeout
    }
    const first = firstGraphQLError(body);
    if (first) {
      const code = typeof first.extensions?.code === 'string' ? first.extensions.code : ErrorCode.SUBGRAPH_BAD_RESPONSE;
      return new SubgraphRequestError(code, first.message, this.who);
    }
    const reason = `HTTP ${response.status}`;
    return PROXY_DOWN_STATUSES.has(response.status)
      ? subgraphUnavailableError(this.who, reason)
      : subgraphBadResponseError(this.who, reason);
  }

  private toRequestError(error: unknown): SubgraphRequestError {
    if (error instanceof SubgraphRequestError) return error;
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

function firstGraphQLError(body: unknown): GraphQLFormattedError | undefined {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return undefined;
  const first: unknown = body.errors[0];
  return typeof first === 'object' && first !== null && typeof (first as { message?: unknown }).message === 'string'
    ? (first as GraphQLFormattedError)
    : undefined;
}
