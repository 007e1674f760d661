// Role checks on the verified actor that any subgraph can make (the Centre's included). The province's rules
// of scope (which members, which organisations) build on these in subgraphs/province/src/access.ts.
import type { Actor, Principal, Role } from './actor.ts';
import { forbidden } from './errors.ts';

// Defined once with the other error helpers (errors.ts); re-exported for the access layers built on this one.
export { forbidden };

/** The actor's principal when its role is one of `roles`; FORBIDDEN otherwise (ANONYMOUS always). */
export function requireRole<R extends Role>(actor: Actor, what: string, ...roles: R[]): Extract<Principal, { role: R }> {
  const principal = actor.principal;
  if (!principal || !(roles as Role[]).includes(principal.role)) {
    throw forbidden(`${what} is for ${roles.join(', ')}; your token is ${actor.role}`);
  }
  return principal as Extract<Principal, { role: R }>;
}

/** The province a principal is limited to; undefined for CENTRAL_ANALYST, who reads every province's aggregates. */
export function provinceOf(principal: Principal | null): string | undefined {
  return principal && 'province' in principal ? principal.province : undefined;
}
