// Process 2, records: the fields of migration 010 on Member, named from the national catalogues.
import { ethnicities, religions } from '../../../../../schema/catalogues.ts';
import type { MemberResolvers } from '../../generated/resolvers.ts';
import { identifierFor } from '../../core/access.ts';

export const memberDetailResolvers: MemberResolvers = {
  ethnicityName: (m) => (m.ethnicity_code ? ethnicities.nameOf(m.ethnicity_code) ?? null : null),
  religionName: (m) => (m.religion_code ? religions.nameOf(m.religion_code) ?? null : null),
  education: (m) => ({
    general: m.education_general,
    professional: m.education_professional,
    politicalTheory: m.political_theory,
  }),
  admissionDecisionNo: (m) => m.admission_decision_no,
  // a phone number identifies a person as directly as a citizen ID: masked for all but the province's officers
  phone: (m, _a, ctx) => identifierFor(ctx, m.id, m.phone),
};
