// Who is asking, as the national standard defines it: a role and the scope it is limited to. This is the
// contract between whoever issues tokens (an identity provider, `npm run token`) and everything that reads
// them (the gateway, every subgraph): the claims below, and nothing else, decide what a request may see.
// Shared by the gateway and the subgraphs, which may not import each other (README "Access").

/** The roles of README "Access" (domain spec section 4), plus SYSTEM for server-to-server callers. */
export const ROLES = ['CENTRAL_ANALYST', 'PROVINCE_OFFICER', 'COMMUNE_OFFICER', 'CELL_SECRETARY', 'MEMBER', 'SYSTEM'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A role with its scope. `province` is a 2-digit code, `commune` a 5-digit commune code, `cell` and `member`
 * UUIDs of that province's records. SYSTEM is a province's own software acting for it (the transfer carrier,
 * the report push to the Centre): it speaks for its `province` only, never for a person.
 */
export type Principal =
  | { role: 'CENTRAL_ANALYST' }
  | { role: 'PROVINCE_OFFICER'; province: string }
  | { role: 'COMMUNE_OFFICER'; province: string; commune: string }
  | { role: 'CELL_SECRETARY'; province: string; cell: string }
  | { role: 'MEMBER'; province: string; member: string }
  | { role: 'SYSTEM'; province: string };

/** The JWT claims that carry a Principal (besides iss, aud, exp, iat and sub). */
export interface ScopeClaims {
  role: Role;
  province?: string;
  commune?: string;
  cell?: string;
  member?: string;
}

const PROVINCE = /^\d{2}$/;
const COMMUNE = /^\d{5}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Thrown for claims that do not make a Principal: the token is then as good as no token. */
export class InvalidClaimsError extends Error {
  override name = 'InvalidClaimsError';
}

function claim(payload: Record<string, unknown>, name: string, shape: RegExp, role: string): string {
  const value = payload[name];
  if (typeof value !== 'string' || !shape.test(value)) {
    throw new InvalidClaimsError(`a ${role} token needs a "${name}" claim of the form ${shape.source}`);
  }
  return value;
}

/**
 * The Principal a verified token's payload describes. Scope claims a role does not use are ignored; a missing
 * or malformed one the role needs makes the whole token invalid (never a wider scope by default).
 */
export function principalFromClaims(payload: Record<string, unknown>): Principal {
  const role = payload.role;
  switch (role) {
    case 'CENTRAL_ANALYST':
      return { role };
    case 'PROVINCE_OFFICER':
    case 'SYSTEM':
      return { role, province: claim(payload, 'province', PROVINCE, role) };
    case 'COMMUNE_OFFICER':
      return { role, province: claim(payload, 'province', PROVINCE, role), commune: claim(payload, 'commune', COMMUNE, role) };
    case 'CELL_SECRETARY':
      return { role, province: claim(payload, 'province', PROVINCE, role), cell: claim(payload, 'cell', UUID, role).toLowerCase() };
    case 'MEMBER':
      return { role, province: claim(payload, 'province', PROVINCE, role), member: claim(payload, 'member', UUID, role).toLowerCase() };
    default:
      throw new InvalidClaimsError(`unknown role ${JSON.stringify(role)}; expected one of ${ROLES.join(', ')}`);
  }
}

/** The claims that carry `principal` (the inverse of principalFromClaims). */
export function claimsOf(principal: Principal): ScopeClaims {
  return { ...principal };
}

/** A stable, readable subject for a principal without one of its own, e.g. "PROVINCE_OFFICER:79". */
export function defaultSubject(principal: Principal): string {
  const scope = Object.entries(principal)
    .filter(([k]) => k !== 'role')
    .map(([, v]) => v as string);
  return [principal.role, ...scope].join(':');
}
