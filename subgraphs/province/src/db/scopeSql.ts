// The reader's scope (access.ts scopeArgs) as an SQL condition on a member's cell, for the member lists of cards,
// badges, exemption and exits: the same two conditions as ProvinceDb.memberPage, parameterised.
import type { ScopeArgs } from './ProvinceDb.ts';

export type { ScopeArgs };

/** `AND …` restricting `cellColumn` to the scope, appending its parameter to `params`; '' for the whole province. */
export function scopeCondition(scope: ScopeArgs, cellColumn: string, params: unknown[]): string {
  if (scope.cellId) {
    params.push(scope.cellId);
    return ` AND ${cellColumn} = $${params.length}::uuid`;
  }
  if (scope.communeCode) {
    params.push(scope.communeCode);
    return ` AND ${cellColumn} IN (SELECT id FROM party_org WHERE commune_code = $${params.length})`;
  }
  return '';
}
