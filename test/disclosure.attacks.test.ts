// Issue 10, finding 1: small counts withheld from an analyst (null for 1 to 4) came back by arithmetic across
// answers. This suite builds, in a real seeded province, the cases where that worked, asks them of the gateway
// as CENTRAL_ANALYST, and runs each differencing attack twice: on the answers the old rule would have given (the
// officer's exact figures with 1 to 4 nulled), where it must recover the small count, and on the answers the
// analyst gets now (every count rounded to a multiple of 5, docs/disclosure-control.md), where it must not.
//
// "Recovered" means: the set of true values of the target consistent with every published figure the attack
// reads (each one's candidates under the rule in force) and with the identities between them contains exactly
// one value (test/support/feasible.ts). The true values are recounted by SQL from the rows this file inserts.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import { findProvince } from '../schema/provinces.ts';
import type { Pool } from '../subgraphs/shared/db.ts';
import { feasibleValues, type Identity } from './support/feasible.ts';
import { startTestFederation, type TestFederation } from './support/federation.ts';
import { assertRoundingOf, candidatesOf } from './support/rounding.ts';

const OFFICER = { role: 'PROVINCE_OFFICER', province: '01' } as const;
const ANALYST = { role: 'CENTRAL_ANALYST' } as const;
const EXIT_TYPES = ['DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED'] as const;
/** Six months of feedback after the seed's data ends (it ends on 2026-11-15), and the month before them. */
const FEEDBACK_MONTHS = ['2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06'];
/** Per month: feedback received, and answered (oldest first). Open at the months' ends: 2, 1, 1, 4, 4, 0. */
const FEEDBACK_PLAN: [received: number, answered: number][] = [[7, 5], [5, 6], [0, 0], [8, 5], [5, 5], [5, 9]];
/** Months after the exits in which nothing changes: the same cell with the same true value, asked 12 times. */
const QUIET_MONTHS = Array.from({ length: 12 }, (_, i) => `${2027 + Math.floor((i + 3) / 12)}-${String(((i + 3) % 12) + 1).padStart(2, '0')}`);

/** Figures the old rule never withheld: an organisation's memberCount, the transfer counts (Int!). */
const NEVER_WITHHELD = /\.organisation\.memberCount$|\.transfers(In|Out)$/;
/** A figure's candidates under the old rule: null (1 to 4 withheld) or the exact value. */
const oldCandidates = (figure: string, exact: number): number[] =>
  (exact > 0 && exact < 5 && !NEVER_WITHHELD.test(figure) ? [1, 2, 3, 4] : [exact]);
/** A figure no answer publishes (a derived quantity such as "women who left"): anything from 0 to 200. */
const UNPUBLISHED = Array.from({ length: 201 }, (_, i) => i);

interface Attack {
  name: string;
  /** The small count the attacker wants. */
  target: string;
  identities: Identity[];
  /** Figures no answer publishes (candidates: UNPUBLISHED under both rules). */
  unpublished?: string[];
}

interface Outcome {
  attack: string;
  target: string;
  truth: number;
  old: number[];
  now: number[];
}

