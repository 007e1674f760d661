// The rounding of analysts' counts (docs/disclosure-control.md): hand-worked draws, the invariants, and the
// distribution over many distinct cells. No I/O.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { cellKey, createCountRounder, roundReportFigures, shareOf } from '../disclosureControl.ts';

const KEY = 'test-key-0123456789';
const round = createCountRounder(KEY);

describe('cellKey', () => {
  it('is the figure, the province and the scope in a canonical order, never a period', () => {
    assert.equal(cellKey('members', '01'), 'members|province=01');
    assert.equal(cellKey('exits', '79', { type: 'DECEASED' }), 'exits|province=79|type=DECEASED');
    assert.equal(cellKey('quality.rated', '01', { org: 'a', level: 'HT' }), cellKey('quality.rated', '01', { level: 'HT', org: 'a' }));
  });
});

describe('createCountRounder', () => {
  // Worked by hand with `printf 'members|province=01\0<n>' | openssl dgst -sha256 -hmac test-key-0123456789`:
  // u = first 12 hex digits / 2^48; n = 5q + r rounds up when u < r/5.
  const cell = 'members|province=01';
  const worked: [number, string, number][] = [
    [3, '4ff46efef64d', 5], // u = 0.312 < 0.6: up
    [7, 'd651ca7fe320', 5], // u = 0.837 ≥ 0.4: down
    [12, '192db2018551', 15], // u = 0.098 < 0.4: up
    [1, 'cd5343cac07e', 0], // u = 0.802 ≥ 0.2: down
  ];
  for (const [n, hex, published] of worked) {
    it(`rounds ${n} to ${published} in ${cell} (HMAC ${hex}…)`, () => {
      assert.equal(round(cell, n), published);
    });
  }

  it('keeps 0 and every multiple of 5, whatever the cell', () => {
    for (const n of [0, 5, 10, 500, 366_000]) assert.equal(round('any|province=01', n), n);
  });

  it('publishes a multiple of 5 within 4 of the true count, one of the two nearest', () => {
    for (let n = 0; n < 2000; n++) {
      const p = round(`c${n}|province=01`, n);
      assert.equal(p % 5, 0);
      assert.ok(p === 5 * Math.floor(n / 5) || p === 5 * Math.ceil(n / 5), `${n} -> ${p}`);
    }
  });

  it('gives the same cell and value the same answer every time, and another key other answers', () => {
    const answers = new Set(Array.from({ length: 30 }, () => round(cell, 3)));
    assert.deepEqual([...answers], [5]);
    const other = createCountRounder('another-key-0123456789');
    const differs = Array.from({ length: 200 }, (_, i) => round(`c${i}`, 3) !== other(`c${i}`, 3)).filter(Boolean).length;
    assert.ok(differs > 40 && differs < 160, `${differs} of 200 cells rounded differently under another key`);
  });

  it('is unbiased over many distinct cells: mean error near 0, rounded up with probability (n mod 5) / 5', () => {
    const cells = 20_000;
    for (const n of [1, 2, 3, 4, 8]) {
      let up = 0;
      let error = 0;
      for (let i = 0; i < cells; i++) {
        const p = round(cellKey('exits', '01', { org: `org-${i}` }), n);
        if (p > n) up++;
        error += p - n;
      }
      const expected = (n % 5) / 5;
      // binomial standard deviation ≤ 0.0036 at 20 000 cells: 0.015 is more than 4 of them
      assert.ok(Math.abs(up / cells - expected) < 0.015, `n=${n}: up ${up / cells}, expected ${expected}`);
      assert.ok(Math.abs(error / cells) < 0.1, `n=${n}: mean error ${error / cells}`);
    }
  });

  it('draws independently for different cells of the same value (no shared direction to subtract away)', () => {
    const a = Array.from({ length: 5000 }, (_, i) => round(`a${i}`, 2) > 2);
    const b = Array.from({ length: 5000 }, (_, i) => round(`b${i}`, 2) > 2);
    const both = a.filter((x, i) => x && b[i]).length / 5000;
    // independent: P(both up) = 0.4 × 0.4 = 0.16
    assert.ok(Math.abs(both - 0.16) < 0.02, `both up in ${both}`);
  });

  it('refuses what is not a count', () => {
    assert.throws(() => round(cell, -1), /not negative/);
    assert.throws(() => round(cell, 2.5), /whole/);
    assert.throws(() => createCountRounder(''), /empty/);
  });
});

describe('shareOf and roundReportFigures', () => {
  it('gives the share of published counts, null for a whole of 0, at most 1', () => {
    assert.equal(shareOf(5, 10), 0.5);
    assert.equal(shareOf(0, 0), null);
    assert.equal(shareOf(10, 5), 1);
  });

  it('rounds a snapshot under the live report\'s cell keys and drops its exact attendance rate', () => {
    const figures = {
      memberCount: 13, officialCount: 11, probationaryCount: 2, maleCount: 9, femaleCount: 4, cellCount: 3,
      meetingsHeld: 6, cellsWithRegularMeeting: 2, attendanceRate: 0.75, transfersIn: 1, transfersOut: 0,
      transfersOutPending: ['t1'], transfersInUnconfirmed: [],
    };
    const keys: string[] = [];
    const shown = roundReportFigures(figures, (figure, n, scope) => {
      keys.push(cellKey(figure, '01', scope));
      return round(cellKey(figure, '01', scope), n);
    });
    assert.equal(shown.memberCount, round('members|province=01', 13));
    assert.equal(shown.femaleCount, round('members|province=01|sex=NU', 4));
    assert.equal(shown.attendanceRate, null);
    assert.deepEqual(shown.transfersOutPending, ['t1']);
    assert.equal(new Set(keys).size, keys.length, 'one cell per figure');
    for (const k of ['memberCount', 'officialCount', 'probationaryCount', 'maleCount', 'femaleCount', 'cellCount', 'meetingsHeld', 'cellsWithRegularMeeting', 'transfersIn', 'transfersOut'] as const) {
      assert.equal(shown[k] % 5, 0, k);
    }
  });
});
