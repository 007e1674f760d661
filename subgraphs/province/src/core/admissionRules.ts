// The admission rules the spec marks [M] (age limits, probation), as configuration with the spec's values as
// defaults (README "Admission"). The entry reads them once (src/config.ts), so a bad value stops the process with a
// message naming the variable (config/env.ts), never a request; resolvers take them from ctx.rules.admission.
import { ConfigError, readInt } from '../../../../config/env.ts';

export interface AdmissionRules {
  /** Youngest age at the admission decision, in completed months. Default 216 (18 years, Điều lệ art. 1). */
  minAgeMonths: number;
  /**
   * Oldest age at the admission decision without the provincial committee's approval, in completed months.
   * Default 720 (60 years): "over 60" is 60 years and 1 month or more (QĐ 294, ages counted in months).
   */
  maxAgeMonths: number;
  /** Probation before the cell may resolve to recognise the member as official. Default 12 months. */
  probationMonths: number;
  /**
   * Days after the end of probation before a member still probationary counts as overdue for recognition.
   * Default 0: overdue from the day after recognition became possible.
   */
  recognitionGraceDays: number;
}

export const DEFAULT_ADMISSION_RULES: AdmissionRules = Object.freeze({
  minAgeMonths: 216,
  maxAgeMonths: 720,
  probationMonths: 12,
  recognitionGraceDays: 0,
});

/** ADMISSION_MIN_AGE_MONTHS, ADMISSION_MAX_AGE_MONTHS, PROBATION_MONTHS, RECOGNITION_GRACE_DAYS. */
export function loadAdmissionRules(env: Record<string, string | undefined>): AdmissionRules {
  const d = DEFAULT_ADMISSION_RULES;
  const rules: AdmissionRules = {
    minAgeMonths: readInt(env, 'ADMISSION_MIN_AGE_MONTHS', d.minAgeMonths, { min: 0, max: 1200 }),
    maxAgeMonths: readInt(env, 'ADMISSION_MAX_AGE_MONTHS', d.maxAgeMonths, { min: 0, max: 1200 }),
    probationMonths: readInt(env, 'PROBATION_MONTHS', d.probationMonths, { min: 0, max: 60 }),
    recognitionGraceDays: readInt(env, 'RECOGNITION_GRACE_DAYS', d.recognitionGraceDays, { min: 0, max: 365 }),
  };
  if (rules.minAgeMonths > rules.maxAgeMonths) {
    throw new ConfigError(`ADMISSION_MIN_AGE_MONTHS (${rules.minAgeMonths}) must not exceed ADMISSION_MAX_AGE_MONTHS (${rules.maxAgeMonths})`);
  }
  return Object.freeze(rules);
}