describe('disclosure control against differencing attacks (CENTRAL_ANALYST)', () => {
  let fed: TestFederation;
  let db: Pool;
  const org = { parent: '', big: '', small: '' };
  /** Figure name -> exact value (officer) and published value (analyst). */
  const exact = new Map<string, number>();
  const published = new Map<string, number>();
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'sdc_attacks', provinces: [findProvince('01')!] });
    db = fed.databases.provinces.get('01')!;
    await buildTheCases();
    await readFigures();
  });
  afterAll(async () => {
    if (outcomes.length) {
      const table = outcomes.map((o) => `  ${o.attack} | ${o.target} | true ${o.truth} | old rule: {${o.old.join(',')}} | now: {${o.now.join(',')}}`);
      process.stdout.write(`disclosure attacks: ${published.size} counts read, ${outcomes.length} attempts, recovered under the old rule ${outcomes.filter((o) => o.old.length === 1).length}, now ${outcomes.filter((o) => o.now.length === 1).length}\n${table.join('\n')}\n`);
    }
    await fed?.stop();
  });

  /**
   * A parent organisation with two cells (7 members and 3), ratings of 2026 in the big cell (5 HTT, 2 HT), a man
   * and a woman of it dying in March 2027, and six months of feedback whose open count stays at 1 to 4.
   */
  async function buildTheCases(): Promise<void> {
    const [xa] = (await db.query(`SELECT id, commune_code FROM party_org WHERE level = 'XA' AND active ORDER BY id LIMIT 1`)).rows;
    org.parent = randomUUID();
    org.big = randomUUID();
    org.small = randomUUID();
    await db.query(
      `INSERT INTO party_org (id, parent_id, level, name, commune_code) VALUES
         ($1, $4, 'DANG_BO_CO_SO', 'Đảng bộ thử nghiệm', $5), ($2, $1, 'CHI_BO', 'Chi bộ lớn', $5), ($3, $1, 'CHI_BO', 'Chi bộ nhỏ', $5)`,
      [org.parent, org.big, org.small, xa.id, xa.commune_code],
    );
    const members: { id: string; cell: string; sex: 'NAM' | 'NU' }[] = [
      ...(['NAM', 'NAM', 'NAM', 'NAM', 'NU', 'NU', 'NU'] as const).map((sex) => ({ id: randomUUID(), cell: org.big, sex })),
      ...(['NAM', 'NU', 'NU'] as const).map((sex) => ({ id: randomUUID(), cell: org.small, sex })),
    ];
    for (const [i, m] of members.entries()) {
      await db.query(
        `INSERT INTO member (id, citizen_id, full_name, sex, birth_date, admission_decision_date, official_date, status, state, cell_id, joined_on)
         VALUES ($1, $2, $3, $4, '1990-05-01', '2020-01-15', '2021-01-15', 'CHINH_THUC', 'ACTIVE', $5, '2020-01-15')`,
        [m.id, `08880000${String(i).padStart(4, '0')}`, `Thử Nghiệm ${i}`, m.sex, m.cell],
      );
    }
    const big = members.filter((m) => m.cell === org.big);
    for (const [i, m] of big.entries()) {
      await db.query(
        `INSERT INTO quality_rating (member_id, year, version, score, org_id, approver, decision_date, actor)
         VALUES ($1, 2026, 1, $2, $3, 'Đảng ủy cơ sở', '2026-12-20', 'test')`,
        [m.id, i < 5 ? 80 : 60, org.big],
      );
    }
    // a man and a woman of the big cell die in March 2027
    for (const m of [big[0], big[4]]) {
      await db.query(`UPDATE member SET left_on = '2027-03-10', state = 'DECEASED' WHERE id = $1`, [m!.id]);
      await db.query(`INSERT INTO member_exit (member_id, type, exited_on, decision_no) VALUES ($1, 'DECEASED', '2027-03-10', 'QĐ 1/2027')`, [m!.id]);
    }
    // feedback: the seed's open items answered, then the plan, answering the oldest first
    await db.query(`UPDATE directive_feedback SET status = 'ANSWERED', answer = 'Đã trả lời', answered_by = 'test',
      answered_at = greatest(created_at, '2026-11-20T12:00:00+07') WHERE status = 'OPEN'`);
    const [root] = (await db.query(`SELECT id FROM party_org WHERE parent_id IS NULL`)).rows;
    const directive = randomUUID();
    await db.query(`INSERT INTO directive (id, issuer_org_id, title, body, published_at, published_by)
      VALUES ($1, $2, 'Chỉ thị thử nghiệm', 'Nội dung', '2026-12-10T10:00:00+07', 'test')`, [directive, root.id]);
    const open: string[] = [];
    for (const [i, month] of FEEDBACK_MONTHS.entries()) {
      const [received, answered] = FEEDBACK_PLAN[i]!;
      for (let k = 0; k < received; k++) {
        const id = randomUUID();
        await db.query(`INSERT INTO directive_feedback (id, directive_id, member_id, body, created_at) VALUES ($1, $2, $3, 'Ý kiến', $4)`,
          [id, directive, members[k % members.length]!.id, `${month}-05T10:00:00+07`]);
        open.push(id);
      }
      for (const id of open.splice(0, answered)) {
        await db.query(`UPDATE directive_feedback SET status = 'ANSWERED', answer = 'Trả lời', answered_by = 'test', answered_at = $2 WHERE id = $1`,
          [id, `${month}-20T10:00:00+07`]);
      }
    }
  }

  const REPORT_FIELDS = `memberCount maleCount femaleCount admissionCount admissionsBySex { key value } transfersIn transfersOut
    exitsByType { type count } directives { feedbackReceived feedbackAnswered openFeedback }`;
  const QUALITY_FIELDS = 'membersCounted rated unrated levels { level count } organisation { memberCount }';
  const alias = (period: string) => `r${period.replace('-', '_')}`;

  function query(): string {
    const periods = [...new Set(['2026-12', ...FEEDBACK_MONTHS, ...QUIET_MONTHS])];
    return `query($parent: ID!, $big: ID!, $small: ID!) { province(code: "01") {
      ${periods.map((p) => `${alias(p)}: report(period: "${p}") { ${REPORT_FIELDS} }`).join('\n')}
      qParent: qualityReport(year: 2026, organisationId: $parent) { ${QUALITY_FIELDS} }
      qBig: qualityReport(year: 2026, organisationId: $big) { ${QUALITY_FIELDS} }
      qSmall: qualityReport(year: 2026, organisationId: $small) { ${QUALITY_FIELDS} }
    } }`;
  }

  /** Flattens an answer into figure name -> value: "r2027_03.exitsByType.DECEASED", "qSmall.membersCounted" … */
  function flatten(data: Record<string, unknown>, into: Map<string, number>, prefix = ''): void {
    for (const [k, v] of Object.entries(data)) {
      const name = prefix ? `${prefix}.${k}` : k;
      if (Array.isArray(v)) {
        for (const item of v as Record<string, unknown>[]) {
          const { type, key, level, count, value } = item as Record<string, unknown>;
          into.set(`${name}.${String(type ?? key ?? level)}`, (count ?? value) as number);
        }
      } else if (v !== null && typeof v === 'object') flatten(v as Record<string, unknown>, into, name);
      else if (typeof v === 'number') into.set(name, v);
      else throw new Error(`${name}: ${JSON.stringify(v)} is not a count`);
    }
  }

  async function readFigures(): Promise<void> {
    const variables = { parent: org.parent, big: org.big, small: org.small };
    for (const [as, into] of [[OFFICER, exact], [ANALYST, published]] as const) {
      const { body } = await fed.query(query(), variables, as);
      assert.equal(body.errors, undefined, JSON.stringify(body.errors));
      flatten(body.data.province, into);
    }
  }

  /** Runs `attack` under both rules and records it; returns the outcome. */
  function run(attack: Attack): Outcome {
    const figures = new Set(attack.identities.flatMap((i) => i.map(([, f]) => f)));
    const domains = (candidates: (f: string) => number[]) =>
      new Map([...figures].map((f) => [f, attack.unpublished?.includes(f) ? UNPUBLISHED : candidates(f)] as const));
    const value = (map: Map<string, number>, f: string) => {
      const v = map.get(f);
      if (v === undefined) throw new Error(`no figure ${f}`);
      return v;
    };
    const truth = (f: string) => (attack.unpublished?.includes(f) ? derived.get(f)! : value(exact, f));
    // the identities hold for the true values (else the attack's model, not the rounding, would be wrong)
    for (const identity of attack.identities) {
      assert.equal(identity.reduce((s, [c, f]) => s + c * truth(f), 0), 0, `${attack.name}: ${JSON.stringify(identity)} holds`);
    }
    const old = feasibleValues(domains((f) => oldCandidates(f, value(exact, f))), attack.identities).get(attack.target)!;
    const now = feasibleValues(domains((f) => candidatesOf(value(published, f))), attack.identities).get(attack.target)!;
    const outcome = { attack: attack.name, target: attack.target, truth: truth(attack.target), old, now };
    outcomes.push(outcome);
    return outcome;
  }

  /** Unpublished quantities an attack solves for, with their true values from the raw rows. */
  const derived = new Map<string, number>();

  /** The attack worked under the old rule and does not now; the truth stays among the candidates. */
  function assertDefeated(o: Outcome): void {
    assert.ok(o.truth >= 1 && o.truth <= 4, `${o.attack}: the target is a small count (${o.truth})`);
    assert.deepEqual(o.old, [o.truth], `${o.attack}: under the old rule the attack recovers ${o.target} = ${o.truth}`);
    assert.ok(o.now.includes(o.truth), `${o.attack}: the truth is consistent with what is published now`);
    assert.ok(o.now.length > 1, `${o.attack}: recovered ${o.target} = ${o.now.join()} from rounded figures`);
  }

  it('builds what it attacks: the true small counts, recounted from the rows', async () => {
    const one = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
    assert.equal(await one(`SELECT count(*) AS n FROM member_exit WHERE type = 'DECEASED' AND exited_on BETWEEN '2027-03-01' AND '2027-03-31'`), 2);
    assert.equal(exact.get('r2027_03.exitsByType.DECEASED'), 2);
    assert.equal(await one(`SELECT count(*) AS n FROM member WHERE cell_id = $1 AND left_on IS NULL`, [org.small]), 3);
    assert.equal(exact.get('qSmall.membersCounted'), 3);
    assert.equal(await one(`SELECT count(*) AS n FROM quality_rating WHERE org_id = $1 AND year = 2026 AND level = 'HT' AND is_current`, [org.big]), 2);
    for (const [i, month] of FEEDBACK_MONTHS.entries()) {
      const last = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5)), 0)).toISOString().slice(0, 10);
      const openAtEnd = await one(`SELECT count(*) AS n FROM directive_feedback WHERE (created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date <= $1
        AND (answered_at IS NULL OR (answered_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date > $1)`, [last]);
      assert.equal(exact.get(`${alias(month)}.directives.openFeedback`), openAtEnd, month);
      assert.equal(openAtEnd, [2, 1, 1, 4, 4, 0][i], month);
    }
    derived.set('womenWhoLeft.2027_03', await one(`SELECT count(*) AS n FROM member WHERE sex = 'NU' AND left_on BETWEEN '2027-03-01' AND '2027-03-31'`));
    assert.equal(derived.get('womenWhoLeft.2027_03'), 1);
  });

  it('publishes every count an analyst reads as a multiple of 5, within 4 of the truth, and never null', () => {
    assert.equal(published.size, exact.size);
    for (const [figure, p] of published) {
      assert.notEqual(p, null, figure);
      assertRoundingOf(p, exact.get(figure)!, figure);
    }
    assert.ok(published.size > 200, `${published.size} figures checked`);
  });

  it('gives nothing to average: the same cell with the same true value publishes the same value in 12 months', () => {
    const truths = new Set(QUIET_MONTHS.map((p) => exact.get(`${alias(p)}.memberCount`)));
    assert.equal(truths.size, 1, 'nothing changes after March 2027');
    const shown = new Set(QUIET_MONTHS.map((p) => published.get(`${alias(p)}.memberCount`)));
    assert.equal(shown.size, 1, `one published value, not ${[...shown].join(', ')}`);
    // and the same population counted by another area (the quality report of the small cell, its organisation)
    assert.equal(published.get('qSmall.membersCounted'), published.get('qSmall.organisation.memberCount'));
  });

  it('across periods: a month\'s exits from two months\' member counts, admissions and transfers', () => {
    const [feb, mar] = [alias('2027-02'), alias('2027-03')];
    const o = run({
      name: 'exits from memberCount(Feb) − memberCount(Mar) + admissions + transfers in − out − other exit types',
      target: `${mar}.exitsByType.DECEASED`,
      identities: [[
        [1, `${feb}.memberCount`], [-1, `${mar}.memberCount`], [1, `${mar}.admissionCount`], [1, `${mar}.transfersIn`], [-1, `${mar}.transfersOut`],
        ...EXIT_TYPES.map((t) => [-1, `${mar}.exitsByType.${t}`] as const),
      ]],
    });
    assertDefeated(o);
  });

  it('complementary figures across periods: the sex of who left, from femaleCount of two months', () => {
    const [feb, mar] = [alias('2027-02'), alias('2027-03')];
    const o = run({
      name: 'women who left = femaleCount(Feb) − femaleCount(Mar) + women admitted',
      target: 'womenWhoLeft.2027_03',
      unpublished: ['womenWhoLeft.2027_03'],
      identities: [[[1, `${feb}.femaleCount`], [-1, `${mar}.femaleCount`], [1, `${mar}.admissionsBySex.NU`], [-1, 'womenWhoLeft.2027_03']]],
    });
    assertDefeated(o);
  });

  it('recursively: open feedback over six months, open(M) = open(M−1) + received(M) − answered(M)', () => {
    const months = ['2026-12', ...FEEDBACK_MONTHS].map(alias);
    const identities: Identity[] = FEEDBACK_MONTHS.map((m, i) => [
      [1, `${alias(m)}.directives.openFeedback`], [-1, `${months[i]}.directives.openFeedback`],
      [-1, `${alias(m)}.directives.feedbackReceived`], [1, `${alias(m)}.directives.feedbackAnswered`],
    ]);
    const small = FEEDBACK_MONTHS.filter((m) => [1, 2, 3, 4].includes(exact.get(`${alias(m)}.directives.openFeedback`)!));
    assert.equal(small.length, 5);
    for (const m of small) {
      assertDefeated(run({ name: `open feedback of ${m}, from December's and six months' received and answered`, target: `${alias(m)}.directives.openFeedback`, identities }));
    }
  });

  it('an organisation\'s subtree: a small cell from a field not withheld, and from its parent minus its other child', () => {
    assertDefeated(run({
      name: 'qualityReport(small cell) { organisation { memberCount } } against its membersCounted',
      target: 'qSmall.membersCounted',
      identities: [[[1, 'qSmall.membersCounted'], [-1, 'qSmall.organisation.memberCount']]],
    }));
    assertDefeated(run({
      name: 'membersCounted(parent) − membersCounted(big cell)',
      target: 'qSmall.membersCounted',
      identities: [[[1, 'qParent.membersCounted'], [-1, 'qBig.membersCounted'], [-1, 'qSmall.membersCounted']]],
    }));
  });

  it('complementary figures within an answer and across areas: a level from rated − the others, unrated from counted − rated', () => {
    assertDefeated(run({
      name: 'HT of the big cell = rated − HTXS − HTT − KHT',
      target: 'qBig.levels.HT',
      identities: [[[1, 'qBig.rated'], ...(['HTXS', 'HTT', 'HT', 'KHT'] as const).map((l) => [-1, `qBig.levels.${l}`] as const)]],
    }));
    assertDefeated(run({
      name: 'unrated of the parent = membersCounted − rated',
      target: 'qParent.unrated',
      identities: [[[1, 'qParent.membersCounted'], [-1, 'qParent.rated'], [-1, 'qParent.unrated']]],
    }));
    // the foundation area's count of the small cell (organisation.memberCount) with the quality area's parent
    assertDefeated(run({
      name: 'membersCounted(parent) − membersCounted(big) against organisation.memberCount of the small cell',
      target: 'qSmall.organisation.memberCount',
      identities: [
        [[1, 'qParent.membersCounted'], [-1, 'qBig.membersCounted'], [-1, 'qSmall.membersCounted']],
        [[1, 'qSmall.membersCounted'], [-1, 'qSmall.organisation.memberCount']],
      ],
    }));
  });

  it('recovers nothing in all: every attempt above recovered its count under the old rule and none now', () => {
    assert.ok(outcomes.length >= 11, `${outcomes.length} attempts`);
    assert.deepEqual(outcomes.filter((o) => o.old.length !== 1), [], 'every attempt worked under the old rule');
    assert.deepEqual(outcomes.filter((o) => o.now.length === 1), [], 'no attempt works now');
  });
});
