// Every mutation of the province schema, sent CONCURRENCY times at once with one Idempotency-Key through the real
// gateway: each must write once (one audit row of its operation, counted by SQL: every write of the province
// records one in its transaction), answer every request with the first result or IDEMPOTENCY_KEY_IN_USE, never an
// internal error, and answer a later retry with the same result while writing nothing. The mutations are listed
// from the composed schema, so a new mutation without a case here fails the first test.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { Supergraph } from '@apollo/federation-internals';
import {
  getNamedType, isEnumType, isLeafType, isListType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType, type GraphQLType,
} from 'graphql';
import { isErrorCode } from '../schema/errorCodes.ts';
import { findProvince } from '../schema/provinces.ts';
import { acceptTransfer, deliveryKey, outboxQuery, representation, type Outbox } from '../carrier/src/messages.ts';
import { formatIdempotencyKey } from '../schema/idempotency.ts';
import { insertMember } from './support/memberFixtures.ts';
import { startTestFederation, type GraphQLBody, type Principal, type TestFederation } from './support/federation.ts';
import { testCarrier, todayVn } from './support/transferWorld.ts';

const CONCURRENCY = 8;
const OFFICER: Principal = { role: 'PROVINCE_OFFICER', province: '01' };
const SYSTEM = (code: string): Principal => ({ role: 'SYSTEM', province: code });
const api = Supergraph.build(readFileSync(new URL('../schema/supergraph.graphql', import.meta.url), 'utf8')).apiSchema().toGraphQLJSSchema();
const mutations = api.getType('ProvinceMutations') as GraphQLObjectType;

