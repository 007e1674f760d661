// The standard the kit checks against, for one province: the published SDL with NN replaced by the province's
// code (schema/standard/province.graphql), its rules that are not SDL (standard.json), and the areas of the
// standard (the Province fields each schema/sdl/province/fields/NN-<area>.graphql declares).
import { readdirSync, readFileSync } from 'node:fs';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';

const standardFile = (name: string) => new URL(`../standard/${name}`, import.meta.url);
const FIELDS_DIR = new URL('../sdl/province/fields/', import.meta.url);

export interface StandardRules {
  version: string;
  requiredAreas: string[];
  latencyBudgetMs: { report: number; membersPage: number; entities: number };
}

export interface Area {
  /** The area's name: its file's name without the order prefix and extension ("foundation", "fees"). */
  name: string;
  /** The Province fields it declares, in the file's order. */
  fields: string[];
}

export const loadStandardRules = (): StandardRules => JSON.parse(readFileSync(standardFile('standard.json'), 'utf8')) as StandardRules;

/** The standard's SDL for province `code`: `ProvinceNN` → `Province01`, `provinceNN` → `province01`. */
export function standardSdlFor(code: string): string {
  return readFileSync(standardFile('province.graphql'), 'utf8').replace(/\b(Province|province)NN\b/g, `$1${code}`).replace(/\bNN\b/g, code);
}

/**
 * A schema from a subgraph SDL (the standard's or a province's `_service.sdl`) without validating it as a whole:
 * federation directives (@key, @shareable, @link) are used without being defined there, which graphql-js
 * accepts only with assumeValidSDL. Throws a GraphQLError when the SDL does not parse.
 */
export const schemaOfSdl = (sdl: string): GraphQLSchema => buildASTSchema(parse(sdl), { assumeValidSDL: true });

/** The areas of the standard, in file order (foundation first). */
export function loadAreas(): Area[] {
  return readdirSync(FIELDS_DIR)
    .filter((f) => /^\d+-.+\.graphql$/.test(f))
    .sort()
    .map((file) => {
      // A fields file is the inside of a type: parse it as one to read its field names (descriptions, comments).
      const doc = parse(`type Fields {\n${readFileSync(new URL(file, FIELDS_DIR), 'utf8')}\n}`);
      const def = doc.definitions[0];
      const fields = def?.kind === 'ObjectTypeDefinition' ? (def.fields ?? []).map((f) => f.name.value) : [];
      return { name: file.replace(/^\d+-/, '').replace(/\.graphql$/, ''), fields };
    });
}
