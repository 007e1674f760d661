// Date and DateTime scalars: ISO 8601 strings on the wire, validated on input.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors.ts';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === v; // rejects 2026-02-30
}

/**
 * The dates the national records can hold: from 1900 (the oldest living members were born after it; the Party was
 * founded in 1930) to 2099. A date outside is a typing mistake (1800-01-01, 0026-10-01), refused like 2026-02-30.
 */
export const EARLIEST_DATE = '1900-01-01';
export const LATEST_DATE = '2099-12-31';

const inRange = (date: string) => date >= EARLIEST_DATE && date <= LATEST_DATE;

/** A real calendar date of the records' range, YYYY-MM-DD. */
export function isRecordDate(v: string): boolean {
  return isIsoDate(v) && inRange(v);
}

// RFC 3339 (section 5.6) date-time: a real date, a time, an offset, all required. An instant without an offset is
// ambiguous (read as UTC, it is seven hours off for Viet Nam) and refused rather than guessed.
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(\.\d{1,9})?(Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/i;

/** The instant as ISO 8601 UTC, or undefined when `v` is not an RFC 3339 date-time of the records' range. */
export function parseRfc3339(v: string): string | undefined {
  const m = DATE_TIME.exec(v);
  if (!m || !isRecordDate(m[1]!)) return undefined;
  const instant = new Date(v.toUpperCase());
  return Number.isNaN(instant.getTime()) ? undefined : instant.toISOString();
}

const DATE_RULE = `a real calendar date YYYY-MM-DD from ${EARLIEST_DATE} to ${LATEST_DATE}`;
const DATE_TIME_RULE = `RFC 3339 with an offset, e.g. 2026-10-15T19:30:00+07:00, on ${DATE_RULE.replace('a real calendar date YYYY-MM-DD', 'a real date')}`;

const invalid = (what: string, rule: string, v: unknown) =>
  new GraphQLError(`${what} must be ${rule}; got ${JSON.stringify(v)?.slice(0, 80)}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT },
  });

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: `Calendar date, ISO 8601 (YYYY-MM-DD), from ${EARLIEST_DATE} to ${LATEST_DATE}.`,
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isRecordDate(v)) throw invalid('Date', DATE_RULE, v);
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isRecordDate(ast.value)) throw invalid('Date', DATE_RULE, 'value' in ast ? ast.value : ast.kind);
    return ast.value;
  },
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'Instant, RFC 3339 with an offset (2026-10-15T19:30:00+07:00); answered in UTC (…Z).',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
  parseValue: (v) => {
    const instant = typeof v === 'string' ? parseRfc3339(v) : undefined;
    if (instant === undefined) throw invalid('DateTime', DATE_TIME_RULE, v);
    return instant;
  },
  parseLiteral: (ast) => {
    const instant = ast.kind === Kind.STRING ? parseRfc3339(ast.value) : undefined;
    if (instant === undefined) throw invalid('DateTime', DATE_TIME_RULE, 'value' in ast ? ast.value : ast.kind);
    return instant;
  },
});
