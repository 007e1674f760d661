// The gateway's own check of writes (domain spec §4: "enforce at the subgraph and again at the gateway"): a
// write reaches province NN only through `mutation { provinceNN { … } }`, so a token that cannot write there is
// refused before the planner or any subgraph sees the operation. The province subgraph checks the same, and
// much more (roles, scopes, records): this is the coarse outer wall, not the rules.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { ErrorCode } from '../../../schema/errorCodes.ts';

const PROVINCE_ROOT = /^province(\d\d)$/;

export function useWriteScope(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const principal = contextValue.auth?.principal;
          for (const selection of operation.selectionSet.selections) {
            const code = selection.kind === Kind.FIELD ? PROVINCE_ROOT.exec(selection.name.value)?.[1] : undefined;
            if (code === undefined || !principal) continue;
            // SYSTEM writes to the other party of an exchange (a transfer's destination); its subgraph checks which.
            const allowed = principal.role !== 'CENTRAL_ANALYST' && (principal.role === 'SYSTEM' || principal.province === code);
            if (!allowed) {
              throw new GraphQLError(
                `Forbidden: your token (${principal.role}${'province' in principal ? ` of province ${principal.province}` : ''}) cannot write to province ${code}`,
                { extensions: { code: ErrorCode.FORBIDDEN, province: code, http: { status: 403 } } },
              );
            }
          }
        },
      };
    },
  };
}
