// A small GraphQL-over-HTTP client for server-to-server calls: Node's fetch, a timeout on every request, and
// headers from a function called per request (a service token that is renewed before it expires).
export type HeadersFunction = () => Record<string, string> | Promise<Record<string, string>>;

/** A request that did not give data: the peer is down or slow, answered an HTTP error, or a GraphQL error. */
export class PeerRequestError extends Error {
  override name = 'PeerRequestError';
  constructor(
    readonly peer: string,
    message: string,
    /** extensions.code of the first GraphQL error, when the peer answered one. */
    readonly code?: string,
  ) {
    super(`${peer}: ${message}`);
  }
}

export interface GraphQLClientOptions {
  /** Name used in errors and logs, e.g. "province79". */
  peer: string;
  url: string;
  headers?: HeadersFunction;
  /** Abort a request after this long. Default 5000 ms, the gateway's SUBGRAPH_TIMEOUT_MS default. */
  timeoutMs?: number;
}

export type GraphQLClient = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  return async <T>(query: string, variables?: Record<string, unknown>): Promise<T> => {
    let res: Response;
    try {
      res = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await options.headers?.()) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new PeerRequestError(options.peer, `unreachable (${(error as Error).message})`);
    }
    let body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new PeerRequestError(options.peer, `HTTP ${res.status} without a JSON body`);
    }
    if (body.errors?.length) {
      throw new PeerRequestError(options.peer, body.errors.map((e) => e.message).join('; '), body.errors[0].extensions?.code);
    }
    if (!res.ok || body.data == null) throw new PeerRequestError(options.peer, `HTTP ${res.status} without data`);
    return body.data;
  };
}
