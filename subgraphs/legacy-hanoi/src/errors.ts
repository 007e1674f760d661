// Errors this system answers with. The codes are the national standard's (README "Errors" of the standard's
// repository: clients branch on them); the legacy team writes them as the strings published there.
import { GraphQLError } from 'graphql';

/** A field or argument value is wrong: the message and `field` name it. */
export function badInput(field: string, problem: string): GraphQLError {
  return new GraphQLError(`${field}: ${problem}`, { extensions: { code: 'BAD_USER_INPUT', field } });
}

/** A valid token whose role or scope does not allow this; the message says what would. */
export function forbidden(message: string): GraphQLError {
  return new GraphQLError(`Forbidden: ${message}`, { extensions: { code: 'FORBIDDEN' } });
}

/** A field of an area of the standard this system does not keep (the province answers null for it). */
export function areaNotKept(province: string, area: string, field: string, kept: readonly string[]): GraphQLError {
  return new GraphQLError(
    `${field} belongs to the "${area}" area of the national standard, which province ${province}'s system does not keep ` +
      `(it keeps: ${kept.join(', ')}); ask the province for these records`,
    { extensions: { code: 'AREA_NOT_KEPT', area, field } },
  );
}

/** The HTTP 401 body of a request without a valid token. */
export const unauthenticatedBody = (reason: string) => ({
  errors: [{ message: `Not authenticated: ${reason}`, extensions: { code: 'UNAUTHENTICATED' } }],
});
