// A document whose operation cannot be picked (an `operationName` it does not have, or several operations and no
// name) is the client's mistake. Apollo Server leaves it to the executor, and the gateway's query planner throws
// on it, which Apollo answers with HTTP 500 and INVALID_GRAPHQL; GraphiQL sends exactly that when its operation
// picker is behind the editor. Refused here with 400 and Apollo's own code for it, before any plan is built.
import { ApolloServerErrorCode } from '@apollo/server/errors';
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { GatewayContext } from '../context.ts';

export function useOperationResolution(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request }) {
          if (operation) return;
          const count = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION).length;
          // graphql-js's own wording for each case (getOperationAST's caller in execute)
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : count === 0
              ? 'Must provide an operation.'
              : 'Must provide operation name if query contains multiple operations.';
          throw new GraphQLError(message, {
            extensions: { code: ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE, http: { status: 400 } },
          });
        },
      };
    },
  };
}
