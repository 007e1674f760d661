// A mutation's Idempotency-Key (README "Idempotent writes"): checked here, before the query planner or any
// subgraph sees the operation, and handed to the data sources, which forward it to every subgraph the mutation
// touches (datasources/SubgraphDataSource.ts). Each province records the key itself under the token's subject
// (subgraphs/shared/idempotency.ts): the gateway keeps no state, so a retry may come through any gateway replica.
// A query's key is ignored: a query writes nothing and may be retried as it is.
//
// One operation may write to the same province in two fetches: `province01 {…} province79 {…} province01 {…}` is
// planned as three fetches in sequence (consecutive fields of one province are merged into one fetch). The second
// fetch to a province is another request under the same key there, which the province would refuse as
// IDEMPOTENCY_KEY_REUSED; so each fetch after the first to a subgraph gets a key of its own derived from the
// client's (keyForMutationFetch). The plan of an operation is the same every time, so a retry derives the same keys.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { IDEMPOTENCY_HEADER, parseIdempotencyKey } from '../../../schema/idempotency.ts';
import type { GatewayContext } from '../context.ts';
import { ErrorCode } from '../errors.ts';

export function useIdempotencyKey(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const header = request.http?.headers.get(IDEMPOTENCY_HEADER);
      if (header === undefined) return;
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const parsed = parseIdempotencyKey(header);
          if (!parsed.ok) {
            throw new GraphQLError(`Idempotency-Key header ${parsed.problem}; nothing was run`, {
              extensions: { code: ErrorCode.BAD_IDEMPOTENCY_KEY, http: { status: 400 } },
            });
          }
          contextValue.idempotencyKey = parsed.key;
        },
      };
    },
  };
}

/**
 * The key to send with one mutation fetch to `subgraph`, or undefined when the client sent none. The first fetch
 * to a subgraph carries the client's key as it is; the n-th (n ≥ 2) `<sha256 of the key>:<n>`, 255 characters at
 * most whatever the client's key.
 */
export function keyForMutationFetch(context: GatewayContext, subgraph: string): string | undefined {
  const key = context.idempotencyKey;
  if (key === undefined) return undefined;
  const fetches = (context.idempotencyFetches ??= new Map());
  const n = (fetches.get(subgraph) ?? 0) + 1;
  fetches.set(subgraph, n);
  return n === 1 ? key : `${createHash('sha256').update(key, 'utf8').digest('hex')}:${n}`;
}
