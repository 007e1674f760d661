// The append-only audit log (migration 002): written inside the transaction of the write it records.
import type { Actor } from '../../../shared/actor.ts';
import type { Sql } from './sql.ts';

export interface AuditEntry {
  actor: Actor;
  /** e.g. "correctMember" */
  operation: string;
  memberIds?: readonly string[];
  details?: Record<string, unknown>;
}

export interface AuditRow {
  id: number;
  at: Date;
  actor: string;
  role: string;
  operation: string;
  member_ids: string[];
  details: Record<string, unknown>;
}

export async function writeAudit(tx: Sql, entry: AuditEntry): Promise<void> {
  await tx.rows(
    `INSERT INTO audit_log (actor, role, operation, member_ids, details) VALUES ($1, $2, $3, $4::uuid[], $5::jsonb)`,
    [entry.actor.id, entry.actor.role, entry.operation, entry.memberIds ?? [], JSON.stringify(entry.details ?? {})],
  );
}
