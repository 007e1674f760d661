// Fills a legacy database (this folder's migrations) from a province database of the national implementation,
// e.g. one seeded by `npm start`: how "both load from the same seed". It reads the national tables with plain SQL
// (party_org, member, meeting, attendance: the national implementation's shape, read-only) and writes the legacy
// shape, converting codes (codes.ts, and the legacy catalogues dm_dan_toc and dm_ton_giao) and dates (DD/MM/YYYY
// text, local meeting times). The target's records are replaced in one transaction.
import type pg from 'pg';
import { MEETING_TYPE, ORG_LEVEL, PRESENCE, SEX, STATE, STATUS, legacyDate, toLegacy } from '../src/codes.ts';

export interface LoadSummary {
  organisations: number;
  members: number;
  meetings: number;
  attendance: number;
}

/** Rows per INSERT … unnest: one statement per chunk keeps a city-size load's parameters bounded. */
const CHUNK = 20_000;

interface NationalOrg { id: string; parent_id: string | null; level: string; name: string; commune_code: string | null; active: boolean; depth: number }
interface NationalMember {
  id: string; full_name: string; sex: string; birth_date: string; citizen_id: string; ethnicity_code: string | null;
  religion_code: string | null; admission_decision_date: string; official_date: string | null; status: string; state: string;
  cell_id: string; joined_on: string; left_on: string | null;
}
interface NationalMeeting { id: string; cell_id: string; type: string; topic: string; started: string; ended: string; docs: string | null }
interface NationalAttendance { meeting_id: string; member_id: string; presence: string }

