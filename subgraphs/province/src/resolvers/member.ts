import type { ProvinceContext } from '../context.ts';
import type { MemberRow } from '../db/rows.ts';

export const memberResolvers = {
  provinceCode: (_: MemberRow, _a: unknown, ctx: ProvinceContext) => ctx.province.code,
  fullName: (m: MemberRow) => m.full_name,
  birthDate: (m: MemberRow) => m.birth_date,
  citizenId: (m: MemberRow) => m.citizen_id,
  ethnicityCode: (m: MemberRow) => m.ethnicity_code,
  religionCode: (m: MemberRow) => m.religion_code,
  admissionDecisionDate: (m: MemberRow) => m.admission_decision_date,
  officialDate: (m: MemberRow) => m.official_date,
  cell: (m: MemberRow, _a: unknown, ctx: ProvinceContext) => ctx.loaders.org.load(m.cell_id),
};
