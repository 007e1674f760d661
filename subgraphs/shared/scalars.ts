// Date and DateTime scalars: ISO 8601 strings on the wire, validated on input.
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { ErrorCode } from './errors.ts';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isIsoDate(v: string): boolean {
  if (!DATE.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return d.toISOString().slice(0, 10) === v; // rejects 2026-02-30
}

const invalid = (what: string, v: unknown) =>
  new GraphQLError(`${what} must be ISO 8601; got ${JSON.stringify(v)}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT },
  });

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'Calendar date, ISO 8601 (YYYY-MM-DD).',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isIsoDate(v)) throw invalid('Date', v);
    return v;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value)) throw invalid('Date', 'value' in ast ? ast.value : ast.kind);
    return ast.value;
  },
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  description: 'Instant, ISO 8601 with time zone.',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
  parseValue: (v) => {
    if (typeof v !== 'string' || Number.isNaN(Date.parse(v))) throw invalid('DateTime', v);
    return new Date(v).toISOString();
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || Number.isNaN(Date.parse(ast.value))) throw invalid('DateTime', 'value' in ast ? ast.value : ast.kind);
    return new Date(ast.value).toISOString();
  },
});
