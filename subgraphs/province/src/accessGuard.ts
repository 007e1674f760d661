// The access rules that hold for every area of the standard at once, applied to the built schema rather than
// left to each resolver (README "Access"):
// - ProvinceNN fields: CENTRAL_ANALYST and SYSTEM reach only the fields listed for them below (aggregates,
//   configuration, the data they exchange); a new area's field is closed to them until someone lists it here;
// - Member fields: served only for a member the actor may see (canSeeMember), whichever area's resolver returned
//   the row; every member served is noted for the read audit (readAudit.ts).
import { defaultFieldResolver, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { provinceTypeName } from '../../../schema/provinces.ts';
import { canSeeMember, forbidden, isAggregateOnly, memberScope } from './access.ts';
import type { ProvinceContext } from './context.ts';
import type { MemberRow } from './db/rows.ts';
import { noteFieldRead, noteMemberRead } from './readAudit.ts';

/** ProvinceNN fields an analyst reads: figures, configuration, salted hashes and transfer metadata; no record. */
export const ANALYST_FIELDS: ReadonlySet<string> = new Set([
  'code', 'report', 'feeRates', 'qualityReport', 'submittedReport', 'reportRevisions', 'citizenIdHashes', 'transfers',
]);

/** ProvinceNN fields a province's SYSTEM identity reads (carrier, report push): its outbox and exchange state. */
export const SYSTEM_FIELDS: ReadonlySet<string> = new Set([
  'code', 'report', 'carrierOutbox', 'transfer', 'transfers', 'submittedReport', 'reportRevisions', 'citizenIdHashes',
]);

/**
 * ProvinceNN fields whose lists span the whole province, reserved to province-wide roles whatever the area's
 * resolver checks (ANALYST_FIELDS still applies to analysts): a transfer names its member.
 */
export const PROVINCE_WIDE_FIELDS: ReadonlySet<string> = new Set(['transfers', 'transfer']);
const PROVINCE_WIDE_ROLES: ReadonlySet<string> = new Set(['CENTRAL_ANALYST', 'PROVINCE_OFFICER', 'SYSTEM']);

/**
 * Direct identifiers outside the Member type, by type: served only to the province's own officers (the reader
 * entitled to every record of the province); the Member type's own are guarded below and in member.ts.
 */
export const IDENTIFYING_FIELDS: Readonly<Record<string, readonly string[]>> = { Transfer: ['fullName'] };

type Resolver = GraphQLFieldResolver<unknown, ProvinceContext>;

function wrapFields(type: GraphQLObjectType, wrap: (fieldName: string, resolve: Resolver) => Resolver): void {
  for (const field of Object.values(type.getFields())) {
    field.resolve = wrap(field.name, (field.resolve ?? defaultFieldResolver) as Resolver);
  }
}

/** Applies the rules above to province `code`'s schema, in place; returns it. */
export function guardSchema(schema: GraphQLSchema, code: string): GraphQLSchema {
  const province = schema.getType(provinceTypeName(code));
  if (province instanceof GraphQLObjectType) {
    wrapFields(province, (fieldName, resolve) => (parent, args, ctx, info) => {
      const role = ctx.actor.principal?.role;
      if (isAggregateOnly(ctx) && !ANALYST_FIELDS.has(fieldName)) {
        throw forbidden(`${fieldName} is not an aggregate; CENTRAL_ANALYST reads ${[...ANALYST_FIELDS].join(', ')}`);
      }
      if (PROVINCE_WIDE_FIELDS.has(fieldName) && !PROVINCE_WIDE_ROLES.has(role ?? '')) {
        throw forbidden(`${fieldName} lists the whole province: it is for ${[...PROVINCE_WIDE_ROLES].join(', ')}; your token is ${ctx.actor.role}`);
      }
      if (role === 'SYSTEM' && !SYSTEM_FIELDS.has(fieldName)) {
        throw forbidden(`${fieldName} is not for a service identity (SYSTEM); it reads ${[...SYSTEM_FIELDS].join(', ')}`);
      }
      noteFieldRead(ctx, fieldName);
      return resolve(parent, args, ctx, info);
    });
  }
  const member = schema.getType('Member');
  if (member instanceof GraphQLObjectType) {
    wrapFields(member, (_fieldName, resolve) => async (parent, args, ctx, info) => {
      const row = parent as MemberRow;
      if (!(await canSeeMember(ctx, row))) {
        throw forbidden(`member ${row.id} is outside your scope (${ctx.actor.role})`);
      }
      noteMemberRead(ctx, row.id);
      return resolve(parent, args, ctx, info);
    });
  }
  for (const [typeName, fieldNames] of Object.entries(IDENTIFYING_FIELDS)) {
    const type = schema.getType(typeName);
    if (!(type instanceof GraphQLObjectType)) continue;
    wrapFields(type, (fieldName, resolve) =>
      fieldNames.includes(fieldName)
        ? (parent, args, ctx, info) => {
            if (memberScope(ctx)?.kind !== 'province') {
              throw forbidden(`${typeName}.${fieldName} identifies a person: it is for PROVINCE_OFFICER of province ${ctx.province.code}`);
            }
            return resolve(parent, args, ctx, info);
          }
        : resolve,
    );
  }
  return schema;
}
