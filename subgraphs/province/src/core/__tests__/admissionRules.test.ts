// Month arithmetic of the admission rules and their configuration, at the edges (no I/O). Expected values by hand.
import assert from 'node:assert/strict';
import { describe, it } from '@jest/globals';
import { ConfigError } from '../../../../../config/env.ts';
import { DEFAULT_ADMISSION_RULES, loadAdmissionRules } from '../admissionRules.ts';
import { addMonths, completedMonths } from '../months.ts';

describe('completedMonths', () => {
  it('completes a month on the same day of the month, not the day before', () => {
    assert.equal(completedMonths('2008-10-20', '2026-10-19'), 215);
    assert.equal(completedMonths('2008-10-20', '2026-10-20'), 216);
    assert.equal(completedMonths('1966-10-20', '2026-11-19'), 720);
    assert.equal(completedMonths('1966-10-20', '2026-11-20'), 721);
  });
  it('completes a month on the last day of a shorter month', () => {
    assert.equal(completedMonths('2008-02-29', '2026-02-27'), 215);
    assert.equal(completedMonths('2008-02-29', '2026-02-28'), 216);
    assert.equal(completedMonths('2000-01-31', '2000-02-29'), 1);
    assert.equal(completedMonths('2000-01-31', '2000-02-28'), 0);
    assert.equal(completedMonths('2000-03-31', '2000-04-30'), 1);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    assert.equal(addMonths('2025-10-31', 12), '2026-10-31');
    assert.equal(addMonths('2024-02-29', 12), '2025-02-28');
    assert.equal(addMonths('2025-01-31', 1), '2025-02-28');
    assert.equal(addMonths('2025-12-15', 1), '2026-01-15');
  });
});

describe('loadAdmissionRules', () => {
  it('takes the spec’s values when nothing is set', () => {
    assert.deepEqual(loadAdmissionRules({}), { minAgeMonths: 216, maxAgeMonths: 720, probationMonths: 12, recognitionGraceDays: 0 });
    assert.deepEqual(loadAdmissionRules({}), DEFAULT_ADMISSION_RULES);
  });
  it('reads the variables and refuses bad values, naming them', () => {
    assert.equal(loadAdmissionRules({ ADMISSION_MAX_AGE_MONTHS: '780' }).maxAgeMonths, 780);
    assert.throws(() => loadAdmissionRules({ PROBATION_MONTHS: 'twelve' }), (e: Error) => e instanceof ConfigError && /PROBATION_MONTHS/.test(e.message));
    assert.throws(() => loadAdmissionRules({ ADMISSION_MIN_AGE_MONTHS: '300', ADMISSION_MAX_AGE_MONTHS: '299' }), /must not exceed/);
  });
});
