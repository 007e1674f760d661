// Row types of the Centre's database (codegen mappers point here).
export interface ProvinceRow {
  code: string;
  name: string;
  ascii_name: string;
  kind: 'CITY' | 'PROVINCE';
}
