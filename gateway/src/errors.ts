// The one registry of the codes the gateway itself puts in `extensions.code`, and the error class that carries
// them. Errors that a subgraph sends in its response keep the subgraph's own code (BAD_USER_INPUT, ...) and only
// gain the province tag; the codes below are for failures of the request to the subgraph itself.
import { GraphQLError } from 'graphql';
import { subgraphTags, type SubgraphIdentity } from './subgraphIdentity.ts';

export const GatewayErrorCode = {
  /** The subgraph did not answer within the gateway's subgraph timeout (SUBGRAPH_TIMEOUT_MS). */
  SUBGRAPH_TIMEOUT: 'SUBGRAPH_TIMEOUT',
  /** The subgraph could not be reached (connection refused or reset, unknown host), or a proxy in front of it
   * answered 502, 503 or 504. */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
  /** The subgraph answered, but not with a GraphQL response the gateway can use (an HTTP error without GraphQL
   * errors, a body that is not JSON). */
  SUBGRAPH_BAD_RESPONSE: 'SUBGRAPH_BAD_RESPONSE',
  /** The HTTP request is not GraphQL over HTTP at all (a body that is not JSON). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** No valid token: missing, malformed, forged, expired, or for another issuer or audience (README "Access"). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** The gateway is still loading its supergraph; retry shortly. */
  GATEWAY_NOT_READY: 'GATEWAY_NOT_READY',
  /** A failure in the gateway itself; the details are in its log, never in the response. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type GatewayErrorCode = (typeof GatewayErrorCode)[keyof typeof GatewayErrorCode];

type SubgraphFailureCode =
  | typeof GatewayErrorCode.SUBGRAPH_TIMEOUT
  | typeof GatewayErrorCode.SUBGRAPH_UNAVAILABLE
  | typeof GatewayErrorCode.SUBGRAPH_BAD_RESPONSE;

/**
 * A request to one subgraph failed. It is a GraphQLError so that @apollo/gateway, which pushes whatever a data
 * source throws into the response's `errors` as is (executeQueryPlan.js, case 'Fetch'), keeps our extensions.
 */
export class SubgraphRequestError extends GraphQLError {
  override name = 'SubgraphRequestError';
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
    GatewayErrorCode.SUBGRAPH_TIMEOUT,
    `${who.label} did not answer within ${timeoutMs} ms`,
    who,
    cause,
  );
}

/** `reason` is short and safe to show (an errno code or an HTTP status), never an internal address. */
export function subgraphUnavailableError(who: SubgraphIdentity, reason: string, cause?: unknown): SubgraphRequestError {
  return new SubgraphRequestError(
    GatewayErrorCode.SUBGRAPH_UNAVAILABLE,
    `${who.label} is unavailable (${reason})`,
    who,
    cause,
  );
}

export function subgraphBadResponseError(who: SubgraphIdentity, reason: string, cause?: unknown): SubgraphRequestError {
  return new SubgraphRequestError(
    GatewayErrorCode.SUBGRAPH_BAD_RESPONSE,
    `${who.label} sent a response the gateway cannot use (${reason})`,
    who,
    cause,
  );
}
