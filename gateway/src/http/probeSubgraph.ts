// Is a subgraph answering right now? The smallest GraphQL request there is, with a short deadline.
import { classifyFetchFailure } from '../datasources/classifyFetchFailure.ts';

/** "up", or "down: <short reason>" (an errno code, an HTTP status, a timeout; never an internal address). */
export type ProbeResult = 'up' | `down: ${string}`;

export async function probeSubgraph(url: string, timeoutMs: number): Promise<ProbeResult> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: '{"query":"{__typename}"}',
      signal: AbortSignal.timeout(timeoutMs),
    });
    // Subgraphs refuse requests without a token (README "Access") and the probe has none: a GraphQL answer of
    // UNAUTHENTICATED proves the subgraph is up and checking tokens, which is all a probe needs to know.
    if (response.status === 401) {
      const body = (await response.json().catch(() => undefined)) as { errors?: { extensions?: { code?: unknown } }[] } | undefined;
      return body?.errors?.[0]?.extensions?.code === 'UNAUTHENTICATED' ? 'up' : 'down: HTTP 401';
    }
    if (!response.ok) {
      await response.body?.cancel();
      return `down: HTTP ${response.status}`;
    }
    const body = (await response.json()) as { data?: { __typename?: unknown } };
    return body.data?.__typename === 'Query' ? 'up' : 'down: not a GraphQL answer';
  } catch (error) {
    const failure = classifyFetchFailure(error);
    if (failure.kind === 'timeout') return `down: no answer within ${timeoutMs} ms`;
    return `down: ${failure.reason}`;
  }
}
