// The exchanges the carrier (carrier/) carries: transfers between provinces (process 4) and the period reports
// submitted to the Centre. One area, not two: the carrier's outbox holds both, the period snapshot counts the
// transfers, and both are written by officers and delivered by the SYSTEM identities (transferAccess.ts).
import type { Area } from '../../core/area.ts';
import { createExchangeLoaders } from './loaders.ts';
import { exchangeMappers } from './mappers.ts';
import { periodReportMutations, periodReportProvinceFields, reportSubmissionResolvers } from './periodReports.ts';
import {
  carrierOutboxResolvers, reportFiguresResolvers, transferMessageResolvers, transferMutations, transferProvinceFields, transferReportResolvers, transferResolvers,
} from './transfers.ts';

export const exchangeArea: Area<typeof createExchangeLoaders> = {
  name: 'exchange',
  resolvers: {
    Province01: { ...transferProvinceFields, ...periodReportProvinceFields },
    ProvinceMutations: { ...transferMutations, ...periodReportMutations },
    ProvinceReport: transferReportResolvers,
    Transfer: transferResolvers,
    TransferMessage: transferMessageResolvers,
    CarrierOutbox: carrierOutboxResolvers,
    ReportSubmission: reportSubmissionResolvers,
    ReportFigures: reportFiguresResolvers,
  },
  loaders: createExchangeLoaders,
  access: {
    // submitted snapshots, salted hashes and transfer metadata: what the Centre compares, never a record
    analyst: ['submittedReport', 'reportRevisions', 'citizenIdHashes', 'transfers'],
    // a revision number; the transfer list's length (the list is the national check's only: transferAccess.ts)
    notCounts: ['ReportSubmission.revision', 'TransferConnection.totalCount'],
    // the carrier and the report push: the outbox and the exchange state
    system: ['carrierOutbox', 'transfer', 'transfers', 'submittedReport', 'reportRevisions', 'citizenIdHashes'],
    // a transfer names its member
    provinceWide: ['transfers', 'transfer'],
    identifying: { Transfer: ['fullName'] },
  },
  mappers: exchangeMappers,
};
