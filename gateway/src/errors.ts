// The error class that carries the gateway's own codes for a failed request to a subgraph. The codes come from
// the federation's one registry (schema/errorCodes.ts). Errors that a subgraph sends in its response keep the
// subgraph's own code (BAD_USER_INPUT, ...) and only gain the province tag.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../schema/errorCodes.ts';
import { subgraphTags, type SubgraphIdentity } from './subgraphIdentity.ts';

export { ErrorCode };

type SubgraphFailureCode = typeof ErrorCode.SUBGRAPH_TIMEOUT | typeof ErrorCode.SUBGRAPH_UNAVAILABLE | typeof ErrorCode.SUBGRAPH_BAD_RESPONSE;

/**
 * A request to one subgraph failed. It is a GraphQLError so that @apollo/gateway, which pushes whatever a data
 * source throws into the response's `errors` as is (executeQueryPlan.js, case 'Fetch'), keeps our extensions.
 */
export class SubgraphRequestError extends GraphQLError {
  override name = 'SubgraphRequestError';
  /** `code`: ours for a failed request, or the code the subgraph itself sent (passed through as is). */
  constructor(code: SubgraphFailureCode | string, message: string, who: SubgraphIdentity, cause?: unknown) {
    super(message, {
      // serviceName as @apollo/gateway sets it on errors from a subgraph's response, so that all subgraph errors
      // look alike to clients that group by it.
      extensions: { code, ...subgraphTags(who), serviceName: who.name },
      originalError: cause instanceof Error ? cause : undefined,
    });
  }
}

export function subgraphTimeoutError(who: SubgraphIdentity, timeoutMs: number, cause?: unknown): SubgraphRequestError {
  return new SubgraphRequestError(
    ErrorCode.SUBGRAPH_TIMEOUT,
    `${who.label} did not answer within ${timeoutMs} ms`,
    who,
    cause,
  );
}

/** `reason` is short and safe to show (an errno code or an HTTP status), never an internal address. */
export function subgraphUnavailableError(who: SubgraphIdentity, reason: string, cause?: unknown): SubgraphRequestError {
  return new SubgraphRequestError(
    ErrorCode.SUBGRAPH_UNAVAILABLE,
    `${who.label} is unavailable (${reason})`,
    who,
    cause,
  );
}

export function subgraphBadResponseError(who: SubgraphIdentity, reason: string, cause?: unknown): SubgraphRequestError {
  return new SubgraphRequestError(
    ErrorCode.SUBGRAPH_BAD_RESPONSE,
    `${who.label} sent a response the gateway cannot use (${reason})`,
    who,
    cause,
  );
}
