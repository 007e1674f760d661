// The national standard as published (schema/standard/): the SDL a province serves (province.graphql, NN = the
// province code), its version and required areas (standard.json), and the area of each field (areas.json). Read as
// data; nothing of the national implementation's code is used.
import { readFileSync } from 'node:fs';
import { parse, visit, type DocumentNode } from 'graphql';

const STANDARD_DIR = new URL('../../../schema/standard/', import.meta.url);

export interface Standard {
  /** The SDL with NN replaced by the province code. */
  typeDefs: DocumentNode;
  version: string;
  requiredAreas: readonly string[];
  /** The area of the standard a field belongs to ("Province01", "auditLog" -> "access"); undefined for the core. */
  areaOf(type: string, field: string): string | undefined;
}

/** areas.json: per area, its ProvinceNN fields, its ProvinceMutations fields, its types, the fields it adds to others. */
interface AreaEntry {
  name: string;
  provinceFields: string[];
  mutations: string[];
  types: string[];
  extensions: Record<string, string[]>;
}

export function loadStandard(code: string, standardDir: URL = STANDARD_DIR): Standard {
  const read = (file: string) => readFileSync(new URL(file, standardDir), 'utf8');
  const typeDefs = withProvinceCode(parse(read('province.graphql')), code);
  const meta = JSON.parse(read('standard.json')) as { version: string; requiredAreas: string[] };
  const { areas } = JSON.parse(read('areas.json')) as { areas: AreaEntry[] };
  const fields = new Map<string, string>();
  const types = new Map<string, string>();
  for (const area of areas) {
    for (const f of area.provinceFields) fields.set(`Province${code}.${f}`, area.name);
    for (const f of area.mutations) fields.set(`ProvinceMutations.${f}`, area.name);
    for (const [type, added] of Object.entries(area.extensions)) for (const f of added) fields.set(`${type}.${f}`, area.name);
    for (const type of area.types) types.set(type, area.name);
  }
  return {
    typeDefs,
    version: meta.version,
    requiredAreas: meta.requiredAreas,
    // a field another area added to a type is that area's; every other field is its type's area
    areaOf: (type, field) => fields.get(`${type}.${field}`) ?? types.get(type),
  };
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
