// The legacy database's own migration runner: migrations/*.sql in name order, each once, recorded in
// lh_phien_ban. Tiny on purpose: the provincial team runs this system without the national project's tooling.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

export const LEGACY_MIGRATIONS = fileURLToPath(new URL('../migrations', import.meta.url));

/** Applies the migrations not applied yet, each in its own transaction; returns their file names. */
export async function migrateLegacy(pool: pg.Pool, folder = LEGACY_MIGRATIONS): Promise<string[]> {
  const client = await pool.connect();
  try {
    // two processes starting on one database: the second waits, then finds nothing to do
    await client.query('SELECT pg_advisory_lock(8011001)');
    await client.query('CREATE TABLE IF NOT EXISTS lh_phien_ban (ten text PRIMARY KEY, ap_dung_luc timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ ten: string }>('SELECT ten FROM lh_phien_ban')).rows.map((r) => r.ten));
    const pending = readdirSync(folder).filter((f) => f.endsWith('.sql') && !done.has(f)).sort();
    for (const file of pending) {
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(`${folder}/${file}`, 'utf8'));
        await client.query('INSERT INTO lh_phien_ban (ten) VALUES ($1)', [file]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`legacy migration ${file} failed: ${(error as Error).message}`, { cause: error });
      }
    }
    return pending;
  } finally {
    await client.query('SELECT pg_advisory_unlock(8011001)').catch(() => {});
    client.release();
  }
}
