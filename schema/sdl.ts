// Builds each subgraph's SDL from the templates in ./sdl and the list in provinces.json. Federation routes by
// type, so every province gets its own entity type; the templates keep the 34 of them identical.
import { readdirSync, readFileSync } from 'node:fs';
import { findProvince, provinces, provinceTypeName } from './provinces.ts';

const read = (name: string): string => readFileSync(new URL(`./sdl/${name}`, import.meta.url), 'utf8');

/** The .graphql files of a folder of ./sdl, concatenated in name order: one file per area of the standard. */
const readAll = (folder: string): string =>
  readdirSync(new URL(`./sdl/${folder}`, import.meta.url))
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => read(`${folder}/${f}`).trimEnd())
    .join('\n\n');

// Both kinds of subgraph append ./sdl/shared (the scalars both serve), so each of its types is written once.

/** The Centre's subgraph: the Province interface and one registry type per province. */
export function centralSdl(): string {
  const typeTemplate = read('central/province-type.graphql');
  const types = provinces
    .map((p) => typeTemplate.replaceAll('#CODE', p.code).replaceAll('#NAME', p.name))
    .join('\n');
  // Areas add the Centre's own records (submitted reports, …) as NN-<area>.graphql files beside the templates.
  const areas = readdirSync(new URL('./sdl/central', import.meta.url))
    .filter((f) => /^\d\d-.+\.graphql$/.test(f))
    .sort()
    .map((f) => read(`central/${f}`).trimEnd());
  return [read('central/central.graphql').replace('#PROVINCE_TYPES', types).trimEnd(), ...areas, readAll('shared')].join('\n\n') + '\n';
}

/** One province's subgraph: its ProvinceNN type with the national fields, plus the shared value types. */
export function provinceSdl(code: string): string {
  if (!findProvince(code)) throw new Error(`Unknown province code "${code}" (see schema/provinces.json)`);
  return provinceSdlFor(code);
}

/** The standard as published (schema/standard/province.graphql): `NN` where a province puts its own code. */
export const provinceSdlTemplate = (): string => provinceSdlFor('NN');

function provinceSdlFor(code: string): string {
  const fields = readAll('province/fields');
  return (
    read('province/province.graphql').replaceAll('#PROVINCE_FIELDS', fields).replaceAll('#CODE', code) +
    '\n\n' +
    readAll('province/types') +
    '\n\n' +
    readAll('shared') +
    '\n'
  );
}

export { provinceTypeName };
