// How the kit talks to the province subgraph: GraphQL over HTTP POST with the given token, timed. Every answer
// is kept whole (status, errors, data), because a check is about what the province said, not only its data.

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export interface Answer {
  /** HTTP status; 0 when no answer came (refused, reset, timed out). */
  status: number;
  data?: Record<string, any> | null;
  errors?: GraphQLError[];
  /** Why there is no GraphQL answer (network error, a body that is not JSON). */
  failure?: string;
  ms: number;
}

export interface Client {
  /** `token`: the officer's by default; `null` sends no Authorization header; a string sends that token. */
  query(query: string, variables?: Record<string, unknown>, token?: string | null): Promise<Answer>;
}

export function createClient(url: string, officerToken: string | undefined, timeoutMs: number): Client {
  return {
    async query(query, variables, token = officerToken) {
      const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
      if (token != null) headers.authorization = `Bearer ${token}`;
      const started = performance.now();
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        const ms = Math.round(performance.now() - started);
        try {
          const body = JSON.parse(text) as { data?: Record<string, any> | null; errors?: GraphQLError[] };
          return { status: res.status, data: body.data, errors: body.errors, ms };
        } catch {
          return { status: res.status, failure: `the body is not JSON: ${JSON.stringify(text.slice(0, 120))}`, ms };
        }
      } catch (error) {
        const ms = Math.round(performance.now() - started);
        // fetch says "fetch failed"; why is in its cause (ECONNREFUSED, ENOTFOUND, a certificate, "bad port")
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const why = cause?.code ?? cause?.message ?? (error as Error).name;
        return { status: 0, failure: `no answer (${why}: ${(error as Error).message})`, ms };
      }
    },
  };
}

/** The codes of an answer's errors, in order ("none" when it has none). */
export const codesOf = (answer: Answer): string =>
  answer.errors?.length ? answer.errors.map((e) => e.extensions?.code ?? '(no code)').join(', ') : 'none';

/** One line about an answer that was not what a check wanted: status, failure or error codes and first message. */
export function describeAnswer(answer: Answer): string {
  if (answer.failure) return `HTTP ${answer.status || '-'}, ${answer.failure}`;
  const first = answer.errors?.[0];
  const errors = first ? `errors [${codesOf(answer)}]: "${first.message.slice(0, 160)}"` : 'no errors';
  return `HTTP ${answer.status}, ${errors}`;
}
