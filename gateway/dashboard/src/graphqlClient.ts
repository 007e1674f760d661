// POST /graphql with the reader's token: the only way the page reads anything. The operations are the typed
// documents graphql-codegen's client preset made from ../operations/*.graphql (../generated/), so a result is
// typed by the selection that asked for it.
import type { TypedDocumentString } from '../generated/graphql.ts';

export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; province?: string; [key: string]: unknown };
}

export interface GraphQLResponse<TResult> {
  data: TResult | null;
  errors: GraphQLErrorEntry[];
}

/** A request that got no GraphQL answer at all (401, a network failure): the page says so instead of figures. */
export class RequestFailedError extends Error {
  constructor(message: string, readonly status: number) {
    super(message);
    this.name = 'RequestFailedError';
  }
}

export async function execute<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  token: string,
): Promise<GraphQLResponse<TResult>> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  let body: { data?: TResult | null; errors?: GraphQLErrorEntry[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new RequestFailedError(`HTTP ${response.status}`, response.status);
  }
  if (body.data === undefined) {
    throw new RequestFailedError(body.errors?.map((e) => e.message).join('; ') || `HTTP ${response.status}`, response.status);
  }
  return { data: body.data ?? null, errors: body.errors ?? [] };
}
