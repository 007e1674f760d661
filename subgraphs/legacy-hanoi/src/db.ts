// The legacy tables read as the standard's records: every statement the adapter runs. Codes are turned into the
// standard's values here (codes.ts; ethnicity and religion through the legacy catalogues), text dates into ISO
// dates, local meeting times into instants, integer organisation ids into the national ids (ma_dinh_danh).
import pg from 'pg';
import { CELL_LEVELS, MEETING_TYPE, ORG_LEVEL, PRESENCE, REGULAR_TYPES, SEX, STATE, STATUS, isoDate, toLegacy, toNational } from './codes.ts';

export interface OrgRow {
  id: string;
  parent_id: string | null;
  level: string;
  name: string;
  commune_code: string | null;
  active: boolean;
}

export interface MemberRow {
  id: string;
  full_name: string;
  sex: string;
  birth_date: string;
  citizen_id: string;
  ethnicity_code: string | null;
  religion_code: string | null;
  status: string;
  state: string;
  admission_decision_date: string;
  official_date: string | null;
  cell_id: string;
}

export interface MeetingRow {
  id: string;
  cell_id: string;
  type: string;
  topic: string;
  started_at: Date;
  ended_at: Date;
  docs_published_at: Date | null;
  month: string;
  expected: number;
  present: number;
}

export interface AttendanceRow {
  meeting_id: string;
  member_id: string;
  presence: string;
}

/** The foundation report's true counts as of a month's last day (the month's meetings for the meeting figures). */
export interface ReportCounts {
  members: number;
  official: number;
  male: number;
  female: number;
  cells: number;
  meetingsHeld: number;
  regularCells: number;
  expected: number;
  present: number;
}

/** The filter of members(…), in the standard's values. */
export interface MemberFilter {
  status?: string | null;
  state?: string | null;
  sex?: string | null;
  cellId?: string | null;
  nameContains?: string | null;
}

/** Whose records a list covers: the whole province, one commune's cells, or one cell (national ids). */
export interface ListScope {
  communeCode?: string;
  cellId?: string;
}

const ORG_SELECT = `o.ma_dinh_danh AS id, o.ten_to_chuc, o.cap, o.ma_xa, o.hoat_dong,
  (SELECT p.ma_dinh_danh FROM to_chuc_dang p WHERE o.duong_dan LIKE '%/%' AND p.duong_dan = regexp_replace(o.duong_dan, '/[0-9]+$', '')) AS parent_id`;

const MEMBER_SELECT = `d.ma_dang_vien AS id, d.ho_ten, d.gioi_tinh, d.ngay_sinh, d.so_cccd, dt.ma_quoc_gia AS dan_toc,
  tg.ma_quoc_gia AS ton_giao, d.trang_thai, d.tinh_trang, d.ngay_vao_dang, d.ngay_chinh_thuc, c.ma_dinh_danh AS chi_bo`;
const MEMBER_FROM = `dang_vien d JOIN to_chuc_dang c ON c.ma_to_chuc = d.ma_chi_bo
  LEFT JOIN dm_dan_toc dt ON dt.ma_dan_toc = d.ma_dan_toc LEFT JOIN dm_ton_giao tg ON tg.ma_ton_giao = d.ma_ton_giao`;

// Meeting times are Hà Nội local time: AT TIME ZONE makes them instants; a month is compared in local time.
const MEETING_SELECT = `s.ma_buoi AS id, c.ma_dinh_danh AS chi_bo, s.loai, s.noi_dung,
  s.bat_dau AT TIME ZONE 'Asia/Ho_Chi_Minh' AS started_at, s.ket_thuc AT TIME ZONE 'Asia/Ho_Chi_Minh' AS ended_at,
  s.gui_tai_lieu AT TIME ZONE 'Asia/Ho_Chi_Minh' AS docs_published_at, to_char(s.bat_dau, 'YYYY-MM') AS month,
  (SELECT count(*) FROM diem_danh a WHERE a.ma_buoi = s.ma_buoi)::int AS expected,
  (SELECT count(*) FROM diem_danh a WHERE a.ma_buoi = s.ma_buoi AND a.co_mat = 'C')::int AS present`;

