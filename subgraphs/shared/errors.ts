// Errors a subgraph puts in a response. The codes come from the one registry of the federation
// (schema/errorCodes.ts); this module keeps the helpers that build the errors every subgraph raises.
import { GraphQLError } from 'graphql';
import { ErrorCode } from '../../schema/errorCodes.ts';

export { ErrorCode };

/** A user error naming the argument or field at fault, e.g. badInput('period', 'must be YYYY-MM, got "2026-13"'). */
export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, field },
  });
}

/** A valid token whose role or scope does not allow the operation: FORBIDDEN, saying what would allow it. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(`Forbidden: ${message}`, { extensions: { code: ErrorCode.FORBIDDEN } });
}

/** A user error with a code of its own (a rule refused, e.g. MERIT_CARE_ALREADY_RECORDED), naming the field at fault. */
export function refused(code: ErrorCode, field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, { extensions: { code, field } });
}
