// Validation of member-record fields (process 2), shared by every write that sets them: correctMember,
// registerCandidate and the bulk CSV import. Each check returns the problem in words, or null when the value is
// fine, so callers attach it to their own field name (input.phone, line 12 phone …).
import { ethnicities, religions } from '../../../../schema/catalogues.ts';
import { EARLIEST_DATE, isIsoDate } from '../../../shared/scalars.ts';

/** The record fields of migration 010 by GraphQL name: the column each one is stored in. */
export const RECORD_DETAIL_COLUMNS = {
  birthplace: 'birthplace',
  hometown: 'hometown',
  phone: 'phone',
  occupation: 'occupation',
  educationGeneral: 'education_general',
  educationProfessional: 'education_professional',
  politicalTheory: 'political_theory',
} as const;
export type RecordDetailField = keyof typeof RECORD_DETAIL_COLUMNS;

export const POLITICAL_THEORY_LEVELS = ['SO_CAP', 'TRUNG_CAP', 'CAO_CAP', 'CU_NHAN'] as const;
export type PoliticalTheoryLevel = (typeof POLITICAL_THEORY_LEVELS)[number];

const CITIZEN_ID = /^\d{12}$/;
const PHONE = /^0\d{9,10}$/;
const EDUCATION_GENERAL = /^(\d{1,2})\/(10|12)$/;

const length = (v: string, min: number, max: number) =>
  v.length >= min && v.length <= max ? null : `must be ${min} to ${max} characters; got ${v.length}`;

/** Problems of one record field's value (already trimmed); null when it is valid. */
export function recordFieldProblem(field: RecordDetailField, value: string): string | null {
  switch (field) {
    case 'birthplace':
    case 'hometown':
      return length(value, 1, 300);
    case 'occupation':
    case 'educationProfessional':
      return length(value, 1, 200);
    case 'phone':
      return PHONE.test(value) ? null : `must be a Vietnamese phone number, 0 then 9 or 10 digits; got ${JSON.stringify(value)}`;
    case 'educationGeneral': {
      const m = EDUCATION_GENERAL.exec(value);
      return m && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2])
        ? null
        : `must be grades completed / grades of the system, e.g. 12/12 or 9/10; got ${JSON.stringify(value)}`;
    }
    case 'politicalTheory':
      return (POLITICAL_THEORY_LEVELS as readonly string[]).includes(value)
        ? null
        : `must be one of ${POLITICAL_THEORY_LEVELS.join(', ')}; got ${JSON.stringify(value)}`;
    default: {
      const never: never = field;
      throw new Error(`unknown record field ${String(never)}`);
    }
  }
}

export function citizenIdProblem(value: string): string | null {
  return CITIZEN_ID.test(value) ? null : `must be exactly 12 digits; got ${JSON.stringify(value)}`;
}

export function ethnicityProblem(value: string): string | null {
  return ethnicities.has(value) ? null : `must be a code of the national ethnicity catalogue (01 Kinh … 54 Rơ-măm); got ${JSON.stringify(value)}`;
}

export function religionProblem(value: string): string | null {
  return religions.has(value)
    ? null
    : `must be a code of the national religion catalogue (01 … ${religions.entries.at(-1)!.code}), or empty for none; got ${JSON.stringify(value)}`;
}

// A person's name: letters of any script with their combining marks (Vietnamese tones, the Latin orthographies of the
// ethnic languages: Ksor Y Bhin, H'Hen Niê, Y-Moan), single spaces between words, and the apostrophe, hyphen and
// full stop that such names use. No digits, symbols, emoji, or control and bidirectional-override characters.
const NAME_CHAR = /[\p{L}\p{M} '’.-]/u;
const NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?: [\p{L}\p{M}'’.-]+)*$/u;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Problems of a full name (already trimmed); null when it is a name. */
export function fullNameProblem(value: string): string | null {
  const size = length(value, 1, 200);
  if (size) return size;
  if (NAME.test(value)) return null;
  const chars = [...value];
  const bad = chars.findIndex((c) => !NAME_CHAR.test(c));
  if (bad >= 0) {
    return `must be letters, spaces and the marks ' - . of names; character ${bad + 1} is ${codePoint(chars[bad]!)}${/[\p{L}\p{N}\p{P}\p{S}]/u.test(chars[bad]!) ? ` "${chars[bad]}"` : ''}`;
  }
  return "must begin with a letter and have single spaces between words";
}

/** A past (or today's) date of the records' range (from 1900). */
export function pastDateProblem(value: string, today: string): string | null {
  if (!isIsoDate(value)) return `must be a real date YYYY-MM-DD; got ${JSON.stringify(value)}`;
  if (value > today) return `must not be in the future; got ${value}`;
  return value >= EARLIEST_DATE ? null : `must not be before ${EARLIEST_DATE}; got ${value}`;
}
