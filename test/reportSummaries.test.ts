// Report summaries (migrations 050 and 051, docs/report-summaries.md): after random writes of every kind through the real
// write paths (the GraphQL mutations, the CSV import, the transfer carrier) with a fixed seed, every
// summary-backed figure of several periods equals a recount from the raw rows written independently
// (support/reportRecount.ts), and the report the gateway answers shows those numbers; a rebuild from the raw rows
// gives the same summary tables as the incremental upkeep.
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { rebuildReportSummaries } from '../subgraphs/province/src/areas/reportSummaries.ts';
import { defaultProvinceSettings } from '../subgraphs/province/src/config.ts';
import { TRANSFER_DUE_DAYS } from '../subgraphs/province/src/areas/exchange/rules.ts';
import { HANDBOOK_RULES } from '../subgraphs/province/src/areas/handbook/rules.ts';
import { startTestFederation, type Principal, type TestFederation } from './support/federation.ts';
import { recountReport, summaryFigures, summaryTables, type RecountRules } from './support/reportRecount.ts';
import { addDays, ISSUE, testCarrier, todayVn } from './support/transferWorld.ts';
import { nameSuffix } from './support/memberFixtures.ts';

const CODES = ['01', '79'];
const HN: Principal = { role: 'PROVINCE_OFFICER', province: '01' };
const HCM: Principal = { role: 'PROVINCE_OFFICER', province: '79' };
const RULES: RecountRules = {
  feeSchedules: defaultProvinceSettings().rules.fees.schedules,
  arrears: defaultProvinceSettings().rules.fees.arrears,
  probationMonths: defaultProvinceSettings().rules.admission.probationMonths,
  recognitionGraceDays: defaultProvinceSettings().rules.admission.recognitionGraceDays,
  handbook: HANDBOOK_RULES,
  transferDueDays: TRANSFER_DUE_DAYS,
  today: todayVn(),
};
const MILESTONES = [30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90];
/** Ceremony days in calendar order, and the GraphQL name of each. */
const CEREMONIES = [['02-03', 'FEB3'], ['05-19', 'MAY19'], ['09-02', 'SEP2'], ['11-07', 'NOV7']] as const;

