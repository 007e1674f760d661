// A battery of bad inputs over every mutation of the standard (issue 10): read from the schema, so a new mutation
// is covered without editing this file. For each input field of each mutation, values that no field of its type
// may take (impossible dates, DateTime without an offset, names with SQL, emoji or a right-to-left override,
// numbers out of range, unknown enum values, malformed ids, control characters, oversized text) are put into an
// otherwise plausible input and sent through the real gateway. Every case must be refused with a named code of
// the registry (never INTERNAL_SERVER_ERROR), and the province's database must be unchanged afterwards.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from '@jest/globals';
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLInputType, type GraphQLObjectType,
} from 'graphql';
import { isErrorCode } from '../schema/errorCodes.ts';
import { findProvince } from '../schema/provinces.ts';
import { createProvinceSchema } from '../subgraphs/province/src/server.ts';
import { startTestFederation, type GraphQLBody, type Principal, type TestFederation } from './support/federation.ts';

type Json = unknown;

interface Ids {
  member: string;
  cell: string;
  meeting: string;
}

/** A plausible value for a leaf, chosen by its type and, for ids and strings, by its field name. */
function plausibleLeaf(typeName: string, field: string, ids: Ids, enumValues: string[]): Json {
  if (enumValues.length) return enumValues[0];
  switch (typeName) {
    case 'ID':
      if (/meeting/i.test(field)) return ids.meeting;
      if (/cell|org/i.test(field)) return ids.cell;
      if (/member/i.test(field)) return ids.member;
      return randomUUID();
    case 'Date':
      return '2026-10-15';
    case 'DateTime':
      return '2026-10-15T19:30:00+07:00';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    default:
      if (/period|month/i.test(field)) return '2026-10';
      if (/province/i.test(field)) return '79';
      if (/fullName/.test(field)) return 'Nguyễn Thị Ánh';
      return 'Nội dung hợp lệ';
  }
}

/** Values no field of the type may take, each with a label for the report. */
function badValues(typeName: string, field: string, isEnum: boolean): [string, Json][] {
  if (isEnum) return [['unknown enum value', 'NOPE'], ['number for an enum', 1]];
  switch (typeName) {
    case 'ID':
      return [['SQL as an id', `'; DROP TABLE member; --`], ['malformed id', 'not-an-id'], ['empty id', '']];
    case 'Date':
      return [['1800-01-01', '1800-01-01'], ['30 February', '2026-02-30'], ['month 13', '2026-13-01'], ['day-first date', '15/10/2026']];
    case 'DateTime':
      return [['30 February', '2027-02-30T09:00:00+07:00'], ['no offset', '2026-10-15T19:30:00'], ['a date only', '2026-10-15'], ['year 1800', '1800-01-01T00:00:00Z']];
    case 'Int':
      return [['2^31', 2147483648], ['a fraction', 1.5], ['a string', '1']];
    case 'Float':
      return [['a string', 'abc']];
    case 'Boolean':
      return [['a string', 'yes']];
    default: {
      const text: [string, Json][] = [
        ['a control character', 'Nội dung\u0007'],
        ['a right-to-left override', 'Nội\u202Edung'],
        ['NUL', 'Nội\u0000dung'],
        ['200,000 characters', 'x'.repeat(200_000)],
      ];
      if (/fullName/.test(field)) {
        text.push(['SQL as a name', `'; DROP TABLE member; --`], ['an emoji in a name', 'Nguyễn Văn 😀'], ['digits in a name', 'Nguyễn Văn 3']);
      }
      return text;
    }
  }
}

interface Case {
  mutation: string;
  path: string;
  label: string;
  variables: Record<string, Json>;
}

/** The plausible value of an input type (required fields only), and every case that replaces one leaf with a bad value. */
function build(type: GraphQLInputType, path: string, ids: Ids): { value: Json; bad: { path: string; label: string; value: (v: Json) => Json }[] } {
  const nullable = getNullableType(type) as GraphQLInputType;
  if (isListType(nullable)) {
    const inner = build(nullable.ofType as GraphQLInputType, `${path}[0]`, ids);
    return { value: [inner.value], bad: inner.bad.map((b) => ({ ...b, value: (_v: Json) => [b.value(inner.value)] })) };
  }
  if (isInputObjectType(nullable)) {
    const value: Record<string, Json> = {};
    const bad: { path: string; label: string; value: (v: Json) => Json }[] = [];
    const fields = Object.values(nullable.getFields());
    const parts = fields.map((f) => ({ f, built: build(f.type, `${path}.${f.name}`, ids) }));
    for (const { f, built } of parts) if (isNonNullType(f.type)) value[f.name] = built.value;
    for (const { f, built } of parts) {
      for (const b of built.bad) bad.push({ ...b, value: (base: Json) => ({ ...(base as object), [f.name]: b.value(built.value) }) });
    }
    return { value, bad };
  }
  const named = getNamedType(type);
  const field = path.split('.').at(-1)!;
  const enumValues = isEnumType(named) ? named.getValues().map((v) => v.name) : [];
  return {
    value: plausibleLeaf(named.name, field, ids, enumValues),
    bad: badValues(named.name, field, enumValues.length > 0).map(([label, v]) => ({ path, label, value: () => v })),
  };
}

