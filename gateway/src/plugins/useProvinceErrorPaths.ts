// A province's error points at the province's own item of the answer: `["provinces", 3, "report"]`, a path that
// exists in `data`, instead of what @apollo/gateway 2.14 gives: no path at all for a fetch that failed (it pushes
// the data source's error as is), and `["provinces", "@", …]` (the plan's "every item" marker) or a wrong list
// index for an error a province sent in an `_entities` answer of a type-exploded plan (docs/architecture.md).
//
// How: the data source tags every error with `extensions.province` (SubgraphDataSource.ts). Once the answer is
// complete, the operation is walked over `data` with the schema's types; every value of a field typed `Province`
// or `ProvinceNN` is one province's item, told apart by its `__typename` or its `code`. An error whose path does
// not lead into `data` is given the path of its province's first item, followed by the field the error is about:
// the rest of its own path when it has one, else the item's first field that came back null.
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLFormattedError,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from '../context.ts';

type Path = (string | number)[];

/** A province's item in the answer: where it is, and its value. */
interface ProvinceItem {
  path: Path;
  item: Record<string, unknown>;
}

const PROVINCE_TYPE = /^Province(\d\d)$/;
const isProvinceTypeName = (name: string) => name === 'Province' || PROVINCE_TYPE.test(name);

export function useProvinceErrorPaths(): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, schema, document, operation }) {
          if (response.body.kind !== 'single' || !document || !operation) return;
          const result = response.body.singleResult;
          const data = result.data;
          if (!result.errors?.length || !data) return;
          let items: Map<string, ProvinceItem[]> | undefined;
          result.errors = result.errors.map((error) => {
            const province = error.extensions?.province;
            if (typeof province !== 'string') return error;
            items ??= findProvinceItems(schema, document, operation, data);
            return repath(error, province, items, data);
          });
        },
      };
    },
  };
}

/**
 * The error with a path into its province's first item; unchanged when its path already leads there (or into
 * `data` at a place no province's item contains, as `["province", "report"]` with no `code` asked for).
 */
function repath(error: GraphQLFormattedError, province: string, items: Map<string, ProvinceItem[]>, data: Record<string, unknown>): GraphQLFormattedError {
  const path = error.path ?? [];
  const within = [...items].flatMap(([code, list]) => list.map((item) => ({ code, item }))).find(({ item }) => startsWith(path, item.path));
  if (within?.code === province || (!within && leadsInto(data, path))) return error;
  const target = items.get(province)?.[0];
  if (!target) {
    // At least no path that leads nowhere: the part before the plan's "@" marker, when that part exists.
    const marker = path.indexOf('@');
    const prefix = marker > 0 ? path.slice(0, marker) : undefined;
    const { path: _path, ...rest } = error;
    return prefix && leadsInto(data, prefix) ? { ...error, path: prefix } : rest;
  }
  // Another province's item (the gateway's wrong list index): what follows that item's path is the field.
  const rest = within ? path.slice(within.item.path.length) : afterEntities(path);
  return { ...error, path: [...target.path, ...fieldOfError(rest, target.item)] };
}

/** An error a province sent in an `_entities` answer: its path after `_entities` and the entity's index. */
function afterEntities(path: readonly (string | number)[]): Path {
  const entities = path.indexOf('_entities');
  return entities >= 0 ? path.slice(entities + 2) : [];
}

/**
 * What under the item the error is about: `rest` when it leads into the item (or its first field does), else
 * the item's first field that is null (a fetch that failed left every field it was to fill unset).
 */
function fieldOfError(rest: Path, item: Record<string, unknown>): Path {
  if (rest.length > 0 && leadsInto(item, rest)) return rest;
  if (typeof rest[0] === 'string' && Object.hasOwn(item, rest[0])) return [rest[0]];
  const nullField = Object.keys(item).find((key) => item[key] === null);
  return nullField === undefined ? [] : [nullField];
}

const startsWith = (path: readonly (string | number)[], prefix: Path): boolean =>
  prefix.length <= path.length && prefix.every((step, i) => path[i] === step);

/** Whether following `path` from `value` reaches something (null included), never through a missing key. */
function leadsInto(value: unknown, path: readonly (string | number)[] | undefined): boolean {
  if (!path || path.length === 0) return false;
  let at: unknown = value;
  for (const step of path) {
    if (at === null || typeof at !== 'object') return false;
    if (Array.isArray(at) ? typeof step !== 'number' || step >= at.length : !Object.hasOwn(at, step)) return false;
    at = (at as Record<string | number, unknown>)[step];
  }
  return true;
}

/** Every province's items in `data`, by 2-digit code, in the order they appear. */
function findProvinceItems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  data: Record<string, unknown>,
): Map<string, ProvinceItem[]> {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
  );
  const found = new Map<string, ProvinceItem[]>();
  const visit = (set: SelectionSetNode, type: GraphQLCompositeType, value: Record<string, unknown>, path: Path): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT || selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = selection.kind === Kind.FRAGMENT_SPREAD ? fragments.get(selection.name.value) : selection;
        if (!fragment) continue;
        const condition = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
        if (condition && isCompositeType(condition)) visit(fragment.selectionSet, condition, value, path);
        continue;
      }
      if (!selection.selectionSet || !(isObjectType(type) || isInterfaceType(type))) continue;
      const field = type.getFields()[selection.name.value];
      const key = selection.alias?.value ?? selection.name.value;
      const fieldType = field && getNamedType(field.type);
      if (!fieldType || !isCompositeType(fieldType)) continue;
      const each = (child: unknown, at: Path): void => {
        if (Array.isArray(child)) child.forEach((c, i) => each(c, [...at, i]));
        else if (child !== null && typeof child === 'object') {
          const item = child as Record<string, unknown>;
          const code = isProvinceTypeName(fieldType.name) ? provinceCodeOf(item, selection.selectionSet!) : undefined;
          if (code !== undefined) found.set(code, [...(found.get(code) ?? []), { path: at, item }]);
          visit(selection.selectionSet!, fieldType, item, at);
        }
      };
      each(value[key], [...path, key]);
    }
  };
  const rootType = schema.getRootType(operation.operation);
  if (rootType) visit(operation.selectionSet, rootType, data, []);
  return found;
}

/** The item's province: from `__typename` (ProvinceNN) or from its `code`, under whatever alias they were asked. */
function provinceCodeOf(item: Record<string, unknown>, set: SelectionSetNode): string | undefined {
  for (const selection of set.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const value = item[selection.alias?.value ?? selection.name.value];
    if (typeof value !== 'string') continue;
    if (selection.name.value === '__typename') {
      const code = PROVINCE_TYPE.exec(value)?.[1];
      if (code !== undefined) return code;
    }
    if (selection.name.value === 'code') return value;
  }
  return undefined;
}
