// Reads of member records are audited (the standard's README "Access", "Audit"): every member a request served is
// noted (schema.ts), and before the answer leaves one append-only row (nhat_ky_truy_cap) records who read which
// members through which fields. If that row cannot be written, the answer is withheld: no unaudited read.
import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { LegacyContext } from './context.ts';

export function readAuditPlugin(): ApolloServerPlugin<LegacyContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: ctx, request, response }) {
          if (!ctx.reads || ctx.reads.members.size === 0) return;
          try {
            await ctx.db.writeReadAudit({
              actor: ctx.subject,
              role: ctx.principal.role,
              memberIds: [...ctx.reads.members],
              fields: [...ctx.reads.fields].sort(),
              // which question, without its variables (they may hold personal data)
              queryHash: createHash('sha256').update(request.query ?? '').digest('hex').slice(0, 16),
            });
          } catch {
            if (response.body.kind === 'single') {
              response.body.singleResult = {
                errors: [{ message: 'The read could not be audited, so it is not answered; try again', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
              };
            }
          }
        },
      };
    },
  };
}
