// National catalogues of the standard (schema/catalogues/*.json): every province validates codes against the same
// lists, so a code means the same thing in all 34 systems.
import { readFileSync } from 'node:fs';

export interface CatalogueEntry {
  /** 2-digit code, e.g. "01". */
  code: string;
  /** Vietnamese name, e.g. "Kinh". */
  name: string;
}

export interface Catalogue {
  entries: readonly CatalogueEntry[];
  /** Name of a code; undefined when the code is not in the catalogue. */
  nameOf(code: string): string | undefined;
  has(code: string): boolean;
}

function loadCatalogue(file: string): Catalogue {
  const { entries } = JSON.parse(readFileSync(new URL(`./catalogues/${file}`, import.meta.url), 'utf8')) as {
    entries: CatalogueEntry[];
  };
  const byCode = new Map(entries.map((e) => [e.code, e.name]));
  return { entries, nameOf: (code) => byCode.get(code), has: (code) => byCode.has(code) };
}

/** The 54 ethnic groups of Viet Nam, codes 01 (Kinh) to 54 (Rơ-măm). */
export const ethnicities = loadCatalogue('ethnicities.json');
/** Religions recognised by the State; a member without religion has no code (null). */
export const religions = loadCatalogue('religions.json');
