// The access rules that hold for every area of the standard at once, applied to the built schema rather than
// left to each resolver (README "Access"):
// - ProvinceNN fields: CENTRAL_ANALYST and SYSTEM reach only the fields the areas list for them (each area's
//   `access` in its index.ts: aggregates, configuration, the data they exchange); a new area's field is closed
//   to them until its area lists it;
// - Member fields: served only for a member the actor may see (canSeeMember), whichever area's resolver returned
//   the row; every member served is noted for the read audit (readAudit.ts);
// - counts: every Int an analyst reaches is a rounded count, or the field fails (countGuard.ts).
import { defaultFieldResolver, GraphQLObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { provinceTypeName } from '../../../../schema/provinces.ts';
import { canSeeMember, forbidden, isAggregateOnly, memberScope } from './access.ts';
import type { ProvinceContext } from '../context.ts';
import type { Area, AreaFieldAccess } from './area.ts';
import type { MemberRow } from './rows.ts';
import { guardCounts } from './countGuard.ts';
import { noteFieldRead, noteMemberRead } from './readAudit.ts';

/** The field lists of the rules above, gathered from the areas (fieldAccessOf). */
export interface FieldAccess {
  /** ProvinceNN fields an analyst reads: figures, configuration, salted hashes and transfer metadata; no record. */
  analyst: ReadonlySet<string>;
  /** ProvinceNN fields a province's SYSTEM identity reads (carrier, report push): its outbox and exchange state. */
  system: ReadonlySet<string>;
  /**
   * ProvinceNN fields whose lists span the whole province, reserved to province-wide roles whatever the area's
   * resolver checks (the analyst list still applies to analysts): a transfer names its member.
   */
  provinceWide: ReadonlySet<string>;
  /**
   * Direct identifiers outside the Member type, by type: served only to the province's own officers (the reader
   * entitled to every record of the province); the Member type's own are guarded below and in member.ts.
   */
  identifying: Readonly<Record<string, readonly string[]>>;
  /** "Type.field" of the whole numbers an analyst reads that are not counts (AreaFieldAccess.notCounts). */
  notCounts: ReadonlySet<string>;
}

/** Each area's `access` lists, joined in AREAS order. */
export function fieldAccessOf(areas: readonly Pick<Area, 'access'>[]): FieldAccess {
  const identifying: Record<string, string[]> = {};
  for (const area of areas) {
    for (const [type, fields] of Object.entries(area.access?.identifying ?? {})) (identifying[type] ??= []).push(...fields);
  }
  const all = (list: keyof Omit<AreaFieldAccess, 'identifying'>) => new Set(areas.flatMap((a) => a.access?.[list] ?? []));
  return { analyst: all('analyst'), system: all('system'), provinceWide: all('provinceWide'), identifying, notCounts: all('notCounts') };
}

const PROVINCE_WIDE_ROLES: ReadonlySet<string> = new Set(['CENTRAL_ANALYST', 'PROVINCE_OFFICER', 'SYSTEM']);

type Resolver = GraphQLFieldResolver<unknown, ProvinceContext>;

function wrapFields(type: GraphQLObjectType, wrap: (fieldName: string, resolve: Resolver) => Resolver): void {
  for (const field of Object.values(type.getFields())) {
    field.resolve = wrap(field.name, (field.resolve ?? defaultFieldResolver) as Resolver);
  }
}

/** Applies the rules above to province `code`'s schema, in place; returns it. */
export function guardSchema(schema: GraphQLSchema, code: string, access: FieldAccess): GraphQLSchema {
  const { analyst: ANALYST_FIELDS, system: SYSTEM_FIELDS, provinceWide: PROVINCE_WIDE_FIELDS, identifying: IDENTIFYING_FIELDS } = access;
  const province = schema.getType(provinceTypeName(code));
  if (province instanceof GraphQLObjectType) {
    // every count an analyst reaches is checked to be rounded (countGuard.ts), before the field rules below
    guardCounts(province, ANALYST_FIELDS, access.notCounts);
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
