// Who may do what in transfers and period reports (README "Access"): officers of the province issue, cancel and
// submit; the carrier's service identities (SYSTEM) carry the messages, each only for the exchanges it is a
// party of. Built on the verified actor only; the province-wide rules (which fields each role reads) stay in
// the access layer of the subgraph.
import { forbidden } from '../../../../shared/errors.ts';
import type { ProvinceContext } from '../../context.ts';
import { roundsCounts } from '../../core/access.ts';

/**
 * Lists of transfers (the `transfers` list, a report's pending and unconfirmed ids) count the people moving
 * exactly, whatever the rounded `transfersIn`/`transfersOut` publish (docs/disclosure-control.md): refused to a
 * reader whose counts are rounded. The national check's identity, which reconciles them, reads them.
 */
export function requireExactTransferReader(ctx: ProvinceContext, what: string): void {
  if (roundsCounts(ctx)) {
    throw forbidden(`${what} lists transfers one by one, which would count them exactly; CENTRAL_ANALYST reads the rounded transfersIn and transfersOut (only the national check's identity reads the lists)`);
  }
}

/** A PROVINCE_OFFICER of this province. */
export function requireOfficer(ctx: ProvinceContext, what: string): void {
  const p = ctx.actor.principal;
  if (p?.role !== 'PROVINCE_OFFICER' || p.province !== ctx.province.code) {
    throw forbidden(`${what} is for a PROVINCE_OFFICER of province ${ctx.province.code}; your token is ${ctx.actor.role}${p && 'province' in p ? ` of ${p.province}` : ''}`);
  }
}

/** The service identity (SYSTEM) of one of the exchange's provinces: the access layer's rule, shared. */
export { requireSystemOf } from '../../core/access.ts';