export async function loadFromNationalSeed(source: pg.Pool, target: pg.Pool): Promise<LoadSummary> {
  const q = async <T extends pg.QueryResultRow>(sql: string) => (await source.query<T>(sql)).rows;
  // the tree top-down, so that every parent has its legacy id (and path) before its children
  const orgs = await q<NationalOrg>(`
    WITH RECURSIVE t AS (
      SELECT id, parent_id, level::text, name, commune_code::text, active, 0 AS depth FROM party_org WHERE parent_id IS NULL
      UNION ALL
      SELECT o.id, o.parent_id, o.level::text, o.name, o.commune_code::text, o.active, t.depth + 1 FROM party_org o JOIN t ON o.parent_id = t.id)
    SELECT * FROM t ORDER BY depth, id`);
  const members = await q<NationalMember>(`
    SELECT id, full_name, sex::text, birth_date::text, citizen_id::text, ethnicity_code, religion_code,
           admission_decision_date::text, official_date::text, status::text, state::text, cell_id, joined_on::text, left_on::text
      FROM member ORDER BY id`);
  // held meetings only (a scheduled or cancelled one has no start): the legacy book records meetings once held
  const local = (column: string) => `to_char(${column} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD HH24:MI:SS.US')`;
  const meetings = await q<NationalMeeting>(`
    SELECT id, cell_id, type::text, topic, ${local('started_at')} AS started, ${local('ended_at')} AS ended, ${local('docs_published_at')} AS docs
      FROM meeting WHERE started_at IS NOT NULL ORDER BY id`);
  const attendance = await q<NationalAttendance>(`
    SELECT a.meeting_id, a.member_id, a.presence::text FROM attendance a JOIN meeting m ON m.id = a.meeting_id
     WHERE m.started_at IS NOT NULL ORDER BY a.meeting_id, a.member_id`);

  const legacyId = new Map<string, number>();
  const pathOf = new Map<string, string>();
  orgs.forEach((o, i) => {
    const id = i + 1;
    legacyId.set(o.id, id);
    pathOf.set(o.id, o.parent_id ? `${pathOf.get(o.parent_id)}/${id}` : String(id));
  });
  const cellOf = (nationalId: string) => {
    const id = legacyId.get(nationalId);
    if (id === undefined) throw new Error(`organisation ${nationalId} is referenced but missing`);
    return id;
  };

  const client = await target.connect();
  try {
    await client.query('BEGIN');
    const catalogue = async (table: string, code: string) =>
      new Map((await client.query<{ own: string; national: string }>(`SELECT ${code} AS own, ma_quoc_gia AS national FROM ${table}`)).rows.map((r) => [r.national, r.own]));
    const ethnicities = await catalogue('dm_dan_toc', 'ma_dan_toc');
    const religions = await catalogue('dm_ton_giao', 'ma_ton_giao');
    const own = (map: Map<string, string>, national: string | null, what: string) => {
      if (national === null) return null;
      const code = map.get(national);
      if (code === undefined) throw new Error(`national ${what} code ${national} is not in the legacy catalogue`);
      return code;
    };
    await client.query('TRUNCATE diem_danh, sinh_hoat_chi_bo, dang_vien, to_chuc_dang');
    await insert(client, 'to_chuc_dang', ['ma_to_chuc int', 'ma_dinh_danh uuid', 'ten_to_chuc text', 'cap smallint', 'duong_dan text', 'ma_xa text', 'hoat_dong boolean'],
      orgs.map((o) => [legacyId.get(o.id), o.id, o.name, toLegacy(ORG_LEVEL, o.level, 'level'), pathOf.get(o.id), o.commune_code, o.active]));
    await insert(client, 'dang_vien', [
      'ma_dang_vien uuid', 'ho_ten text', 'gioi_tinh smallint', 'ngay_sinh text', 'so_cccd text', 'ma_dan_toc text', 'ma_ton_giao text',
      'ngay_vao_dang text', 'ngay_chinh_thuc text', 'trang_thai text', 'tinh_trang text', 'ma_chi_bo int', 'ngay_den text', 'ngay_ra text',
    ], members.map((m) => [
      m.id, m.full_name, toLegacy(SEX, m.sex, 'sex'), legacyDate(m.birth_date), m.citizen_id, own(ethnicities, m.ethnicity_code, 'ethnicity'),
      own(religions, m.religion_code, 'religion'), legacyDate(m.admission_decision_date), legacyDate(m.official_date),
      toLegacy(STATUS, m.status, 'status'), toLegacy(STATE, m.state, 'state'), cellOf(m.cell_id), legacyDate(m.joined_on), legacyDate(m.left_on),
    ]));
    await insert(client, 'sinh_hoat_chi_bo', ['ma_buoi uuid', 'ma_chi_bo int', 'loai text', 'noi_dung text', 'bat_dau timestamp', 'ket_thuc timestamp', 'gui_tai_lieu timestamp'],
      meetings.map((m) => [m.id, cellOf(m.cell_id), toLegacy(MEETING_TYPE, m.type, 'meeting type'), m.topic, m.started, m.ended, m.docs]));
    await insert(client, 'diem_danh', ['ma_buoi uuid', 'ma_dang_vien uuid', 'co_mat text'],
      attendance.map((a) => [a.meeting_id, a.member_id, toLegacy(PRESENCE, a.presence, 'presence')]));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  // fresh statistics and visibility map: the planner sees the new rows, and index-only scans need no table access
  await target.query('VACUUM ANALYZE to_chuc_dang, dang_vien, sinh_hoat_chi_bo, diem_danh');
  return { organisations: orgs.length, members: members.length, meetings: meetings.length, attendance: attendance.length };
}

/** INSERT INTO table SELECT FROM unnest(one array per column), in chunks; `columns` are "name type". */
async function insert(client: pg.PoolClient, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const names = columns.map((c) => c.split(' ')[0]);
  const arrays = columns.map((c, i) => `$${i + 1}::${c.split(' ')[1]}[]`);
  for (let start = 0; start < rows.length; start += CHUNK) {
    const chunk = rows.slice(start, start + CHUNK);
    await client.query(
      `INSERT INTO ${table} (${names.join(', ')}) SELECT * FROM unnest(${arrays.join(', ')})`,
      columns.map((_c, i) => chunk.map((row) => row[i])),
    );
  }
}
