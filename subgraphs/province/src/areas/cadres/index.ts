// The province's cadre system (issue 13; spec §6): the register of the cadres under the provincial committee's
// management, their step raises, retirement, check-ups and evaluations by the configured rules (rules.ts), the
// lists and the report's figures. An area of the province subgraph (docs/architecture.md "A province's cadre system").
import type { Area } from '../../core/area.ts';
import { createCadresLoaders } from './loaders.ts';
import { cadresMappers } from './mappers.ts';
import { cadresMutations } from './mutations.ts';
import { cadresRecordParts } from './recordParts.ts';
import {
  cadreCheckupResolvers, cadreDisciplineResolvers, cadreEvaluationResolvers, cadreResolvers, cadresProvinceFields, cadresReportResolvers,
  cadreGradePromotionGrantedResolvers, cadreStepRaiseGrantedResolvers, memberCadreResolvers,
} from './resolvers.ts';
import { cadresSeeder } from './seed.ts';

export const cadresArea: Area<typeof createCadresLoaders> = {
  name: 'cadres',
  resolvers: {
    Province01: cadresProvinceFields,
    ProvinceMutations: cadresMutations,
    ProvinceReport: cadresReportResolvers,
    Member: memberCadreResolvers,
    Cadre: cadreResolvers,
    CadreCheckup: cadreCheckupResolvers,
    CadreEvaluation: cadreEvaluationResolvers,
    CadreStepRaiseGranted: cadreStepRaiseGrantedResolvers,
    CadreDiscipline: cadreDisciplineResolvers,
    CadreGradePromotionGranted: cadreGradePromotionGrantedResolvers,
  },
  loaders: createCadresLoaders,
  seed: cadresSeeder,
  mappers: cadresMappers,
  recordParts: cadresRecordParts,
  access: {
    // the register names people: province officers only, and its lists span the province
    provinceWide: ['cadre', 'cadresDueStepRaise', 'cadresRetiring', 'cadresCheckupDue', 'cadresNotEvaluated', 'cadresEligibleForGradePromotion'],
    identifying: { Cadre: ['fullName', 'birthDate'] },
  },
};
