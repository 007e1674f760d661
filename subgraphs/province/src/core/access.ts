// Who may see what in a province (README "Access", domain spec section 4): the one authorization API every area
// of the standard uses. The actor comes from the token this subgraph verified itself (ctx.actor).
//
//   CENTRAL_ANALYST   aggregates of every province, never a record; every count rounded to a multiple of 5
//                     (docs/disclosure-control.md)
//   PROVINCE_OFFICER  every record of their province (citizen IDs included)
//   COMMUNE_OFFICER   members of the cells of their commune (5-digit code), that commune's organisations
//   CELL_SECRETARY    members of their cell
//   MEMBER            their own record, the directives addressed to them
//   SYSTEM            a province's own software (transfer carrier, report push): exchange data, never a person
import type { Principal } from '../../../shared/actor.ts';
import { AMOUNT_ROUNDING_VND, cellKey, NATIONAL_CHECK_SUBJECT, type CellScope } from '../../../shared/disclosureControl.ts';
import { forbidden, provinceOf } from '../../../shared/access.ts';
import type { ProvinceContext } from '../context.ts';
import type { MemberRow, OrgRow } from './rows.ts';

export { forbidden };

/** The actor's principal; FORBIDDEN for a request without one (ANONYMOUS). */
export function principalOf(ctx: ProvinceContext): Principal {
  if (!ctx.actor.principal) throw forbidden('this request has no verified principal');
  return ctx.actor.principal;
}

/** FORBIDDEN unless the principal speaks for this province (roles without a province never do). */
function requireThisProvince(ctx: ProvinceContext, principal: Principal): void {
  const province = provinceOf(principal);
  if (province !== ctx.province.code) {
    throw forbidden(
      `your token (${principal.role}${province ? ` of province ${province}` : ''}) does not cover province ${ctx.province.code} (${ctx.province.name})`,
    );
  }
}

/**
 * The first gate of every read of this province (ProvinceNN.__resolveReference): analysts pass (their fields are
 * then limited to aggregates), everyone else must belong to this province.
 */
export function requireProvinceReader(ctx: ProvinceContext): Principal {
  const principal = principalOf(ctx);
  if (principal.role !== 'CENTRAL_ANALYST') requireThisProvince(ctx, principal);
  return principal;
}

/**
 * The first gate of every write (Mutation.provinceNN). Analysts write nothing. SYSTEM may write to any province:
 * a transfer is delivered by the source's carrier to the destination, whose resolver checks that the SYSTEM
 * principal is a party of that exchange (requireSystemOf).
 */
export function requireProvinceWriter(ctx: ProvinceContext): Principal {
  const principal = principalOf(ctx);
  if (principal.role === 'CENTRAL_ANALYST') throw forbidden('CENTRAL_ANALYST reads aggregates and writes nothing');
  if (principal.role !== 'SYSTEM') requireThisProvince(ctx, principal);
  return principal;
}

/** FORBIDDEN unless the actor has one of `roles` and (except CENTRAL_ANALYST) belongs to this province. */
export function requireRole<R extends Principal['role']>(ctx: ProvinceContext, what: string, ...roles: R[]): Extract<Principal, { role: R }> {
  const principal = principalOf(ctx);
  if (!(roles as string[]).includes(principal.role)) {
    throw forbidden(`${what} is for ${roles.join(', ')}; your token is ${principal.role}`);
  }
  if (principal.role !== 'CENTRAL_ANALYST') requireThisProvince(ctx, principal);
  return principal as Extract<Principal, { role: R }>;
}

/** The SYSTEM principal of one of `provinces` (the parties of an exchange); FORBIDDEN otherwise. */
export function requireSystemOf(ctx: ProvinceContext, what: string, ...provinces: string[]): void {
  const principal = principalOf(ctx);
  if (principal.role !== 'SYSTEM' || !provinces.includes(principal.province)) {
    const yours = 'province' in principal ? ` of ${principal.province}` : '';
    throw forbidden(
      `${what} is for the service identity (SYSTEM) of province ${[...new Set(provinces)].join(' or ')}; your token is ${principal.role}${yours}`,
    );
  }
}

