// PostgreSQL text cannot hold the NUL character (U+0000): a string with one would fail inside SQL as an internal
// error. Refused up front instead, for every string argument of every operation, as the caller's mistake.
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError, visit, type DocumentNode } from 'graphql';
import { ErrorCode } from './errors.ts';

/** The path of the first string holding NUL in a JSON-like value, or undefined. */
function nulPath(value: unknown, path: string): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = nulPath(value[i], `${path}[${i}]`);
      if (found) return found;
    }
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      const found = nulPath(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return undefined;
}

function hasNulLiteral(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\u0000')) found = true;
    },
  });
  return found;
}

export function refuseNulPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const where = nulPath(request.variables ?? {}, '') ?? (hasNulLiteral(document) ? 'a string argument' : undefined);
          if (where) {
            throw new GraphQLError(`${where}: text may not contain the NUL character (U+0000)`, {
              extensions: { code: ErrorCode.BAD_USER_INPUT, field: where, http: { status: 400 } },
            });
          }
        },
      };
    },
  };
}
