// An area's share of the record that travels with a transferred member (docs/transfers.md): the exchange area
// exports every registered part inside the issuing transaction and imports it inside the receiving one. An area
// registers its parts in its Area object (`recordParts`), so a new area's records travel without the exchange
// area knowing its tables.
import type { ProvinceRules } from '../config.ts';
import type { Sql } from './sql.ts';

export interface RecordPartContext {
  /** This province's code: the source when exporting, the destination when importing. */
  provinceCode: string;
  /** The province the record comes from (importing only). */
  fromProvince?: string;
  rules: ProvinceRules;
}

export interface RecordPart {
  /** Keys its data in the record; never renamed (a record in flight carries it). */
  name: string;
  export(tx: Sql, memberId: string, ctx: RecordPartContext): Promise<unknown>;
  /** Idempotent: a member who comes back keeps the rows this province already holds. */
  import(tx: Sql, memberId: string, data: unknown, ctx: RecordPartContext): Promise<void>;
}