/** mulberry32: a small PRNG with a fixed seed, so a failing run can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)],
  };
}

const monthsBack = (month: string, n: number) => {
  const i = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 - n;
  return `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
};
const maxDate = (a: string, b: string) => (a > b ? a : b);

const REPORT = `query($p: String!) { province(code: "01") { report(period: $p) {
  memberCount officialCount probationaryCount maleCount femaleCount cellCount meetingsHeld cellsWithRegularMeeting attendanceRate
  admissionCount admissionsBySex { key value } admissionsByAgeBand { key value } admissionsByEthnicity { key value }
  candidatesPending probationaryOverdue exitsByType { type count } exemptCount
  fees { membersDue membersPaid membersWithoutBasis amountDueVnd amountCollectedVnd collectionRate membersInArrears }
  cards { issued reissued officialWithoutCard } badges { ceremony ceremonyDate byMilestone { milestone due awarded } }
  handbook { activeCells cellsWithRegularMeeting meetingsHeld shortMeetings lowAttendanceMeetings lateDocumentMeetings flaggedMeetings
             membersExcusedInARow meetingsScheduled meetingsCancelled }
  directives { directivesPublished feedbackReceived feedbackAnswered openFeedback }
  transfersIn transfersOut overdueTransfersOut } } }`;

describe('report summaries: exact after random writes of every kind, and equal to a rebuild', () => {
  let fed: TestFederation;
  const db = (code = '01') => fed.databases.provinces.get(code)!;
  const today = todayVn();
  const thisMonth = today.slice(0, 7);
  // past months (a correction changes them), the current month, and one ahead
  const periods = [monthsBack(thisMonth, 14), monthsBack(thisMonth, 6), monthsBack(thisMonth, 2), monthsBack(thisMonth, 1), thisMonth, monthsBack(thisMonth, -2)];
  const rng = random(20261201);
  const done = new Map<string, number>();
  /** Figures the recount found non-zero in some period: a figure never exercised would pass vacuously. */
  const seen = new Set<string>();
  let serial = 0;

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'rsum', provinces: CODES.map((c) => findProvince(c)!), scale: 0.0006 });
  });
  afterAll(async () => {
    await fed?.stop();
  });

  async function ok(query: string, input: Record<string, unknown>, as: Principal = HN): Promise<any> {
    const { body } = await fed.query(query, { input }, as);
    assert.equal(body.errors, undefined, `${query.slice(0, 60)} ${JSON.stringify(input).slice(0, 300)}: ${JSON.stringify(body.errors)}`);
    return body.data;
  }
  const row = async (sql: string, params: unknown[] = [], code = '01') => (await db(code).query(sql, params)).rows;
  const randomRow = async (sql: string, params: unknown[] = [], code = '01') => {
    const rows = await row(sql, params, code);
    return rows.length ? rng.pick(rows) : null;
  };
  const pastDay = (from: string) => {
    // a day from `from` (or 15 months ago) to today
    const start = maxDate(from, `${monthsBack(thisMonth, 15)}-01`);
    const span = Math.max(0, (Date.parse(today) - Date.parse(start)) / 86_400_000);
    return addDays(start, rng.int(0, Math.floor(span)));
  };
  const liveOfficial = `SELECT id, to_char(joined_on, 'YYYY-MM-DD') AS joined_on, to_char(official_date, 'YYYY-MM-DD') AS official_date, cell_id
                          FROM member WHERE left_on IS NULL AND state = 'ACTIVE' AND status = 'CHINH_THUC'`;

  // ---- the writes: each returns without error or fails the test ----

  const writes: Record<string, () => Promise<boolean>> = {
    async admission() {
      const cell = await randomRow(`SELECT id FROM party_org WHERE active AND level IN ('CHI_BO', 'CHI_BO_CO_SO')`);
      const registeredOn = pastDay(`${monthsBack(thisMonth, 14)}-01`);
      const introducers = await row(`${liveOfficial} AND official_date <= $1::date ORDER BY random() LIMIT 2`, [registeredOn]);
      if (!cell || introducers.length < 2) return false;
      const n = ++serial;
      const candidate = await ok(`mutation($input: RegisterCandidateInput!) { province01 { registerCandidate(input: $input) { id } } }`, {
        citizenId: `0881${String(20000000 + n * 7919).slice(-8)}`, fullName: `Ứng Viên ${nameSuffix(n)}`, sex: rng.pick(['NAM', 'NU']),
        birthDate: `${rng.int(1966, 2005)}-0${rng.int(1, 9)}-1${rng.int(0, 9)}`, ethnicityCode: rng.pick(['01', '01', '02', '05']),
        cellId: cell.id, introducerIds: introducers.map((m) => m.id), registeredOn,
      });
      if (rng.next() < 0.25) return true; // stays pending
      const decisionDate = pastDay(registeredOn);
      await ok(`mutation($input: AdmitMemberInput!) { province01 { admitMember(input: $input) { member { id } } } }`, {
        candidateId: candidate.province01.registerCandidate.id, decisionNo: `${n}-QĐ/ĐU`, decisionDate, provincialApprovalNo: 'PA-1',
      });
      return true;
    },
    async recognition() {
      const m = await randomRow(
        `SELECT id, to_char((admission_decision_date + interval '12 months')::date, 'YYYY-MM-DD') AS from FROM member
          WHERE left_on IS NULL AND status = 'DU_BI' AND state = 'ACTIVE' AND admission_decision_date + interval '12 months' <= $1::date`, [today]);
      if (!m) return false;
      await ok(`mutation($input: RecognizeOfficialInput!) { province01 { recognizeOfficial(input: $input) { id } } }`, {
        memberId: m.id, resolutionNo: `NQ-${++serial}`, resolutionDate: pastDay(m.from),
      });
      return true;
    },
    async exemption() {
      const m = await randomRow(`${liveOfficial} AND NOT EXISTS (SELECT 1 FROM member_exemption e WHERE e.member_id = member.id)`);
      if (!m) return false;
      await ok(`mutation($input: ExemptMemberInput!) { province01 { exemptMember(input: $input) { member { id } } } }`, {
        memberId: m.id, reason: rng.pick(['OLD_AGE', 'POOR_HEALTH']), startsOn: pastDay(m.joined_on), resolutionNo: `MS-${++serial}`,
      });
      return true;
    },
    async endExemption() {
      const e = await randomRow(
        `SELECT e.member_id, to_char(e.starts_on, 'YYYY-MM-DD') AS starts_on FROM member_exemption e JOIN member m ON m.id = e.member_id
          WHERE e.ends_on IS NULL AND m.left_on IS NULL AND e.starts_on < $1::date`, [today]);
      if (!e) return false;
      await ok(`mutation($input: EndExemptionInput!) { province01 { endExemption(input: $input) { member { id } } } }`, {
        memberId: e.member_id, endsOn: pastDay(addDays(e.starts_on, 1)), resolutionNo: `KT-${++serial}`,
      });
      return true;
    },
    async exit() {
      const m = await randomRow(
        `SELECT m.id, to_char(greatest(m.joined_on, (SELECT max(e.starts_on) FROM member_exemption e WHERE e.member_id = m.id),
                (SELECT max(c.issued_on) FROM party_card c WHERE c.member_id = m.id AND c.status = 'ACTIVE')), 'YYYY-MM-DD') AS from
           FROM member m WHERE m.left_on IS NULL AND m.state IN ('ACTIVE', 'EXEMPT')`);
      if (!m) return false;
      await ok(`mutation($input: RecordExitInput!) { province01 { recordExit(input: $input) { member { id } } } }`, {
        memberId: m.id, type: rng.pick(['DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED']), date: pastDay(m.from), decisionNo: `QĐ-${++serial}`,
      });
      return true;
    },
    async interruption() {
      // days out of the Party move the party-age fee exemption (and badges): members near 50 years
      const m = await randomRow(
        `SELECT id, to_char(admission_decision_date, 'YYYY-MM-DD') AS adm FROM member m
          WHERE left_on IS NULL AND NOT EXISTS (SELECT 1 FROM member_interruption i WHERE i.member_id = m.id)
          ORDER BY abs(admission_decision_date - ($1::date - interval '50 years')::date) LIMIT 20`, [today]);
      if (!m) return false;
      const from = addDays(m.adm, rng.int(30, 3000));
      await ok(`mutation($input: RecordInterruptionInput!) { province01 { recordInterruption(input: $input) { member { id } } } }`, {
        memberId: m.id, kind: rng.pick(['LOST_CONTACT', 'TRANSFER_GAP']), fromDate: from, toDate: addDays(from, rng.int(20, 900)),
      });
      return true;
    },
    async basis() {
      // a basis from a past month: a correction of every month after it
      const month = monthsBack(thisMonth, rng.int(0, 14));
      const m = await randomRow(
        `SELECT id FROM member WHERE joined_on <= ($1::date + interval '1 month - 1 day')::date
            AND (left_on IS NULL OR left_on > ($1::date + interval '1 month - 1 day')::date)`, [`${month}-01`]);
      if (!m) return false;
      const basis = rng.pick(['SOCIAL_INSURANCE', 'SOCIAL_INSURANCE', 'PENSION', 'STUDENT', 'OTHER', 'EXEMPT']);
      const reduced = basis !== 'EXEMPT' && rng.next() < 0.3;
      await ok(`mutation($input: SetFeeBasisInput!) { province01 { setFeeBasis(input: $input) { basis { basis } } } }`, {
        memberId: m.id, effectiveMonth: month, basis,
        baseAmountVnd: ['SOCIAL_INSURANCE', 'PENSION', 'OTHER'].includes(basis) ? rng.int(2_000_000, 30_000_000) : null,
        reductionPercent: reduced ? rng.pick([30, 50, 70]) : 0, reductionMonths: reduced ? rng.int(1, 12) : null,
        exemptionReason: basis === 'EXEMPT' ? rng.pick(['SOCIAL_PENSION', 'HARDSHIP']) : null,
      });
      return true;
    },
    async payment() {
      // an unpaid month with something due, in the last 14 months (a past month is a correction of it)
      const from = monthsBack(thisMonth, 14);
      const m = await randomRow(`SELECT id FROM member WHERE left_on IS NULL OR left_on > $1::date`, [`${from}-01`]);
      if (!m) return false;
      const { body } = await fed.query(`query($id: ID!, $from: String!, $to: String!) { province(code: "01") { feeStatement(memberId: $id, from: $from, to: $to) {
        months { month amountDueVnd status } } } }`, { id: m.id, from, to: thisMonth }, HN);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const months = (body.data.province.feeStatement?.months ?? []).filter((x: any) => x.status === 'UNPAID');
      if (!months.length) return false;
      const pick = rng.pick(months) as { month: string; amountDueVnd: number };
      const day = `${pick.month}-0${rng.int(1, 9)}`;
      await ok(`mutation($input: RecordFeePaymentInput!) { province01 { recordFeePayment(input: $input) { payment { month } } } }`, {
        memberId: m.id, month: pick.month, amountVnd: pick.amountDueVnd + (rng.next() < 0.2 ? 1000 : 0),
        channel: rng.pick(['CASH', 'DVC_PORTAL']), paidOn: day > today ? today : day,
      });
      return true;
    },
    async meeting() {
      // a meeting held today: scheduled, its roll recorded, then held. Scheduled later today and held earlier today
      // (Vietnam's day, as the handbook counts it): the roll is the one of that day whatever the hour, even in the
      // hours after midnight in Vietnam, when 3 hours ago or 1 hour ahead is another day.
      const dayStart = Date.parse(`${today}T00:00:00+07:00`);
      const now = Date.now();
      const scheduledAt = Math.min(now + 3600_000, (now + dayStart + 86_400_000) / 2);
      const startedAt = Math.max(now - 3 * 3600_000, dayStart + 1000);
      const endedAt = Math.min(startedAt + 2 * 3600_000, now - 1);
      const cell = await randomRow(
        `SELECT o.id FROM party_org o WHERE o.active AND o.level IN ('CHI_BO', 'CHI_BO_CO_SO')
            AND EXISTS (SELECT 1 FROM member m WHERE m.cell_id = o.id AND m.left_on IS NULL AND m.state IN ('ACTIVE', 'IN_TRANSIT'))`);
      if (!cell) return false;
      const scheduled = await ok(`mutation($input: ScheduleMeetingInput!) { province01 { scheduleMeeting(input: $input) { meeting { id } } } }`, {
        cellId: cell.id, type: rng.pick(['REGULAR', 'THEMATIC', 'COMBINED', 'EXTRAORDINARY']), topic: `Sinh hoạt ${++serial}`,
        scheduledAt: new Date(scheduledAt).toISOString(),
      });
      const meetingId = scheduled.province01.scheduleMeeting.meeting.id;
      const roll = await row(
        `SELECT e.id FROM member e WHERE e.cell_id = $1 AND e.state IN ('ACTIVE', 'IN_TRANSIT') AND e.joined_on <= $2::date
            AND (e.left_on IS NULL OR e.left_on > $2::date)
            AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.member_id = e.id AND t.direction = 'OUT' AND t.kind = 'TEMPORARY'
                              AND t.state = 'RECEIVED' AND t.received_on <= $2::date)`, [cell.id, today]);
      if (roll.length) {
        await ok(`mutation($input: RecordAttendanceInput!) { province01 { recordAttendance(input: $input) { meeting { id } } } }`, {
          meetingId, entries: roll.map((r) => ({ memberId: r.id, presence: rng.pick(['PRESENT', 'PRESENT', 'PRESENT', 'EXCUSED', 'UNEXCUSED']) })),
        });
      }
      if (rng.next() < 0.15) {
        await ok(`mutation($input: CancelMeetingInput!) { province01 { cancelMeeting(input: $input) { meeting { id } } } }`, { meetingId, reason: 'Hoãn vì bão' });
        return true;
      }
      await ok(`mutation($input: RecordMeetingHeldInput!) { province01 { recordMeetingHeld(input: $input) { meeting { id } } } }`, {
        meetingId, startedAt: new Date(startedAt).toISOString(), endedAt: new Date(endedAt).toISOString(),
      });
      return true;
    },
    async attendanceCorrection() {
      // presence of a past meeting corrected
      const a = await randomRow(
        `SELECT a.meeting_id, a.member_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN member e ON e.id = a.member_id
          WHERE m.status = 'HELD' AND e.state IN ('ACTIVE', 'IN_TRANSIT') AND m.cell_id = e.cell_id ORDER BY random() LIMIT 30`);
      if (!a) return false;
      const { body } = await fed.query(`mutation($input: RecordAttendanceInput!) { province01 { recordAttendance(input: $input) { meeting { id } } } }`, {
        input: { meetingId: a.meeting_id, entries: [{ memberId: a.member_id, presence: rng.pick(['PRESENT', 'EXCUSED', 'UNEXCUSED']) }] },
      }, HN);
      // a member no longer expected on that day (exited, moved) is refused: that is the write path's rule, not ours
      return body.errors === undefined;
    },
    async correction() {
      // sex and birth date corrected: male/female and the admissions' age bands of past months move
      const m = await randomRow(`SELECT id, sex::text, extract(year FROM admission_decision_date)::int AS adm_year FROM member WHERE left_on IS NULL`);
      if (!m) return false;
      // 18 to 60 at the admission decision
      const birthYear = m.adm_year - rng.int(19, 59);
      await ok(`mutation($input: CorrectMemberInput!) { province01 { correctMember(input: $input) { member { id } } } }`, {
        memberId: m.id, reason: 'Sửa theo hồ sơ gốc', sex: m.sex === 'NAM' ? 'NU' : 'NAM', birthDate: `${birthYear}-05-0${rng.int(1, 9)}`,
      });
      return true;
    },
    async csvImport() {
      const cell = await randomRow(`SELECT id, commune_code FROM party_org WHERE active AND level IN ('CHI_BO', 'CHI_BO_CO_SO') AND commune_code IS NOT NULL`);
      if (!cell) return false;
      const lines = ['citizen_id,full_name,sex,birth_date,ethnicity_code,religion_code,cell_id,admission_decision_date,admission_decision_no,official_date,birthplace'];
      for (let i = 0; i < rng.int(1, 4); i++) {
        const n = ++serial;
        const adm = pastDay(`${monthsBack(thisMonth, 30)}-01`);
        const official = rng.next() < 0.5 && addDays(adm, 400) <= today ? addDays(adm, 400) : '';
        lines.push(`0772${String(30000000 + n * 6151).slice(-8)},Nhập Khẩu ${nameSuffix(n)},${rng.pick(['NAM', 'NU'])},19${rng.int(70, 99)}-03-0${rng.int(1, 9)},01,,${cell.id},${adm},${n}-QĐ/BK,${official},`);
      }
      const data = await ok(`mutation($input: ImportMembersCsvInput!) { province01 { importMembersCsv(input: $input) { accepted rejected { line field reason } } } }`, {
        communeCode: cell.commune_code, kind: 'NEW_RECORDS', csv: lines.join('\n'),
      });
      assert.deepEqual(data.province01.importMembersCsv.rejected, []);
      return true;
    },
    async transferOut() {
      const m = await randomRow(`${liveOfficial} AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.member_id = member.id)`);
      const toOrg = (await randomRow(`SELECT id FROM party_org WHERE active AND level = 'CHI_BO'`, [], '79'))?.id;
      if (!m || !toOrg) return false;
      await ok(ISSUE.replace('PROVINCE', 'province01'), {
        memberId: m.id, kind: 'OFFICIAL', toProvince: '79', toOrgId: toOrg, letterNo: `GT-${++serial}`, issuedOn: pastDay(addDays(today, -20)),
      });
      await testCarrier(fed, CODES).runOnce();
      return true;
    },
    async transferIn() {
      const m = await randomRow(`${liveOfficial} AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.member_id = member.id)`, [], '79');
      const toOrg = (await randomRow(`SELECT id FROM party_org WHERE active AND level = 'CHI_BO'`))?.id;
      if (!m || !toOrg) return false;
      await ok(ISSUE.replace('PROVINCE', 'province79'), {
        memberId: m.id, kind: 'OFFICIAL', toProvince: '01', toOrgId: toOrg, letterNo: `GT-${++serial}`, issuedOn: pastDay(addDays(today, -20)),
      }, HCM);
      await testCarrier(fed, CODES).runOnce();
      return true;
    },
    async transferLate() {
      // a letter older than the deadline: overdue while open; cancelled, or delivered by a later carrier run
      const m = await randomRow(`${liveOfficial} AND joined_on < $1::date AND NOT EXISTS (SELECT 1 FROM transfer t WHERE t.member_id = member.id)`, [addDays(today, -120)]);
      const toOrg = (await randomRow(`SELECT id FROM party_org WHERE active AND level = 'CHI_BO'`, [], '79'))?.id;
      if (!m || !toOrg) return false;
      const issued = await ok(ISSUE.replace('PROVINCE', 'province01'), {
        memberId: m.id, kind: rng.pick(['OFFICIAL', 'TEMPORARY']), toProvince: '79', toOrgId: toOrg, letterNo: `GT-${++serial}`,
        issuedOn: addDays(today, -rng.int(TRANSFER_DUE_DAYS + 1, 120)),
      });
      if (rng.next() < 0.4) {
        await ok(`mutation($input: CancelTransferInput!) { province01 { cancelTransfer(input: $input) { transfer { state } } } }`, {
          transferId: issued.province01.issueTransfer.transfer.id, reason: 'Đảng viên không chuyển nữa',
        });
      }
      if (rng.next() < 0.5) await testCarrier(fed, CODES).runOnce();
      return true;
    },
    async cardIssue() {
      const m = await randomRow(`${liveOfficial} AND NOT EXISTS (SELECT 1 FROM party_card c WHERE c.member_id = member.id)`);
      if (!m) return false;
      const n = ++serial;
      await ok(`mutation($input: IssueCardInput!) { province01 { issueCard(input: $input) { __typename } } }`, {
        memberId: m.id, number: `TH-${n}`, issuedOn: pastDay(m.official_date), decisionNo: `QĐ-THE-${n}`,
      });
      return true;
    },
    async cardReissue() {
      // after the latest card was issued and not before it ended; a lost card or one still valid
      const c = await randomRow(
        `SELECT m.id, to_char(greatest(c.issued_on + 1, c.ended_on), 'YYYY-MM-DD') AS from FROM member m JOIN party_card c ON c.member_id = m.id
          WHERE m.left_on IS NULL AND m.state = 'ACTIVE' AND m.status = 'CHINH_THUC' AND greatest(c.issued_on + 1, c.ended_on) <= $1::date
            AND NOT EXISTS (SELECT 1 FROM party_card d WHERE d.member_id = m.id AND (d.issued_on, d.id) > (c.issued_on, c.id))
          ORDER BY random() LIMIT 30`, [today]);
      if (!c) return false;
      const n = ++serial;
      await ok(`mutation($input: ReissueCardInput!) { province01 { reissueCard(input: $input) { __typename } } }`, {
        // half of them today, so the checked periods (a handful of months) see some
        memberId: c.id, number: `TL-${n}`, issuedOn: rng.next() < 0.5 ? today : pastDay(c.from), decisionNo: `QĐ-CL-${n}`,
        reason: rng.pick(['LOST', 'DAMAGED', 'DETAILS_CHANGED', 'NATIONWIDE_REISSUE']),
      });
      return true;
    },
    async cardLost() {
      const c = await randomRow(
        `SELECT c.member_id, to_char(c.issued_on, 'YYYY-MM-DD') AS issued_on FROM party_card c JOIN member m ON m.id = c.member_id
          WHERE c.status = 'ACTIVE' AND m.left_on IS NULL ORDER BY random() LIMIT 30`);
      if (!c) return false;
      await ok(`mutation($input: ReportCardLostInput!) { province01 { reportCardLost(input: $input) { __typename } } }`, {
        memberId: c.member_id, lostOn: pastDay(c.issued_on),
      });
      return true;
    },
    async badgeAward() {
      // a milestone reached within the last year or so, awarded at the ceremony it is due at
      const b = await randomRow(
        `SELECT m.id, ms.n, to_char((m.admission_decision_date + make_interval(years => ms.n))::date + coalesce(g.days, 0), 'YYYY-MM-DD') AS eligible
           FROM member m CROSS JOIN unnest($2::int[]) AS ms(n)
           LEFT JOIN (SELECT member_id, sum(to_on - from_on)::int AS days FROM member_interruption GROUP BY member_id) g ON g.member_id = m.id
          WHERE m.left_on IS NULL AND NOT EXISTS (SELECT 1 FROM badge_award a WHERE a.member_id = m.id AND a.milestone = ms.n)
            AND (m.admission_decision_date + make_interval(years => ms.n))::date + coalesce(g.days, 0) BETWEEN $1::date - 400 AND $1::date + 100
          ORDER BY random() LIMIT 30`, [today, MILESTONES]);
      if (!b) return false;
      const year = Number(b.eligible.slice(0, 4));
      const at = CEREMONIES.find(([d]) => `${year}-${d}` >= b.eligible);
      const [cYear, ceremony] = at ? [year, at[1]] : [year + 1, 'FEB3'];
      await ok(`mutation($input: AwardBadgeInput!) { province01 { awardBadge(input: $input) { __typename } } }`, {
        memberId: b.id, milestone: `Y${b.n}`, ceremony, year: cYear, decisionNo: `HH-${++serial}`,
      });
      return true;
    },
    async excusedRun() {
      // a member excused at every regular meeting of this year they were on the roll of: a streak, or a longer one
      const m = await randomRow(
        `SELECT a.member_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN member e ON e.id = a.member_id
          WHERE m.status = 'HELD' AND m.type IN ('REGULAR', 'COMBINED') AND m.started_at >= date_trunc('year', now()) AND m.cell_id = e.cell_id
            AND e.left_on IS NULL AND e.state IN ('ACTIVE', 'IN_TRANSIT')
          GROUP BY a.member_id HAVING count(*) >= 4 ORDER BY random() LIMIT 20`);
      if (!m) return false;
      const meetings = await row(
        `SELECT a.meeting_id FROM attendance a JOIN meeting m ON m.id = a.meeting_id
          WHERE a.member_id = $1 AND m.status = 'HELD' AND m.type IN ('REGULAR', 'COMBINED') AND m.started_at >= date_trunc('year', now())
          ORDER BY m.started_at LIMIT 6`, [m.member_id]);
      let excused = 0;
      for (const x of meetings) {
        const { body } = await fed.query(`mutation($input: RecordAttendanceInput!) { province01 { recordAttendance(input: $input) { meeting { id } } } }`, {
          input: { meetingId: x.meeting_id, entries: [{ memberId: m.member_id, presence: 'EXCUSED' }] },
        }, HN);
        // as for attendanceCorrection: a member no longer expected on that day is refused by the write path
        if (body.errors === undefined) excused++;
      }
      return excused > 0;
    },
    async directive() {
      const issuer = await randomRow(`SELECT id FROM party_org WHERE level = 'TINH'`);
      if (!issuer) return false;
      await ok(`mutation($input: PublishDirectiveInput!) { province01 { publishDirective(input: $input) { __typename } } }`, {
        issuerOrgId: issuer.id, title: `Chỉ thị ${++serial}`, body: 'Nội dung chỉ thị.', audienceOrgIds: [issuer.id],
      });
      return true;
    },
    async feedback() {
      // a handbook user answering a directive addressed to the whole province
      const d = await randomRow(`SELECT d.id FROM directive d JOIN directive_audience a ON a.directive_id = d.id JOIN party_org o ON o.id = a.org_id WHERE o.level = 'TINH'`);
      const m = await randomRow(`SELECT id FROM member WHERE left_on IS NULL AND state IN ('ACTIVE', 'IN_TRANSIT') ORDER BY random() LIMIT 20`);
      if (!d || !m) return false;
      await ok(`mutation($input: SubmitFeedbackInput!) { province01 { submitFeedback(input: $input) { __typename } } }`, {
        directiveId: d.id, memberId: m.id, body: `Góp ý ${++serial}`,
      }, { role: 'MEMBER', province: '01', member: m.id });
      return true;
    },
    async answer() {
      const f = await randomRow(`SELECT id FROM directive_feedback WHERE status = 'OPEN' ORDER BY random() LIMIT 20`);
      if (!f) return false;
      await ok(`mutation($input: AnswerFeedbackInput!) { province01 { answerFeedback(input: $input) { __typename } } }`, {
        feedbackId: f.id, answer: `Trả lời ${++serial}`, close: rng.next() < 0.3,
      });
      return true;
    },
  };
  /** Every figure of every period: the summary equals the recount, and the report shows it. */
  async function checkAll(label: string) {
    for (const period of periods) {
      const expected = await recountReport(db(), period, RULES);
      for (const name of expected.keys()) seen.add(name.replace(/^badges\.(due|awarded)\..*/, 'badges.$1'));
      const actual = await summaryFigures(db(), period);
      assert.deepEqual(Object.fromEntries([...actual].sort()), Object.fromEntries([...expected].sort()), `${label}, ${period}: summary vs recount`);
      const { body } = await fed.query(REPORT, { p: period }, HN);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const r = body.data.province.report;
      const e = (k: string) => expected.get(k) ?? 0;
      assert.deepEqual(
        [r.memberCount, r.officialCount, r.probationaryCount, r.maleCount, r.femaleCount, r.cellCount, r.meetingsHeld, r.cellsWithRegularMeeting],
        [e('members'), e('official'), e('members') - e('official'), e('male'), e('female'), e('cells'), e('meetings_held'), e('regular_cells')],
        `${label}, ${period}: foundation`,
      );
      assert.equal(r.attendanceRate, e('expected') === 0 ? null : e('present') / e('expected'), `${label}, ${period}: attendance`);
      assert.equal(r.admissionCount, e('admission.sex.NAM') + e('admission.sex.NU'), `${label}, ${period}: admissions`);
      assert.deepEqual(r.admissionsBySex, ['NAM', 'NU'].map((key) => ({ key, value: e(`admission.sex.${key}`) })), `${label}, ${period}: by sex`);
      assert.deepEqual(r.admissionsByAgeBand, ['U30', 'A30_40', 'A41_50', 'A51_60', 'A61_70', 'O70'].map((key) => ({ key, value: e(`admission.age.${key}`) })));
      assert.deepEqual(r.admissionsByEthnicity, [...expected].filter(([k]) => k.startsWith('admission.eth.'))
        .map(([k, value]) => ({ key: k.slice('admission.eth.'.length), value })).sort((a, b) => a.key.localeCompare(b.key)));
      assert.deepEqual([r.candidatesPending, r.probationaryOverdue, r.exemptCount], [e('admission.pending'), e('admission.overdue'), e('exempt')]);
      assert.deepEqual(r.exitsByType, ['DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED'].map((type) => ({ type, count: e(`exits.${type}`) })));
      assert.deepEqual(r.fees, {
        membersDue: e('fees.due_members'), membersPaid: e('fees.paid_members'), membersWithoutBasis: e('fees.without_basis'),
        amountDueVnd: e('fees.due_vnd'), amountCollectedVnd: e('fees.collected_vnd'),
        collectionRate: e('fees.due_vnd') === 0 ? null : e('fees.covered_vnd') / e('fees.due_vnd'), membersInArrears: e('fees.arrears'),
      }, `${label}, ${period}: fees`);
      assert.deepEqual(r.cards, { issued: e('cards.issued'), reissued: e('cards.reissued'), officialWithoutCard: e('cards.without') }, `${label}, ${period}: cards`);
      const ceremony = CEREMONIES.find(([d]) => d.startsWith(period.slice(5, 7)));
      assert.deepEqual(r.badges, ceremony ? {
        ceremony: ceremony[1], ceremonyDate: `${period.slice(0, 4)}-${ceremony[0]}`,
        byMilestone: MILESTONES.map((n) => ({ milestone: `Y${n}`, due: e(`badges.due.${n}`), awarded: e(`badges.awarded.${n}`) })),
      } : null, `${label}, ${period}: badges`);
      assert.deepEqual(r.handbook, {
        activeCells: e('cells'), cellsWithRegularMeeting: e('regular_cells'), meetingsHeld: e('meetings_held'),
        shortMeetings: e('handbook.short'), lowAttendanceMeetings: e('handbook.low_attendance'), lateDocumentMeetings: e('handbook.late_documents'),
        flaggedMeetings: e('handbook.flagged'), membersExcusedInARow: e('handbook.excused_in_a_row'),
        meetingsScheduled: e('handbook.scheduled'), meetingsCancelled: e('handbook.cancelled'),
      }, `${label}, ${period}: handbook`);
      assert.deepEqual(r.directives, {
        directivesPublished: e('directives.published'), feedbackReceived: e('directives.feedback_received'),
        feedbackAnswered: e('directives.feedback_answered'), openFeedback: e('directives.open_feedback'),
      }, `${label}, ${period}: directives`);
      assert.deepEqual([r.transfersIn, r.transfersOut, r.overdueTransfersOut], [e('transfers.in'), e('transfers.out'), e('transfers.overdue_out')],
        `${label}, ${period}: transfers`);
    }
  }

  it('starts equal to the recount after the seed (which rebuilds them)', async () => {
    await checkAll('seeded');
  });

  const BATCHES = 5;
  // every kind once per batch, and a few more at random
  const PER_BATCH = Object.keys(writes).length + 4;
  for (let batch = 1; batch <= BATCHES; batch++) {
    it(`stays equal to the recount after batch ${batch} of ${PER_BATCH} random writes`, async () => {
      const kinds = Object.keys(writes);
      for (let i = 0; i < PER_BATCH; i++) {
        // every kind at least once per batch, then at random
        const kind = i < kinds.length ? kinds[(i + batch) % kinds.length] : rng.pick(kinds);
        if (await writes[kind]()) done.set(kind, (done.get(kind) ?? 0) + 1);
      }
      await checkAll(`batch ${batch}`);
    });
  }

  it('made writes of every kind, and saw every figure of migration 051 non-zero somewhere', () => {
    for (const kind of Object.keys(writes)) assert.ok((done.get(kind) ?? 0) > 0, `no ${kind} write was made`);
    const figures = ['cards.issued', 'cards.reissued', 'cards.without', 'badges.due', 'badges.awarded', 'handbook.short',
      'handbook.low_attendance', 'handbook.late_documents', 'handbook.flagged', 'handbook.scheduled', 'handbook.cancelled',
      'handbook.excused_in_a_row', 'directives.published', 'directives.feedback_received', 'directives.feedback_answered',
      'directives.open_feedback', 'transfers.in', 'transfers.out', 'transfers.overdue_out'];
    assert.deepEqual(figures.filter((f) => !seen.has(f)), []);
  });

  it('gives the same summary tables when rebuilt from the raw rows as the incremental upkeep', async () => {
    const incremental = await summaryTables(db());
    const client = await db().connect();
    try {
      await client.query('BEGIN');
      await rebuildReportSummaries(client, defaultProvinceSettings().rules);
      const rebuilt = await summaryTables(client);
      assert.deepEqual(rebuilt, incremental);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
  });
});
