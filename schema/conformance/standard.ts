// The standard the kit checks against, for one province, as schema/standard publishes it: the SDL with NN replaced
// by the province's code, its rules that are not SDL (standard.json), and its areas (areas.json).
import { readFileSync } from 'node:fs';
import type { StandardAreas } from '../standard/areas.ts';
import { readStandard, schemaOfSdl, sdlForProvince, STANDARD_FILES, type Standard } from '../standard/standard.ts';

export { schemaOfSdl };
export type StandardRules = Standard;

export interface Area {
  /** The area's name: its file's name without the order prefix and extension ("foundation", "fees"). */
  name: string;
  /** The Province fields it declares, in the file's order. */
  fields: string[];
}

export const loadStandardRules = (): StandardRules => readStandard();

/** The standard's SDL for province `code`: `ProvinceNN` → `Province01`, `provinceNN` → `province01`. */
export const standardSdlFor = (code: string): string => sdlForProvince(readFileSync(STANDARD_FILES.sdl, 'utf8'), code);

/** The areas that declare Province fields, in file order (foundation first). */
export function loadAreas(): Area[] {
  const { areas } = JSON.parse(readFileSync(STANDARD_FILES.areas, 'utf8')) as StandardAreas;
  return areas.filter((a) => a.provinceFields.length > 0).map((a) => ({ name: a.name, fields: a.provinceFields }));
}
