// The seed's calendar and random source, without a database: dates must agree with JavaScript's Date and with
// PostgreSQL's month arithmetic, and the random streams must depend on their keys only.
import assert from 'node:assert/strict';
import { test } from '@jest/globals';
import {
  addMonths, addYears, civilDate, dayNumber, isoDate, monthsEndingAt, parseIsoDate, vietnamTimestamp, yearsBetween,
} from '../calendar.ts';
import { Random } from '../random.ts';

test('day numbers agree with Date for 1900-2100', () => {
  for (let day = dayNumber(1900, 1, 1); day <= dayNumber(2100, 12, 31); day += 7) {
    const expected = new Date(day * 86_400_000).toISOString().slice(0, 10);
    assert.equal(isoDate(day), expected);
    const { year, month, day: dom } = civilDate(day);
    assert.equal(dayNumber(year, month, dom), day);
  }
});

test('parses only real dates', () => {
  assert.equal(parseIsoDate('2028-02-29'), dayNumber(2028, 2, 29));
  assert.equal(parseIsoDate('2026-02-29'), undefined);
  assert.equal(parseIsoDate('2026-13-01'), undefined);
  assert.equal(parseIsoDate('26-01-01'), undefined);
});

test('adds months as PostgreSQL does: the day is clamped to the month end', () => {
  const iso = (text: string) => parseIsoDate(text)!;
  // SELECT date '2024-01-31' + interval '1 month' = 2024-02-29, date '2024-02-29' + interval '12 months' = 2025-02-28
  assert.equal(isoDate(addMonths(iso('2024-01-31'), 1)), '2024-02-29');
  assert.equal(isoDate(addMonths(iso('2024-02-29'), 12)), '2025-02-28');
  assert.equal(isoDate(addMonths(iso('2026-03-31'), -1)), '2026-02-28');
  assert.equal(isoDate(addYears(iso('2026-10-31'), -24)), '2002-10-31');
});

test('counts whole years as age() does, including 29 February birthdays', () => {
  const iso = (text: string) => parseIsoDate(text)!;
  assert.equal(yearsBetween(iso('2000-02-29'), iso('2019-02-28')), 18);
  assert.equal(yearsBetween(iso('2000-02-29'), iso('2019-03-01')), 19);
  assert.equal(yearsBetween(iso('1990-06-15'), iso('2026-06-14')), 35);
  assert.equal(yearsBetween(iso('1990-06-15'), iso('2026-06-15')), 36);
});

test('lists the 12 months ending with a date, across a year boundary', () => {
  const months = monthsEndingAt(parseIsoDate('2026-03-15')!, 12);
  assert.equal(months.length, 12);
  assert.deepEqual([months[0].year, months[0].month], [2025, 4]);
  assert.deepEqual([months[11].year, months[11].month], [2026, 3]);
  assert.equal(isoDate(months[10].lastDay), '2026-02-28');
});

test('writes local times with the +07 offset', () => {
  const day = dayNumber(2026, 10, 5);
  assert.equal(vietnamTimestamp(day * 1440 + 19 * 60 + 30), '2026-10-05 19:30:00+07');
  assert.equal(vietnamTimestamp(day * 1440 - 30), '2026-10-04 23:30:00+07');
});

test('random streams depend only on their keys, and UUIDs are version 4', () => {
  const draw = (...keys: number[]) => {
    const random = new Random(...keys);
    return Array.from({ length: 5 }, () => random.uint32());
  };
  assert.deepEqual(draw(1, 40, 2, 7), draw(1, 40, 2, 7));
  assert.notDeepEqual(draw(1, 40, 2, 7), draw(1, 40, 2, 8));
  assert.notDeepEqual(draw(2 ** 40, 1), draw(0, 1)); // seeds above 32 bits are not truncated
  const random = new Random(3);
  const ids = new Set(Array.from({ length: 1000 }, () => random.uuid()));
  assert.equal(ids.size, 1000);
  for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
