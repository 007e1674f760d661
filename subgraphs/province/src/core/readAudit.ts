// Reads of personal records are audited like writes (README "Access"): every member record a request served is
// noted (accessGuard.ts) and, before the answer leaves, one append-only audit row records who read which members
// through which fields. If that row cannot be written, the answer is replaced by an error: no unaudited read.
import type { ApolloServerPlugin } from '@apollo/server';
import { createHash } from 'node:crypto';
import { writeAudit } from './audit.ts';
import type { ProvinceContext } from '../context.ts';
import { ErrorCode } from '../../../shared/errors.ts';

interface Reads {
  members: Set<string>;
  fields: Set<string>;
}

const reads = new WeakMap<ProvinceContext, Reads>();

function readsOf(ctx: ProvinceContext): Reads {
  let r = reads.get(ctx);
  if (!r) reads.set(ctx, (r = { members: new Set(), fields: new Set() }));
  return r;
}

export function noteMemberRead(ctx: ProvinceContext, memberId: string): void {
  readsOf(ctx).members.add(memberId);
}

export function noteFieldRead(ctx: ProvinceContext, fieldName: string): void {
  readsOf(ctx).fields.add(fieldName);
}

/** The operation name of read audit rows. */
export const READ_OPERATION = 'read';

export function readAuditPlugin(): ApolloServerPlugin<ProvinceContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, operation, request, response }) {
          const r = reads.get(ctx);
          // A write's payload is covered by the write's own audit row, in the write's transaction.
          if (!r || r.members.size === 0 || operation?.operation === 'mutation') return;
          try {
            await writeAudit(ctx.db.sql, {
              actor: ctx.actor,
              operation: READ_OPERATION,
              memberIds: [...r.members],
              details: {
                fields: [...r.fields].sort(),
                // Which question was asked, without keeping its variables (they may hold personal data).
                queryHash: createHash('sha256').update(request.query ?? '').digest('hex').slice(0, 16),
              },
            });
          } catch {
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [{ message: 'The read could not be audited, so it is not answered; try again', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }],
              };
            }
          }
        },
      };
    },
  };
}
