// Members with chosen dates, inserted straight into a province database, so a test knows every date that matters
// (admission, official date, joining) and can work out the expected answer by hand.
import { randomUUID } from 'node:crypto';
import type { Pool } from '../../subgraphs/shared/db.ts';

export interface FixtureMember {
  admission: string;
  /** Default: one year after admission (official); null makes a probationary member. */
  official?: string | null;
  /** Default: the admission date. */
  joined?: string;
  fullName?: string;
}

let serial = 0;

/** Inserts the member into some active cell of the province; returns the new member id. */
export async function insertMember(db: Pool, m: FixtureMember): Promise<string> {
  const id = randomUUID();
  const official = m.official === undefined ? `${Number(m.admission.slice(0, 4)) + 1}${m.admission.slice(4, 10)}` : m.official;
  // 2-29 + 1 year does not exist: the official date only needs to be a real date after admission here
  const officialDate = official?.endsWith('02-29') ? official.replace('02-29', '03-01') : official;
  serial++;
  const citizenId = `0999${String(process.pid % 10000).padStart(4, '0')}${String(serial).padStart(4, '0')}`;
  await db.query(
    `INSERT INTO member (id, citizen_id, full_name, sex, birth_date, admission_decision_date, official_date, status,
                         state, cell_id, joined_on)
     SELECT $1::uuid, $2, $3, 'NAM', ($4::date - interval '25 years')::date, $4::date, $5::date,
            CASE WHEN $5::date IS NULL THEN 'DU_BI' ELSE 'CHINH_THUC' END::member_status, 'ACTIVE',
            (SELECT id FROM party_org WHERE level IN ('CHI_BO', 'CHI_BO_CO_SO') AND active ORDER BY id LIMIT 1), $6::date`,
    [id, citizenId, m.fullName ?? `Thử Nghiệm ${serial}`, m.admission, officialDate, m.joined ?? m.admission],
  );
  return id;
}

/** A distinct name part for the n-th test person (A, B, … Z, AA, AB, …): names are letters, never digits. */
export const nameSuffix = (n: number): string => (n >= 26 ? nameSuffix(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
