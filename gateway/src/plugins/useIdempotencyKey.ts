// A mutation's Idempotency-Key (README "Idempotent writes"): checked here, before the query planner or any
// subgraph sees the operation, and handed to the data sources, which forward it to every subgraph the mutation
// touches (datasources/SubgraphDataSource.ts). Each province records the key itself under the token's subject
// (subgraphs/shared/idempotency.ts): the gateway keeps no state, so a retry may come through any gateway replica.
// A query's key is ignored: a query writes nothing and may be retried as it is.
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
