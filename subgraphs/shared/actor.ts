// Who is asking a subgraph: the principal of the token it verified itself (subgraphs/shared/authenticate.ts),
// never a claim the gateway passed along unchecked. Every resolver reads it as ctx.actor; audit rows record it.
import type { Principal, Role } from '../../auth/principal.ts';
import type { VerifiedToken } from '../../auth/verifier.ts';

export type { Principal, Role };

export interface Actor {
  /** The token's subject (`sub`): the person or service, as recorded in audit rows. */
  id: string;
  role: Role | 'ANONYMOUS';
  /** The role with its scope; null for ANONYMOUS, which may do nothing (access.ts refuses it everything). */
  principal: Principal | null;
}

/**
 * For code that runs outside any request (seeding, migrations, a script): it has no principal, so the access
 * rules refuse it everything; audit rows show it as "anonymous".
 */
export const ANONYMOUS: Actor = Object.freeze({ id: 'anonymous', role: 'ANONYMOUS', principal: null });

export function actorOf(verified: VerifiedToken): Actor {
  return Object.freeze({ id: verified.subject, role: verified.principal.role, principal: verified.principal });
}