// ---- member records ----

/** Whose member records the actor may read here. */
export type MemberScope =
  | { kind: 'province' }
  | { kind: 'commune'; commune: string }
  | { kind: 'cell'; cell: string }
  | { kind: 'member'; member: string };

/** The actor's member scope in this province; null for roles that read no member record (analyst, system). */
export function memberScope(ctx: ProvinceContext): MemberScope | null {
  const principal = ctx.actor.principal;
  if (!principal || provinceOf(principal) !== ctx.province.code) return null;
  switch (principal.role) {
    case 'PROVINCE_OFFICER':
      return { kind: 'province' };
    case 'COMMUNE_OFFICER':
      return { kind: 'commune', commune: principal.commune };
    case 'CELL_SECRETARY':
      return { kind: 'cell', cell: principal.cell };
    case 'MEMBER':
      return { kind: 'member', member: principal.member };
    case 'SYSTEM':
    case 'CENTRAL_ANALYST':
      return null;
    default: {
      const unreachable: never = principal;
      throw new Error(`unhandled principal ${JSON.stringify(unreachable)}`);
    }
  }
}

/** The member scope for `what`; FORBIDDEN for roles without one, or whose scope is narrower than `least`. */
export function requireMemberScope(ctx: ProvinceContext, what: string, least: MemberScope['kind'] = 'member'): MemberScope {
  const scope = memberScope(ctx);
  const order: MemberScope['kind'][] = ['member', 'cell', 'commune', 'province'];
  if (!scope || order.indexOf(scope.kind) < order.indexOf(least)) {
    const allowed = { member: 'MEMBER (own record), CELL_SECRETARY, COMMUNE_OFFICER, PROVINCE_OFFICER', cell: 'CELL_SECRETARY, COMMUNE_OFFICER, PROVINCE_OFFICER', commune: 'COMMUNE_OFFICER, PROVINCE_OFFICER', province: 'PROVINCE_OFFICER' }[least];
    throw forbidden(`${what} is for ${allowed} of province ${ctx.province.code}; your token is ${ctx.actor.role}`);
  }
  return scope;
}

/** One answer per member per request: a page of 500 members asks once each, and the org lookups are batched. */
const seenMembers = new WeakMap<ProvinceContext, Map<string, Promise<boolean>>>();

/** May the actor read this member's record? */
export function canSeeMember(ctx: ProvinceContext, row: Pick<MemberRow, 'id' | 'cell_id'>): Promise<boolean> {
  let cache = seenMembers.get(ctx);
  if (!cache) seenMembers.set(ctx, (cache = new Map()));
  let answer = cache.get(row.id);
  if (!answer) {
    answer = decideMember(ctx, row);
    cache.set(row.id, answer);
  }
  return answer;
}

async function decideMember(ctx: ProvinceContext, row: Pick<MemberRow, 'id' | 'cell_id'>): Promise<boolean> {
  const scope = memberScope(ctx);
  if (!scope) return false;
  switch (scope.kind) {
    case 'province':
      return true;
    case 'commune':
      return (await ctx.loaders.org.load(row.cell_id))?.commune_code === scope.commune;
    case 'cell':
      return row.cell_id === scope.cell;
    case 'member':
      return row.id === scope.member;
  }
}

/** May the actor read this organisation (its name, tree position, member count)? */
export async function canSeeOrg(ctx: ProvinceContext, org: Pick<OrgRow, 'id' | 'commune_code'>): Promise<boolean> {
  const scope = memberScope(ctx);
  if (!scope) return false;
  switch (scope.kind) {
    case 'province':
      return true;
    case 'commune':
      return org.commune_code === scope.commune;
    case 'cell':
      return org.id === scope.cell;
    case 'member':
      return org.id === (await ctx.loaders.member.load(scope.member))?.cell_id;
  }
}

