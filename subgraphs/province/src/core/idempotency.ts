// The province's record of idempotency keys (migration 052; the protocol is subgraphs/shared/idempotency.ts):
// claimed in a statement of its own before the mutation runs, marked written inside each of the request's write
// transactions, finished (kept with the response, or removed) when the request ends.
import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Pool } from '../../../shared/db.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import type { ClaimOutcome, IdempotencyClaim, IdempotencyStore, StoredResponse } from '../../../shared/idempotency.ts';
import type { Sql } from './sql.ts';

/**
 * How long a claim that has written nothing holds its key: longer than any request may run (the largest deadline a
 * subgraph honours is 10 minutes, requestDeadline.ts), so that it lapses only when its process died holding it.
 */
const CLAIM_TTL = '15 minutes';
/** How long a written key answers its first response again: the draft leaves it to the server; a day covers any retry. */
export const IDEMPOTENCY_RETENTION = '24 hours';
/** Expired rows are deleted this many at a time, once every PURGE_EVERY finished requests: a few index reads. */
const PURGE_BATCH = 500;
const PURGE_EVERY = 50;

export interface IdempotencyStoreOptions {
  pool: Pool;
  /** Sees every statement (tests count them). */
  onQuery?: (sql: string) => void;
}

/**
 * The store's statements run on the pool, outside the request's bounds: the record of a request cancelled by its
 * deadline must still be finished, or its key would stay claimed.
 */
export function createIdempotencyStore({ pool, onQuery }: IdempotencyStoreOptions): IdempotencyStore {
  let finished = 0;
  const run = async <T>(sql: string, params: unknown[]): Promise<T[]> => {
    onQuery?.(sql);
    return (await pool.query(sql, params)).rows as T[];
  };
  return {
    async claim(principal, key, fingerprint): Promise<ClaimOutcome> {
      // Twice at most: a row seen taken may be gone by the time it is read (its request wrote nothing).
      for (let attempt = 0; attempt < 2; attempt++) {
        const claim = randomUUID();
        const claimed = await run<{ claim: string }>(
          `INSERT INTO idempotency_key (principal, key, fingerprint, claim, expires_at)
           VALUES ($1, $2, $3, $4, now() + $5::interval)
           ON CONFLICT (principal, key) DO UPDATE
             SET fingerprint = EXCLUDED.fingerprint, state = 'IN_FLIGHT', claim = EXCLUDED.claim, written = false,
                 response = NULL, http_status = NULL, created_at = now(), expires_at = EXCLUDED.expires_at
             WHERE idempotency_key.expires_at <= now()
           RETURNING claim`,
          [principal, key, fingerprint, claim, CLAIM_TTL],
        );
        if (claimed.length) return { kind: 'claimed', claim: { principal, key, claim } };
        const [row] = await run<{ fingerprint: string; state: 'IN_FLIGHT' | 'DONE'; response: StoredResponse['body'] | null; http_status: number | null }>(
          'SELECT fingerprint, state, response, http_status FROM idempotency_key WHERE principal = $1 AND key = $2 AND expires_at > now()',
          [principal, key],
        );
        if (!row) continue;
        if (row.fingerprint !== fingerprint) return { kind: 'reused' };
        if (row.state === 'DONE' && row.response) return { kind: 'replay', response: { body: row.response, status: row.http_status ?? 200 } };
        return { kind: 'inUse' };
      }
      return { kind: 'inUse' };
    },

    async finish(claim: IdempotencyClaim, response: StoredResponse): Promise<void> {
      const params = [claim.principal, claim.key, claim.claim];
      // In this order: the DELETE waits for a write transaction still committing its mark (it holds the row), then
      // the UPDATE, a statement of its own with a new snapshot, sees the mark that transaction committed.
      await run('DELETE FROM idempotency_key WHERE principal = $1 AND key = $2 AND claim = $3 AND NOT written', params);
      await run(
        `UPDATE idempotency_key SET state = 'DONE', response = $4::jsonb, http_status = $5
          WHERE principal = $1 AND key = $2 AND claim = $3 AND written`,
        [...params, JSON.stringify(response.body), response.status],
      );
      if (++finished % PURGE_EVERY === 0) await purgeExpiredKeys(pool, PURGE_BATCH);
    },
  };
}

/**
 * Marks the claimed row written, in the write's own transaction: the write and the mark commit together, so a
 * request that wrote is always answered from its record. A claim no longer the row's (it lapsed and another request
 * took the key) refuses the write: the transaction rolls back and nothing is written twice.
 */
export async function markWritten(tx: Sql, claim: IdempotencyClaim): Promise<void> {
  const marked = await tx.rows(
    `UPDATE idempotency_key SET written = true, expires_at = now() + $4::interval
      WHERE principal = $1 AND key = $2 AND claim = $3 AND state = 'IN_FLIGHT' RETURNING 1`,
    [claim.principal, claim.key, claim.claim, IDEMPOTENCY_RETENTION],
  );
  if (marked.length === 0) {
    throw new GraphQLError('This request lost its hold on its Idempotency-Key while it ran (another request with the key took over); nothing was written', {
      extensions: { code: ErrorCode.IDEMPOTENCY_KEY_IN_USE },
    });
  }
}

/** Deletes up to `limit` expired rows, oldest first (idempotency_key_expiry_idx); returns how many. */
export async function purgeExpiredKeys(pool: Pool, limit: number): Promise<number> {
  const { rowCount } = await pool.query(
    `DELETE FROM idempotency_key WHERE ctid = ANY (ARRAY(
       SELECT ctid FROM idempotency_key WHERE expires_at <= now() ORDER BY expires_at LIMIT $1))`,
    [limit],
  );
  return rowCount ?? 0;
}
