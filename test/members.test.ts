// One province through the gateway: keyset pages, filters, the organisation tree, meetings, and the
// constant number of SQL statements behind nested fields (DataLoader).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';

describe('members, organisations and meetings of one province', () => {
  let fed: TestFederation;
  let statements: string[] = [];
  beforeAll(async () => {
    fed = await startTestFederation({
      prefix: 'members',
      provinces: [findProvince('01')!],
      scale: 0.002,
      onQuery: () => (sql) => statements.push(sql),
    });
  });
  afterAll(async () => {
    await fed?.stop();
  });
  const db = () => fed.databases.provinces.get('01')!;

  it('pages through every live member exactly once with keyset cursors', async () => {
    const expected = (await db().query('SELECT id FROM member WHERE left_on IS NULL')).rows.map((r) => r.id).sort();
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 100; page++) {
      const { body } = await fed.query(
        `query($after: String) { province(code: "01") { members(first: 97, after: $after) {
          totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } } }`,
        { after: cursor },
      );
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      const conn = body.data.province.members;
      assert.equal(conn.totalCount, expected.length);
      seen.push(...conn.edges.map((e: { node: { id: string } }) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      cursor = conn.pageInfo.endCursor;
    }
    assert.equal(new Set(seen).size, seen.length, 'no member twice');
    assert.deepEqual([...seen].sort(), expected);
  });

  it('filters by status and sex, counting like SQL does', async () => {
    const rows = (await db().query('SELECT status, sex FROM member WHERE left_on IS NULL')).rows;
    const expected = rows.filter((r) => r.status === 'DU_BI' && r.sex === 'NU').length;
    const { body } = await fed.query(`{ province(code: "01") { members(filter: { status: DU_BI, sex: NU }, first: 500) {
      totalCount edges { node { status sex } } } } }`);
    const conn = body.data.province.members;
    assert.equal(conn.totalCount, expected);
    assert.ok(conn.edges.every((e: { node: { status: string; sex: string } }) => e.node.status === 'DU_BI' && e.node.sex === 'NU'));
  });

  it('treats LIKE wildcards in nameContains literally', async () => {
    const { body } = await fed.query(`{ province(code: "01") { members(filter: { nameContains: "%" }) { totalCount } } }`);
    assert.equal(body.data.province.members.totalCount, 0);
  });

  it('resolves a page of members with cells and parents in a constant number of statements', async () => {
    const count = async (first: number) => {
      statements = [];
      const { body } = await fed.query(`{ province(code: "01") { members(first: ${first}) { edges { node {
        fullName cell { name memberCount parent { name level parent { name parent { name } } } } } } } } }`);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      assert.equal(body.data.province.members.edges.length, first);
      return statements.length;
    };
    const small = await count(10);
    const large = await count(100);
    assert.equal(large, small, `10 members: ${small} statements, 100 members: ${large}`);
    // page + total, cells, memberCounts, three levels of parents
    assert.ok(large <= 7, `${large} statements`);
  });

  it('returns a member by id, and null for an id the province does not hold', async () => {
    const { rows } = await db().query('SELECT id, full_name, citizen_id FROM member ORDER BY citizen_id LIMIT 1');
    const { body } = await fed.query(
      `query($id: ID!) { province(code: "01") { member(id: $id) { fullName citizenId provinceCode } } }`,
      { id: rows[0].id },
    );
    assert.deepEqual(body.data.province.member, { fullName: rows[0].full_name, citizenId: rows[0].citizen_id, provinceCode: '01' });
    const missing = await fed.query(`{ province(code: "01") { member(id: "00000000-0000-4000-8000-000000000000") { id } } }`);
    assert.equal(missing.body.data.province.member, null);
  });

  it('serves the organisation tree from the provincial committee down', async () => {
    const { rows } = await db().query(`SELECT p.id, count(c.id)::int AS n FROM party_org p
      LEFT JOIN party_org c ON c.parent_id = p.id WHERE p.parent_id IS NULL GROUP BY p.id`);
    const { body } = await fed.query(`{ province(code: "01") { rootOrganisation { id level children { level parent { id } } } } }`);
    const root = body.data.province.rootOrganisation;
    assert.equal(root.id, rows[0].id);
    assert.equal(root.level, 'TINH');
    assert.equal(root.children.length, rows[0].n);
    assert.ok(root.children.every((c: { parent: { id: string } }) => c.parent.id === root.id));
  });

  it('lists the meetings of a month with attendance', async () => {
    const { rows } = await db().query(`SELECT count(*)::int AS n FROM meeting WHERE to_char(started_at, 'YYYY-MM') = '2026-10'`);
    const { body } = await fed.query(`{ province(code: "01") { meetings(month: "2026-10", first: 5) {
      totalCount edges { node { month expected present attendance { presence member { id } } } } } } }`);
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    const conn = body.data.province.meetings;
    assert.equal(conn.totalCount, rows[0].n);
    for (const { node } of conn.edges) {
      assert.equal(node.month, '2026-10');
      assert.equal(node.attendance.length, node.expected);
      assert.equal(node.attendance.filter((a: { presence: string }) => a.presence === 'PRESENT').length, node.present);
    }
  });
});
