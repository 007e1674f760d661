// Period reports synchronised with the Centre: submit (snapshot, checksum, lock), idempotent resubmission,
// corrections as revisions with a reason, the push through the carrier, the national report (totals of the
// latest submissions naming the provinces missing, submitted / late / missing, live differences), and a
// province down. Expected figures come from raw rows; the checksum is recomputed here with its own JSON code.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince, provinces } from '../schema/provinces.ts';
import { startTestFederation, type GraphQLBody, type TestFederation } from './support/federation.ts';
import { expectedRounding } from './support/rounding.ts';
import { testCarrier, todayVn } from './support/transferWorld.ts';

const CODES = ['01', '79'];
const HN = { role: 'PROVINCE_OFFICER', province: '01' } as const;
const ANALYST = { role: 'CENTRAL_ANALYST' } as const;
const PERIOD = '2026-10';
const LAST_DAY = '2026-10-31';

const FIGURES = `memberCount officialCount probationaryCount maleCount femaleCount cellCount meetingsHeld cellsWithRegularMeeting
  attendanceRate transfersIn transfersOut transfersOutPending transfersInUnconfirmed`;
const SUBMIT = (code: string) => `mutation($period: String!, $reason: String) { province${code} { submitReport(period: $period, reason: $reason) {
  created submission { provinceCode period revision checksum reason computedAt deliveredToCentre figures { ${FIGURES} } } } } }`;

/** Sorted-key JSON written for this test (not the project's canonicalJson). */
const sortedJson = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(sortedJson).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`).join(',')}}`
  : JSON.stringify(v);

