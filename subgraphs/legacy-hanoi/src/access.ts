// Who may see what (the standard's README "Access", "Who may see what"), for the foundation this system keeps:
//   CENTRAL_ANALYST   code and report of every province, counts rounded (disclosure.ts)
//   PROVINCE_OFFICER  every record of the province
//   COMMUNE_OFFICER   members and organisations of the commune's cells
//   CELL_SECRETARY    the cell's members, the cell
//   MEMBER            their own record and cell
//   SYSTEM            code and report of its own province
import { forbidden } from './errors.ts';
import type { Principal } from './auth.ts';
import type { ListScope, MemberRow, OrgRow } from './db.ts';
import { cellKey, NATIONAL_CHECK_SUBJECT, type CellScope } from './disclosure.ts';
import type { LegacyContext } from './context.ts';

export type MemberScope =
  | { kind: 'province' }
  | { kind: 'commune'; commune: string }
  | { kind: 'cell'; cell: string }
  | { kind: 'member'; member: string };

const provinceOf = (p: Principal): string | undefined => ('province' in p ? p.province : undefined);

/** The gate of every read of this province (the entity reference): analysts pass, others must be of it. */
export function requireProvinceReader(ctx: LegacyContext): void {
  if (ctx.principal.role !== 'CENTRAL_ANALYST') requireThisProvince(ctx);
}

/** The gate of every write (Mutation.provinceNN): analysts write nothing; SYSTEM may write to any province. */
export function requireProvinceWriter(ctx: LegacyContext): void {
  if (ctx.principal.role === 'CENTRAL_ANALYST') throw forbidden('CENTRAL_ANALYST reads aggregates and writes nothing');
  if (ctx.principal.role !== 'SYSTEM') requireThisProvince(ctx);
}

function requireThisProvince(ctx: LegacyContext): void {
  const province = provinceOf(ctx.principal);
  if (province !== ctx.province.code) {
    throw forbidden(`your token (${ctx.principal.role}${province ? ` of province ${province}` : ''}) does not cover province ${ctx.province.code} (${ctx.province.name})`);
  }
}

export function requireRole(ctx: LegacyContext, what: string, ...roles: Principal['role'][]): void {
  if (!roles.includes(ctx.principal.role)) throw forbidden(`${what} is for ${roles.join(', ')}; your token is ${ctx.principal.role}`);
  if (ctx.principal.role !== 'CENTRAL_ANALYST') requireThisProvince(ctx);
}

export function memberScope(ctx: LegacyContext): MemberScope | null {
  const p = ctx.principal;
  if (provinceOf(p) !== ctx.province.code) return null;
  switch (p.role) {
    case 'PROVINCE_OFFICER':
      return { kind: 'province' };
    case 'COMMUNE_OFFICER':
      return { kind: 'commune', commune: p.commune };
    case 'CELL_SECRETARY':
      return { kind: 'cell', cell: p.cell };
    case 'MEMBER':
      return { kind: 'member', member: p.member };
    case 'SYSTEM':
    case 'CENTRAL_ANALYST':
      return null;
  }
}

const ORDER: MemberScope['kind'][] = ['member', 'cell', 'commune', 'province'];
const ALLOWED: Record<MemberScope['kind'], string> = {
  member: 'MEMBER (own record), CELL_SECRETARY, COMMUNE_OFFICER, PROVINCE_OFFICER',
  cell: 'CELL_SECRETARY, COMMUNE_OFFICER, PROVINCE_OFFICER',
  commune: 'COMMUNE_OFFICER, PROVINCE_OFFICER',
  province: 'PROVINCE_OFFICER',
};

/** The reader's member scope for `what`; FORBIDDEN without one, or with one narrower than `least`. */
export function requireMemberScope(ctx: LegacyContext, what: string, least: MemberScope['kind'] = 'member'): MemberScope {
  const scope = memberScope(ctx);
  if (!scope || ORDER.indexOf(scope.kind) < ORDER.indexOf(least)) {
    throw forbidden(`${what} is for ${ALLOWED[least]} of province ${ctx.province.code}; your token is ${ctx.principal.role}`);
  }
  return scope;
}

/** A list's scope as conditions (db.ts): lists need at least a cell's scope. */
export function listScope(scope: MemberScope): ListScope {
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

export async function canSeeMember(ctx: LegacyContext, row: Pick<MemberRow, 'id' | 'cell_id'>): Promise<boolean> {
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

export async function canSeeOrg(ctx: LegacyContext, org: Pick<OrgRow, 'id' | 'commune_code'>): Promise<boolean> {
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

/** Citizen IDs in clear for the province's officers and the member themself; "********1234" for others. */
export function citizenIdFor(ctx: LegacyContext, row: MemberRow): string {
  const scope = memberScope(ctx);
  const clear = scope?.kind === 'province' || (scope?.kind === 'member' && scope.member === row.id);
  return clear ? row.citizen_id : `${'*'.repeat(Math.max(0, row.citizen_id.length - 4))}${row.citizen_id.slice(-4)}`;
}

export const isAggregateOnly = (ctx: LegacyContext): boolean => ctx.principal.role === 'CENTRAL_ANALYST';

/** A count as the reader may see it: rounded for analysts (not the national check's identity), else exact. */
export function discloseCount(ctx: LegacyContext, figure: string, n: number, scope?: CellScope): number {
  const rounds = isAggregateOnly(ctx) && ctx.subject !== NATIONAL_CHECK_SUBJECT;
  return rounds ? ctx.roundCount(cellKey(figure, ctx.province.code, scope), n) : n;
}
