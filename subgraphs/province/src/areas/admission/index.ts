// Process 1, admission: candidates, the admission decision, recognition as official, the period's figures.
import type { Area } from '../../core/area.ts';
import { admissionMappers } from './mappers.ts';
import { admissionMutations, admissionProvinceFields, admissionReportResolvers, candidateResolvers } from './resolvers.ts';
import { admissionSeeder } from './seed.ts';

export const admissionArea: Area<undefined> = {
  name: 'admission',
  resolvers: {
    Province01: admissionProvinceFields,
    ProvinceMutations: admissionMutations,
    ProvinceReport: admissionReportResolvers,
    Candidate: candidateResolvers,
  },
  seed: admissionSeeder,
  mappers: admissionMappers,
};
