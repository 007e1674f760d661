// The Centre's SQL layer.
import type { ProvinceInfo } from '../../../../schema/provinces.ts';
import { requestBoundedSql, type BoundedSql } from '../../../shared/boundedClient.ts';
import type { Pool } from '../../../shared/db.ts';
import type { ProvinceRow } from './rows.ts';

export class CentralDb {
  /** Statements bounded by the request they run for (its deadline, its caller still there): boundedClient.ts. */
  readonly sql: BoundedSql;

  constructor(readonly pool: Pool) {
    this.sql = requestBoundedSql(pool);
  }

  async provinces(codes: readonly string[] | null): Promise<ProvinceRow[]> {
    const { rows } = codes
      ? await this.sql.query<ProvinceRow>('SELECT * FROM province WHERE code = ANY($1::text[]) ORDER BY code', [codes])
      : await this.sql.query<ProvinceRow>('SELECT * FROM province ORDER BY code');
    return rows;
  }

  /** Makes the registry equal to schema/provinces.json (insert new, update changed); idempotent. */
  async syncRegistry(list: readonly ProvinceInfo[]): Promise<void> {
    await this.pool.query(
      `INSERT INTO province (code, name, ascii_name, kind)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::province_kind[])
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, ascii_name = EXCLUDED.ascii_name, kind = EXCLUDED.kind`,
      [list.map((p) => p.code), list.map((p) => p.name), list.map((p) => p.asciiName), list.map((p) => p.kind)],
    );
  }
}
