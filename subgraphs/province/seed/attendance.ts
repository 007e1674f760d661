// The rolls of the held meetings, written by the server in one INSERT … SELECT once every area's seeder has run,
// so that they follow the system's own rule for who is expected at a meeting on day d (the cell's members
// counted on d, joined_on <= d < left_on, minus those exempt on d by their dated exemptions, which the lifecycle
// seeder writes). Server-side, the rows are never parsed from text, and no roll is adjusted afterwards.
//
// Presence comes from hashes of the ids and the seed (deterministic for the same options), with the same odds
// the generator used: ~88% present, 8% excused, 4% unexcused; 5% of members (working away, caring for someone)
// are excused about every other meeting, so the "excused more than 3 times in a row" flag has content.
import type { PoolClient } from '../../shared/db.ts';

/** Local day of a meeting: members are expected if counted on it. */
const MEETING_DAY = `(mt.started_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`;

/** Per mille thresholds [present, present + excused] for the usual and the often-excused members. */
const USUAL_ODDS = [905, 965] as const;
const OFTEN_EXCUSED_ODDS = [500, 950] as const;
const OFTEN_EXCUSED_PCT = 5;

const INSERT_ATTENDANCE = `
INSERT INTO attendance (meeting_id, member_id, presence)
SELECT r.meeting_id, r.member_id,
       CASE WHEN r.draw < CASE WHEN r.often THEN ${OFTEN_EXCUSED_ODDS[0]} ELSE ${USUAL_ODDS[0]} END THEN 'PRESENT'
            WHEN r.draw < CASE WHEN r.often THEN ${OFTEN_EXCUSED_ODDS[1]} ELSE ${USUAL_ODDS[1]} END THEN 'EXCUSED'
            ELSE 'UNEXCUSED' END::presence
  FROM (
    -- uuid_hash_extended: a 64-bit hash of the uuid's bytes, with no text conversion (tens of millions of rows)
    SELECT mt.id AS meeting_id, m.id AS member_id,
           (uuid_hash_extended(m.id, $1) % 100 + 100) % 100 < ${OFTEN_EXCUSED_PCT} AS often,
           (uuid_hash_extended(m.id, uuid_hash_extended(mt.id, $1)) % 1000 + 1000) % 1000 AS draw
      FROM meeting mt
      JOIN member m ON m.cell_id = mt.cell_id AND m.joined_on <= ${MEETING_DAY}
                   AND (m.left_on IS NULL OR m.left_on > ${MEETING_DAY})
     WHERE mt.status = 'HELD'
       AND NOT EXISTS (SELECT 1 FROM member_exemption e
                        WHERE e.member_id = m.id AND e.starts_on <= ${MEETING_DAY}
                          AND (e.ends_on IS NULL OR e.ends_on > ${MEETING_DAY}))
  ) r`;

/** Writes the attendance of every held meeting; resolves with the number of rows. */
export async function insertAttendance(client: PoolClient, seed: number): Promise<number> {
  const result = await client.query(INSERT_ATTENDANCE, [seed]);
  return result.rowCount ?? 0;
}
