// The gateway's own check of writes (domain spec §4: "enforce at the subgraph and again at the gateway"): a
// write reaches province NN only through `mutation { provinceNN { … } }`, so a token that cannot write there is
// refused before the planner or any subgraph sees the operation. The province subgraph checks the same, and
// much more (roles, scopes, records): this is the coarse outer wall, not the rules.
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../context.ts';
import { ErrorCode } from '../../../schema/errorCodes.ts';

const PROVINCE_ROOT = /^province(\d\d)$/;

export function useWriteScope(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const principal = contextValue.auth?.principal;
          for (const field of rootFieldNames(operation.selectionSet, document)) {
            const code = PROVINCE_ROOT.exec(field)?.[1];
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

/**
 * The root fields the operation executes: fields of its selection set, and of the inline fragments and named
 * fragments spread into it (`mutation { ... on Mutation { province79 { … } } }` writes to 79 as surely as the field
 * written out does). @skip/@include are not evaluated: a field that might run is checked.
 */
function rootFieldNames(selectionSet: SelectionSetNode, document: DocumentNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Set<string>();
  const visited = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!visited.has(s.name.value)) {
        visited.add(s.name.value); // validation already refused cycles; this only saves walking a fragment twice
        const fragment = fragments.get(s.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(selectionSet);
  return names;
}
