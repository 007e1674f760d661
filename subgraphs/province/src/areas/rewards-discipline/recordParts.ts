// Rewards and disciplinary measures travel with a transferred member (core/recordParts.ts): the same decisions at
// the destination, once each (a member's decision number is unique).
import type { RecordPart } from '../../core/recordParts.ts';

const rows = (table: string): RecordPart['export'] => async (tx, memberId) =>
  (await tx.rows<{ r: unknown }>(`SELECT to_jsonb(x) - 'id' - 'member_id' AS r FROM ${table} x WHERE member_id = $1::uuid ORDER BY decided_on, decision_no`, [memberId])).map((x) => x.r);

const rewards: RecordPart = {
  name: 'rewards',
  export: rows('member_reward'),
  async import(tx, memberId, data) {
    await tx.rows(
      `INSERT INTO member_reward (member_id, kind, level, title, decision_no, decided_on, issued_by, recorded_at, actor)
       SELECT $1::uuid, r.kind, r.level, r.title, r.decision_no, r.decided_on, r.issued_by, r.recorded_at, r.actor
         FROM jsonb_populate_recordset(NULL::member_reward, $2::jsonb) r
       ON CONFLICT (member_id, decision_no) DO NOTHING`,
      [memberId, JSON.stringify(data)],
    );
  },
};

const disciplines: RecordPart = {
  name: 'disciplines',
  export: rows('member_discipline'),
  async import(tx, memberId, data) {
    await tx.rows(
      `INSERT INTO member_discipline (member_id, measure, level, decision_no, decided_on, decided_by, reason, post, in_force_until, recorded_at, actor)
       SELECT $1::uuid, r.measure, r.level, r.decision_no, r.decided_on, r.decided_by, r.reason, r.post, r.in_force_until, r.recorded_at, r.actor
         FROM jsonb_populate_recordset(NULL::member_discipline, $2::jsonb) r
       ON CONFLICT (member_id, decision_no) DO NOTHING`,
      [memberId, JSON.stringify(data)],
    );
  },
};

export const rewardsDisciplineRecordParts: readonly RecordPart[] = [rewards, disciplines];
