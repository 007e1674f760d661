// Process 7, party fees: bases, payments, statements, arrears, the rate schedules and the monthly figures.
import type { Area } from '../../core/area.ts';
import { createFeesLoaders } from './loaders.ts';
import { feesMappers } from './mappers.ts';
import { feeMutations } from './mutations.ts';
import {
  feeBasisEntryResolvers, feeMonthResolvers, feePaymentResolvers, feeProvinceFields, feeReportField, feeReportResolvers, memberFeeResolvers,
} from './resolvers.ts';
import { feeRecordParts } from './recordParts.ts';
import { feesSeeder } from './seed.ts';

export const feesArea: Area<typeof createFeesLoaders> = {
  name: 'fees',
  resolvers: {
    Province01: feeProvinceFields,
    ProvinceMutations: feeMutations,
    ProvinceReport: feeReportField,
    Member: memberFeeResolvers,
    FeeBasisEntry: feeBasisEntryResolvers,
    FeeReport: feeReportResolvers,
    FeeMonth: feeMonthResolvers,
    FeePayment: feePaymentResolvers,
  },
  loaders: createFeesLoaders,
  // the rate schedules are configuration, not a record
  access: {
    analyst: ['feeRates'],
    // the configured rates: configuration, not counts
    notCounts: ['FeeRates.studentMonthlyVnd', 'FeeRates.exemptPartyAgeYears', 'FeeRates.reductionPercents', 'FeeRates.maxReductionMonths'],
  },
  seed: feesSeeder,
  mappers: feesMappers,
  recordParts: feeRecordParts,
};
