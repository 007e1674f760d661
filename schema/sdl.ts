// Builds each subgraph's SDL from the templates in ./sdl and the list in provinces.json. Federation routes by
// type, so every province gets its own entity type; the templates keep the 34 of them identical.
import { readFileSync } from 'node:fs';
import { findProvince, provinces, provinceTypeName } from './provinces.ts';

const read = (name: string): string => readFileSync(new URL(`./sdl/${name}`, import.meta.url), 'utf8');

/** The Centre's subgraph: the Province interface and one registry type per province. */
export function centralSdl(): string {
  const typeTemplate = read('central-province-type.graphql');
  const types = provinces
    .map((p) => typeTemplate.replaceAll('#CODE', p.code).replaceAll('#NAME', p.name))
    .join('\n');
  return read('central.graphql').replace('#PROVINCE_TYPES', types);
}

/** One province's subgraph: its ProvinceNN type with the national fields, plus the shared value types. */
export function provinceSdl(code: string): string {
  if (!findProvince(code)) throw new Error(`Unknown province code "${code}" (see schema/provinces.json)`);
  const fields = read('province-fields.graphql');
  return (
    read('province.graphql').replaceAll('#PROVINCE_FIELDS', fields.trimEnd()).replaceAll('#CODE', code) +
    '\n' +
    read('national-types.graphql')
  );
}

export { provinceTypeName };
