// The access matrix of README "Access", cell by cell: each role against each operation of the foundation,
// allowed (with the right rows, worked out here from the database) or denied (FORBIDDEN, nothing leaked,
// nothing written).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type GraphQLBody, type Principal, type TestFederation } from './support/federation.ts';
import { expectedRounding } from './support/rounding.ts';

type Outcome = 'allow' | 'deny';
type Role = 'ANALYST' | 'OFFICER' | 'OTHER_OFFICER' | 'COMMUNE' | 'CELL' | 'MEMBER' | 'SYSTEM';
const ROLES: Role[] = ['ANALYST', 'OFFICER', 'OTHER_OFFICER', 'COMMUNE', 'CELL', 'MEMBER', 'SYSTEM'];

interface Fixture {
  commune: string;
  cell: string;
  /** Another cell of the same commune. */
  siblingCell: string | null;
  /** A cell of another commune. */
  foreignCell: string;
  me: { id: string; full_name: string; citizen_id: string };
  cellmate: { id: string; full_name: string; citizen_id: string };
  stranger: { id: string; full_name: string; citizen_id: string };
}

describe('access matrix (README "Access")', () => {
  let fed: TestFederation;
  let fx: Fixture;
  const principals = new Map<Role, Principal>();
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'access', provinces: [findProvince('01')!, findProvince('79')!], scale: 0.001 });
    const db = fed.databases.provinces.get('01')!;
    const cell = (
      await db.query(`SELECT o.id, o.commune_code FROM party_org o JOIN member m ON m.cell_id = o.id
        WHERE m.left_on IS NULL AND o.commune_code IS NOT NULL GROUP BY o.id HAVING count(*) >= 2 ORDER BY o.id LIMIT 1`)
    ).rows[0];
    const members = (await db.query(`SELECT id, full_name, citizen_id FROM member WHERE cell_id = $1 AND left_on IS NULL ORDER BY id LIMIT 2`, [cell.id])).rows;
    const stranger = (
      await db.query(`SELECT m.id, m.full_name, m.citizen_id, m.cell_id FROM member m JOIN party_org o ON o.id = m.cell_id
        WHERE m.left_on IS NULL AND o.commune_code IS DISTINCT FROM $1 ORDER BY m.id LIMIT 1`, [cell.commune_code])
    ).rows[0];
    const foreignCell = stranger.cell_id;
    const sibling = (await db.query(`SELECT id FROM party_org WHERE commune_code = $1 AND id <> $2 AND level IN ('CHI_BO', 'CHI_BO_CO_SO') ORDER BY id LIMIT 1`, [cell.commune_code, cell.id])).rows[0];
    assert.ok(cell && members.length === 2 && stranger, 'the demo data has a cell of two members and a member of another commune');
    fx = { commune: cell.commune_code, cell: cell.id, siblingCell: sibling?.id ?? null, foreignCell, me: members[0], cellmate: members[1], stranger };
    principals.set('ANALYST', { role: 'CENTRAL_ANALYST' });
    principals.set('OFFICER', { role: 'PROVINCE_OFFICER', province: '01' });
    principals.set('OTHER_OFFICER', { role: 'PROVINCE_OFFICER', province: '79' });
    principals.set('COMMUNE', { role: 'COMMUNE_OFFICER', province: '01', commune: fx.commune });
    principals.set('CELL', { role: 'CELL_SECRETARY', province: '01', cell: fx.cell });
    principals.set('MEMBER', { role: 'MEMBER', province: '01', member: fx.me.id });
    principals.set('SYSTEM', { role: 'SYSTEM', province: '01' });
  });
  afterAll(async () => {
    await fed?.stop();
  });
  const db = () => fed.databases.provinces.get('01')!;
  const as = (role: Role) => principals.get(role)!;

  /** Denied: one FORBIDDEN error, no data at the operation, and none of `secrets` anywhere in the answer. */
  function assertDenied(body: GraphQLBody, what: string, secrets: string[] = []): void {
    assert.ok(body.errors?.length, `${what}: expected FORBIDDEN, got ${JSON.stringify(body).slice(0, 300)}`);
    assert.ok(body.errors!.every((e) => e.extensions?.code === 'FORBIDDEN'), `${what}: ${JSON.stringify(body.errors)}`);
    assert.match(body.errors![0]!.message, /^Forbidden: /, what);
    const text = JSON.stringify(body.data ?? null);
    for (const secret of secrets) assert.ok(!text.includes(secret), `${what}: ${secret} leaked`);
  }

  const MEMBER_Q = `query($id: ID!) { province(code: "01") { member(id: $id) { id fullName citizenId } } }`;

  describe('member(id)', () => {
    const matrix: [string, () => Fixture['me'], Record<Role, Outcome>][] = [
      ['their own record', () => fx.me, { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'allow', CELL: 'allow', MEMBER: 'allow', SYSTEM: 'deny' }],
      ['a member of the same cell', () => fx.cellmate, { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'allow', CELL: 'allow', MEMBER: 'deny', SYSTEM: 'deny' }],
      ['a member of another commune', () => fx.stranger, { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'deny', CELL: 'deny', MEMBER: 'deny', SYSTEM: 'deny' }],
    ];
    for (const [what, target, outcomes] of matrix) {
      for (const role of ROLES) {
        it(`${role} reading ${what}: ${outcomes[role]}`, async () => {
          const m = target();
          const { body } = await fed.query(MEMBER_Q, { id: m.id }, as(role));
          if (outcomes[role] === 'deny') {
            assertDenied(body, `${role} ${what}`, [m.full_name, m.citizen_id]);
            return;
          }
          assert.equal(body.errors, undefined, JSON.stringify(body.errors));
          const got = body.data.province.member;
          assert.equal(got.id, m.id);
          assert.equal(got.fullName, m.full_name);
          // Citizen IDs in clear only for the province's officers and the member themself; masked otherwise.
          const clear = role === 'OFFICER' || (role === 'MEMBER' && m.id === fx.me.id);
          assert.equal(got.citizenId, clear ? m.citizen_id : `********${m.citizen_id.slice(-4)}`);
        });
      }
    }

    it('answers "not in your scope" alike for an absent id and a stranger, except to a province officer (null)', async () => {
      const absent = '00000000-0000-4000-8000-000000000000';
      const cell = await fed.query(MEMBER_Q, { id: absent }, as('CELL'));
      assertDenied(cell.body, 'cell secretary, absent id');
      const officer = await fed.query(MEMBER_Q, { id: absent }, as('OFFICER'));
      assert.equal(officer.body.data.province.member, null);
    });
  });

  describe('members and meetings (lists)', () => {
    const LIST_Q = `{ province(code: "01") { members(first: 500) { totalCount edges { node { id citizenId } } } } }`;
    const expected: Record<Role, Outcome> = { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'allow', CELL: 'allow', MEMBER: 'deny', SYSTEM: 'deny' };
    const scopeSql: Partial<Record<Role, () => [string, unknown[]]>> = {
      OFFICER: () => ['SELECT id FROM member WHERE left_on IS NULL', []],
      COMMUNE: () => ['SELECT m.id FROM member m JOIN party_org o ON o.id = m.cell_id WHERE m.left_on IS NULL AND o.commune_code = $1', [fx.commune]],
      CELL: () => ['SELECT id FROM member WHERE left_on IS NULL AND cell_id = $1', [fx.cell]],
    };
    for (const role of ROLES) {
      it(`${role} listing members: ${expected[role]}${expected[role] === 'allow' ? ', exactly their scope' : ''}`, async () => {
        const { body } = await fed.query(LIST_Q, {}, as(role));
        if (expected[role] === 'deny') return assertDenied(body, `${role} members`, [fx.me.citizen_id]);
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        const [sql, params] = scopeSql[role]!();
        const ids = (await db().query(sql, params)).rows.map((r) => r.id).sort();
        const conn = body.data.province.members;
        assert.equal(conn.totalCount, ids.length, 'totalCount counts the scope only');
        assert.deepEqual(conn.edges.map((e: { node: { id: string } }) => e.node.id).sort(), ids.slice(0, 500));
        const masked = conn.edges.filter((e: { node: { citizenId: string } }) => e.node.citizenId.startsWith('********')).length;
        assert.equal(masked, role === 'OFFICER' ? 0 : conn.edges.length, 'citizen IDs masked below the province officer');
      });
    }

    it("a cell secretary asking for another cell's members gets none of them", async () => {
      const { body } = await fed.query(`query($c: ID!) { province(code: "01") { members(filter: { cellId: $c }) { totalCount } } }`, { c: fx.foreignCell }, as('CELL'));
      assert.equal(body.data.province.members.totalCount, 0);
    });

    const MEETINGS_Q = `{ province(code: "01") { meetings(month: "2026-10", first: 500) { totalCount edges { node { cell { id } } } } } }`;
    for (const role of ROLES) {
      it(`${role} listing meetings: ${expected[role]}`, async () => {
        const { body } = await fed.query(MEETINGS_Q, {}, as(role));
        if (expected[role] === 'deny') return assertDenied(body, `${role} meetings`);
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        const where = { OFFICER: ['true', []], COMMUNE: ['o.commune_code = $1', [fx.commune]], CELL: ['m.cell_id = $1', [fx.cell]] }[role as 'OFFICER' | 'COMMUNE' | 'CELL'] as [string, unknown[]];
        const { rows } = await db().query(
          `SELECT count(*)::int AS n FROM meeting m JOIN party_org o ON o.id = m.cell_id
            WHERE to_char(m.started_at, 'YYYY-MM') = '2026-10' AND ${where[0]}`,
          where[1],
        );
        assert.equal(body.data.province.meetings.totalCount, rows[0].n);
      });
    }
  });

  describe('organisations', () => {
    const ORG_Q = `query($id: ID!) { province(code: "01") { organisation(id: $id) { id name parent { id } } } }`;
    const cases: [string, () => string, Record<Role, Outcome>][] = [
      ['their cell', () => fx.cell, { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'allow', CELL: 'allow', MEMBER: 'allow', SYSTEM: 'deny' }],
      ['a cell of another commune', () => fx.foreignCell, { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'deny', CELL: 'deny', MEMBER: 'deny', SYSTEM: 'deny' }],
    ];
    for (const [what, id, outcomes] of cases) {
      for (const role of ROLES) {
        it(`${role} reading ${what}: ${outcomes[role]}`, async () => {
          const { body } = await fed.query(ORG_Q, { id: id() }, as(role));
          if (outcomes[role] === 'deny') return assertDenied(body, `${role} ${what}`);
          assert.equal(body.errors, undefined, JSON.stringify(body.errors));
          assert.equal(body.data.province.organisation.id, id());
        });
      }
    }

    for (const role of ROLES) {
      const outcome: Outcome = role === 'OFFICER' ? 'allow' : 'deny';
      it(`${role} reading the whole tree (rootOrganisation): ${outcome}`, async () => {
        const { body } = await fed.query(`{ province(code: "01") { rootOrganisation { id level } } }`, {}, as(role));
        if (outcome === 'deny') return assertDenied(body, `${role} root`);
        assert.equal(body.data.province.rootOrganisation.level, 'TINH');
      });
    }

    it("shows a commune officer their commune's part of the tree only: no parent above it", async () => {
      const { rows } = await db().query(`SELECT id FROM party_org WHERE commune_code = $1 AND level = 'XA'`, [fx.commune]);
      if (rows.length === 0) return;
      const { body } = await fed.query(ORG_Q, { id: rows[0].id }, as('COMMUNE'));
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(body.data.province.organisation.parent, null);
    });
  });

  describe('the monthly report', () => {
    const REPORT_Q = `{ province(code: "01") { report(period: "2026-10") { memberCount suppressed } } }`;
    const outcomes: Record<Role, Outcome> = { ANALYST: 'allow', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'deny', CELL: 'deny', MEMBER: 'deny', SYSTEM: 'allow' };
    for (const role of ROLES) {
      it(`${role}: ${outcomes[role]}`, async () => {
        const { body } = await fed.query(REPORT_Q, {}, as(role));
        if (outcomes[role] === 'deny') return assertDenied(body, `${role} report`);
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        const { rows } = await db().query(`SELECT count(*)::int AS n FROM member WHERE joined_on <= '2026-10-31' AND (left_on IS NULL OR left_on > '2026-10-31')`);
        // an analyst's counts are rounded (docs/disclosure-control.md); everyone else's exact
        assert.equal(body.data.province.report.memberCount, role === 'ANALYST' ? expectedRounding('members|province=01', rows[0].n) : rows[0].n);
      });
    }

    /** Members counted on the last day of each month since the first admission, worked out from raw rows. */
    async function monthlyCounts() {
      const members = (await db().query(`SELECT joined_on, left_on, official_date, sex FROM member`)).rows;
      const first = members.map((m) => m.joined_on).sort()[0] as string;
      const months: { period: string; member: number; official: number; probationary: number; male: number; female: number }[] = [];
      for (let y = Number(first.slice(0, 4)); y <= 2026; y++) {
        for (let mo = 1; mo <= 12; mo++) {
          const period = `${y}-${String(mo).padStart(2, '0')}`;
          const last = new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10);
          const counted = members.filter((m) => m.joined_on <= last && (m.left_on === null || m.left_on > last));
          const official = counted.filter((m) => m.official_date !== null && m.official_date <= last).length;
          const male = counted.filter((m) => m.sex === 'NAM').length;
          months.push({ period, member: counted.length, official, probationary: counted.length - official, male, female: counted.length - male });
        }
      }
      return months;
    }
    const FIGURES = 'memberCount officialCount probationaryCount maleCount femaleCount suppressed';
    const small = (n: number) => n > 0 && n < 5;

    /** The month's counts as an analyst should see them: each rounded under its documented cell key. */
    const rounded = (month: Awaited<ReturnType<typeof monthlyCounts>>[number]) => ({
      memberCount: expectedRounding('members|province=01', month.member),
      officialCount: expectedRounding('members|province=01|status=CHINH_THUC', month.official),
      probationaryCount: expectedRounding('members|province=01|status=DU_BI', month.probationary),
      maleCount: expectedRounding('members|province=01|sex=NAM', month.male),
      femaleCount: expectedRounding('members|province=01|sex=NU', month.female),
      suppressed: [],
    });

    it('rounds for an analyst every count of a month with 1 to 4 members, and shows the officer the same month in full', async () => {
      const month = (await monthlyCounts()).find((m) => small(m.member));
      assert.ok(month, 'the demo data has a month with 1 to 4 members (the first admissions)');
      const q = `{ province(code: "01") { report(period: "${month.period}") { ${FIGURES} } } }`;
      const analyst = (await fed.query(q, {}, as('ANALYST'))).body.data.province.report;
      assert.deepEqual(analyst, rounded(month));
      assert.ok([0, 5].includes(analyst.memberCount), 'published as 0 or 5, never null');
      const officer = (await fed.query(q, {}, as('OFFICER'))).body.data.province.report;
      assert.deepEqual(officer, {
        memberCount: month.member, officialCount: month.official, probationaryCount: month.probationary,
        maleCount: month.male, femaleCount: month.female, suppressed: [],
      });
    });

    it('rounds each half of a pair that adds up to memberCount in its own cell', async () => {
      const month = (await monthlyCounts()).find((m) => m.member >= 5 && (small(m.female) || small(m.male)));
      assert.ok(month, 'the demo data has a month with 1 to 4 women or men among 5 or more members');
      const q = `{ province(code: "01") { report(period: "${month.period}") { ${FIGURES} } } }`;
      const analyst = (await fed.query(q, {}, as('ANALYST'))).body.data.province.report;
      assert.deepEqual(analyst, rounded(month));
    });
  });

  describe('writes', () => {
    const CORRECT = `mutation($id: ID!, $name: String!) { province01 { correctMember(input: { memberId: $id, reason: "Quyết định số 12", fullName: $name }) { correction { version } } } }`;
    const writes = async () =>
      (await db().query(`SELECT (SELECT count(*) FROM member_correction) + (SELECT count(*) FROM audit_log WHERE operation <> 'read') AS n`)).rows[0].n;
    const cases: [string, () => Fixture['me'], Record<Role, Outcome>][] = [
      ['a member of their commune', () => fx.cellmate, { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'allow', CELL: 'deny', MEMBER: 'deny', SYSTEM: 'deny' }],
      ['a member of another commune', () => fx.stranger, { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'deny', CELL: 'deny', MEMBER: 'deny', SYSTEM: 'deny' }],
    ];
    for (const [what, target, outcomes] of cases) {
      for (const role of ROLES) {
        it(`${role} correcting ${what}: ${outcomes[role]}`, async () => {
          const before = await writes();
          const { body } = await fed.query(CORRECT, { id: target().id, name: `Tên sửa ${role}` }, as(role));
          if (outcomes[role] === 'deny') {
            assertDenied(body, `${role} correctMember`);
            assert.equal(await writes(), before, 'nothing written');
            return;
          }
          assert.equal(body.errors, undefined, JSON.stringify(body.errors));
          assert.equal(await writes(), before + 2, 'one correction and one audit row');
          const { rows } = await db().query('SELECT full_name FROM member WHERE id = $1', [target().id]);
          assert.equal(rows[0].full_name, `Tên sửa ${role}`);
        });
      }
    }

    it('masks a corrected citizen ID in the history for a commune officer, not for the province officer', async () => {
      const target = fx.cellmate;
      const newId = `9${target.citizen_id.slice(1, 11)}${(Number(target.citizen_id.slice(-1)) + 1) % 10}`;
      const set = await fed.query(
        `mutation($id: ID!, $c: String!) { province01 { correctMember(input: { memberId: $id, reason: "CCCD mới", citizenId: $c }) { correction { version } } } }`,
        { id: target.id, c: newId },
        as('OFFICER'),
      );
      assert.equal(set.body.errors, undefined, JSON.stringify(set.body.errors));
      const HISTORY = `query($id: ID!) { province(code: "01") { member(id: $id) { corrections { changes { field from to } } } } }`;
      const change = async (role: Role) =>
        (await fed.query(HISTORY, { id: target.id }, as(role))).body.data.province.member.corrections
          .flatMap((c: { changes: { field: string }[] }) => c.changes)
          .find((c: { field: string }) => c.field === 'citizenId');
      assert.deepEqual(await change('OFFICER'), { field: 'citizenId', from: target.citizen_id, to: newId });
      assert.deepEqual(await change('COMMUNE'), { field: 'citizenId', from: `********${target.citizen_id.slice(-4)}`, to: `********${newId.slice(-4)}` });
    });
  });

  describe('audit of reads and the audit log', () => {
    const AUDIT_Q = `query($m: ID) { province(code: "01") { auditLog(filter: { memberId: $m }, first: 10) { totalCount edges { node { actor role operation memberIds details } } } } }`;
    for (const role of ROLES) {
      const outcome: Outcome = role === 'OFFICER' ? 'allow' : 'deny';
      it(`${role} reading the audit log: ${outcome}`, async () => {
        const { body } = await fed.query(AUDIT_Q, { m: null }, as(role));
        if (outcome === 'deny') return assertDenied(body, `${role} auditLog`);
        assert.equal(body.errors, undefined, JSON.stringify(body.errors));
        const { rows } = await db().query('SELECT count(*)::int AS n FROM audit_log');
        assert.equal(body.data.province.auditLog.totalCount, rows[0].n);
      });
    }

    it('records a read of personal records (who, role, which members, which fields), and nothing for a refused one', async () => {
      const token = await fed.mint(as('CELL'), { subject: 'bi.thu.chi.bo@01' });
      const reads = async () => (await db().query(`SELECT count(*)::int AS n FROM audit_log WHERE actor = 'bi.thu.chi.bo@01'`)).rows[0].n;
      const refused = await fed.raw({ query: MEMBER_Q, variables: { id: fx.stranger.id } }, { authorization: `Bearer ${token}` });
      assertDenied(refused.body, 'stranger');
      assert.equal(await reads(), 0, 'a refused read writes nothing');
      const ok = await fed.raw({ query: MEMBER_Q, variables: { id: fx.me.id } }, { authorization: `Bearer ${token}` });
      assert.equal(ok.body.errors, undefined);
      const { rows } = await db().query(`SELECT role, operation, member_ids, details FROM audit_log WHERE actor = 'bi.thu.chi.bo@01'`);
      assert.equal(rows.length, 1);
      assert.deepEqual([rows[0].role, rows[0].operation, rows[0].member_ids, rows[0].details.fields], ['CELL_SECRETARY', 'read', [fx.me.id], ['member']]);
      assert.match(rows[0].details.queryHash, /^[0-9a-f]{16}$/);
      // The province officer finds it by member.
      const log = await fed.query(AUDIT_Q, { m: fx.me.id }, as('OFFICER'));
      const entry = log.body.data.province.auditLog.edges.map((e: { node: unknown }) => e.node).find((n: { actor: string }) => n.actor === 'bi.thu.chi.bo@01');
      assert.deepEqual({ ...entry, details: undefined }, { actor: 'bi.thu.chi.bo@01', role: 'CELL_SECRETARY', operation: 'read', memberIds: [fx.me.id], details: undefined });
    });

    it('answers nothing of a read whose audit row cannot be written (the database refuses it), then answers again', async () => {
      // A real failure of the audit write: the database itself refuses read rows while this trigger exists.
      await db().query(`CREATE FUNCTION refuse_read_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.operation = 'read' THEN RAISE EXCEPTION 'audit storage unavailable'; END IF; RETURN NEW; END $$;
        CREATE TRIGGER refuse_read_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_read_audit()`);
      try {
        const { body } = await fed.query(MEMBER_Q, { id: fx.me.id }, as('CELL'));
        assert.equal(body.errors?.length, 1, JSON.stringify(body));
        assert.match(body.errors![0]!.message, /The read could not be audited, so it is not answered; try again/);
        assert.doesNotMatch(JSON.stringify(body), new RegExp(`${fx.me.full_name}|${fx.me.citizen_id}|audit storage`));
        assert.equal(body.data?.province?.member ?? null, null, 'no record in the answer');
      } finally {
        await db().query('DROP TRIGGER refuse_read_audit ON audit_log; DROP FUNCTION refuse_read_audit()');
      }
      const again = await fed.query(MEMBER_Q, { id: fx.me.id }, as('CELL'));
      assert.equal(again.body.errors, undefined, JSON.stringify(again.body.errors));
    });
  });

  // Last: issuing a transfer puts the stranger in transit.
  describe('transfers (a whole-province list that names its members)', () => {
    let transferId: string;
    /** The stranger's name now (the writes above corrected it). */
    let name: string;
    beforeAll(async () => {
      name = (await db().query('SELECT full_name FROM member WHERE id = $1', [fx.stranger.id])).rows[0].full_name;
      const toOrgId = (await fed.databases.provinces.get('79')!.query(`SELECT id FROM party_org WHERE level = 'CHI_BO' ORDER BY id LIMIT 1`)).rows[0].id;
      const { body } = await fed.query(
        `mutation($m: ID!, $o: ID!) { province01 { issueTransfer(input: { memberId: $m, kind: OFFICIAL, toProvince: "79", toOrgId: $o, letterNo: "7-GGT/TU", issuedOn: "2026-11-10" }) { transfer { id } } } }`,
        { m: fx.stranger.id, o: toOrgId },
        as('OFFICER'),
      );
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      transferId = body.data.province01.issueTransfer.transfer.id;
    });
    // ANALYST: a list of transfers would count them exactly (docs/disclosure-control.md); the national check reads it
    const outcomes: Record<Role, Outcome> = { ANALYST: 'deny', OFFICER: 'allow', OTHER_OFFICER: 'deny', COMMUNE: 'deny', CELL: 'deny', MEMBER: 'deny', SYSTEM: 'allow' };
    for (const role of ROLES) {
      it(`${role} listing transfers: ${outcomes[role]}; the member's name only for the province officer`, async () => {
        const ids = await fed.query(`{ province(code: "01") { transfers(direction: OUT) { edges { node { id memberId } } } } }`, {}, as(role));
        if (outcomes[role] === 'deny') return assertDenied(ids.body, `${role} transfers`, [fx.stranger.id]);
        assert.equal(ids.body.errors, undefined, JSON.stringify(ids.body.errors));
        assert.ok(ids.body.data.province.transfers.edges.some((e: { node: { id: string } }) => e.node.id === transferId));
        const names = await fed.query(`{ province(code: "01") { transfers(direction: OUT) { edges { node { id fullName } } } } }`, {}, as(role));
        if (role === 'OFFICER') {
          assert.equal(names.body.errors, undefined, JSON.stringify(names.body.errors));
          const node = names.body.data.province.transfers.edges.find((e: { node: { id: string } }) => e.node.id === transferId).node;
          assert.equal(node.fullName, name);
        } else {
          assertDenied(names.body, `${role} Transfer.fullName`, [name]);
        }
      });
    }
  });

  it('refuses every field of province 01 to an officer of province 79, in one query with both', async () => {
    const { body } = await fed.query(
      `{ provinces(codes: ["01", "79"]) { code report(period: "2026-10") { memberCount } } }`,
      {},
      as('OTHER_OFFICER'),
    );
    const byCode = Object.fromEntries(body.data.provinces.map((p: { code: string; report: unknown }) => [p.code, p.report]));
    assert.equal(byCode['01'], null);
    assert.equal(typeof (byCode['79'] as { memberCount: number }).memberCount, 'number');
    assert.ok(body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN' && e.extensions?.province === '01'), JSON.stringify(body.errors));
  });
  it("refuses a commune officer's token that names a commune of another province, saying so (issue 10, finding 8)", async () => {
    const commune79 = (await fed.databases.provinces.get('79')!.query(`SELECT commune_code FROM party_org WHERE commune_code IS NOT NULL LIMIT 1`)).rows[0].commune_code;
    const known01 = (await db().query('SELECT count(*)::int AS n FROM party_org WHERE commune_code = $1', [commune79])).rows[0].n;
    assert.equal(known01, 0, 'the demo data gives each province its own communes');
    for (const commune of [commune79, '99999']) {
      const { body } = await fed.query(
        `{ province(code: "01") { members(first: 5) { totalCount } } }`,
        {},
        { role: 'COMMUNE_OFFICER', province: '01', commune },
      );
      assert.equal(body.errors?.length, 1, JSON.stringify(body));
      assert.equal(body.errors![0]!.extensions?.code, 'FORBIDDEN');
      assert.match(body.errors![0]!.message, new RegExp(`commune ${commune}\\) names a commune that has no organisation in province 01`));
    }
    // The officer of a commune of province 01 still reads it.
    const own = await fed.query(`{ province(code: "01") { members(first: 5) { totalCount } } }`, {}, as('COMMUNE'));
    assert.equal(own.body.errors, undefined, JSON.stringify(own.body.errors));
    assert.ok(own.body.data.province.members.totalCount > 0);
  });
});
