// What went wrong with a request to a subgraph, read from the error that Node's fetch or undici's request() throws
// (SubgraphDataSource tells its own deadline apart before it asks this). Measured on
// Node 20: a deadline from AbortSignal.timeout rejects with a DOMException named "TimeoutError", both before the
// headers and while the body streams; a refused, reset or dropped connection and an unknown host reject with
// TypeError("fetch failed" or "terminated") whose `cause` carries an errno or undici code.

export type FetchFailure =
  | { kind: 'timeout' }
  | { kind: 'unavailable'; reason: string }
  | { kind: 'other'; reason: string };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** First `code` along the cause chain (AggregateError from happy-eyeballs keeps it in `errors`). */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (!isObject(error) || depth > 4) return undefined;
  if (typeof error.code === 'string') return error.code;
  if (Array.isArray(error.errors)) {
    for (const inner of error.errors) {
      const code = networkCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return networkCode(error.cause, depth + 1);
}

function isTimeout(error: unknown, depth = 0): boolean {
  if (!isObject(error) || depth > 4) return false;
  return error.name === 'TimeoutError' || isTimeout(error.cause, depth + 1);
}

/** ECONNREFUSED, ENOTFOUND, ...; not Node's own ERR_* codes, which are bugs rather than an absent subgraph. */
const ERRNO = /^E[A-Z]+$/;

export function classifyFetchFailure(error: unknown): FetchFailure {
  if (isTimeout(error)) return { kind: 'timeout' };
  const code = networkCode(error);
  if (error instanceof TypeError && (error.message === 'fetch failed' || error.message === 'terminated')) {
    // The reason is shown to clients: an errno code, never the message (it names internal addresses).
    return { kind: 'unavailable', reason: code ?? 'connection failed' };
  }
  if (code !== undefined && (ERRNO.test(code) || code.startsWith('UND_ERR_'))) return { kind: 'unavailable', reason: code };
  // A JSON parse error quotes the body: say what it is, not what it says.
  if (error instanceof SyntaxError) return { kind: 'other', reason: 'body is not valid JSON' };
  // RemoteGraphQLDataSource's words for a 2xx answer that is not JSON; its message goes on to quote the body.
  if (error instanceof Error && error.message.startsWith('Expected JSON response body')) {
    return { kind: 'other', reason: 'body is not JSON' };
  }
  return { kind: 'other', reason: error instanceof Error ? error.message : String(error) };
}
