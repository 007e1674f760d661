// Process 6, directives down and feedback up, through the gateway. Audiences are worked out in the test by walking
// the raw organisation tree and member rows in JavaScript, never by the subgraph's recursive SQL.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { directivesSeeder } from '../subgraphs/province/src/areas/directives/seed.ts';
import { defaultProvinceSettings } from '../subgraphs/province/src/config.ts';
import { startTestFederation, TEST_AS_OF, type Principal, type TestFederation } from './support/federation.ts';

const DIRECTIVE = `id title docNo body publishedAt issuer { id level } audience { id } audienceCount readCount readRate
  feedback { id status }`;
const PUBLISH = `mutation($input: PublishDirectiveInput!) { province01 { publishDirective(input: $input) { directive { ${DIRECTIVE} } } } }`;
const READ = `mutation($input: MarkDirectiveReadInput!) { province01 { markDirectiveRead(input: $input) {
  directive { id readCount readRate } member { id } readAt firstRead } } }`;
const FEEDBACK = `id status body answer answeredAt answeredBy member { id } directive { id }`;
const SUBMIT = `mutation($input: SubmitFeedbackInput!) { province01 { submitFeedback(input: $input) { feedback { ${FEEDBACK} } } } }`;
const ANSWER = `mutation($input: AnswerFeedbackInput!) { province01 { answerFeedback(input: $input) { feedback { ${FEEDBACK} } } } }`;
const MEMBER_DIRECTIVES = `query($memberId: ID!, $unreadOnly: Boolean) { province(code: "01") { ... on Province01 {
  memberDirectives(memberId: $memberId, unreadOnly: $unreadOnly, first: 100) { totalCount edges { node { directive { id } readAt feedback { id } } } } } } }`;
const OPEN = `{ province(code: "01") { ... on Province01 { openFeedback(first: 500) { totalCount edges { node { id status } } } } } }`;
const DIRECTIVES = `{ province(code: "01") { ... on Province01 { directives(first: 100) { totalCount edges { node { ${DIRECTIVE} } } } } } }`;
const REPORT = `query($period: String!) { province(code: "01") { report(period: $period) { directives {
  directivesPublished feedbackReceived feedbackAnswered openFeedback } } } }`;

const OFFICER: Principal = { role: 'PROVINCE_OFFICER', province: '01' };
const asMember = (member: string): Principal => ({ role: 'MEMBER', province: '01', member });
const HOUR = 3_600_000;
const thisMonth = () => new Date(Date.now() + 7 * HOUR).toISOString().slice(0, 7);

interface Org { id: string; parent_id: string | null; level: string }
interface Person { id: string; cell_id: string; state: string; left_on: string | null }