describe('period reports synchronised with the Centre', () => {
  let fed: TestFederation;
  const db = (code: string) => fed.databases.provinces.get(code)!;
  const central = () => fed.databases.central;
  const submit = (code: string, period: string, reason?: string) =>
    fed.query(SUBMIT(code), { period, reason }, { role: 'PROVINCE_OFFICER', province: code });

  /** The month's counts from raw rows, as of its last day. */
  async function rawFigures(code: string) {
    const { rows } = await db(code).query(
      `SELECT count(*)::int AS member_count, count(*) FILTER (WHERE official_date <= $1)::int AS official_count,
              count(*) FILTER (WHERE sex = 'NAM')::int AS male_count
         FROM member WHERE joined_on <= $1 AND (left_on IS NULL OR left_on > $1)`,
      [LAST_DAY],
    );
    return rows[0];
  }

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'period_reports', provinces: CODES.map((c) => findProvince(c)!) });
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('submits a snapshot with its checksum and locks the period; submitting again changes nothing', async () => {
    const raw = await rawFigures('01');
    const first = await submit('01', PERIOD);
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    const { created, submission } = first.body.data.province01.submitReport;
    assert.equal(created, true);
    assert.equal(submission.revision, 1);
    assert.equal(submission.reason, null);
    assert.equal(submission.deliveredToCentre, false);
    assert.equal(submission.figures.memberCount, raw.member_count);
    assert.equal(submission.figures.officialCount, raw.official_count);
    assert.equal(submission.figures.maleCount, raw.male_count);
    const expected = createHash('sha256').update(sortedJson({ province: '01', period: PERIOD, figures: submission.figures })).digest('hex');
    assert.equal(submission.checksum, expected);
    const again = await submit('01', PERIOD);
    assert.deepEqual(again.body.data.province01.submitReport, { created: false, submission });
    assert.equal((await db('01').query('SELECT count(*)::int AS n FROM report_submission')).rows[0].n, 1);
    await assert.rejects(db('01').query(`UPDATE report_submission SET reason = 'sửa lén'`), /a submitted period is locked/);
  });

  it('the carrier delivers it to the Centre once; the national report totals the latest submissions and names the missing', async () => {
    const carrier = testCarrier(fed, CODES);
    const round = await carrier.runOnce();
    assert.equal(round.reportsDelivered, 1, JSON.stringify(round.failures));
    assert.equal((await carrier.runOnce()).reportsDelivered, 0);
    const rows = (await central().query(`SELECT province_code, period, revision FROM report_submission`)).rows;
    assert.deepEqual(rows, [{ province_code: '01', period: PERIOD, revision: 1 }]);
    const raw = await rawFigures('01');
    const { body } = await fed.query(`{ nationalReport(period: "${PERIOD}") { period deadline submitted missing
      memberCount { total provincesCounted provincesMissing } officialCount { total provincesCounted }
      provinces { code latest { revision late } } } }`, {}, ANALYST);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const r = body.data.nationalReport;
    const others = provinces.map((p) => p.code).filter((c) => c !== '01');
    assert.equal(r.deadline, '2026-11-05');
    assert.deepEqual(r.submitted, ['01']);
    assert.deepEqual(r.missing, others);
    // an analyst's totals: the provinces' figures as each publishes them, rounded (docs/disclosure-control.md)
    assert.deepEqual(r.memberCount, { total: expectedRounding('members|province=01', raw.member_count), provincesCounted: 1, provincesMissing: others });
    assert.deepEqual(r.officialCount, { total: expectedRounding('members|province=01|status=CHINH_THUC', raw.official_count), provincesCounted: 1 });
    // received on the 30th of November, after the 5th: late
    assert.deepEqual(r.provinces.find((l: { code: string }) => l.code === '01').latest, { revision: 1, late: todayVn() > '2026-11-05' });
  });

  it('shows an analyst the submitted figures rounded, the same at the Centre, at the province and in the live report', async () => {
    const COUNTS = 'memberCount officialCount probationaryCount maleCount femaleCount cellCount meetingsHeld cellsWithRegularMeeting transfersIn transfersOut';
    const SHOWN = `${COUNTS} attendanceRate`;
    const q = `{ nationalReport(period: "${PERIOD}") { provinces { code latest { checksum figures { ${SHOWN} } } } }
      province(code: "01") { submittedReport(period: "${PERIOD}") { checksum figures { ${SHOWN} } }
        report(period: "${PERIOD}") { ${COUNTS} } } }`;
    const analyst = (await fed.query(q, {}, ANALYST)).body.data;
    const exact = (await fed.query(`{ province(code: "01") { submittedReport(period: "${PERIOD}") { checksum figures { ${COUNTS} attendanceRate } } } }`, {}, HN))
      .body.data.province.submittedReport;
    const cells: Record<string, string> = {
      memberCount: 'members', officialCount: 'members|status=CHINH_THUC', probationaryCount: 'members|status=DU_BI', maleCount: 'members|sex=NAM',
      femaleCount: 'members|sex=NU', cellCount: 'cells', meetingsHeld: 'meetings', cellsWithRegularMeeting: 'cells.regularMeeting',
      transfersIn: 'transfers.in', transfersOut: 'transfers.out',
    };
    const expected = Object.fromEntries(Object.entries(cells).map(([field, cell]) => {
      const [figure, ...scope] = cell.split('|');
      return [field, expectedRounding([figure, 'province=01', ...scope].join('|'), exact.figures[field])];
    }));
    const atCentre = analyst.nationalReport.provinces.find((l: { code: string }) => l.code === '01').latest;
    assert.deepEqual(atCentre.figures, { ...expected, attendanceRate: null });
    assert.deepEqual(analyst.province.submittedReport.figures, atCentre.figures);
    // the lists of transfer ids would count transfers exactly: refused to the analyst, at the Centre and at the province
    for (const lists of [
      `{ nationalReport(period: "${PERIOD}") { provinces { latest { figures { transfersOutPending } } } } }`,
      `{ province(code: "01") { submittedReport(period: "${PERIOD}") { figures { transfersInUnconfirmed } } report(period: "${PERIOD}") { transfersOutPending } } }`,
    ]) {
      const refused = (await fed.query(lists, {}, ANALYST)).body;
      assert.ok(refused.errors?.length && refused.errors.every((e) => e.extensions?.code === 'FORBIDDEN' && /lists transfers one by one/.test(e.message)), JSON.stringify(refused));
    }
    assert.deepEqual(analyst.province.report, expected, 'the live report publishes the same values (nothing changed since)');
    // the checksum of the figures as shown, the same in both places; not the exact figures' (it would test guesses)
    // (over the lists too, which are empty here and which the analyst may not read)
    const shown = { ...atCentre.figures, transfersOutPending: [], transfersInUnconfirmed: [] };
    const shownChecksum = createHash('sha256').update(sortedJson({ province: '01', period: PERIOD, figures: shown })).digest('hex');
    assert.equal(atCentre.checksum, shownChecksum);
    assert.equal(analyst.province.submittedReport.checksum, shownChecksum);
    assert.notEqual(shownChecksum, exact.checksum);
  });

  it("shows a province officer its own submission exactly at the Centre, and another province's rounded as the analyst sees it", async () => {
    const COUNTS = 'memberCount officialCount maleCount femaleCount cellCount meetingsHeld';
    const q = `{ nationalReport(period: "${PERIOD}") { provinces { code latest { checksum figures { ${COUNTS} } } } } }`;
    const line = (body: GraphQLBody, code: string) => body.data.nationalReport.provinces.find((l: { code: string }) => l.code === code).latest;
    const officer79 = (await fed.query(q, {}, { role: 'PROVINCE_OFFICER', province: '79' })).body;
    const analyst = (await fed.query(q, {}, ANALYST)).body;
    const own = (await fed.query(`{ province(code: "01") { submittedReport(period: "${PERIOD}") { checksum figures { ${COUNTS} } } } }`, {}, HN)).body;
    assert.equal(officer79.errors, undefined, JSON.stringify(officer79.errors));
    // province 01's figures, read by 79's officer: rounded like the analyst's, not the exact ones 01 reads
    assert.deepEqual(line(officer79, '01'), line(analyst, '01'));
    assert.notDeepEqual(line(officer79, '01').figures, own.data.province.submittedReport.figures);
    // 01's officer reads 01's own exactly at the Centre too
    const officer01 = (await fed.query(q, {}, HN)).body;
    assert.deepEqual(line(officer01, '01'), own.data.province.submittedReport);
    const lists = (await fed.query(`{ nationalReport(period: "${PERIOD}") { provinces { latest { figures { transfersOutPending } } } } }`, {}, HN)).body;
    assert.ok(lists.errors?.every((e) => e.extensions?.code === 'FORBIDDEN'), 'the lists at the Centre are the national check\'s');
  });

  it('late is decided at the deadline day: received on it is on time, the next day is late, none after it is late', async () => {
    const insert = (code: string, at: string) =>
      central().query(
        `INSERT INTO report_submission (province_code, period, revision, computed_at, figures, checksum, received_at)
         VALUES ($1, '2026-09', 1, $2, '{"memberCount": 10, "officialCount": 9, "transfersOutPending": [], "transfersInUnconfirmed": []}', repeat('a', 64), $2)`,
        [code, at],
      );
    await insert('48', '2026-10-05T23:30:00+07:00');
    await insert('52', '2026-10-06T00:30:00+07:00');
    const { body } = await fed.query(`{ nationalReport(period: "2026-09") { deadline submitted late memberCount { total provincesCounted } } }`, {}, ANALYST);
    const r = body.data.nationalReport;
    assert.equal(r.deadline, '2026-10-05');
    assert.deepEqual(r.submitted, ['48', '52']);
    assert.deepEqual(r.late, provinces.map((p) => p.code).filter((c) => c !== '48'));
    // an analyst's total is the sum of what each province publishes (docs/disclosure-control.md)
    assert.deepEqual(r.memberCount, { total: expectedRounding('members|province=48', 10) + expectedRounding('members|province=52', 10), provincesCounted: 2 });
  });

  it('a member both snapshots count (received by one, still pending at the other) is counted once in the total', async () => {
    const insert = (code: string, members: number, out: string[], into: string[]) =>
      central().query(
        `INSERT INTO report_submission (province_code, period, revision, computed_at, figures, checksum)
         VALUES ($1, '2026-08', 1, now(), $2::jsonb, repeat('b', 64))`,
        [code, JSON.stringify({ memberCount: members, officialCount: members, transfersOutPending: out, transfersInUnconfirmed: into })],
      );
    const t = '11111111-1111-4111-8111-111111111111';
    await insert('48', 100, [t, '22222222-2222-4222-8222-222222222222'], []);
    await insert('52', 50, [], [t]);
    const { body } = await fed.query(`{ nationalReport(period: "2026-08") { memberCount { total provincesCounted } officialCount { total } } }`, {}, ANALYST);
    // 100 + 50 − the transfer both count; for an analyst, the provinces' rounded figures less the rounded overlap
    const overlap = expectedRounding('transfers.countedTwice|province=national', 1);
    assert.deepEqual(body.data.nationalReport, { memberCount: { total: 150 - overlap, provincesCounted: 2 }, officialCount: { total: 150 } });
  });

  it('a later change shows as a live difference; a correction is a new revision with a reason, idempotent on retry', async () => {
    const before = await rawFigures('01');
    const { rows: [m] } = await db('01').query(
      `SELECT id, sex, official_date FROM member WHERE joined_on <= $1 AND left_on IS NULL AND joined_on < '2026-10-20' ORDER BY id LIMIT 1`,
      [LAST_DAY],
    );
    await db('01').query(`UPDATE member SET left_on = '2026-10-20' WHERE id = $1`, [m.id]);
    const q = `{ province(code: "01") { submittedReport(period: "${PERIOD}") { revision differsFromLive liveDifferences { field submitted live } } } }`;
    const diff = (await fed.query(q, {}, HN)).body.data.province.submittedReport;
    const official = m.official_date !== null && m.official_date <= LAST_DAY;
    const expected = [
      { field: 'memberCount', submitted: String(before.member_count), live: String(before.member_count - 1) },
      official
        ? { field: 'officialCount', submitted: String(before.official_count), live: String(before.official_count - 1) }
        : null,
      m.sex === 'NAM' ? { field: 'maleCount', submitted: String(before.male_count), live: String(before.male_count - 1) } : null,
    ].filter(Boolean);
    assert.equal(diff.revision, 1);
    assert.equal(diff.differsFromLive, true);
    assert.deepEqual(diff.liveDifferences.filter((d: { field: string }) => ['memberCount', 'officialCount', 'maleCount'].includes(d.field)), expected);
    assert.equal(diff.liveDifferences.length, 3, 'member, official or probationary, male or female');

    const corrected = await submit('01', PERIOD, 'Đảng viên chuyển đi ngày 20/10 nhập muộn');
    const s2 = corrected.body.data.province01.submitReport;
    assert.equal(s2.created, true);
    assert.equal(s2.submission.revision, 2);
    assert.equal(s2.submission.figures.memberCount, before.member_count - 1);
    const retry = await submit('01', PERIOD, 'Đảng viên chuyển đi ngày 20/10 nhập muộn');
    assert.deepEqual(retry.body.data.province01.submitReport, { created: false, submission: s2.submission });
    const revisions = (await fed.query(`{ province(code: "01") { reportRevisions(period: "${PERIOD}") { revision reason figures { memberCount } } } }`, {}, HN)).body.data.province.reportRevisions;
    assert.deepEqual(revisions, [
      { revision: 1, reason: null, figures: { memberCount: before.member_count } },
      { revision: 2, reason: 'Đảng viên chuyển đi ngày 20/10 nhập muộn', figures: { memberCount: before.member_count - 1 } },
    ]);
    await testCarrier(fed, CODES).runOnce();
    const { body } = await fed.query(`{ nationalReport(period: "${PERIOD}") { memberCount { total } provinces { code latest { revision reason } revisions { revision } } } }`, {}, ANALYST);
    const line = body.data.nationalReport.provinces.find((l: { code: string }) => l.code === '01');
    assert.deepEqual(line, { code: '01', latest: { revision: 2, reason: 'Đảng viên chuyển đi ngày 20/10 nhập muộn' }, revisions: [{ revision: 1 }, { revision: 2 }] });
    assert.equal(body.data.nationalReport.memberCount.total, expectedRounding('members|province=01', before.member_count - 1));
  });

  it('names every bad argument in one BAD_USER_INPUT error; a month not yet ended cannot be submitted', async () => {
    const count = async () => (await db('79').query('SELECT count(*)::int AS n FROM report_submission')).rows[0].n;
    const bad = await submit('79', '2026-13', 'x');
    assert.equal(bad.body.errors?.length, 1);
    assert.deepEqual(bad.body.errors![0].extensions?.fields.map((f: { field: string }) => f.field).sort(), ['period', 'reason']);
    const thisMonth = todayVn().slice(0, 7);
    const current = await submit('79', thisMonth);
    assert.match(current.body.errors![0].message, /period: must have ended/);
    assert.equal(await count(), 0);
  });

  it('the Centre refuses other figures under a stored revision, and a checksum that does not match', async () => {
    const { rows: [stored] } = await central().query(`SELECT figures, checksum, computed_at FROM report_submission WHERE province_code = '01' AND revision = 1 AND period = $1`, [PERIOD]);
    const RECORD = `mutation($input: ReportSubmissionInput!) { recordReportSubmission(input: $input) { revision checksum } }`;
    const input = { provinceCode: '01', period: PERIOD, revision: 1, computedAt: stored.computed_at.toISOString(), checksum: stored.checksum, figures: sortedJson(stored.figures) };
    const token = await fed.serviceToken('01', 'carrier');
    const send = (i: unknown) => fed.raw({ query: RECORD, variables: { input: i } }, { authorization: `Bearer ${token}` });
    const same = await send(input);
    assert.deepEqual(same.body.data.recordReportSubmission, { revision: 1, checksum: stored.checksum }, 'a retry is a no-op');
    const other = { ...stored.figures, memberCount: stored.figures.memberCount + 5 };
    const otherSum = createHash('sha256').update(sortedJson({ province: '01', period: PERIOD, figures: other })).digest('hex');
    const conflict = await send({ ...input, figures: sortedJson(other), checksum: otherSum });
    assert.match(conflict.body.errors![0].message, /already submitted revision 1 of 2026-10 with other figures/);
    const mismatch = await send({ ...input, figures: sortedJson(other) });
    assert.match(mismatch.body.errors![0].message, /input\.checksum: does not match the figures/);
    assert.equal((await central().query(`SELECT count(*)::int AS n FROM report_submission WHERE province_code = '01'`)).rows[0].n, 2);
  });

  it('a province down: its live comparison is null with an error naming it; the national report still answers', async () => {
    assert.equal((await submit('79', PERIOD)).body.data.province79.submitReport.created, true);
    await testCarrier(fed, CODES).runOnce();
    fed.proxies.get('province79')!.down = true;
    try {
      const { body } = await fed.query(`{ nationalReport(period: "${PERIOD}") { submitted memberCount { provincesCounted }
        provinces { code province { submittedReport(period: "${PERIOD}") { differsFromLive } } } } }`, {}, ANALYST);
      assert.deepEqual(body.data.nationalReport.submitted, ['01', '79']);
      assert.equal(body.data.nationalReport.memberCount.provincesCounted, 2);
      const line = (c: string) => body.data.nationalReport.provinces.find((l: { code: string }) => l.code === c);
      assert.deepEqual(line('01').province.submittedReport, { differsFromLive: false });
      assert.equal(line('79').province.submittedReport, null);
      assert.ok(body.errors?.some((e) => e.extensions?.province === '79'), JSON.stringify(body.errors));
    } finally {
      fed.proxies.get('province79')!.down = false;
    }
  });
});
