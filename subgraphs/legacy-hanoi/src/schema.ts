// The subgraph schema: the whole published standard (buildSubgraphSchema, so _service and _entities work), the
// foundation's resolvers, and three rules applied to the built schema rather than left to each resolver:
// - every field of an area this system does not keep answers null with AREA_NOT_KEPT, naming the area and the
//   field (from the standard's area map: a new area of the standard is covered without a line here);
// - on the province type, analysts and SYSTEM reach only `code` and `report` (aggregates);
// - every Member field is served only for a member the reader may see, and noted for the read audit;
// and `_entities` refuses a type this subgraph does not serve (another province's) as the caller's mistake.
import { buildSubgraphSchema } from '@apollo/subgraph';
import { defaultFieldResolver, GraphQLObjectType, isUnionType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { canSeeMember, isAggregateOnly } from './access.ts';
import type { LegacyContext } from './context.ts';
import type { MemberRow } from './db.ts';
import { areaNotKept, badInput, forbidden } from './errors.ts';
import { foundationResolvers } from './resolvers.ts';
import { DateScalar, DateTimeScalar } from './scalars.ts';
import type { Standard } from './standard.ts';

/** The areas of the standard this system keeps (the standard requires foundation: standard.json). */
export const KEPT_AREAS = ['foundation'] as const;

/** Province fields an aggregate-only reader (CENTRAL_ANALYST) or a province's SYSTEM identity may read here. */
const AGGREGATE_FIELDS = new Set(['code', 'report']);

type Resolver = GraphQLFieldResolver<unknown, LegacyContext>;

export function buildLegacySchema(code: string, standard: Standard): GraphQLSchema {
  const missing = standard.requiredAreas.filter((a) => !(KEPT_AREAS as readonly string[]).includes(a));
  if (missing.length) throw new Error(`the standard ${standard.version} requires areas this system does not keep: ${missing.join(', ')}`);
  const schema = buildSubgraphSchema([
    { typeDefs: standard.typeDefs, resolvers: { ...foundationResolvers(code), Date: DateScalar, DateTime: DateTimeScalar } as never },
  ]);
  const provinceType = `Province${code}`;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('_')) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      const area = standard.areaOf(type.name, field.name);
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      if (area !== undefined && !(KEPT_AREAS as readonly string[]).includes(area)) {
        field.resolve = () => {
          throw areaNotKept(code, area, name, KEPT_AREAS);
        };
      } else if (type.name === provinceType) {
        field.resolve = (parent, args, ctx, info) => {
          const role = ctx.principal.role;
          if ((isAggregateOnly(ctx) || role === 'SYSTEM') && !AGGREGATE_FIELDS.has(field.name)) {
            throw forbidden(`${field.name} is not an aggregate; ${role} reads ${[...AGGREGATE_FIELDS].join(', ')} of province ${code}`);
          }
          ctx.reads.fields.add(field.name);
          return resolve(parent, args, ctx, info);
        };
      } else if (type.name === 'Member') {
        field.resolve = async (parent, args, ctx, info) => {
          const row = parent as MemberRow;
          if (!(await canSeeMember(ctx, row))) throw forbidden(`member ${row.id} is outside your scope (${ctx.principal.role})`);
          ctx.reads.members.add(row.id);
          return resolve(parent, args, ctx, info);
        };
      }
    }
  }
  refuseUnknownEntityTypes(schema);
  return schema;
}

/** `_entities` for a type not served here (another province's ProvinceNN): BAD_USER_INPUT, before resolving any. */
function refuseUnknownEntityTypes(schema: GraphQLSchema): void {
  const field = schema.getQueryType()?.getFields()._entities;
  const union = schema.getType('_Entity');
  if (!field?.resolve || !isUnionType(union)) return;
  const served = union.getTypes().map((t) => t.name).sort();
  const resolve = field.resolve;
  field.resolve = (source, args: { representations?: unknown[] }, ctx, info) => {
    (args.representations ?? []).forEach((representation, i) => {
      const typename = (representation as { __typename?: unknown } | null)?.__typename;
      if (typeof typename !== 'string' || !served.includes(typename)) {
        throw badInput(`representations[${i}].__typename`, `this subgraph serves ${served.join(', ')}; got ${JSON.stringify(typename ?? null).slice(0, 80)}`);
      }
    });
    return resolve(source, args, ctx, info);
  };
}