type Raw = Record<string, any>;

const org = (r: Raw): OrgRow => ({
  id: r.id, parent_id: r.parent_id, level: toNational(ORG_LEVEL, r.cap, 'level'), name: r.ten_to_chuc, commune_code: r.ma_xa, active: r.hoat_dong,
});
const member = (r: Raw): MemberRow => ({
  id: r.id, full_name: r.ho_ten, sex: toNational(SEX, r.gioi_tinh, 'sex'), birth_date: isoDate(r.ngay_sinh), citizen_id: r.so_cccd,
  ethnicity_code: r.dan_toc, religion_code: r.ton_giao, status: toNational(STATUS, r.trang_thai, 'status'),
  state: toNational(STATE, r.tinh_trang, 'state'), admission_decision_date: isoDate(r.ngay_vao_dang),
  official_date: isoDate(r.ngay_chinh_thuc), cell_id: r.chi_bo,
});
const meeting = (r: Raw): MeetingRow => ({
  id: r.id, cell_id: r.chi_bo, type: toNational(MEETING_TYPE, r.loai, 'meeting type'), topic: r.noi_dung, started_at: r.started_at,
  ended_at: r.ended_at, docs_published_at: r.docs_published_at, month: r.month, expected: r.expected, present: r.present,
});

/** `AND …` limiting a list to the scope, on the cell organisation aliased `c`; appends its parameters. */
function scopeSql(scope: ListScope, params: unknown[]): string {
  let sql = '';
  if (scope.cellId) sql += ` AND c.ma_dinh_danh = $${params.push(scope.cellId)}::uuid`;
  if (scope.communeCode) sql += ` AND c.ma_xa = $${params.push(scope.communeCode)}`;
  return sql;
}

export class LegacyDb {
  /** `signal`: the request's bounds (its caller's deadline, its presence); statements obey it. */
  constructor(
    private readonly pool: pg.Pool,
    private readonly signal?: AbortSignal,
  ) {}

  /** The same database for one request: once `signal` aborts, the statement in flight is cancelled on the server. */
  bounded(signal: AbortSignal): LegacyDb {
    return new LegacyDb(this.pool, signal);
  }

  private async rows(sql: string, params: unknown[] = []): Promise<Raw[]> {
    const signal = this.signal;
    if (!signal) return (await this.pool.query(sql, params)).rows as Raw[];
    if (signal.aborted) throw signal.reason;
    const client = await this.pool.connect();
    // The server cancels the backend's statement (pg_cancel_backend), asked from a session of its own: the pool's
    // connections may all be busy with statements that wait for the very cancel.
    const pid = (client as unknown as { processID: number }).processID;
    const cancel = () => {
      const other = new pg.Client(this.pool.options);
      void other.connect().then(() => other.query('SELECT pg_cancel_backend($1)', [pid])).catch(() => {}).finally(() => void other.end().catch(() => {}));
    };
    signal.addEventListener('abort', cancel, { once: true });
    try {
      return (await client.query(sql, params)).rows as Raw[];
    } catch (error) {
      throw signal.aborted ? signal.reason : error;
    } finally {
      signal.removeEventListener('abort', cancel);
      client.release();
    }
  }

  async orgsByIds(ids: readonly string[]): Promise<OrgRow[]> {
    return (await this.rows(`SELECT ${ORG_SELECT} FROM to_chuc_dang o WHERE o.ma_dinh_danh = ANY($1::uuid[])`, [ids])).map(org);
  }

  /** The direct children of each organisation (the path one id longer), ordered by name then id. */
  async childrenOf(ids: readonly string[]): Promise<OrgRow[]> {
    const rows = await this.rows(
      `SELECT ${ORG_SELECT} FROM to_chuc_dang p JOIN to_chuc_dang o
          ON o.duong_dan LIKE p.duong_dan || '/%' AND o.duong_dan NOT LIKE p.duong_dan || '/%/%'
        WHERE p.ma_dinh_danh = ANY($1::uuid[]) ORDER BY p.ma_dinh_danh, o.ten_to_chuc, o.ma_dinh_danh`,
      [ids],
    );
    return rows.map(org);
  }

