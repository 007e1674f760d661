// The standard's scalars: Date (YYYY-MM-DD, a real date from 1900-01-01 to 2099-12-31) and DateTime (RFC 3339
// with an offset, answered in UTC).
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (what: string, rule: string, v: unknown) =>
  new GraphQLError(`${what} must be ${rule}; got ${JSON.stringify(v)?.slice(0, 80)}`, { extensions: { code: 'BAD_USER_INPUT' } });

function isRecordDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === v && v >= '1900-01-01' && v <= '2099-12-31';
}

const RFC3339 = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;
function parseInstant(v: string): string | undefined {
  const m = RFC3339.exec(v);
  if (!m || !isRecordDate(m[1]!) || Number.isNaN(Date.parse(v))) return undefined;
  return new Date(v).toISOString();
}

const literal = (ast: ValueNode) => (ast.kind === Kind.STRING ? ast.value : undefined);

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  serialize: (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !isRecordDate(v)) throw invalid('Date', 'a real calendar date YYYY-MM-DD from 1900-01-01 to 2099-12-31', v);
    return v;
  },
  parseLiteral: (ast) => {
    const v = literal(ast);
    if (v === undefined || !isRecordDate(v)) throw invalid('Date', 'a real calendar date YYYY-MM-DD from 1900-01-01 to 2099-12-31', v ?? ast.kind);
    return v;
  },
});

export const DateTimeScalar = new GraphQLScalarType<string, string>({
  name: 'DateTime',
  serialize: (v) => (v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString()),
  parseValue: (v) => {
    const instant = typeof v === 'string' ? parseInstant(v) : undefined;
    if (instant === undefined) throw invalid('DateTime', 'RFC 3339 with an offset, e.g. 2026-10-15T19:30:00+07:00', v);
    return instant;
  },
  parseLiteral: (ast) => {
    const v = literal(ast);
    const instant = v === undefined ? undefined : parseInstant(v);
    if (instant === undefined) throw invalid('DateTime', 'RFC 3339 with an offset, e.g. 2026-10-15T19:30:00+07:00', v ?? ast.kind);
    return instant;
  },
});
