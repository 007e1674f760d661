// The occasions of care for people with merit and a person's status, at their edges. Expected values worked by
// hand: 27 July is fixed; Tết from the shipped file (2026-02-17, 2027-02-06, 2030-02-02, recomputed for it); the
// due window 30 days (the shipped value), so Tết 2027's window opens on 2027-01-07 and 27 July's on 27 June.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ConfigError } from '../../../../../../config/env.ts';
import { addDays, careStatus, loadMeritCareRules, occasionOf, occasionOnOrAfter, parseMeritCareRules } from '../rules.ts';

const rules = loadMeritCareRules({});

describe('occasions', () => {
  it('27 July of any year; its window opens 30 days before, on 27 June', () => {
    assert.deepEqual(occasionOf(rules, 'THUONG_BINH_LIET_SI', 2026), { kind: 'THUONG_BINH_LIET_SI', year: 2026, date: '2026-07-27', dueFrom: '2026-06-27' });
  });

  it('Tết per year from the configuration: 17 Feb 2026, 6 Feb 2027 (window from 7 Jan), 2 Feb 2030 (a day before China\'s)', () => {
    assert.deepEqual(occasionOf(rules, 'TET', 2026), { kind: 'TET', year: 2026, date: '2026-02-17', dueFrom: '2026-01-18' });
    assert.deepEqual(occasionOf(rules, 'TET', 2027), { kind: 'TET', year: 2027, date: '2027-02-06', dueFrom: '2027-01-07' });
    assert.equal(occasionOf(rules, 'TET', 2030)?.date, '2030-02-02');
    assert.equal(occasionOf(rules, 'TET', 2025)?.dueFrom, '2024-12-30', 'a window that opens in the previous year');
  });

  it('the shipped file dates Tết for 2024 to 2030 at least', () => {
    for (let y = 2024; y <= 2030; y++) assert.ok(occasionOf(rules, 'TET', y), `Tết ${y}`);
  });

  it('a Tết year the file does not list has no occasion', () => {
    assert.equal(occasionOf(rules, 'TET', 2090), null);
  });

  it('the occasion on or after a day: Tết before 27 July, 27 July on its own day, the next Tết after it', () => {
    assert.deepEqual(occasionOnOrAfter(rules, '2026-01-01'), occasionOf(rules, 'TET', 2026));
    assert.deepEqual(occasionOnOrAfter(rules, '2026-02-18'), occasionOf(rules, 'THUONG_BINH_LIET_SI', 2026));
    assert.deepEqual(occasionOnOrAfter(rules, '2026-07-27'), occasionOf(rules, 'THUONG_BINH_LIET_SI', 2026));
    assert.deepEqual(occasionOnOrAfter(rules, '2026-07-28'), occasionOf(rules, 'TET', 2027));
    assert.deepEqual(occasionOnOrAfter(rules, '2026-12-01'), occasionOf(rules, 'TET', 2027));
  });

  it('days across month and leap-year ends', () => {
    assert.equal(addDays('2028-03-01', -1), '2028-02-29');
    assert.equal(addDays('2027-01-07', 30), '2027-02-06');
  });
});

describe('status of a person for an occasion', () => {
  const tet = occasionOf(rules, 'TET', 2027)!;
  it('the day before the window: NOT_YET_DUE; its first day: DUE; the occasion\'s day: DUE; the day after: OVERDUE', () => {
    assert.equal(careStatus(tet, '2027-01-06', false), 'NOT_YET_DUE');
    assert.equal(careStatus(tet, '2027-01-07', false), 'DUE');
    assert.equal(careStatus(tet, '2027-02-06', false), 'DUE');
    assert.equal(careStatus(tet, '2027-02-07', false), 'OVERDUE');
  });
  it('DONE once recorded, whatever the day', () => {
    for (const on of ['2027-01-06', '2027-01-07', '2027-02-06', '2027-02-07']) assert.equal(careStatus(tet, on, true), 'DONE');
  });
  it('with no window (0 days) a person is due on the day only', () => {
    const zero = parseMeritCareRules(withDue(0), 'test');
    const july = occasionOf(zero, 'THUONG_BINH_LIET_SI', 2026)!;
    assert.deepEqual([careStatus(july, '2026-07-26', false), careStatus(july, '2026-07-27', false), careStatus(july, '2026-07-28', false)], ['NOT_YET_DUE', 'DUE', 'OVERDUE']);
  });
});

describe('the rules file', () => {
  it('a bad file names every entry at fault', () => {
    const bad = withDue(-1) as { occasions: { TET: { dates: Record<string, string>; verified?: unknown } } };
    bad.occasions.TET.dates = { 2027: '2027-03-06', 2028: '2028-1-26' };
    delete bad.occasions.TET.verified;
    assert.throws(() => parseMeritCareRules(bad, 'merit-care-rules.json'), (e: Error) =>
      e instanceof ConfigError && /dueDaysBefore\.value/.test(e.message) && /occasions\.TET\.dates\.2027/.test(e.message)
      && /occasions\.TET\.dates\.2028/.test(e.message) && /occasions\.TET\.verified/.test(e.message));
  });
  it('MERIT_CARE_RULES_FILE that cannot be read stops the start, naming the variable', () => {
    assert.throws(() => loadMeritCareRules({ MERIT_CARE_RULES_FILE: '/nonexistent/merit.json' }), /MERIT_CARE_RULES_FILE/);
  });
});

function withDue(days: number): Record<string, unknown> {
  return {
    dueDaysBefore: { value: days, source: 'test', verified: false },
    occasions: {
      THUONG_BINH_LIET_SI: { source: 'test', verified: true, month: 7, day: 27 },
      TET: { source: 'test', verified: true, dates: { 2027: '2027-02-06' } },
    },
  };
}
