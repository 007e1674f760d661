// Versioned corrections of member records through the gateway: the seam every write follows (validation with
// an error per field, one transaction, an audit row, nothing written on bad input).
import assert from 'node:assert/strict';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';

const CORRECT = `mutation($input: CorrectMemberInput!) { province01 { correctMember(input: $input) {
  member { id fullName citizenId corrections { version } }
  correction { version actor reason changes { field from to } } } } }`;

describe('member record corrections (process 2)', () => {
  let fed: TestFederation;
  let members: { id: string; full_name: string; citizen_id: string }[];
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'records', provinces: [findProvince('01')!] });
    members = (await db().query('SELECT id, full_name, citizen_id FROM member WHERE left_on IS NULL ORDER BY id LIMIT 2')).rows;
  });
  afterAll(async () => {
    await fed?.stop();
  });
  const db = () => fed.databases.provinces.get('01')!;
  const snapshot = async () =>
    (await db().query(`SELECT (SELECT md5(string_agg(m::text, ',' ORDER BY id)) FROM member m) AS members,
      (SELECT count(*) FROM member_correction)::int AS corrections, (SELECT count(*) FROM audit_log)::int AS audits`)).rows[0];

  it('applies a correction as version 1, then 2, with the old and new values and an audit row', async () => {
    const [m] = members;
    const first = await fed.query(CORRECT, {
      input: { memberId: m.id, reason: 'Sai chính tả theo CCCD', fullName: 'Nguyễn Thị Bình', citizenId: '001190000001' },
    });
    assert.equal(first.body.errors, undefined, JSON.stringify(first.body.errors));
    const r1 = first.body.data.province01.correctMember;
    assert.equal(r1.member.fullName, 'Nguyễn Thị Bình');
    assert.equal(r1.correction.version, 1);
    assert.deepEqual(r1.correction.changes, [
      { field: 'fullName', from: m.full_name, to: 'Nguyễn Thị Bình' },
      { field: 'citizenId', from: m.citizen_id, to: '001190000001' },
    ]);
    const second = await fed.query(CORRECT, { input: { memberId: m.id, reason: 'Bổ sung dân tộc', ethnicityCode: '02' } });
    assert.equal(second.body.data.province01.correctMember.correction.version, 2);
    assert.deepEqual(second.body.data.province01.correctMember.member.corrections.map((c: { version: number }) => c.version), [1, 2]);
    const { rows } = await db().query(`SELECT operation, member_ids FROM audit_log WHERE $1 = ANY(member_ids) ORDER BY id`, [m.id]);
    assert.deepEqual(rows, [
      { operation: 'correctMember', member_ids: [m.id] },
      { operation: 'correctMember', member_ids: [m.id] },
    ]);
  });

  it('names every bad field in one BAD_USER_INPUT error and writes nothing', async () => {
    const before = await snapshot();
    const { body } = await fed.query(CORRECT, {
      input: { memberId: members[1].id, reason: 'x', citizenId: '12345', birthDate: '2090-01-01', religionCode: 'ABC' },
    });
    assert.equal(body.errors?.length, 1);
    const [error] = body.errors!;
    assert.equal(error.extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(
      error.extensions?.fields.map((f: { field: string }) => f.field).sort(),
      ['input.birthDate', 'input.citizenId', 'input.reason', 'input.religionCode'],
    );
    assert.match(error.message, /input\.citizenId: must be exactly 12 digits/);
    assert.deepEqual(await snapshot(), before);
  });

  it('refuses a citizen ID that belongs to another member, an unknown member, and a correction that changes nothing', async () => {
    const before = await snapshot();
    const [a, b] = members;
    const current = (await db().query('SELECT citizen_id FROM member WHERE id = $1', [a.id])).rows[0].citizen_id;
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ memberId: b.id, reason: 'Nhập nhầm', citizenId: current }, /input\.citizenId: already belongs to another member/],
      [{ memberId: '00000000-0000-4000-8000-000000000000', reason: 'Nhập nhầm', fullName: 'A' }, /input\.memberId: no member/],
      [{ memberId: b.id, reason: 'Không đổi', fullName: b.full_name }, /input: changes nothing/],
    ];
    for (const [input, message] of cases) {
      const { body } = await fed.query(CORRECT, { input });
      assert.equal(body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(body));
      assert.match(body.errors![0].message, message);
    }
    assert.deepEqual(await snapshot(), before);
  });

  it('keeps the audit log append-only', async () => {
    await assert.rejects(db().query('UPDATE audit_log SET actor = $1', ['someone']), /append-only/);
    await assert.rejects(db().query('DELETE FROM audit_log'), /append-only/);
  });
});
