// The one registry of error codes a client can see in `extensions.code`.
import { GraphQLError } from 'graphql';

export const ErrorCode = {
  /** The request is wrong: a field or argument value a person can fix. */
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  /** Something failed on our side; the message says what, without internals. */
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** No valid token: missing, malformed, forged, expired, or for another issuer or audience (README "Access"). */
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  /** A valid token whose role or scope does not allow this operation or these records. */
  FORBIDDEN: 'FORBIDDEN',
  /** The caller's deadline (x-deadline-ms, schema/deadline.ts) passed before the answer was ready: the request's
   * SQL was cancelled on the database server rather than left running for nobody. Retrying later may succeed. */
  DEADLINE_EXCEEDED: 'DEADLINE_EXCEEDED',
  /** The caller disconnected before the answer was ready, and the request's SQL was cancelled. Nobody reads this
   * code over the wire; it names the failure in the subgraph's own logs. */
  REQUEST_CANCELLED: 'REQUEST_CANCELLED',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A user error naming the argument or field at fault, e.g. badInput('period', 'must be YYYY-MM, got "2026-13"'). */
export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}
