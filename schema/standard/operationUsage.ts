// Which of the repository's client operations (examples/, the dashboard's) use a schema coordinate of the
// standard: a change breaking for clients names the operations it breaks. The operations are written against the
// supergraph (the Province interface, Province79 …), the standard against ProvinceNN: both read as ProvinceNN.
import { readdirSync, readFileSync } from 'node:fs';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, parse, TypeInfo, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';

const FOLDERS = ['../../examples/', '../../gateway/dashboard/operations/'].map((f) => new URL(f, import.meta.url));
const SUPERGRAPH = new URL('../supergraph.graphql', import.meta.url);

/** Province79, Province (the interface) and ProvinceNN are one type of the standard. */
const standardType = (name: string) => (/^Province(\d\d)?$/.test(name) ? 'ProvinceNN' : name);

let cached: Map<string, Set<string>> | undefined;

/** For each repository operation ("examples/foundation.graphql NationalReport"), the coordinates it uses. */
export function repositoryOperations(schema: GraphQLSchema = Supergraph.build(readFileSync(SUPERGRAPH, 'utf8')).apiSchema().toGraphQLJSSchema()): Map<string, Set<string>> {
  const uses = new Map<string, Set<string>>();
  for (const dir of FOLDERS) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort()) {
      const doc = parse(readFileSync(new URL(file, dir), 'utf8'));
      for (const op of doc.definitions) {
        if (op.kind !== Kind.OPERATION_DEFINITION) continue;
        const used = new Set<string>();
        const typeInfo = new TypeInfo(schema);
        visit(op, visitWithTypeInfo(typeInfo, {
          Field(node) {
            const parent = typeInfo.getParentType();
            if (!parent) return;
            const field = `${standardType(parent.name)}.${node.name.value}`;
            used.add(field);
            for (const arg of node.arguments ?? []) used.add(`${field}.${arg.name.value}`);
          },
        }));
        uses.set(`${dir.pathname.replace(/^.*\/(examples|gateway\/dashboard\/operations)\//, '$1/')}${file} ${op.name?.value ?? '(anonymous)'}`, used);
      }
    }
  }
  return uses;
}

/** The repository's operations that use `path` (a field, or an argument: `ProvinceNN.meetings.month`). */
export function operationsUsing(path: string): string[] {
  cached ??= repositoryOperations();
  // a type's change (removed, changed kind) concerns every operation that uses one of its fields
  return [...cached].filter(([, used]) => used.has(path) || [...used].some((u) => u.startsWith(`${path}.`))).map(([name]) => name);
}
