// The dashboard's pure rules, without a browser: months, which province failed or refused, what a commune counts.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { provinceProblems, refusedAt, sumOf } from '../src/figures.ts';
import { addMonths, defaultPeriod, lastTwelveMonths, nextCeremonyPeriod } from '../src/periods.ts';
import { communeFigures } from '../src/views/province.ts';
import { reportStatuses } from '../src/views/status.ts';

describe('periods', () => {
  it('counts months across years, in Viet Nam’s time zone', () => {
    assert.equal(addMonths('2026-01', -1), '2025-12');
    assert.equal(addMonths('2025-12', 1), '2026-01');
    assert.deepEqual(lastTwelveMonths('2026-10').slice(0, 2), ['2025-11', '2025-12']);
    assert.equal(lastTwelveMonths('2026-10').at(-1), '2026-10');
    // 2026-11-30T18:00Z is already 1 December in Ha Noi (UTC+7): the last ended month is November.
    assert.equal(defaultPeriod(new Date('2026-11-30T18:00:00Z')), '2026-11');
    assert.equal(defaultPeriod(new Date('2026-11-30T16:00:00Z')), '2026-10');
  });

  it('finds the month of the next badge ceremony (3/2, 19/5, 2/9, 7/11)', () => {
    assert.equal(nextCeremonyPeriod('2026-10'), '2026-11');
    assert.equal(nextCeremonyPeriod('2026-11'), '2026-11');
    assert.equal(nextCeremonyPeriod('2026-12'), '2027-02');
    assert.equal(nextCeremonyPeriod('2026-06'), '2026-09');
  });
});

describe('figures', () => {
  const errors = [
    { message: 'Province 48 did not answer', extensions: { code: 'SUBGRAPH_UNAVAILABLE', province: '48' } },
    { message: 'second error of 48', extensions: { code: 'SUBGRAPH_TIMEOUT', province: '48' } },
    { message: 'not yours', path: ['provinces', 3, 'report'], extensions: { code: 'FORBIDDEN', province: '01' } },
    { message: 'tree', path: ['province', 'rootOrganisation'], extensions: { code: 'FORBIDDEN', province: '79' } },
    { message: 'no province', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
  ];

  it('tells a province that did not answer from one whose figures were refused, by its first error', () => {
    const problems = provinceProblems(errors);
    assert.deepEqual([...problems.keys()].sort(), ['01', '48', '79']);
    assert.equal(problems.get('48')?.state, 'unavailable');
    assert.equal(problems.get('48')?.code, 'SUBGRAPH_UNAVAILABLE');
    assert.equal(problems.get('01')?.state, 'withheld');
  });

  it('finds a refusal by the field it was on', () => {
    assert.ok(refusedAt(errors, 'rootOrganisation'));
    assert.ok(!refusedAt(errors, 'transfers'));
  });

  it('sums only the figures given, and says how many', () => {
    assert.deepEqual(sumOf([5, null, 10, undefined]), { total: 15, counted: 2 });
  });
});

describe('a commune', () => {
  it('counts the members of every organisation under it and its active cells', () => {
    const commune = {
      id: 'x', name: 'Đảng bộ xã A', level: 'XA' as const, communeCode: '79001', active: true, memberCount: 0,
      children: [
        { level: 'CHI_BO_CO_SO' as const, active: true, memberCount: 12, children: [] },
        { level: 'CHI_BO_CO_SO' as const, active: false, memberCount: 0, children: [] },
        {
          level: 'DANG_BO_CO_SO' as const, active: true, memberCount: 0,
          children: [
            { level: 'CHI_BO' as const, active: true, memberCount: 7 },
            { level: 'CHI_BO' as const, active: true, memberCount: 5 },
          ],
        },
      ],
    };
    assert.deepEqual(communeFigures(commune), { members: 24, cells: 3 });
  });
});

describe('report statuses', () => {
  it('says submitted, late or missing for each province of the national report', () => {
    const statuses = reportStatuses({
      period: '2026-10', deadline: '2026-11-05', submitted: ['01', '79'], late: ['79', '48'], missing: ['48', '31'],
      provinces: [
        { code: '01', latest: { revision: 1, receivedAt: '2026-11-02T00:00:00Z', late: false }, province: { submittedReport: { differsFromLive: true, liveDifferences: [] } } },
        { code: '79', latest: { revision: 2, receivedAt: '2026-11-09T00:00:00Z', late: true }, province: { submittedReport: null } },
        { code: '48', latest: null, province: { submittedReport: null } },
        { code: '31', latest: null, province: { submittedReport: null } },
      ],
    });
    assert.deepEqual(
      [...statuses].map(([code, s]) => [code, s.state, s.differs]),
      [['01', 'submitted', true], ['79', 'late', null], ['48', 'late', null], ['31', 'missing', null]],
    );
  });
});