/** The payload's leaves, two levels deep (a payload's object, and that object's own scalars): what the answers compare. */
function selection(type: GraphQLType, depth: number): string {
  const named = getNamedType(type);
  if (isLeafType(named) || isEnumType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const parts = Object.values(named.getFields())
    .filter((f) => !f.args.some((a) => isNonNullType(a.type)))
    .map((f) => {
      const inner = getNamedType(f.type);
      if (isLeafType(inner)) return f.name;
      if (depth > 0 && isObjectType(inner) && !isListType(f.type)) {
        const sub = selection(f.type, depth - 1);
        return sub ? `${f.name} ${sub}` : '';
      }
      return '';
    })
    .filter(Boolean);
  return `{ __typename ${parts.join(' ')} }`;
}

/** `mutation Battery($arg: Type!, …) { provinceNN { field(arg: $arg, …) { … } } }` for one field. */
function operationFor(field: GraphQLField<unknown, unknown>, code: string, select = selection(field.type, 1)): string {
  const vars = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation Battery(${vars}) { province${code} { ${field.name}(${args}) ${select} } }`;
}

interface Case {
  /** Province the mutation is sent to. Default 01. */
  code?: string;
  as: Principal;
  /** The payload's selection, where the generic one asks for what this caller may not read. */
  select?: string;
  /** Sets up what the mutation needs (without keys) and returns its variables. */
  prepare(): Promise<Record<string, unknown>>;
  /**
   * What a repeat without a key does, where it writes again: NEW_RECORD makes another record (a second meeting, a
   * second directive: send a key); SAME_STATE sets the same values again (an upsert; each request is audited).
   * Unset: the write can exist once, and a repeat is refused.
   */
  repeats?: 'NEW_RECORD' | 'SAME_STATE';
}

describe('idempotency battery: every province mutation, concurrent duplicates with one key', () => {
  let fed: TestFederation;
  let cell: string;
  let cell79: string;
  /** A cell of two members for the meetings: a roll call names every expected member. */
  let meetingCell: { id: string; members: string[] };
  let root: string;
  let commune: string;
  let introducers: string[];
  let serial = 0;
  const db = (code = '01') => fed.databases.provinces.get(code)!;
  const member = (admission: string, official?: string | null) => insertMember(db(), { admission, official });
  const citizen = () => `9991${String(process.pid % 10000).padStart(4, '0')}${String(++serial).padStart(4, '0')}`;

  async function send(query: string, variables: Record<string, unknown>, as: Principal, key?: string): Promise<GraphQLBody> {
    const headers: Record<string, string> = { authorization: `Bearer ${await fed.mint(as)}` };
    if (key !== undefined) headers['idempotency-key'] = key;
    return (await fed.raw({ query, variables }, headers)).body;
  }
  /** A setup write (no key): must succeed; returns the provinceNN part of the answer. */
  async function setup(query: string, variables: Record<string, unknown>, as: Principal = OFFICER): Promise<any> {
    const body = await send(query, variables, as);
    assert.equal(body.errors, undefined, `${query}: ${JSON.stringify(body.errors)}`);
    return Object.values(body.data)[0];
  }
  /** The source's outbox message for transfer `id`, read at its subgraph with its SYSTEM token, as the carrier does. */
  async function outboxMessage(id: string) {
    const token = await fed.serviceToken('01', 'carrier');
    const { body } = await fed.raw({ query: outboxQuery('01'), variables: representation('01') }, { authorization: `Bearer ${token}` }, fed.federation.subgraphs.get('province01')!.url);
    const outbox = (body.data._entities[0] as { carrierOutbox: Outbox }).carrierOutbox;
    const t = outbox.transfers.find((x) => x.id === id);
    assert.ok(t, `transfer ${id} is not in the outbox`);
    const { action, ...message } = t;
    return { action, message };
  }
  const ISSUE_TRANSFER = `mutation($input: IssueTransferInput!) { province01 { issueTransfer(input: $input) { transfer { id } } } }`;
  const ACCEPT = `mutation($message: TransferMessageInput!) { province79 { acceptTransfer(message: $message) { id state receivedOn reason } } }`;
  const issueTransfer = async () => {
    const memberId = await member('2010-01-01');
    return (await setup(ISSUE_TRANSFER, { input: { memberId, kind: 'OFFICIAL', toProvince: '79', toOrgId: cell79, letterNo: `GGT-${++serial}`, issuedOn: todayVn() } }))
      .issueTransfer.transfer.id as string;
  };
  const REGISTER = `mutation($input: RegisterCandidateInput!) { province01 { registerCandidate(input: $input) { id } } }`;
  const candidateInput = (registeredOn: string) => ({
    citizenId: citizen(), fullName: 'Lò Văn Hải', sex: 'NAM', birthDate: '1995-06-15', ethnicityCode: '03', cellId: cell, introducerIds: introducers, registeredOn,
  });
  const REGISTER_MERIT = `mutation($input: MeritPersonInput!) { province01 { registerMeritPerson(input: $input) { person { id } } } }`;
  const meritPerson = (memberId: string) => ({ fullName: 'Trần Thị Mẹ', birthYear: 1940, sex: 'NU', category: 'THAN_NHAN_LIET_SI', memberId, relation: 'ME', registeredOn: '2025-01-01' });
  const SCHEDULE = `mutation($input: ScheduleMeetingInput!) { province01 { scheduleMeeting(input: $input) { meeting { id } } } }`;
  const schedule = async () =>
    (await setup(SCHEDULE, { input: { cellId: meetingCell.id, type: 'REGULAR', topic: `Họp ${++serial}`, scheduledAt: new Date(Date.now() + 7_200_000).toISOString() } }))
      .scheduleMeeting.meeting.id as string;
  const PUBLISH = `mutation($input: PublishDirectiveInput!) { province01 { publishDirective(input: $input) { directive { id } } } }`;
  const publish = async () =>
    (await setup(PUBLISH, { input: { issuerOrgId: root, title: `Chỉ thị ${++serial}`, body: 'Nội dung.', audienceOrgIds: [root] } })).publishDirective.directive.id as string;
  /** A cadre of the register, its step of 2020 long due. */
  const cadre = async () => (await db().query(
    `INSERT INTO cadre (full_name, birth_date, sex, position, cadre_level, salary_scale, grade_code, grade_level, step, coefficient, step_since, last_checkup, actor)
     VALUES ('Lê Văn Nam', '1980-01-01', 'NAM', 'Chuyên viên', 'PROVINCIAL', 'A1', '01.003', 'UNIVERSITY', 3, 3.00, '2020-01-01', '2025-01-01', 'test') RETURNING id`)).rows[0].id as string;
  const asMember = (id: string): Principal => ({ role: 'MEMBER', province: '01', member: id });

  const CASES: Record<string, Case> = {
    correctMember: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('2005-05-05'), reason: 'Sai chính tả theo CCCD', fullName: 'Nguyễn Thị Bình' } }) },
    registerCandidate: { as: OFFICER, prepare: async () => ({ input: candidateInput('2024-01-10') }) },
    admitMember: {
      as: OFFICER,
      prepare: async () => {
        const candidateId = (await setup(REGISTER, { input: candidateInput('2025-09-01') })).registerCandidate.id;
        return { input: { candidateId, decisionNo: '9-QĐ', decisionDate: '2025-10-31' } };
      },
    },
    recognizeOfficial: {
      as: OFFICER,
      prepare: async () => {
        const candidateId = (await setup(REGISTER, { input: candidateInput('2025-09-01') })).registerCandidate.id;
        const admitted = await setup(`mutation($input: AdmitMemberInput!) { province01 { admitMember(input: $input) { member { id } } } }`, {
          input: { candidateId, decisionNo: '10-QĐ', decisionDate: '2025-10-31' },
        });
        return { input: { memberId: admitted.admitMember.member.id, resolutionNo: '12-NQ/CB', resolutionDate: '2026-10-31' } };
      },
    },
    importMembersCsv: {
      as: OFFICER,
      prepare: async () => ({
        input: {
          communeCode: commune, kind: 'NEW_RECORDS',
          csv: `citizen_id,full_name,sex,birth_date,ethnicity_code,religion_code,cell_id,admission_decision_date,admission_decision_no,official_date,birthplace\n${citizen()},Nguyễn Văn An,NAM,1995-03-14,01,,${cell},2020-05-19,125-QĐ/ĐU,2021-05-19,Hà Nội\n`,
        },
      }),
    },
    issueCard: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('2015-03-10'), number: `HN-${++serial}`, issuedOn: '2016-03-10', decisionNo: '15-QĐ/TU' } }) },
    reissueCard: {
      as: OFFICER,
      prepare: async () => {
        const memberId = await member('2012-01-01');
        await setup(`mutation($input: IssueCardInput!) { province01 { issueCard(input: $input) { __typename } } }`, { input: { memberId, number: `HN-${++serial}`, issuedOn: '2013-02-01', decisionNo: '1' } });
        return { input: { memberId, number: `HN-${++serial}`, issuedOn: '2020-01-15', decisionNo: '2-QĐ/TU', reason: 'DAMAGED' } };
      },
    },
    reportCardLost: {
      as: OFFICER,
      prepare: async () => {
        const memberId = await member('2011-01-01');
        await setup(`mutation($input: IssueCardInput!) { province01 { issueCard(input: $input) { __typename } } }`, { input: { memberId, number: `HN-${++serial}`, issuedOn: '2012-02-01', decisionNo: '3' } });
        return { input: { memberId, lostOn: '2026-03-01' } };
      },
    },
    recordInterruption: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('1996-01-10'), kind: 'LOST_CONTACT', fromDate: '2000-03-01', toDate: '2000-05-01', decisionNo: '12-QĐ/ĐU' } }) },
    awardBadge: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('1996-04-01'), milestone: 'Y30', ceremony: 'MAY19', year: 2026, decisionNo: '1234-QĐ/TU' } }) },
    exemptMember: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('2000-01-01'), reason: 'POOR_HEALTH', startsOn: '2026-09-15', resolutionNo: '05-NQ/CB' } }) },
    endExemption: {
      as: OFFICER,
      prepare: async () => {
        const memberId = await member('2000-01-01');
        await setup(`mutation($input: ExemptMemberInput!) { province01 { exemptMember(input: $input) { __typename } } }`, { input: { memberId, reason: 'POOR_HEALTH', startsOn: '2026-09-15', resolutionNo: '05-NQ/CB' } });
        return { input: { memberId, endsOn: '2026-10-01', resolutionNo: '09-NQ/CB' } };
      },
    },
    recordExit: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('1990-01-01'), type: 'DECEASED', date: '2026-11-03', decisionNo: '12-TB/CB', reason: 'Từ trần do bệnh' } }) },
    recordReward: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('2010-01-01'), kind: 'GIAY_KHEN', level: 'CO_SO', title: 'Hoàn thành xuất sắc nhiệm vụ', decisionNo: '125-QĐ/ĐU', decidedOn: '2026-11-20', issuedBy: 'Đảng ủy xã' } }) },
    recordDiscipline: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('2010-01-01'), measure: 'KHAI_TRU', level: 'CAP_TREN_CO_SO', decisionNo: '07-QĐ/UBKT', decidedOn: '2026-11-20', decidedBy: 'Ủy ban kiểm tra', reason: 'Vi phạm tư cách đảng viên' } }) },
    registerMeritPerson: { repeats: 'NEW_RECORD', as: OFFICER, prepare: async () => ({ input: meritPerson(await member('2010-01-01')) }) },
    updateMeritPerson: {
      repeats: 'SAME_STATE',
      as: OFFICER,
      prepare: async () => {
        const memberId = await member('2010-01-01');
        const id = (await setup(REGISTER_MERIT, { input: meritPerson(memberId) })).registerMeritPerson.person.id;
        return { id, input: { ...meritPerson(memberId), category: 'BENH_BINH' } };
      },
    },
    recordMeritCare: {
      as: OFFICER,
      prepare: async () => {
        const personId = (await setup(REGISTER_MERIT, { input: meritPerson(await member('2010-01-01')) })).registerMeritPerson.person.id;
        return { input: { personId, kind: 'GIFT', occasion: { kind: 'THUONG_BINH_LIET_SI', year: 2026 }, givenOn: '2026-07-25', valueVnd: 500000, givenBy: 'Đảng ủy xã' } };
      },
    },
    // the cadre system: a cadre without a member is a new record each time; a raise moves the step once; a
    // check-up on the same day sets the same state; an evaluation is one per cadre and year
    recordCadre: {
      repeats: 'NEW_RECORD',
      as: OFFICER,
      prepare: async () => ({ input: { fullName: 'Phạm Thị Hoa', birthDate: '1980-03-04', sex: 'NU', position: 'Phó Trưởng ban Tổ chức', level: 'PROVINCIAL',
        salaryScale: 'A1', gradeCode: '01.003', gradeLevel: 'UNIVERSITY', step: 3, coefficient: 3, stepSince: '2024-07-01' } }),
    },
    grantStepRaise: { as: OFFICER, prepare: async () => ({ input: { cadreId: await cadre(), raisedOn: '2026-11-20', coefficient: 3.33, decisionNo: '15-QĐ/TU' } }) },
    // a chuyên viên since 2015 with a good 2025: eligible; a repeat finds the cadre promoted already (refused)
    promoteGrade: {
      as: OFFICER,
      prepare: async () => {
        const cadreId = await cadre();
        await db().query(`UPDATE cadre SET grade_since = '2015-01-01' WHERE id = $1`, [cadreId]);
        await db().query(`INSERT INTO cadre_evaluation (cadre_id, year, result, evaluated_on, evaluated_by, actor) VALUES ($1, 2025, 'HOAN_THANH_TOT_NHIEM_VU', '2025-12-20', 'Ban Thường vụ', 'test')`, [cadreId]);
        return { input: { cadreId, toGradeCode: '01.002', toGradeLevel: 'UNIVERSITY', coefficient: 4.4, decidedOn: '2026-11-20', decisionNo: '20-QĐ/TU' } };
      },
    },
    recordCadreDiscipline: { as: OFFICER, prepare: async () => ({ input: { cadreId: await cadre(), measure: 'KHIEN_TRACH', decidedOn: '2026-11-20', decisionNo: '3-QĐ/KL' } }) },
    recordCheckup: { repeats: 'SAME_STATE', as: OFFICER, prepare: async () => ({ input: { cadreId: await cadre(), checkedOn: '2026-11-20' } }) },
    recordEvaluation: {
      as: OFFICER,
      prepare: async () => ({ input: { cadreId: await cadre(), year: 2025, result: 'HOAN_THANH_TOT_NHIEM_VU', evaluatedOn: '2026-01-10', evaluatedBy: 'Ban Thường vụ Tỉnh ủy' } }),
    },
    scheduleMeeting: { repeats: 'NEW_RECORD', as: OFFICER, prepare: async () => ({ input: { cellId: cell, type: 'THEMATIC', topic: `Chuyên đề ${++serial}`, scheduledAt: new Date(Date.now() + 86_400_000).toISOString() } }) },
    recordAttendance: {
      repeats: 'SAME_STATE',
      as: OFFICER,
      prepare: async () => ({ input: { meetingId: await schedule(), entries: meetingCell.members.map((memberId) => ({ memberId, presence: 'PRESENT' })) } }),
    },
    recordMeetingHeld: {
      as: OFFICER,
      prepare: async () => {
        const now = Date.now();
        const meetingId = await schedule();
        await setup(`mutation($input: RecordAttendanceInput!) { province01 { recordAttendance(input: $input) { __typename } } }`, {
          input: { meetingId, entries: meetingCell.members.map((memberId) => ({ memberId, presence: 'PRESENT' })) },
        });
        return { input: { meetingId, startedAt: new Date(now - 3_600_000).toISOString(), endedAt: new Date(now - 60_000).toISOString() } };
      },
    },
    cancelMeeting: { as: OFFICER, prepare: async () => ({ input: { meetingId: await schedule(), reason: 'Hoãn vì bão' } }) },
    publishDirective: { repeats: 'NEW_RECORD', as: OFFICER, prepare: async () => ({ input: { issuerOrgId: root, title: 'Chỉ thị thử', docNo: '99-CT/TU', body: 'Nội dung chỉ thị.', audienceOrgIds: [root] } }) },
    markDirectiveRead: {
      as: asMember(''),
      prepare: async () => ({ input: { directiveId: await publish(), memberId: introducers[0] } }),
    },
    submitFeedback: {
      repeats: 'NEW_RECORD',
      as: asMember(''),
      prepare: async () => ({ input: { directiveId: await publish(), memberId: introducers[0], body: 'Đề nghị hướng dẫn thêm.' } }),
    },
    answerFeedback: {
      as: OFFICER,
      prepare: async () => {
        const directiveId = await publish();
        const feedback = await setup(`mutation($input: SubmitFeedbackInput!) { province01 { submitFeedback(input: $input) { feedback { id } } } }`, {
          input: { directiveId, memberId: introducers[1], body: 'Đã triển khai.' },
        }, asMember(introducers[1]));
        return { input: { feedbackId: feedback.submitFeedback.feedback.id, answer: 'Cảm ơn đồng chí.' } };
      },
    },
    setFeeBasis: { repeats: 'SAME_STATE', as: OFFICER, prepare: async () => ({ input: { memberId: await member('2010-01-01'), effectiveMonth: '2026-03', basis: 'SOCIAL_INSURANCE', baseAmountVnd: 150_050 } }) },
    recordFeePayment: {
      as: OFFICER,
      prepare: async () => {
        const memberId = await member('2010-01-01');
        await setup(`mutation($input: SetFeeBasisInput!) { province01 { setFeeBasis(input: $input) { __typename } } }`, {
          input: { memberId, effectiveMonth: '2026-03', basis: 'SOCIAL_INSURANCE', baseAmountVnd: 150_050 },
        });
        return { input: { memberId, month: '2026-03', amountVnd: 1501, channel: 'CASH', paidOn: '2026-03-10', receiptNo: 'PT-001' } };
      },
    },
    rateMember: { as: OFFICER, prepare: async () => ({ input: { memberId: await member('2010-01-01'), year: 2026, score: 80, approver: 'Chi bộ 1', decisionDate: '2026-11-20' } }) },
    issueTransfer: {
      as: OFFICER,
      prepare: async () => ({ input: { memberId: await member('2010-01-01'), kind: 'OFFICIAL', toProvince: '79', toOrgId: cell79, letterNo: 'GGT-01', issuedOn: todayVn() } }),
    },
    cancelTransfer: { as: OFFICER, prepare: async () => ({ input: { transferId: await issueTransfer(), reason: 'Đảng viên đổi ý định' } }) },
    acceptTransfer: { code: '79', as: SYSTEM('01'), prepare: async () => ({ message: (await outboxMessage(await issueTransfer())).message }) },
    cancelIncomingTransfer: {
      code: '79',
      as: SYSTEM('01'),
      prepare: async () => {
        const id = await issueTransfer();
        await setup(`mutation($input: CancelTransferInput!) { province01 { cancelTransfer(input: $input) { __typename } } }`, { input: { transferId: id, reason: 'Đổi ý định' } });
        const { action, message } = await outboxMessage(id);
        assert.equal(action, 'CANCEL');
        return { message };
      },
    },
    settleTransfer: {
      as: SYSTEM('01'),
      // a SYSTEM token reads a transfer's routing, not the person (README "Access")
      select: '{ id state receivedOn settledAt }',
      prepare: async () => {
        const id = await issueTransfer();
        const decision = (await setup(ACCEPT, { message: (await outboxMessage(id)).message }, SYSTEM('01'))).acceptTransfer;
        return { input: { id, state: decision.state, receivedOn: decision.receivedOn, reason: decision.reason } };
      },
    },
    confirmTransferSettled: {
      code: '79',
      as: SYSTEM('79'),
      select: '{ id state receivedOn settledAt }',
      prepare: async () => {
        const id = await issueTransfer();
        const decision = (await setup(ACCEPT, { message: (await outboxMessage(id)).message }, SYSTEM('01'))).acceptTransfer;
        await setup(`mutation($input: SettleTransferInput!) { province01 { settleTransfer(input: $input) { id } } }`, {
          input: { id, state: decision.state, receivedOn: decision.receivedOn, reason: decision.reason },
        }, SYSTEM('01'));
        return { id };
      },
    },
    submitReport: { as: OFFICER, prepare: async () => ({ period: '2026-10' }) },
    markReportDelivered: {
      repeats: 'SAME_STATE',
      as: SYSTEM('01'),
      prepare: async () => {
        const submitted = await setup(`mutation { province01 { submitReport(period: "2026-09") { submission { revision } } } }`, {});
        return { period: '2026-09', revision: submitted.submitReport.submission.revision };
      },
    },
  };

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'idem_battery', provinces: [findProvince('01')!, findProvince('79')!], subgraphTimeoutMs: 20_000, scale: 0.0002 });
    const [c] = (await db().query(`SELECT id, commune_code FROM party_org WHERE level IN ('CHI_BO', 'CHI_BO_CO_SO') AND active ORDER BY id LIMIT 1`)).rows;
    cell = c.id;
    commune = c.commune_code;
    root = (await db().query('SELECT id FROM party_org WHERE parent_id IS NULL')).rows[0].id;
    cell79 = (await db('79').query(`SELECT id FROM party_org WHERE active AND level IN ('CHI_BO', 'CHI_BO_CO_SO') ORDER BY id LIMIT 1`)).rows[0].id;
    // official since long before every date used below, in the cell the fixtures and meetings use
    introducers = [await member('2000-02-02'), await member('2001-03-03')];
    // sorts after every cell, so the fixtures (insertMember: the first active cell) stay out of it
    const meetingCellId = `ffffffff-${randomUUID().slice(9)}`;
    await db().query(`INSERT INTO party_org (id, parent_id, level, name, active, commune_code)
      SELECT $1, parent_id, 'CHI_BO', 'Chi bộ họp thử', true, commune_code FROM party_org WHERE id = $2`, [meetingCellId, cell]);
    const members = [await member('2002-04-04'), await member('2003-05-05')];
    await db().query('UPDATE member SET cell_id = $1 WHERE id = ANY($2::uuid[])', [meetingCellId, members]);
    meetingCell = { id: meetingCellId, members };
  });
  afterAll(async () => {
    await fed?.stop();
  });

  /** A case made ready: who sends it, its variables and operation, and its count of audit rows (one per write). */
  const prepared = async (field: string, c: Case) => {
    const code = c.code ?? '01';
    const as = c.as.role === 'MEMBER' ? asMember(introducers[0]) : c.as;
    const audits = async () => (await db(code).query('SELECT count(*)::int AS n FROM audit_log WHERE operation = $1', [field])).rows[0].n as number;
    return { as, variables: await c.prepare(), query: operationFor(mutations.getFields()[field], code, c.select), audits };
  };

  it('has a case for every mutation of the province schema', () => {
    const fields = Object.keys(mutations.getFields()).sort();
    assert.ok(fields.length >= 30, `only ${fields.length} mutations`);
    assert.deepEqual(fields.filter((f) => !CASES[f]), [], 'mutations without a battery case');
    assert.deepEqual(Object.keys(CASES).filter((f) => !fields.includes(f)), [], 'cases for mutations that no longer exist');
  });

  it(`each mutation, ${CONCURRENCY} identical requests at once with one key: one write, one answer, no internal error`, async () => {
    const report: { field: string; answered: number; inUse: number; internal: number; other: string[]; writes: number; replayWrites: number; replaySame: boolean }[] = [];
    for (const [field, c] of Object.entries(CASES)) {
      const { as, variables, query, audits } = await prepared(field, c);
      const before = await audits();
      const key = randomUUID();
      const answers = await Promise.all(Array.from({ length: CONCURRENCY }, () => send(query, variables, as, key)));
      const writes = (await audits()) - before;
      const data = answers.filter((a) => !a.errors).map((a) => JSON.stringify(a.data));
      const errorCodes = answers.flatMap((a) => (a.errors ?? []).map((e) => `${e.extensions?.code}: ${e.message}`));
      const replay = await send(query, variables, as, key);
      report.push({
        field,
        answered: data.length,
        inUse: errorCodes.filter((e) => e.startsWith('IDEMPOTENCY_KEY_IN_USE')).length,
        internal: errorCodes.filter((e) => e.startsWith('INTERNAL_SERVER_ERROR')).length,
        other: [...new Set(errorCodes.filter((e) => !e.startsWith('IDEMPOTENCY_KEY_IN_USE')))],
        writes: writes - (new Set(data).size === 1 ? 0 : 100), // answers that differ count as wrong writes
        replayWrites: (await audits()) - before - writes,
        replaySame: data.length > 0 && JSON.stringify(replay.data) === data[0] && !replay.errors,
      });
    }
    const wrongWrite = (r: (typeof report)[number]) => r.writes !== 1 || r.replayWrites !== 0;
    const totals = {
      mutations: report.length,
      internalErrors: report.reduce((n, r) => n + r.internal, 0),
      wrongWrites: report.filter(wrongWrite).length,
      otherErrors: report.filter((r) => r.other.length > 0).length,
      answersNotTheFirst: report.filter((r) => !r.replaySame || r.answered + r.inUse !== CONCURRENCY).length,
    };
    const wrong = report.filter((r) => r.internal > 0 || r.other.length > 0 || wrongWrite(r) || !r.replaySame || r.answered + r.inUse !== CONCURRENCY);
    assert.deepEqual(
      totals,
      { mutations: Object.keys(mutations.getFields()).length, internalErrors: 0, wrongWrites: 0, otherErrors: 0, answersNotTheFirst: 0 },
      JSON.stringify(wrong, null, 1),
    );
  });

  it(`each mutation, ${CONCURRENCY} identical requests at once without a key: no internal error, and no duplicate of what can exist once`, async () => {
    const report: { field: string; writes: number; internal: string[]; unnamed: string[] }[] = [];
    for (const [field, c] of Object.entries(CASES)) {
      const { as, variables, query, audits } = await prepared(field, c);
      const before = await audits();
      const answers = await Promise.all(Array.from({ length: CONCURRENCY }, () => send(query, variables, as)));
      const errors = answers.flatMap((a) => a.errors ?? []);
      report.push({
        field,
        writes: (await audits()) - before,
        internal: errors.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR').map((e) => e.message),
        unnamed: errors.filter((e) => !isErrorCode(e.extensions?.code)).map((e) => e.message),
      });
    }
    // Without a key, a write that makes a new record each time is made each time (README "Idempotent writes": send a
    // key); every other write can exist once per member, month, meeting or transfer, and must be made once.
    const repeatable = Object.entries(CASES).filter(([, c]) => c.repeats).map(([f]) => f);
    const duplicated = report.filter((r) => r.writes > 1 && !repeatable.includes(r.field)).map((r) => `${r.field}: ${r.writes} writes`);
    process.stdout.write(
      `without a key: ${report.length} mutations × ${CONCURRENCY}; internal errors ${report.reduce((n, r) => n + r.internal.length, 0)}; ` +
        `duplicates of a once-only write ${duplicated.length}; written again by design: ` +
        `${report.filter((r) => repeatable.includes(r.field)).map((r) => `${r.field} ${r.writes} (${CASES[r.field]!.repeats})`).join(', ')}\n`,
    );
    assert.deepEqual(report.flatMap((r) => [...r.internal, ...r.unnamed].map((m) => `${r.field}: ${m}`)), [], 'internal or unnamed errors');
    assert.deepEqual(duplicated, [], 'once-only writes made more than once');
  });

  it('the carrier keys each step of a delivery by transfer id and step: recorded at each end, answered to its retry', async () => {
    const id = await issueTransfer();
    const { message } = await outboxMessage(id);
    const round = await testCarrier(fed, ['01', '79']).runOnce();
    assert.deepEqual(round.failures, []);
    const keys = async (code: string) =>
      (await db(code).query(`SELECT principal, key, state, written FROM idempotency_key WHERE key LIKE $1 ORDER BY key`, [`carrier:transfer:${id}:%`])).rows;
    assert.deepEqual(await keys('79'), [
      { principal: 'carrier:province01', key: `carrier:transfer:${id}:confirm`, state: 'DONE', written: true },
      { principal: 'carrier:province01', key: `carrier:transfer:${id}:deliver`, state: 'DONE', written: true },
    ]);
    assert.deepEqual(await keys('01'), [{ principal: 'carrier:province01', key: `carrier:transfer:${id}:settle`, state: 'DONE', written: true }]);
    // the delivery again, as the carrier retries it after a timeout: answered from the record, nothing decided again
    const audits = async () => (await db('79').query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'acceptTransfer'`)).rows[0].n as number;
    const before = await audits();
    const res = await fetch(fed.federation.subgraphs.get('province79')!.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await fed.serviceToken('01', 'carrier')}`,
        'idempotency-key': formatIdempotencyKey(deliveryKey(id, 'deliver')),
      },
      body: JSON.stringify({ query: acceptTransfer('79'), variables: { message } }),
    });
    assert.equal(res.headers.get('idempotent-replayed'), 'true');
    const body = (await res.json()) as GraphQLBody;
    assert.deepEqual([body.data.province79.acceptTransfer.id, body.data.province79.acceptTransfer.state], [id, 'RECEIVED']);
    assert.equal(await audits(), before);
  });

  it('without a key, identical concurrent registrations of one citizen make one candidate; the others a named refusal', async () => {
    // a few rounds: the race (both judge the citizen new before either inserts) does not come every time
    const token = await fed.mint(OFFICER);
    for (let round = 0; round < 4; round++) {
      const input = candidateInput('2024-01-10');
      const body = JSON.stringify({ query: REGISTER, variables: { input } });
      const answers = await Promise.all(Array.from({ length: 2 * CONCURRENCY }, async () =>
        (await fed.raw(body, { authorization: `Bearer ${token}` })).body));
      const candidates = (await db().query(`SELECT count(*)::int AS n FROM candidate WHERE citizen_id = $1`, [input.citizenId])).rows[0].n;
      assert.equal(candidates, 1);
      const refused = answers.filter((a) => a.errors);
      assert.equal(refused.length, 2 * CONCURRENCY - 1, JSON.stringify(answers));
      for (const a of refused) {
        assert.equal(a.errors![0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(a.errors));
        assert.match(a.errors![0].message, /input\.citizenId: already belongs to a pending candidate/);
      }
    }
  });
});
