// The legacy system's code tables and date formats both ways, its cell keys and rounding against the test
// suite's independent implementation of the standard's draw (test/support/rounding.ts). No I/O.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { expectedRounding } from '../../../../test/support/rounding.ts';
import { MEETING_TYPE, ORG_LEVEL, PRESENCE, SEX, STATE, STATUS, isoDate, legacyDate, toLegacy, toNational } from '../codes.ts';
import { cellKey, createRounder, DEVELOPMENT_DISCLOSURE_CONTROL_KEY, shareOf } from '../disclosure.ts';

describe('code tables', () => {
  for (const [name, table] of Object.entries({ SEX, STATUS, STATE, ORG_LEVEL, MEETING_TYPE, PRESENCE })) {
    it(`${name} maps each legacy code to one national value and back`, () => {
      const values = Object.values(table);
      assert.equal(new Set(values).size, values.length);
      for (const [code, value] of Object.entries(table)) {
        assert.equal(toNational(table, code, name), value);
        assert.equal(String(toLegacy(table, value, name)), code);
      }
    });
  }
  it('numeric codes come back as numbers (the columns are smallint)', () => {
    assert.equal(toLegacy(SEX, 'NU', 'sex'), 2);
    assert.equal(toLegacy(ORG_LEVEL, 'CHI_BO', 'level'), 6);
  });
  it('an unknown code is a broken record, not a silent null', () => {
    assert.throws(() => toNational(STATUS, 'XX', 'status'), /legacy status code "XX"/);
    assert.throws(() => toLegacy(SEX, 'KHAC', 'sex'), /national sex "KHAC"/);
  });
  it('dates: DD/MM/YYYY text <-> ISO', () => {
    assert.equal(isoDate('29/02/2024'), '2024-02-29');
    assert.equal(legacyDate('1990-01-07'), '07/01/1990');
    assert.equal(isoDate(null), null);
    assert.throws(() => isoDate('2024-02-29'), /not DD\/MM\/YYYY/);
  });
});

describe('disclosure control, as the standard specifies it', () => {
  const round = createRounder(DEVELOPMENT_DISCLOSURE_CONTROL_KEY);
  it('cell keys: figure, province, the dimensions sorted', () => {
    assert.equal(cellKey('members', '01'), 'members|province=01');
    assert.equal(cellKey('members', '01', { status: 'DU_BI', org: 'x' }), 'members|province=01|org=x|status=DU_BI');
  });
  it('draws as the independent implementation does, over 2,000 cells', () => {
    for (let i = 0; i < 2000; i++) {
      const cell = cellKey(['members', 'cells', 'meetings'][i % 3]!, String(i % 34).padStart(2, '0'), i % 2 ? { sex: 'NU' } : {});
      const n = i % 23;
      assert.equal(round(cell, n), expectedRounding(cell, n), `${cell} ${n}`);
    }
  });
  it('multiples of 5 and 0 stay; rates cap at 1 and are null on 0', () => {
    assert.equal(round('members|province=01', 0), 0);
    assert.equal(round('members|province=01', 35), 35);
    assert.equal(shareOf(6, 5), 1);
    assert.equal(shareOf(1, 0), null);
  });
});
