// The disclosure control's safety net (docs/disclosure-control.md): every count an aggregate-only reader reads
// is rounded by discloseCount (access.ts) in its area's resolver; this wrapper checks, for every Int field of
// every type an analyst can reach from the fields they may read, that what a rounding reader gets is a multiple
// of 5, and fails the field otherwise. A new area's count that forgot discloseCount fails its first analyst
// query (and the tests), instead of publishing an exact small count.
import { defaultFieldResolver, getNamedType, GraphQLInt, isObjectType, type GraphQLFieldResolver, type GraphQLObjectType } from 'graphql';
import { ROUNDING_BASE } from '../../../shared/disclosureControl.ts';
import type { ProvinceContext } from '../context.ts';
import { roundsCounts } from './access.ts';

type Resolver = GraphQLFieldResolver<unknown, ProvinceContext>;

/** Thrown when a count would reach a rounding reader unrounded: a bug, reported as an internal error. */
export class UnroundedCountError extends Error {
  constructor(field: string, value: unknown) {
    super(`${field} reached an aggregate-only reader without disclosure control (${JSON.stringify(value)} is not a multiple of ${ROUNDING_BASE})`);
    this.name = 'UnroundedCountError';
  }
}

const isRounded = (v: unknown): boolean =>
  v === null || v === undefined || (typeof v === 'number' ? v % ROUNDING_BASE === 0 : Array.isArray(v) && v.every(isRounded));

/** The object types reachable from `root`'s fields named in `fields`. */
function reachableTypes(root: GraphQLObjectType, fields: ReadonlySet<string>): GraphQLObjectType[] {
  const seen = new Map<string, GraphQLObjectType>();
  const visit = (type: GraphQLObjectType) => {
    if (seen.has(type.name)) return;
    seen.set(type.name, type);
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      if (isObjectType(named)) visit(named);
    }
  };
  for (const field of Object.values(root.getFields())) {
    const named = getNamedType(field.type);
    if (fields.has(field.name) && isObjectType(named)) visit(named);
  }
  return [...seen.values()];
}

/**
 * Wraps, in place, every Int field reachable from `root`'s `analystFields` except `notCounts` ("Type.field");
 * returns the wrapped fields' names (tests list them).
 */
export function guardCounts(root: GraphQLObjectType, analystFields: ReadonlySet<string>, notCounts: ReadonlySet<string>): string[] {
  const wrapped: string[] = [];
  for (const type of reachableTypes(root, analystFields)) {
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (getNamedType(field.type) !== GraphQLInt || notCounts.has(name)) continue;
      const resolve = (field.resolve ?? defaultFieldResolver) as Resolver;
      const checked = async (...call: Parameters<Resolver>) => {
        const value: unknown = await resolve(...call);
        if (!isRounded(value)) throw new UnroundedCountError(name, value);
        return value;
      };
      // other readers' answers are not touched (nor made asynchronous)
      field.resolve = (parent, args, ctx, info) => (roundsCounts(ctx) ? checked(parent, args, ctx, info) : resolve(parent, args, ctx, info));
      wrapped.push(name);
    }
  }
  return wrapped;
}
