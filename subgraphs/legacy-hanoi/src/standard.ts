// The national standard as published: the SDL a province serves (schema/standard/province.graphql, NN = the
// province code) and which area of the standard each field belongs to. The published SDL carries no area
// markers, so the areas are read from the standard's sources beside it (schema/sdl/province/fields and types:
// one NN-<area>.graphql file per area), as data. Nothing of the national implementation's code is used.
import { readdirSync, readFileSync } from 'node:fs';
import { Kind, parse, visit, type DocumentNode } from 'graphql';

const SCHEMA_DIR = new URL('../../../schema/', import.meta.url);

export interface Standard {
  /** The SDL with NN replaced by the province code. */
  typeDefs: DocumentNode;
  version: string;
  requiredAreas: readonly string[];
  /** "Type.field" -> area, for every field an area of the standard declares ("Province01.auditLog" -> "access"). */
  areaOf: ReadonlyMap<string, string>;
}

export function loadStandard(code: string, schemaDir: URL = SCHEMA_DIR): Standard {
  const read = (path: string) => readFileSync(new URL(path, schemaDir), 'utf8');
  const typeDefs = withProvinceCode(parse(read('standard/province.graphql')), code);
  const meta = JSON.parse(read('standard/standard.json')) as { version: string; requiredAreas: string[] };
  const areaOf = new Map<string, string>();
  const files = (folder: string) =>
    readdirSync(new URL(`sdl/province/${folder}/`, schemaDir)).filter((f) => /^\d\d-.+\.graphql$/.test(f)).sort();
  const areaName = (file: string) => file.replace(/^\d\d-/, '').replace(/\.graphql$/, '');
  // fields/NN-<area>.graphql: the area's fields of the ProvinceNN type (a list of field definitions)
  for (const file of files('fields')) {
    const doc = parse(`type Fields {\n${read(`sdl/province/fields/${file}`)}\n}`);
    for (const name of fieldsOf(doc).flatMap(([, fields]) => fields)) areaOf.set(`Province${code}.${name}`, areaName(file));
  }
  // types/NN-<area>.graphql: the area's value types, and the fields it adds to other areas' types
  for (const file of files('types')) {
    for (const [type, fields] of fieldsOf(parse(read(`sdl/province/types/${file}`)))) {
      for (const name of fields) if (!areaOf.has(`${type}.${name}`)) areaOf.set(`${type}.${name}`, areaName(file));
    }
  }
  return { typeDefs, version: meta.version, requiredAreas: meta.requiredAreas, areaOf };
}

/**
 * The standard with `NN` replaced by the province's code where it stands for it: in names (ProvinceNN, provinceNN)
 * and as a word of a description ("province NN's records"). A description that shows the pattern itself
 * (`mutation { provinceNN { … } }`) keeps it, as every province serves that text alike.
 */
function withProvinceCode(doc: DocumentNode, code: string): DocumentNode {
  return visit(doc, {
    Name(node) {
      const value = node.value.replace(/^([Pp]rovince)NN$/, `$1${code}`);
      return value === node.value ? undefined : { ...node, value };
    },
    StringValue(node) {
      const value = node.value.replace(/\bNN\b/g, code);
      return value === node.value ? undefined : { ...node, value };
    },
  });
}

/** [type, its field names] of each object type or interface defined or extended in `doc`. */
function fieldsOf(doc: DocumentNode): [string, string[]][] {
  const out: [string, string[]][] = [];
  for (const def of doc.definitions) {
    if (
      def.kind === Kind.OBJECT_TYPE_DEFINITION || def.kind === Kind.OBJECT_TYPE_EXTENSION ||
      def.kind === Kind.INTERFACE_TYPE_DEFINITION || def.kind === Kind.INTERFACE_TYPE_EXTENSION
    ) {
      out.push([def.name.value, (def.fields ?? []).map((f) => f.name.value)]);
    }
  }
  return out;
}
