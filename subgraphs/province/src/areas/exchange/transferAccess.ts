// Who may do what in transfers and period reports (README "Access"): officers of the province issue, cancel and
// submit; the carrier's service identities (SYSTEM) carry the messages, each only for the exchanges it is a
// party of. Built on the verified actor only; the province-wide rules (which fields each role reads) stay in
// the access layer of the subgraph.
import { forbidden } from '../../../../shared/errors.ts';
import type { ProvinceContext } from '../../context.ts';

/** A PROVINCE_OFFICER of this province. */
export function requireOfficer(ctx: ProvinceContext, what: string): void {
  const p = ctx.actor.principal;
  if (p?.role !== 'PROVINCE_OFFICER' || p.province !== ctx.province.code) {
    throw forbidden(`${what} is for a PROVINCE_OFFICER of province ${ctx.province.code}; your token is ${ctx.actor.role}${p && 'province' in p ? ` of ${p.province}` : ''}`);
  }
}

/** The service identity (SYSTEM) of one of the exchange's provinces: the access layer's rule, shared. */
export { requireSystemOf } from '../../core/access.ts';
