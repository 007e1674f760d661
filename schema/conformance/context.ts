// What every group of checks shares: the client, the province, the standard, the months probed, and what the
// earlier groups found (the served SDL, the members walked), plus small helpers to build results.
import type { GraphQLSchema } from 'graphql';
import { provinceTypeName } from '../provinces.ts';
import type { Answer, Client } from './client.ts';
import type { Area, StandardRules } from './standard.ts';
import type { CheckGroup, CheckResult, CheckStatus } from './types.ts';

export interface KitContext {
  code: string;
  /** ProvinceNN. */
  typeName: string;
  client: Client;
  analystToken?: string;
  rules: StandardRules;
  areas: Area[];
  /** The standard's schema for this province (NN replaced). */
  standard: GraphQLSchema;
  /** The current month (YYYY-MM) first, then the past months probed. */
  months: string[];
  /** Answer times by timed probe (report, membersPage, entities). */
  timings: Record<string, number[]>;
  /** The SDL the province serves (`_service.sdl`), once the federation checks read it. */
  servedSdl?: string;
  /** What the probes found, for the later groups (a member id to ask for, the live count). */
  found: {
    memberIds: string[];
    orgIds: string[];
    totalCount?: number;
    currentMemberCount?: number;
    /** The current month's report.cellCount. */
    cellCount?: number;
    /** Active CHI_BO and CHI_BO_CO_SO organisations of the tree. */
    activeCells?: number;
    /** report.meetingsHeld by month. */
    meetingsHeld: Record<string, number>;
  };
  /** Areas answered, and areas answered AREA_NOT_KEPT. */
  areasKept: string[];
  areasNotKept: string[];
}

export const typeNameOf = provinceTypeName;

/**
 * `_entities` for this province's own representation, selecting `selection` on ProvinceNN; `province` is the one
 * entity answered (undefined when there is none). Timed under `timing` when given.
 */
export async function askProvince(
  ctx: KitContext,
  selection: string,
  options: { variables?: Record<string, unknown>; variableDefs?: string; token?: string | null; timing?: string } = {},
): Promise<{ answer: Answer; province: Record<string, any> | null | undefined }> {
  const defs = `$representations: [_Any!]!${options.variableDefs ? `, ${options.variableDefs}` : ''}`;
  const query = `query Conformance(${defs}) { _entities(representations: $representations) { ... on ${ctx.typeName} { ${selection} } } }`;
  const answer = await ctx.client.query(
    query,
    { representations: [{ __typename: ctx.typeName, code: ctx.code }], ...options.variables },
    options.token,
  );
  if (options.timing) (ctx.timings[options.timing] ??= []).push(answer.ms);
  const list = answer.data?._entities as unknown[] | undefined;
  return { answer, province: Array.isArray(list) ? (list[0] as Record<string, any> | null) : undefined };
}

/** A result from a list of problems: pass when there is none. */
export function resultOf(group: CheckGroup, name: string, problems: string[], facts: string[] = []): CheckResult {
  return { group, name, status: problems.length ? 'fail' : 'pass', messages: problems.length ? problems : facts };
}

export const result = (group: CheckGroup, name: string, status: CheckStatus, messages: string[] = []): CheckResult => ({
  group,
  name,
  status,
  messages,
});

/** The error answered at `path` (a field's own error), or the first error when none names it. */
export const errorAt = (answer: Answer, field: string) =>
  answer.errors?.find((e) => e.path?.at(-1) === field) ?? answer.errors?.[0];
