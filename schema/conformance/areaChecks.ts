// Group 7, areas: a province system may keep only the required areas (standard.json `requiredAreas`); a field
// of an area it does not keep answers null with AREA_NOT_KEPT. One cheap probe of each other area tells which
// it keeps: an answer without error (kept) or AREA_NOT_KEPT (not kept) conforms; anything else does not.
import {
  getNamedType, getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { ErrorCode } from '../errorCodes.ts';
import { codesOf, describeAnswer } from './client.ts';
import { askProvince, errorAt, result, resultOf, type KitContext } from './context.ts';
import type { CheckResult } from './types.ts';

/**
 * The probe of each area of standard 1.0.0: a field that reads little (a page of one, a figure for a month).
 * An area added later and not listed here is probed by its first field that can be asked generically.
 */
const AREA_PROBES: Record<string, (ctx: KitContext) => string> = {
  access: () => 'auditLog(first: 1) { totalCount }',
  admission: () => 'candidates(first: 1) { totalCount }',
  bulk: () => 'memberImports(first: 1) { __typename }',
  cards: () => 'officialMembersWithoutCard(first: 1) { totalCount }',
  badges: (ctx) => `badgesDue(year: ${ctx.months[0]!.slice(0, 4)}, ceremony: NOV7, first: 1) { totalCount }`,
  lifecycle: () => 'exemptMembers(first: 1) { totalCount }',
  handbook: (ctx) => `handbookMeetings(month: "${ctx.months[0]}", first: 1) { totalCount }`,
  directives: () => 'directives(first: 1) { totalCount }',
  fees: (ctx) => `feeRates(month: "${ctx.months[0]}") { __typename }`,
  quality: (ctx) => `qualityReport(year: ${ctx.months[0]!.slice(0, 4)}) { year }`,
  transfers: () => 'transfers(first: 1) { totalCount }',
  'period-reports': (ctx) => `submittedReport(period: "${ctx.months[1] ?? ctx.months[0]}") { revision }`,
};

/** A value for a required argument of a generic probe; undefined when the kit cannot make one up. */
function valueFor(name: string, type: GraphQLInputType, ctx: KitContext): string | undefined {
  const t = getNullableType(type);
  if (isListType(t) || isInputObjectType(t)) return undefined;
  if (isEnumType(t)) return t.getValues()[0]?.name;
  if (!isScalarType(t)) return undefined;
  if (t.name === 'Int') return /year/i.test(name) ? ctx.months[0]!.slice(0, 4) : '1';
  if (t.name === 'Boolean') return 'false';
  if (t.name === 'Date') return JSON.stringify(`${ctx.months[0]}-01`);
  if (t.name === 'ID') return JSON.stringify('00000000-0000-4000-8000-000000000000');
  if (t.name === 'String') return /period|month|from|to|asOf/i.test(name) ? JSON.stringify(ctx.months[0]) : undefined;
  return undefined;
}

function genericProbe(field: GraphQLField<unknown, unknown>, ctx: KitContext): string | undefined {
  const args: string[] = [];
  for (const arg of field.args) {
    const first = arg.name === 'first' ? '1' : undefined;
    if (first) args.push(`first: ${first}`);
    else if (isNonNullType(arg.type) && arg.defaultValue === undefined) {
      const v = valueFor(arg.name, arg.type, ctx);
      if (v === undefined) return undefined;
      args.push(`${arg.name}: ${v}`);
    }
  }
  const named = getNamedType(field.type);
  const selection = isObjectType(named) || !isScalarType(named) ? ' { __typename }' : '';
  return `${field.name}${args.length ? `(${args.join(', ')})` : ''}${selection}`;
}

/** A required area: every one of its fields in one request (aliased), none answering AREA_NOT_KEPT or any error. */
async function requiredArea(ctx: KitContext, area: string, calls: string[]): Promise<CheckResult> {
  const name = `area ${area} (required by standard.json): every field answers`;
  const { answer, province } = await askProvince(ctx, calls.map((c, i) => `a${i}: ${c}`).join(' '));
  const problems = (answer.errors ?? []).map((e) => {
    const alias = e.path?.at(-1);
    const call = typeof alias === 'string' && /^a\d+$/.test(alias) ? calls[Number(alias.slice(1))]!.split(' {')[0] : 'the request';
    const code = e.extensions?.code ?? '(no code)';
    return code === ErrorCode.AREA_NOT_KEPT
      ? `${call}: ${ErrorCode.AREA_NOT_KEPT}, but ${area} is a required area: every province keeps it`
      : `${call}: expected an answer without error; found ${code}: "${e.message.slice(0, 160)}"`;
  });
  if (!problems.length && !province) problems.push(`${calls.length} fields of ${area}: no answer (${describeAnswer(answer)})`);
  if (!problems.length) ctx.areasKept.push(area);
  return resultOf('areas', name, problems, [`${calls.map((c) => c.split(/[ ({]/)[0]).join(', ')} answered`]);
}

export async function areaChecks(ctx: KitContext): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const provinceType = ctx.standard.getType(ctx.typeName);
  const fields = isObjectType(provinceType) ? provinceType.getFields() : {};
  for (const area of ctx.areas) {
    if (ctx.rules.requiredAreas.includes(area.name)) {
      const calls = area.fields.map((f) => (fields[f] ? genericProbe(fields[f], ctx) : undefined)).filter((c): c is string => !!c);
      out.push(await requiredArea(ctx, area.name, calls));
      continue;
    }
    const name = `area ${area.name}: answered, or ${ErrorCode.AREA_NOT_KEPT}`;
    const call =
      AREA_PROBES[area.name]?.(ctx) ??
      area.fields.map((f) => (fields[f] ? genericProbe(fields[f], ctx) : undefined)).find((p) => p !== undefined);
    if (!call) {
      out.push(result('areas', name, 'skip', [`no field of ${area.name} (${area.fields.join(', ')}) can be probed without data`]));
      continue;
    }
    const field = call.slice(0, call.search(/[ ({]|$/));
    const { answer, province } = await askProvince(ctx, call);
    const error = errorAt(answer, field);
    if (!answer.errors?.length && province && field in province) {
      ctx.areasKept.push(area.name);
      out.push(result('areas', name, 'pass', [`kept (${call.split(' {')[0]} answered)`]));
    } else if (error?.extensions?.code === ErrorCode.AREA_NOT_KEPT && province?.[field] == null) {
      ctx.areasNotKept.push(area.name);
      out.push(result('areas', name, 'pass', [`not kept (${call.split(' {')[0]}: ${ErrorCode.AREA_NOT_KEPT})`]));
    } else {
      out.push(result('areas', name, 'fail', [
        `${call.split(' {')[0]}: expected an answer without error or null with ${ErrorCode.AREA_NOT_KEPT}; found ${codesOf(answer)} (${describeAnswer(answer)})`,
      ]));
    }
  }
  return out;
}