describe('directives down and feedback up (process 6)', () => {
  let fed: TestFederation;
  const db = () => fed.databases.provinces.get('01')!;
  let orgs: Org[];
  let root: Org;
  let x1: Org;
  let x2: Org;
  let exemptUnderX1: string;
  let reportBefore: any;
  /** SQL statements province 01 has run (the subgraph's query listener). */
  let statements = 0;

  /** Every org below `id` and itself, from the raw tree. */
  const subtree = (id: string): Set<string> => {
    const out = new Set([id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const o of orgs) if (o.parent_id && out.has(o.parent_id) && !out.has(o.id)) { out.add(o.id); grew = true; }
    }
    return out;
  };
  const people = async () => (await db().query<Person>('SELECT id, cell_id, state, left_on FROM member ORDER BY id')).rows;
  /** Handbook users under any of `orgIds`: live, ACTIVE or IN_TRANSIT. */
  const audienceOf = async (orgIds: string[]): Promise<string[]> => {
    const under = new Set(orgIds.flatMap((id) => [...subtree(id)]));
    return (await people()).filter((p) => under.has(p.cell_id) && p.left_on === null && ['ACTIVE', 'IN_TRANSIT'].includes(p.state)).map((p) => p.id);
  };

  const q = async (query: string, variables: Record<string, unknown> = {}, as: Principal = OFFICER) => (await fed.query(query, variables, as)).body;
  const ok = async (query: string, variables: Record<string, unknown> = {}, as?: Principal) => {
    const body = await q(query, variables, as);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };
  const refused = async (query: string, variables: Record<string, unknown>, as?: Principal) => {
    const body = await q(query, variables, as);
    assert.equal(body.errors?.length, 1, JSON.stringify(body));
    assert.equal(body.errors![0].extensions?.code, 'BAD_USER_INPUT', JSON.stringify(body.errors));
    return Object.fromEntries(body.errors![0].extensions!.fields.map((f: { field: string; problem: string }) => [f.field, f.problem]));
  };
  const snapshot = async () => (await db().query(`SELECT (SELECT count(*) FROM directive)::int AS directives,
    (SELECT count(*) FROM directive_audience)::int AS audience, (SELECT count(*) FROM directive_read)::int AS reads,
    (SELECT md5(string_agg(f::text, ',' ORDER BY id)) FROM directive_feedback f) AS feedback,
    (SELECT count(*) FROM audit_log)::int AS audits`)).rows[0];
  const publish = async (issuerOrgId: string, audienceOrgIds: string[], title = 'Chỉ thị thử') =>
    (await ok(PUBLISH, { input: { issuerOrgId, title, docNo: '99-CT/TU', body: 'Nội dung chỉ thị.', audienceOrgIds } })).province01.publishDirective.directive;

  beforeAll(async () => {
    // the demo seed (seedProvince, with every area's seeder) has run: its directives are checked at the end
    fed = await startTestFederation({
      prefix: 'directives', provinces: [findProvince('01')!], onQuery: (code) => (code === '01' ? () => { statements += 1; } : undefined),
    });
    orgs = (await db().query<Org>('SELECT id, parent_id, level FROM party_org ORDER BY id')).rows;
    root = orgs.find((o) => o.parent_id === null)!;
    const communes = orgs.filter((o) => o.level === 'XA');
    [x1, x2] = communes;
    const cellUnderX1 = orgs.find((o) => subtree(x1.id).has(o.id) && ['CHI_BO', 'CHI_BO_CO_SO'].includes(o.level))!;
    exemptUnderX1 = randomUUID();
    await db().query(
      `INSERT INTO member (id, citizen_id, full_name, sex, birth_date, admission_decision_date, official_date, status, state, cell_id, joined_on)
       VALUES ($1, '099800000001', 'Đảng viên miễn sinh hoạt', 'NAM', '1940-01-01', '1970-01-01', '1971-01-01', 'CHINH_THUC', 'EXEMPT', $2, '1970-01-01')`,
      [exemptUnderX1, cellUnderX1.id],
    );
    reportBefore = (await ok(REPORT, { period: thisMonth() })).province.report.directives;
  });
  afterAll(async () => {
    await fed?.stop();
  });

  it('publishes a directive to a commune: its audience is every handbook user under it, none has read it yet', async () => {
    const d = await publish(root.id, [x1.id]);
    const audience = await audienceOf([x1.id]);
    assert.ok(audience.length >= 2);
    assert.deepEqual(
      { issuer: d.issuer, audience: d.audience, audienceCount: d.audienceCount, readCount: d.readCount, readRate: d.readRate, feedback: d.feedback },
      { issuer: { id: root.id, level: 'TINH' }, audience: [{ id: x1.id }], audienceCount: audience.length, readCount: 0, readRate: 0, feedback: [] },
    );
    const { rows } = await db().query(`SELECT operation FROM audit_log WHERE details->>'directiveId' = $1`, [d.id]);
    assert.deepEqual(rows, [{ operation: 'publishDirective' }]);
  });

  it('records a read once: marking it again keeps the first time and writes nothing', async () => {
    const d = await publish(root.id, [x1.id], 'Chỉ thị đọc');
    const [reader] = await audienceOf([x1.id]);
    const first = (await ok(READ, { input: { directiveId: d.id, memberId: reader } }, asMember(reader))).province01.markDirectiveRead;
    assert.equal(first.firstRead, true);
    const before = await snapshot();
    const again = (await ok(READ, { input: { directiveId: d.id, memberId: reader } }, asMember(reader))).province01.markDirectiveRead;
    assert.deepEqual([again.firstRead, again.readAt], [false, first.readAt]);
    assert.deepEqual(await snapshot(), before);
    const audience = await audienceOf([x1.id]);
    assert.deepEqual([again.directive.readCount, again.directive.readRate], [1, 1 / audience.length]);
    const audits = await db().query(`SELECT operation, member_ids FROM audit_log WHERE operation = 'markDirectiveRead' AND details->>'directiveId' = $1`, [d.id]);
    assert.deepEqual(audits.rows, [{ operation: 'markDirectiveRead', member_ids: [reader] }]);
  });

  it('shows a member the directives addressed to their cell or any organisation above it, and only those', async () => {
    const d = await publish(root.id, [x2.id], 'Chỉ thị xã 2');
    const [inX2] = await audienceOf([x2.id]);
    const [inX1] = await audienceOf([x1.id]);
    const rows = (await db().query<{ directive_id: string; org_id: string }>('SELECT directive_id, org_id FROM directive_audience')).rows;
    const seenBy = async (memberId: string) => {
      const cell = (await people()).find((p) => p.id === memberId)!.cell_id;
      const ancestors = new Set<string>();
      for (let o: Org | undefined = orgs.find((x) => x.id === cell); o; o = orgs.find((x) => x.id === o!.parent_id)) ancestors.add(o.id);
      return new Set(rows.filter((r) => ancestors.has(r.org_id)).map((r) => r.directive_id));
    };
    for (const member of [inX1, inX2]) {
      const listed = (await ok(MEMBER_DIRECTIVES, { memberId: member }, asMember(member))).province.memberDirectives;
      assert.deepEqual(new Set(listed.edges.map((e: any) => e.node.directive.id)), await seenBy(member));
      assert.equal(listed.totalCount, (await seenBy(member)).size);
    }
    // an exempt member does not use the handbook: nothing is addressed to them
    assert.equal((await ok(MEMBER_DIRECTIVES, { memberId: exemptUnderX1 })).province.memberDirectives.totalCount, 0);
    const x2List = (await ok(MEMBER_DIRECTIVES, { memberId: inX2 }, asMember(inX2))).province.memberDirectives;
    assert.ok(x2List.edges.some((e: any) => e.node.directive.id === d.id));
    await ok(READ, { input: { directiveId: d.id, memberId: inX2 } }, asMember(inX2));
    const unread = (await ok(MEMBER_DIRECTIVES, { memberId: inX2, unreadOnly: true }, asMember(inX2))).province.memberDirectives;
    assert.ok(!unread.edges.some((e: any) => e.node.directive.id === d.id));
    assert.equal(unread.edges.every((e: any) => e.node.readAt === null), true);
  });

  it('refuses readers outside the audience (another commune, an exempt member) and unknown ids, writing nothing', async () => {
    const d = await publish(root.id, [x1.id], 'Chỉ thị phạm vi');
    const [outside] = await audienceOf([x2.id]);
    const before = await snapshot();
    for (const memberId of [outside, exemptUnderX1]) {
      const e = await refused(SUBMIT, { input: { directiveId: d.id, memberId, body: 'Ý kiến' } }, asMember(memberId));
      assert.match(e['input.memberId'], /is not in the directive's audience/);
      const r = await refused(READ, { input: { directiveId: d.id, memberId } }, asMember(memberId));
      assert.match(r['input.memberId'], /is not in the directive's audience/);
    }
    const stranger = randomUUID();
    const unknown = await refused(READ, { input: { directiveId: randomUUID(), memberId: stranger } }, asMember(stranger));
    assert.deepEqual(Object.keys(unknown).sort(), ['input.directiveId', 'input.memberId']);
    const malformed = await refused(SUBMIT, { input: { directiveId: 'x', memberId: 'y', body: ' ' } }, asMember(outside));
    assert.deepEqual(Object.keys(malformed).sort(), ['input.body', 'input.directiveId', 'input.memberId']);
    assert.deepEqual(await snapshot(), before);
  });

  it('takes feedback from the audience and answers it once: ANSWERED, or CLOSED with close', async () => {
    const d = await publish(x1.id, [x1.id], 'Thông báo của Đảng ủy xã');
    const [a, b] = await audienceOf([x1.id]);
    const f1 = (await ok(SUBMIT, { input: { directiveId: d.id, memberId: a, body: '  Đề nghị hướng dẫn thêm.  ' } }, asMember(a))).province01.submitFeedback.feedback;
    const f2 = (await ok(SUBMIT, { input: { directiveId: d.id, memberId: b, body: 'Đã triển khai.' } }, asMember(b))).province01.submitFeedback.feedback;
    assert.deepEqual([f1.status, f1.body, f1.answer, f1.member.id, f1.directive.id], ['OPEN', 'Đề nghị hướng dẫn thêm.', null, a, d.id]);
    const open = (await ok(OPEN)).province.openFeedback;
    assert.ok([f1.id, f2.id].every((id) => open.edges.some((e: any) => e.node.id === id)));
    const openRaw = (await db().query(`SELECT count(*)::int AS n FROM directive_feedback WHERE status = 'OPEN'`)).rows[0].n;
    assert.equal(open.totalCount, openRaw);

    const answered = (await ok(ANSWER, { input: { feedbackId: f1.id, answer: 'Sẽ có hướng dẫn.' } })).province01.answerFeedback.feedback;
    assert.deepEqual([answered.status, answered.answer], ['ANSWERED', 'Sẽ có hướng dẫn.']);
    assert.ok(answered.answeredAt && answered.answeredBy);
    const closed = (await ok(ANSWER, { input: { feedbackId: f2.id, answer: 'Cảm ơn đồng chí.', close: true } })).province01.answerFeedback.feedback;
    assert.equal(closed.status, 'CLOSED');
    const before = await snapshot();
    const twice = await refused(ANSWER, { input: { feedbackId: f1.id, answer: 'Lần hai' } });
    assert.match(twice['input.feedbackId'], /is already ANSWERED; only OPEN feedback is answered/);
    const empty = await refused(ANSWER, { input: { feedbackId: 'nope', answer: '' } });
    assert.deepEqual(Object.keys(empty).sort(), ['input.answer', 'input.feedbackId']);
    assert.deepEqual(await snapshot(), before);
    const after = (await ok(OPEN)).province.openFeedback;
    assert.ok(![f1.id, f2.id].some((id) => after.edges.some((e: any) => e.node.id === id)));
    const ops = await db().query(`SELECT operation FROM audit_log WHERE details->>'feedbackId' = ANY($1) ORDER BY id`, [[f1.id, f2.id]]);
    assert.deepEqual(ops.rows.map((r) => r.operation), ['submitFeedback', 'submitFeedback', 'answerFeedback', 'answerFeedback']);
  });

  it('names every bad field of a publication in one error: issuer level, audience outside its subtree, repeats', async () => {
    const before = await snapshot();
    const cell = orgs.find((o) => o.level === 'CHI_BO' || o.level === 'CHI_BO_CO_SO')!;
    const all = await refused(PUBLISH, { input: { issuerOrgId: 'x', title: '', docNo: '', body: ' ', audienceOrgIds: [] } });
    assert.deepEqual(Object.keys(all).sort(), ['input.audienceOrgIds', 'input.body', 'input.docNo', 'input.issuerOrgId', 'input.title']);
    const fromCell = await refused(PUBLISH, { input: { issuerOrgId: cell.id, title: 'T', body: 'B', audienceOrgIds: [cell.id] } });
    assert.match(fromCell['input.issuerOrgId'], /directives come from the provincial committee \(TINH\) or a commune committee \(XA\)/);
    const outside = await refused(PUBLISH, { input: { issuerOrgId: x1.id, title: 'T', body: 'B', audienceOrgIds: [x1.id, x2.id, randomUUID()] } });
    assert.deepEqual(Object.keys(outside).sort(), ['input.audienceOrgIds[1]', 'input.audienceOrgIds[2]']);
    assert.match(outside['input.audienceOrgIds[1]'], /is not under the issuer/);
    const repeated = await refused(PUBLISH, { input: { issuerOrgId: root.id, title: 'T', body: 'B', audienceOrgIds: [x1.id, x1.id] } });
    assert.match(repeated['input.audienceOrgIds[1]'], /appears twice/);
    assert.deepEqual(await snapshot(), before);
  });

  it("reports the month's directives and feedback", async () => {
    const now = (await ok(REPORT, { period: thisMonth() })).province.report.directives;
    // published in this file: 5 directives; feedback: 2 submitted, 2 answered (one of them closed)
    assert.deepEqual(
      {
        directivesPublished: now.directivesPublished - reportBefore.directivesPublished,
        feedbackReceived: now.feedbackReceived - reportBefore.feedbackReceived,
        feedbackAnswered: now.feedbackAnswered - reportBefore.feedbackAnswered,
        openFeedback: now.openFeedback - reportBefore.openFeedback,
      },
      { directivesPublished: 5, feedbackReceived: 2, feedbackAnswered: 2, openFeedback: 0 },
    );
  });

  it('seeds four directives read by a share of their audience, with open, answered and closed feedback', async () => {
    const listed = (await ok(DIRECTIVES)).province.directives.edges.map((e: any) => e.node);
    const seeded = (await db().query(`SELECT id, doc_no FROM directive WHERE published_by = 'seed' ORDER BY published_at`)).rows;
    assert.deepEqual(seeded.map((r) => r.doc_no), ['15-CT/TU', '08-HD/BTCTU', '21-TB/ĐU', '02-KH/TU']);
    const reads = (await db().query<{ directive_id: string; member_id: string }>('SELECT directive_id, member_id FROM directive_read')).rows;
    for (const { id } of seeded) {
      const d = listed.find((x: any) => x.id === id);
      const audience = new Set(await audienceOf(d.audience.map((o: { id: string }) => o.id)));
      const readers = reads.filter((r) => r.directive_id === id && audience.has(r.member_id)).length;
      assert.deepEqual([d.audienceCount, d.readCount, d.readRate], [audience.size, readers, readers / audience.size]);
      assert.ok(d.readRate > 0 && d.readRate < 1, `${id}: ${d.readRate}`);
    }
    // the seed's feedback was written up to asOf's evening; this file's, today
    const statuses = (await db().query(`SELECT status, count(*)::int AS n FROM directive_feedback
      WHERE created_at < $1::date + 1 GROUP BY status ORDER BY status`, [TEST_AS_OF])).rows;
    assert.deepEqual(statuses.map((s) => s.status), ['OPEN', 'ANSWERED', 'CLOSED']);
    // a second run adds nothing
    const before = await snapshot();
    const client = await db().connect();
    try {
      await directivesSeeder.run(client, { code: '01', asOf: TEST_AS_OF, seed: 7, scale: 0.0005, rules: defaultProvinceSettings().rules });
    } finally {
      client.release();
    }
    assert.deepEqual(await snapshot(), before);
  });

  it('answers the example operations that need no ids (examples/directives.graphql) with the demo data', async () => {
    const query = readFileSync(new URL('../examples/directives.graphql', import.meta.url), 'utf8');
    const run = async (operationName: string) => {
      const { body } = await fed.raw({ query, operationName }, { authorization: `Bearer ${await fed.mint(OFFICER)}` });
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      return body.data.province;
    };
    const listed = (await run('DirectivesReadRates')).directives;
    assert.ok(listed.totalCount >= 4 && listed.edges.some((e: any) => e.node.readRate > 0));
    assert.ok((await run('DirectivesOpenFeedback')).openFeedback.totalCount > 0);
  });

  it('lets members act only for themselves, commune officers only for their own committee, and members read only what is addressed to them', async () => {
    const forbidden = async (query: string, variables: Record<string, unknown>, as: Principal) => {
      const body = await q(query, variables, as);
      assert.equal(body.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(body));
    };
    const codeOf = async (id: string) => (await db().query('SELECT commune_code FROM party_org WHERE id = $1', [id])).rows[0].commune_code;
    const officerX1: Principal = { role: 'COMMUNE_OFFICER', province: '01', commune: await codeOf(x1.id) };
    const officerX2: Principal = { role: 'COMMUNE_OFFICER', province: '01', commune: await codeOf(x2.id) };
    const [a, b] = await audienceOf([x1.id]);
    const [c] = await audienceOf([x2.id]);
    const before = await snapshot();
    const input = { issuerOrgId: x1.id, title: 'Thông báo', body: 'Nội dung', audienceOrgIds: [x1.id] };
    await forbidden(PUBLISH, { input }, officerX2);
    await forbidden(PUBLISH, { input: { ...input, issuerOrgId: root.id } }, officerX1);
    await forbidden(PUBLISH, { input }, asMember(a));
    assert.deepEqual(await snapshot(), before);
    const d = (await ok(PUBLISH, { input }, officerX1)).province01.publishDirective.directive;
    await forbidden(READ, { input: { directiveId: d.id, memberId: a } }, OFFICER);
    await forbidden(READ, { input: { directiveId: d.id, memberId: a } }, asMember(b));
    await forbidden(SUBMIT, { input: { directiveId: d.id, memberId: a, body: 'Thay' } }, asMember(b));
    const f = (await ok(SUBMIT, { input: { directiveId: d.id, memberId: a, body: 'Ý kiến' } }, asMember(a))).province01.submitFeedback.feedback;
    await forbidden(ANSWER, { input: { feedbackId: f.id, answer: 'Trả lời' } }, officerX2);
    await forbidden(MEMBER_DIRECTIVES, { memberId: a }, asMember(b));
    await forbidden(`query($id: ID!) { province(code: "01") { ... on Province01 { directive(id: $id) { id } } } }`, { id: d.id }, asMember(c));
    await forbidden(DIRECTIVES, {}, asMember(a));
    // the commune's officer sees its members' open feedback, the other commune's does not
    const openFor = async (as: Principal) => (await ok(OPEN, {}, as)).province.openFeedback.edges.map((e: any) => e.node.id);
    assert.ok((await openFor(officerX1)).includes(f.id));
    assert.ok(!(await openFor(officerX2)).includes(f.id));
    const answered = (await ok(ANSWER, { input: { feedbackId: f.id, answer: 'Đã nhận', close: true } }, officerX1)).province01.answerFeedback.feedback;
    assert.equal(answered.status, 'CLOSED');
  });

  it('lists directives with issuer, audience, read rate and feedback in the same number of statements for 1 or all', async () => {
    const page = `query($first: Int) { province(code: "01") { ... on Province01 { directives(first: $first) { totalCount
      edges { node { id issuer { name } audience { name } audienceCount readCount readRate feedback { status member { fullName } } } } } } } }`;
    const count = async (first: number) => {
      const before = statements;
      assert.equal((await ok(page, { first })).province.directives.edges.length, first);
      return statements - before;
    };
    const total = (await ok(page, { first: 0 })).province.directives.totalCount;
    assert.ok(total >= 4);
    assert.equal(await count(total), await count(1));
  });
});