  async rootOrg(): Promise<OrgRow | null> {
    const [row] = await this.rows(`SELECT ${ORG_SELECT} FROM to_chuc_dang o WHERE o.duong_dan NOT LIKE '%/%'`);
    return row ? org(row) : null;
  }

  /** Members counted today (no ngay_ra) whose cell is each organisation. */
  async memberCounts(ids: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.rows(
      `SELECT c.ma_dinh_danh AS id, count(*)::int AS n FROM dang_vien d JOIN to_chuc_dang c ON c.ma_to_chuc = d.ma_chi_bo
        WHERE c.ma_dinh_danh = ANY($1::uuid[]) AND d.ngay_ra IS NULL GROUP BY 1`,
      [ids],
    );
    return new Map(rows.map((r) => [r.id as string, r.n as number]));
  }

  async membersByIds(ids: readonly string[]): Promise<MemberRow[]> {
    return (await this.rows(`SELECT ${MEMBER_SELECT} FROM ${MEMBER_FROM} WHERE d.ma_dang_vien = ANY($1::uuid[])`, [ids])).map(member);
  }

  /** A keyset page of members counted today (by id, after `after`), and the filter's total. */
  async memberPage(filter: MemberFilter, scope: ListScope, after: string | null, limit: number): Promise<{ rows: MemberRow[]; total: number }> {
    const params: unknown[] = [];
    let where = 'd.ngay_ra IS NULL';
    if (filter.status) where += ` AND d.trang_thai = $${params.push(toLegacy(STATUS, filter.status, 'status'))}`;
    if (filter.state) where += ` AND d.tinh_trang = $${params.push(toLegacy(STATE, filter.state, 'state'))}`;
    if (filter.sex) where += ` AND d.gioi_tinh = $${params.push(toLegacy(SEX, filter.sex, 'sex'))}`;
    if (filter.cellId) where += ` AND c.ma_dinh_danh = $${params.push(filter.cellId)}::uuid`;
    if (filter.nameContains) where += ` AND d.ho_ten ILIKE '%' || $${params.push(escapeLike(filter.nameContains))} || '%'`;
    where += scopeSql(scope, params);
    return this.page(MEMBER_SELECT, MEMBER_FROM, where, params, 'd.ma_dang_vien', after, limit, member);
  }

  /** A keyset page of the meetings held in the month starting `firstDay` (local time), and their total. */
  async meetingPage(firstDay: string, cellId: string | null, scope: ListScope, after: string | null, limit: number): Promise<{ rows: MeetingRow[]; total: number }> {
    const params: unknown[] = [firstDay];
    let where = `s.bat_dau >= $1::timestamp AND s.bat_dau < $1::timestamp + interval '1 month'`;
    if (cellId) where += ` AND c.ma_dinh_danh = $${params.push(cellId)}::uuid`;
    where += scopeSql(scope, params);
    const from = 'sinh_hoat_chi_bo s JOIN to_chuc_dang c ON c.ma_to_chuc = s.ma_chi_bo';
    return this.page(MEETING_SELECT, from, where, params, 's.ma_buoi', after, limit, meeting);
  }

  async attendanceOf(meetingIds: readonly string[]): Promise<AttendanceRow[]> {
    const rows = await this.rows(
      'SELECT ma_buoi, ma_dang_vien, co_mat FROM diem_danh WHERE ma_buoi = ANY($1::uuid[]) ORDER BY ma_buoi, ma_dang_vien',
      [meetingIds],
    );
    return rows.map((r) => ({ meeting_id: r.ma_buoi, member_id: r.ma_dang_vien, presence: toNational(PRESENCE, r.co_mat, 'presence') }));
  }

