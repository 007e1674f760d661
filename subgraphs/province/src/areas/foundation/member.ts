import type { MemberResolvers } from '../../generated/resolvers.ts';
import { identifierFor } from '../../core/access.ts';
import { loadExisting } from '../../core/loaders.ts';

export const memberResolvers: MemberResolvers = {
  provinceCode: (_m, _a, ctx) => ctx.province.code,
  fullName: (m) => m.full_name,
  birthDate: (m) => m.birth_date,
  // A direct identifier: masked for roles not entitled to it (access.ts).
  citizenId: (m, _a, ctx) => identifierFor(ctx, m.id, m.citizen_id),
  ethnicityCode: (m) => m.ethnicity_code,
  religionCode: (m) => m.religion_code,
  admissionDecisionDate: (m) => m.admission_decision_date,
  officialDate: (m) => m.official_date,
  cell: (m, _a, ctx) => loadExisting(ctx.loaders.org, m.cell_id, 'party_org'),
};
