// The people with merit linked to a transferred member travel with them (core/recordParts.ts), with the visits and
// gifts they were given: the same person (same id) on the destination's register, cared for by the member's new
// cell; at the source they leave the register once the member is TRANSFERRED_OUT (db.ts onRegister).
import type { RecordPart } from '../../core/recordParts.ts';

const meritPeople: RecordPart = {
  name: 'meritPeople',
  async export(tx, memberId) {
    const rows = await tx.rows<{ r: unknown }>(
      `SELECT to_jsonb(p) - 'member_id' - 'org_id'
              || jsonb_build_object('care', coalesce((SELECT jsonb_agg(to_jsonb(c) - 'id' - 'person_id' ORDER BY c.occasion_year, c.occasion_kind)
                                                        FROM merit_care c WHERE c.person_id = p.id), '[]'::jsonb)) AS r
         FROM merit_person p WHERE p.member_id = $1::uuid ORDER BY p.registered_on, p.id`,
      [memberId],
    );
    return rows.map((x) => x.r);
  },
  async import(tx, memberId, data) {
    const json = JSON.stringify(data);
    // a member who comes back: their people already here are cared for by their cell again
    await tx.rows(
      `INSERT INTO merit_person (id, full_name, birth_year, sex, category, member_id, cadre_name, relation, org_id, registered_on, recorded_at, actor)
       SELECT r.id, r.full_name, r.birth_year, r.sex, r.category, $1::uuid, NULL, r.relation, m.cell_id, r.registered_on, r.recorded_at, r.actor
         FROM jsonb_populate_recordset(NULL::merit_person, $2::jsonb) r CROSS JOIN member m WHERE m.id = $1::uuid
       ON CONFLICT (id) DO UPDATE SET member_id = EXCLUDED.member_id, org_id = EXCLUDED.org_id`,
      [memberId, json],
    );
    await tx.rows(
      `INSERT INTO merit_care (person_id, kind, occasion_kind, occasion_year, given_on, value_vnd, given_by, recorded_at, actor)
       SELECT (p ->> 'id')::uuid, c.kind, c.occasion_kind, c.occasion_year, c.given_on, c.value_vnd, c.given_by, c.recorded_at, c.actor
         FROM jsonb_array_elements($1::jsonb) p CROSS JOIN LATERAL jsonb_populate_recordset(NULL::merit_care, p -> 'care') c
       ON CONFLICT (person_id, occasion_kind, occasion_year) DO NOTHING`,
      [json],
    );
  },
};

export const meritCareRecordParts: readonly RecordPart[] = [meritPeople];
