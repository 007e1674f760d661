import { readFileSync } from 'node:fs';

export type ProvinceKind = 'CITY' | 'PROVINCE';

export interface ProvinceInfo {
  /** 2-digit code from QĐ 19/2025/QĐ-TTg, e.g. "01" for Hà Nội. */
  code: string;
  /** Vietnamese name, e.g. "Thành phố Hà Nội". */
  name: string;
  /** ASCII name, e.g. "HaNoi". */
  asciiName: string;
  kind: ProvinceKind;
  /** Rough real membership; sizes the demo seed only. */
  approxMembers: number;
}

const file = new URL('./provinces.json', import.meta.url);

/** The 34 province-level units, in code order: the one list every part of the project reads. */
export const provinces: readonly ProvinceInfo[] = Object.freeze(
  (JSON.parse(readFileSync(file, 'utf8')) as { provinces: ProvinceInfo[] }).provinces,
);

const byCode = new Map(provinces.map((p) => [p.code, p]));

export function findProvince(code: string): ProvinceInfo | undefined {
  return byCode.get(code);
}

/** Name of the province's entity type and of its subgraph in the supergraph, e.g. Province79 / province79. */
export const provinceTypeName = (code: string): string => `Province${code}`;
export const provinceSubgraphName = (code: string): string => `province${code}`;
export const CENTRAL_SUBGRAPH = 'central';
