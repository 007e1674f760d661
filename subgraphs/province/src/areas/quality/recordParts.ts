// What of a member's quality ratings travels with a transfer (core/recordParts.ts): every version of every year,
// with where it was given. No organisation of the destination gave them, so there they count in no organisation's
// distribution or HTXS cap (migration 053), while the member's record lists them.
import type { RecordPart } from '../../core/recordParts.ts';

const qualityRatings: RecordPart = {
  name: 'qualityRatings',
  export: async (tx, memberId, ctx) =>
    (await tx.rows<{ r: unknown }>(
      `SELECT jsonb_build_object('year', q.year, 'version', q.version, 'score', q.score, 'approver', q.approver,
                'decision_date', q.decision_date, 'reason', q.reason, 'is_current', q.is_current, 'recorded_at', q.recorded_at,
                'actor', q.actor, 'rated_in_province', coalesce(q.rated_in_province, $2), 'rated_in_org', coalesce(q.rated_in_org, o.name)) AS r
         FROM quality_rating q LEFT JOIN party_org o ON o.id = q.org_id
        WHERE q.member_id = $1::uuid ORDER BY q.year, q.version`,
      [memberId, ctx.provinceCode],
    )).map((x) => x.r),
  async import(tx, memberId, data) {
    // ON CONFLICT without a target: a returning member's own rows here win, on (member, year, version) and on
    // the one current rating of a year alike
    await tx.rows(
      `INSERT INTO quality_rating (member_id, year, version, score, org_id, approver, decision_date, reason, is_current,
                                  recorded_at, actor, rated_in_province, rated_in_org)
       SELECT $1::uuid, r.year, r.version, r.score, NULL, r.approver, r.decision_date, r.reason, r.is_current,
              r.recorded_at, r.actor, r.rated_in_province, r.rated_in_org
         FROM jsonb_to_recordset($2::jsonb) AS r(year int, version int, score smallint, approver text, decision_date date,
              reason text, is_current boolean, recorded_at timestamptz, actor text, rated_in_province text, rated_in_org text)
       ON CONFLICT DO NOTHING`,
      [memberId, JSON.stringify(data)],
    );
  },
};

export const qualityRecordParts: readonly RecordPart[] = [qualityRatings];
