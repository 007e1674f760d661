// `_entities` asked for a type this subgraph does not serve (another province's `Province79` at province 01's
// subgraph, a typo): @apollo/subgraph throws a plain Error, which reaches the client as INTERNAL_SERVER_ERROR.
// It is the caller's mistake, so it is answered as one: BAD_USER_INPUT naming the representation and the types
// this subgraph does serve, before any representation is resolved.
import { isUnionType, type GraphQLInterfaceType, type GraphQLSchema } from 'graphql';
import { badInput } from './errors.ts';

/** Wraps `Query._entities` of a subgraph schema in place; returns the schema. */
export function refuseUnknownEntityTypes(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  if (!field?.resolve) return schema;
  const resolve = field.resolve;
  // The entity types (buildSubgraphSchema's _Entity union) and the entity interfaces they implement (the Centre's
  // `interface Province @key`; a province's copy of the interface has no key).
  const union = schema.getType('_Entity');
  const entities = isUnionType(union) ? union.getTypes() : [];
  const keyed = (i: GraphQLInterfaceType) => i.astNode?.directives?.some((d) => d.name.value === 'key') ?? false;
  const served = [...new Set(entities.flatMap((t) => [t.name, ...t.getInterfaces().filter(keyed).map((i) => i.name)]))].sort();
  field.resolve = (source, args: { representations?: unknown[] }, context, info) => {
    (args.representations ?? []).forEach((representation, i) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      if (typeof typename !== 'string' || !served.includes(typename)) {
        throw badInput(
          `representations[${i}].__typename`,
          `this subgraph serves ${served.join(', ')}; got ${JSON.stringify(typename ?? null).slice(0, 80)}`,
        );
      }
    });
    return resolve(source, args, context, info);
  };
  return schema;
}