// ---- direct identifiers ----

/**
 * Citizen IDs (and other direct identifiers) leave the province only for a role entitled to them: the province's
 * officers, and the member for their own record. Everyone else gets maskIdentifier's form.
 */
export function mayReadIdentifiers(ctx: ProvinceContext, memberId: string): boolean {
  const scope = memberScope(ctx);
  return scope?.kind === 'province' || (scope?.kind === 'member' && scope.member === memberId);
}

/** "********1234": the last 4 characters, enough to tell two records apart on a list, not to identify anyone. */
export function maskIdentifier(value: string): string {
  return `${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-4)}`;
}

/** The identifier as the actor may see it. */
export function identifierFor(ctx: ProvinceContext, memberId: string, value: string): string;
export function identifierFor(ctx: ProvinceContext, memberId: string, value: string | null): string | null;
export function identifierFor(ctx: ProvinceContext, memberId: string, value: string | null): string | null {
  return value === null || mayReadIdentifiers(ctx, memberId) ? value : maskIdentifier(value);
}

// ---- aggregates ----

/** True for roles that see aggregates only (CENTRAL_ANALYST): they read figures, never a record. */
export function isAggregateOnly(ctx: ProvinceContext): boolean {
  return ctx.actor.principal?.role === 'CENTRAL_ANALYST';
}

/**
 * True for readers whose counts are rounded (docs/disclosure-control.md): aggregate-only roles, except the
 * national check's identity, which reconciles exact totals across provinces (Σ members − transfers counted
 * twice, Σ in = Σ out) and which only the token issuer can grant.
 */
export function roundsCounts(ctx: ProvinceContext): boolean {
  return isAggregateOnly(ctx) && ctx.actor.id !== NATIONAL_CHECK_SUBJECT;
}

/**
 * A count as the actor may see it: the one place every area's figures pass through. For aggregate-only readers
 * (roundsCounts) it is rounded to a multiple of 5 by the cell's key: `figure` names what is counted (the same
 * name for the same population wherever it is published, e.g. "members"), `scope` the cell's other dimensions
 * (organisation, exit type, sex …), never the period; the province is added here. Other readers get n.
 */
export function discloseCount(ctx: ProvinceContext, figure: string, n: number, scope?: CellScope): number {
  return roundsCounts(ctx) ? ctx.roundCount(cellKey(figure, ctx.province.code, scope), n) : n;
}

/**
 * An amount (VND) as the actor may see it: for readers whose counts are rounded, rounded by the same rule to a
 * multiple of AMOUNT_ROUNDING_VND (docs/disclosure-control.md); `figure` names the amount's cell.
 */
export function discloseAmount(ctx: ProvinceContext, figure: string, vnd: number): number {
  return roundsCounts(ctx) ? ctx.roundCount(cellKey(figure, ctx.province.code), vnd, AMOUNT_ROUNDING_VND) : vnd;
}

/** FORBIDDEN for aggregate-only roles: for fields that list or describe records rather than count them. */
export function requireRecordReader(ctx: ProvinceContext, what: string): void {
  if (isAggregateOnly(ctx)) throw forbidden(`${what} is a list of records; CENTRAL_ANALYST reads aggregates only`);
}

/** A list's scope as SQL conditions for db/ (ScopeArgs): lists need at least a cell's scope. */
export function scopeArgs(scope: MemberScope): { communeCode?: string; cellId?: string } {
  switch (scope.kind) {
    case 'province':
      return {};
    case 'commune':
      return { communeCode: scope.commune };
    case 'cell':
      return { cellId: scope.cell };
    case 'member':
      throw forbidden('a list of records is for CELL_SECRETARY, COMMUNE_OFFICER and PROVINCE_OFFICER');
  }
}
