// The report summaries with this process's configuration (core/reportSummaries.ts; migrations 050, 051): the fee
// rates (areas/fees/rules.ts), the probation rules (core/admissionRules.ts), the handbook rules and the transfer
// deadline the summaries are computed with. The seed rebuilds them once at its end; the subgraph records its
// configuration at start and rebuilds on a change.
import type { Pool, PoolClient } from '../../../shared/db.ts';
import type { ProvinceRules } from '../config.ts';
import { deferSummaries, rebuildSummaries, syncSummarySettings, type SummarySettings } from '../core/reportSummaries.ts';
import { TRANSFER_DUE_DAYS } from './exchange/rules.ts';
import { ratesParam } from './fees/db.ts';
import { HANDBOOK_RULES } from './handbook/rules.ts';

/** The configuration the summaries depend on, as report_summary_setting stores it. */
export function summarySettings({ fees, admission }: ProvinceRules): SummarySettings {
  return {
    fee_rates: JSON.parse(ratesParam(fees)),
    fee_arrears: { threshold_months: fees.arrears.thresholdMonths, window_months: fees.arrears.windowMonths },
    admission: { probation_months: admission.probationMonths, grace_days: admission.recognitionGraceDays },
    // migration 051: the meeting flags and excused streaks, the transfer deadline (constants, but recorded all the
    // same, so a change of one rebuilds the summaries instead of leaving them computed with the old value)
    handbook: {
      min_minutes: HANDBOOK_RULES.minMinutes, min_combined_minutes: HANDBOOK_RULES.minCombinedMinutes,
      low_attendance_percent: HANDBOOK_RULES.lowAttendancePercent, docs_lead_minutes: HANDBOOK_RULES.docsLeadMinutes,
      max_excused_in_a_row: HANDBOOK_RULES.maxExcusedInARow,
    },
    transfers: { due_days: TRANSFER_DUE_DAYS },
  };
}

/** Every report summary rebuilt from the raw rows, in the caller's transaction (the seed's last step). */
export const rebuildReportSummaries = (client: PoolClient, rules: ProvinceRules): Promise<void> =>
  rebuildSummaries(client, summarySettings(rules));

/** No summary upkeep for the rest of the caller's transaction; rebuildReportSummaries must follow in it. */
export const deferReportSummaries = (client: PoolClient, rules: ProvinceRules): Promise<void> =>
  deferSummaries(client, summarySettings(rules));

/** Records this process's configuration; rebuilds the summaries if they were computed with another. */
export const syncReportSummaries = (pool: Pool, rules: ProvinceRules): Promise<boolean> =>
  syncSummarySettings(pool, summarySettings(rules));
