// The HTXS cap in REFUSE mode (QUALITY_RULES_FILE): a rating that takes its organisation over the cap is refused
// with BAD_USER_INPUT and nothing is written; at the cap's edge (1 HTXS for 5 HTT) it is accepted. The rules are
// read from the file as the entry reads them (an environment naming it) and passed to the subgraph as options.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import { loadQualityRules } from '../subgraphs/province/src/areas/quality/rules.ts';
import { startTestFederation } from './support/federation.ts';

const rulesDir = mkdtempSync(join(tmpdir(), 'quality-rules-'));
const rulesFile = join(rulesDir, 'quality-rules.json');
writeFileSync(rulesFile, JSON.stringify({ htxsCap: { percentOfHtt: 20, mode: 'REFUSE' } }));
const quality = loadQualityRules({ QUALITY_RULES_FILE: rulesFile });

const OFFICER = { role: 'PROVINCE_OFFICER', province: '01' } as const;
const RATE = `mutation($input: RateMemberInput!) { province01 { rateMember(input: $input) { rating { version level } warnings { htxsCount } } } }`;

describe('HTXS cap in REFUSE mode', () => {
  let fed: Awaited<ReturnType<typeof startTestFederation>>;
  let cell: string;
  let members: string[];
  const db = () => fed.databases.provinces.get('01')!;
  const rate = async (memberId: string, score: number) =>
    (await fed.query(RATE, { input: { memberId, year: 2026, score, approver: 'Đảng ủy phường', decisionDate: '2026-11-20' } }, OFFICER)).body;

  beforeAll(async () => {
    fed = await startTestFederation({
      prefix: 'qrefuse',
      provinces: [findProvince('01')!],
      province: { rules: { quality } },
      // these tests are about rules, not latency: a machine loaded by parallel test files must not time them out
      subgraphTimeoutMs: 30_000,
    });
    const live = `left_on IS NULL AND joined_on < '2026-01-01'`;
    cell = (await db().query(`SELECT cell_id FROM member WHERE ${live} GROUP BY cell_id ORDER BY count(*) DESC, cell_id LIMIT 1`)).rows[0].cell_id;
    // 7 members in one cell (moved in when the small test seed has fewer)
    await db().query(`UPDATE member SET cell_id = $1 WHERE id IN (SELECT id FROM member WHERE ${live} AND cell_id <> $1 ORDER BY id
      LIMIT greatest(0, 7 - (SELECT count(*) FROM member WHERE ${live} AND cell_id = $1)))`, [cell]);
    members = (await db().query(`SELECT id FROM member WHERE ${live} AND cell_id = $1 ORDER BY id LIMIT 7`, [cell])).rows.map((r) => r.id);
    assert.equal(members.length, 7);
  });
  afterAll(async () => {
    await fed?.stop();
    rmSync(rulesDir, { recursive: true, force: true });
  });

  it('refuses the HTXS that 4 HTT cannot carry, accepts it with 5, and refuses a 2nd', async () => {
    const [h1, h2, ...htt] = members;
    for (const m of htt.slice(0, 4)) assert.equal((await rate(m, 75)).errors, undefined);
    const count = async () => (await db().query('SELECT count(*)::int AS n FROM quality_rating WHERE year = 2026')).rows[0].n;
    const audits = async () => (await db().query(`SELECT count(*)::int AS n FROM audit_log WHERE operation = 'rateMember'`)).rows[0].n;
    const [ratingsBefore, auditsBefore] = [await count(), await audits()];
    const refused = await rate(h1, 90);
    assert.equal(refused.errors?.[0].extensions?.code, 'BAD_USER_INPUT');
    assert.deepEqual(refused.errors![0].extensions!.fields.map((f: any) => f.field), ['input.score']);
    assert.match(refused.errors![0].message, /1 HTXS for 4 HTT in 2026, above the cap of 20% of HTT/);
    assert.deepEqual([await count(), await audits()], [ratingsBefore, auditsBefore]);
    assert.equal((await rate(htt[4], 89)).errors, undefined);
    const accepted = await rate(h1, 90);
    assert.deepEqual(accepted.data.province01.rateMember, { rating: { version: 1, level: 'HTXS' }, warnings: [] });
    assert.match((await rate(h2, 100)).errors![0].message, /2 HTXS for 5 HTT/);
    // lower scores are not capped
    assert.equal((await rate(h2, 89)).errors, undefined);
  });
});