  /**
   * The counts of the standard's foundation report for the month firstDay..lastDay: members counted on lastDay
   * (arrived on or before it, not left by it), official ones (recognised by then), by sex; active cells (today's
   * state, as the standard counts them); the month's meetings, their rolls, and the cells with a regular one.
   */
  async reportCounts(firstDay: string, lastDay: string): Promise<ReportCounts> {
    // One pass over the members and one over the month's rolls (through the roll's key, meeting by meeting):
    // the text dates make every member row a to_date() call, so nothing scans a table twice.
    const [r] = await this.rows(
      `WITH d AS (
         SELECT count(*) AS members,
                count(*) FILTER (WHERE to_date(ngay_chinh_thuc, 'DD/MM/YYYY') <= $2::date) AS official,
                count(*) FILTER (WHERE gioi_tinh = 1) AS male,
                count(*) FILTER (WHERE gioi_tinh = 2) AS female
           FROM dang_vien
          WHERE to_date(ngay_den, 'DD/MM/YYYY') <= $2::date AND (ngay_ra IS NULL OR to_date(ngay_ra, 'DD/MM/YYYY') > $2::date)),
       s AS (SELECT ma_buoi, ma_chi_bo, loai FROM sinh_hoat_chi_bo WHERE bat_dau >= $1::timestamp AND bat_dau < $1::timestamp + interval '1 month'),
       chi_bo AS (SELECT ma_to_chuc FROM to_chuc_dang WHERE hoat_dong AND cap = ANY($3::smallint[])),
       roll AS (SELECT count(*) AS expected, count(*) FILTER (WHERE a.co_mat = 'C') AS present
                  FROM s CROSS JOIN LATERAL (SELECT co_mat FROM diem_danh WHERE diem_danh.ma_buoi = s.ma_buoi) a)
       SELECT d.members::int, d.official::int, d.male::int, d.female::int,
              (SELECT count(*) FROM chi_bo)::int AS cells,
              (SELECT count(*) FROM s)::int AS meetings_held,
              (SELECT count(DISTINCT s.ma_chi_bo) FROM s JOIN chi_bo ON chi_bo.ma_to_chuc = s.ma_chi_bo WHERE s.loai = ANY($4::text[]))::int AS regular_cells,
              roll.expected::int, roll.present::int
         FROM d, roll`,
      [firstDay, lastDay, CELL_LEVELS, REGULAR_TYPES],
    );
    return {
      members: r!.members, official: r!.official, male: r!.male, female: r!.female, cells: r!.cells,
      meetingsHeld: r!.meetings_held, regularCells: r!.regular_cells, expected: r!.expected, present: r!.present,
    };
  }

  /** One row of the read audit (nhat_ky_truy_cap, append-only). */
  async writeReadAudit(entry: { actor: string; role: string; memberIds: string[]; fields: string[]; queryHash: string }): Promise<void> {
    await this.pool.query(
      'INSERT INTO nhat_ky_truy_cap (nguoi_truy_cap, vai_tro, ds_dang_vien, ds_truong, ma_bam_truy_van) VALUES ($1, $2, $3::uuid[], $4::text[], $5)',
      [entry.actor, entry.role, entry.memberIds, entry.fields, entry.queryHash],
    );
  }

  /** The communes (5-digit codes) the city's organisations belong to. */
  async communeCodes(): Promise<Set<string>> {
    return new Set((await this.rows('SELECT DISTINCT ma_xa FROM to_chuc_dang WHERE ma_xa IS NOT NULL')).map((r) => r.ma_xa as string));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  private async page<T>(
    select: string, from: string, where: string, params: unknown[], key: string, after: string | null, limit: number, map: (r: Raw) => T,
  ): Promise<{ rows: T[]; total: number }> {
    const pageParams = [...params];
    const afterSql = after ? ` AND ${key} > $${pageParams.push(after)}::uuid` : '';
    pageParams.push(limit);
    const [rows, [count]] = await Promise.all([
      this.rows(`SELECT ${select} FROM ${from} WHERE ${where}${afterSql} ORDER BY ${key} LIMIT $${pageParams.length}`, pageParams),
      this.rows(`SELECT count(*)::int AS total FROM ${from} WHERE ${where}`, params),
    ]);
    return { rows: rows.map(map), total: count!.total as number };
  }
}

/** LIKE wildcards in a name filter match themselves. */
const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
