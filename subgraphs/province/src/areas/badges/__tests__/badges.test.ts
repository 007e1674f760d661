// The badge calendar without I/O: every expected value below is worked out by hand from the calendar.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { addYears, ceremonyInMonth, eligibleOn, firstCeremonyOnOrAfter, partyAgeYears, previousCeremonyDate } from '../rules.ts';

describe('badge calendar', () => {
  it('maps 29 February to 28 February in a year without one', () => {
    assert.equal(addYears('1996-02-29', 30), '2026-02-28');
    assert.equal(addYears('1996-02-29', 40), '2036-02-29');
    assert.equal(addYears('1996-03-01', 30), '2026-03-01');
  });

  it('adds interruption days after the years', () => {
    // 10/1/2026 + 61 days: 21 left in January, 28 in February, 12 March
    assert.equal(eligibleOn('1996-01-10', 30, 61), '2026-03-12');
    assert.equal(eligibleOn('1996-02-29', 30, 1), '2026-03-01');
  });

  it('finds the first ceremony on or after a date, a ceremony day included', () => {
    assert.deepEqual(firstCeremonyOnOrAfter('2026-09-02'), { ceremony: 'SEP2', year: 2026, date: '2026-09-02' });
    assert.deepEqual(firstCeremonyOnOrAfter('2026-09-03'), { ceremony: 'NOV7', year: 2026, date: '2026-11-07' });
    assert.deepEqual(firstCeremonyOnOrAfter('2026-11-08'), { ceremony: 'FEB3', year: 2027, date: '2027-02-03' });
    assert.equal(previousCeremonyDate(2027, 'FEB3'), '2026-11-07');
    assert.equal(ceremonyInMonth('2026-05'), 'MAY19');
    assert.equal(ceremonyInMonth('2026-06'), null);
  });

  it('gives party age N exactly on the N-year eligibleOn, and a share of the year between', () => {
    assert.equal(partyAgeYears('1996-02-29', 0, '2026-02-28'), 30);
    // 27/2/2026 is 364 days into the 365-day year from 28/2/2025 (29 years): 29 + 364/365 = 29.997
    assert.equal(partyAgeYears('1996-02-29', 0, '2026-02-27'), 29.997);
    // with 61 days out: 30 on 12/3/2026; on 10/1/2026 it is 29 years (since 12/3/2025) and 304 of 365 days
    assert.equal(partyAgeYears('1996-01-10', 61, '2026-03-12'), 30);
    assert.equal(partyAgeYears('1996-01-10', 61, '2026-01-10'), 29.833);
    assert.equal(partyAgeYears('2026-06-01', 0, '2026-05-31'), 0);
  });
});
