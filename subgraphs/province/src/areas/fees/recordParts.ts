// What of a member's party fees travels with a transfer (core/recordParts.ts): the fee bases (so the member
// arrives with one: what is due here from the first month), and the months as the source computed them (due and
// paid), so that the destination's statement shows them and its arrears rule counts them instead of starting over.
import type { RecordPart } from '../../core/recordParts.ts';
import { addMonths } from '../../core/yearMonth.ts';
import { feeMonthsOfMember } from './db.ts';

/** The months that travel: a statement's longest span, up to the month of the transfer. */
const HISTORY_MONTHS = 24;

const feeBases: RecordPart = {
  name: 'feeBases',
  export: async (tx, memberId) =>
    (await tx.rows<{ r: unknown }>(
      `SELECT to_jsonb(b) - 'member_id' AS r FROM fee_basis_entry b WHERE member_id = $1::uuid ORDER BY effective_month`,
      [memberId],
    )).map((x) => x.r),
  async import(tx, memberId, data) {
    await tx.rows(
      `INSERT INTO fee_basis_entry (member_id, effective_month, basis, base_amount_vnd, reduction_pct, reduction_months,
                                    exemption_reason, note, recorded_at, actor)
       SELECT $1::uuid, r.effective_month, r.basis, r.base_amount_vnd, r.reduction_pct, r.reduction_months,
              r.exemption_reason, r.note, r.recorded_at, r.actor
         FROM jsonb_populate_recordset(NULL::fee_basis_entry, $2::jsonb) r
       ON CONFLICT (member_id, effective_month) DO NOTHING`,
      [memberId, JSON.stringify(data)],
    );
  },
};

interface TravellingMonth {
  month: string;
  province_code: string;
  basis: string | null;
  due_vnd: number | null;
  paid_vnd: number | null;
  channel: string | null;
  paid_on: string | null;
}

const feeHistory: RecordPart = {
  name: 'feeHistory',
  async export(tx, memberId, ctx) {
    const [{ month }] = await tx.rows<{ month: string }>(`SELECT to_char(now() AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM') AS month`);
    const months = await feeMonthsOfMember(tx, ctx.rules.fees, memberId, addMonths(month, 1 - HISTORY_MONTHS), month);
    return months.map((m): TravellingMonth => ({
      month: m.month, province_code: m.province_code ?? ctx.provinceCode, basis: m.basis, due_vnd: m.due_vnd,
      paid_vnd: m.paid_vnd, channel: m.channel, paid_on: m.paid_on,
    }));
  },
  async import(tx, memberId, data) {
    await tx.rows(
      `INSERT INTO fee_month_elsewhere (member_id, month, province_code, basis, due_vnd, paid_vnd, channel, paid_on)
       SELECT $1::uuid, (r.month || '-01')::date, r.province_code, r.basis::fee_basis, r.due_vnd, r.paid_vnd, r.channel::fee_channel, r.paid_on::date
         FROM jsonb_to_recordset($2::jsonb) AS r(month text, province_code text, basis text, due_vnd bigint, paid_vnd bigint, channel text, paid_on text)
       ON CONFLICT (member_id, month) DO NOTHING`,
      [memberId, JSON.stringify(data)],
    );
  },
};

export const feeRecordParts: readonly RecordPart[] = [feeBases, feeHistory];
