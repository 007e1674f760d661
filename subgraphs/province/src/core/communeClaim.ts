// A COMMUNE_OFFICER token names a commune by its 5-digit code; the token's issuer cannot know which communes this
// province's records hold, so a code of another province's commune (or none) passed the token check and then saw
// nothing, silently (issue 10, finding 8). The province refuses such a token itself, on every request, saying why.
import { GraphQLError } from 'graphql';
import type { Principal } from '../../../shared/actor.ts';
import { ErrorCode } from '../../../shared/errors.ts';
import type { ProvinceDb } from './ProvinceDb.ts';

/** Communes are created rarely (a merger, a new ward): a minute's staleness is fine, a query per request is not. */
const TTL_MS = 60_000;

export function communeClaimCheck(db: ProvinceDb, province: { code: string; name: string }) {
  let communes: { codes: Set<string>; until: number } | undefined;
  const known = async (): Promise<Set<string>> => {
    if (!communes || Date.now() >= communes.until) {
      const rows = await db.sql.rows<{ commune_code: string }>('SELECT DISTINCT commune_code FROM party_org WHERE commune_code IS NOT NULL');
      communes = { codes: new Set(rows.map((r) => r.commune_code)), until: Date.now() + TTL_MS };
    }
    return communes.codes;
  };
  /** Throws FORBIDDEN (HTTP 403) for a commune officer of this province whose commune is not one of its communes. */
  return async (principal: Principal | null): Promise<void> => {
    if (principal?.role !== 'COMMUNE_OFFICER' || principal.province !== province.code) return;
    if ((await known()).has(principal.commune)) return;
    throw new GraphQLError(
      `Forbidden: your token (COMMUNE_OFFICER of commune ${principal.commune}) names a commune that has no organisation in province ${province.code} (${province.name})`,
      { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
    );
  };
}