describe('bad inputs over every mutation (issue 10)', () => {
  let fed: TestFederation;
  const mutations = createProvinceSchema('01').getType('ProvinceMutations') as GraphQLObjectType;
  beforeAll(async () => {
    fed = await startTestFederation({ prefix: 'battery', provinces: [findProvince('01')!, findProvince('79')!], production: true });
  });
  afterAll(async () => {
    await fed?.stop();
  });
  const db = () => fed.databases.provinces.get('01')!;
  /** Every table's rows, as one checksum per table: "unchanged" means no row added, removed or altered. */
  const fingerprint = async (): Promise<Record<string, string>> => {
    const { rows } = await db().query(`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`);
    const out: Record<string, string> = {};
    for (const { table_name: t } of rows as { table_name: string }[]) {
      // read-audit rows are written by reads (the fingerprint's own queries make none: they bypass GraphQL)
      const where = t === 'audit_log' ? ` WHERE operation <> 'read'` : '';
      out[t] = (await db().query(`SELECT count(*) || ':' || coalesce(md5(string_agg(x::text, ',' ORDER BY x::text)), '') AS f FROM "${t}" x${where}`)).rows[0].f;
    }
    return out;
  };

  it('refuses each of at least 100 bad values with a named code, answers no internal error, and writes nothing', async () => {
    const ids: Ids = (
      await db().query(`SELECT m.id AS member, m.cell_id AS cell, (SELECT id FROM meeting WHERE cell_id = m.cell_id ORDER BY id LIMIT 1) AS meeting
        FROM member m WHERE m.left_on IS NULL AND m.status = 'CHINH_THUC' ORDER BY m.id LIMIT 1`)
    ).rows[0];
    const roles: Principal[] = [
      { role: 'PROVINCE_OFFICER', province: '01' },
      { role: 'SYSTEM', province: '01' },
      { role: 'MEMBER', province: '01', member: ids.member },
    ];
    const cases: (Case & { as: Principal; query: string })[] = [];
    for (const field of Object.values(mutations.getFields())) {
      // variables named as the arguments, so that errors about them name the argument
      const declared = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
      const passed = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const returns = getNamedType(field.type);
      const selection = isObjectType(returns) || !isScalarType(returns) ? ' { __typename }' : '';
      const query = `mutation${declared ? `(${declared})` : ''} { province01 { ${field.name}${passed ? `(${passed})` : ''}${selection} } }`;
      const built = field.args.map((a) => build(a.type, a.name, ids));
      const base = Object.fromEntries(built.map((b, i) => [field.args[i]!.name, b.value]));
      // The role this mutation is for: the first whose plausible request is not refused as FORBIDDEN. (The
      // plausible request may write, e.g. schedule a meeting: the fingerprint is taken after these probes.)
      let as = roles[0]!;
      for (const role of roles) {
        const probe = await fed.query(query, base, role);
        as = role;
        if (!probe.body.errors?.some((e) => e.extensions?.code === 'FORBIDDEN')) break;
      }
      built.forEach((b, i) => {
        for (const bad of b.bad) {
          cases.push({ mutation: field.name, path: bad.path, label: bad.label, variables: { ...base, [field.args[i]!.name]: bad.value(b.value) }, as, query });
        }
      });
    }
    assert.ok(cases.length >= 100, `${cases.length} cases`);
    assert.ok(new Set(cases.map((c) => c.mutation)).size === Object.keys(mutations.getFields()).length, 'every mutation has cases');

    const before = await fingerprint();
    const internal: string[] = [];
    const accepted: string[] = [];
    const otherReason: string[] = [];
    const codes = new Map<string, number>();
    for (const c of cases) {
      const { body } = await fed.query(c.query, c.variables, c.as);
      const what = `${c.mutation} ${c.path}: ${c.label}`;
      const errors = (body as GraphQLBody).errors ?? [];
      if (errors.length === 0) accepted.push(what);
      // Refused for this value: some error names the field (graphql-js's coercion error, or the resolver's
      // BAD_USER_INPUT with `field`/`fields`), or is FORBIDDEN (no role may make this write through the gateway).
      const leaf = c.path.split('.').at(-1)!.replace(/\[0\]$/, '');
      const named = errors.some(
        (e) => e.extensions?.code === 'FORBIDDEN' || e.message.includes(leaf) || JSON.stringify(e.extensions?.fields ?? e.extensions?.field ?? '').includes(leaf),
      );
      if (errors.length > 0 && !named) otherReason.push(`${what}: ${errors[0]!.message.slice(0, 160)}`);
      for (const e of errors) {
        const code = e.extensions?.code;
        codes.set(String(code), (codes.get(String(code)) ?? 0) + 1);
        if (!isErrorCode(code) || code === 'INTERNAL_SERVER_ERROR' || code === 'SUBGRAPH_BAD_RESPONSE') internal.push(`${what}: ${code} ${e.message.slice(0, 200)}`);
        assert.ok(e.message.length <= 1100, `${what}: a message of ${e.message.length} characters`);
      }
    }
    const after = await fingerprint();
    const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
    process.stdout.write(
      `bad-input battery: ${cases.length} cases over ${Object.keys(mutations.getFields()).length} mutations; ` +
        `internal errors ${internal.length}; accepted ${accepted.length}; refused without naming the field ${otherReason.length}; tables changed ${changed.length}; codes ${JSON.stringify(Object.fromEntries(codes))}\n`,
    );
    assert.deepEqual(internal, [], 'internal errors');
    assert.deepEqual(accepted, [], 'bad values accepted');
    assert.deepEqual(otherReason, [], 'refused, but not for the bad value');
    assert.deepEqual(changed, [], 'tables written');
  });
});
