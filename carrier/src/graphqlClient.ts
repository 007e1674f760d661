// A small GraphQL-over-HTTP client for server-to-server calls: Node's fetch, a timeout on every request, headers
// from a function called per request (a service token that is renewed before it expires), and an Idempotency-Key
// per write when the caller gives one (README "Idempotent writes").
import { formatIdempotencyKey, IDEMPOTENCY_HEADER, REPLAYED_HEADER } from '../../schema/idempotency.ts';

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

export interface RequestOptions {
  /**
   * Sent as the Idempotency-Key of a mutation: the peer runs the write once per key and answers a retry with the
   * first result. Derive it from what the write is (a transfer id and step), never from the attempt. Only for
   * writes that are idempotent at the peer by themselves too: a recorded error is asked again without the key.
   */
  idempotencyKey?: string;
}

export type GraphQLClient = <T>(query: string, variables?: Record<string, unknown>, request?: RequestOptions) => Promise<T>;

export function createGraphQLClient(options: GraphQLClientOptions): GraphQLClient {
  const timeoutMs = options.timeoutMs ?? 5000;
  const post = async (query: string, variables: Record<string, unknown> | undefined, key: string | undefined): Promise<Response> => {
    try {
      return await fetch(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(await options.headers?.()),
          ...(key === undefined ? {} : { [IDEMPOTENCY_HEADER]: formatIdempotencyKey(key) }),
        },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new PeerRequestError(options.peer, `unreachable (${(error as Error).message})`);
    }
  };
  type Body<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  const read = async <T>(res: Response): Promise<Body<T>> => {
    try {
      return (await res.json()) as Body<T>;
    } catch {
      throw new PeerRequestError(options.peer, `HTTP ${res.status} without a JSON body`);
    }
  };
  return async <T>(query: string, variables?: Record<string, unknown>, request: RequestOptions = {}): Promise<T> => {
    let res = await post(query, variables, request.idempotencyKey);
    let body = await read<T>(res);
    // A recorded answer that is an error would be answered again to every retry for as long as the peer keeps the
    // key (a day). The carrier's writes are idempotent by transfer id at the peer as well, so it asks once more
    // without the key: the peer decides again instead of repeating its first failure.
    if (body.errors?.length && res.headers.get(REPLAYED_HEADER) === 'true') {
      res = await post(query, variables, undefined);
      body = await read<T>(res);
    }
    if (body.errors?.length) {
      throw new PeerRequestError(options.peer, body.errors.map((e) => e.message).join('; '), body.errors[0].extensions?.code);
    }
    if (!res.ok || body.data == null) throw new PeerRequestError(options.peer, `HTTP ${res.status} without data`);
    return body.data;
  };
}
