// Group 6, access (README "Access"): the subgraph itself refuses a request without a valid token, whoever sends
// it (the gateway checks too, but a province is reachable on its own); with an analyst's token, counts are
// rounded to multiples of 5 (docs/disclosure-control.md) and member records are refused.
import { ErrorCode } from '../errorCodes.ts';
import { codesOf, describeAnswer, type Answer } from './client.ts';
import { askProvince, errorAt, result, resultOf, type KitContext } from './context.ts';
import type { CheckResult } from './types.ts';

const REPORT_COUNTS = ['memberCount', 'officialCount', 'probationaryCount', 'maleCount', 'femaleCount', 'cellCount', 'meetingsHeld', 'cellsWithRegularMeeting'];

/** Refused before anything runs: HTTP 401 and UNAUTHENTICATED, no data. */
function unauthenticatedProblems(what: string, answer: Answer): string[] {
  const problems: string[] = [];
  if (answer.status !== 401) problems.push(`${what}: expected HTTP 401; got ${describeAnswer(answer)}`);
  if (!answer.errors?.some((e) => e.extensions?.code === ErrorCode.UNAUTHENTICATED)) {
    problems.push(`${what}: expected an error with code ${ErrorCode.UNAUTHENTICATED}; found ${codesOf(answer)}`);
  }
  const data = answer.data?._entities ?? answer.data?._service;
  if (data) problems.push(`${what}: expected no data; got ${JSON.stringify(data).slice(0, 100)}`);
  return problems;
}

export async function accessChecks(ctx: KitContext): Promise<CheckResult[]> {
  const out: CheckResult[] = [];
  const report = `report(period: "${ctx.months[0]}") { memberCount }`;
  const noToken = [
    ...unauthenticatedProblems('_entities { report } without a token', (await askProvince(ctx, report, { token: null })).answer),
    ...unauthenticatedProblems('_service { sdl } without a token', await ctx.client.query('{ _service { sdl } }', {}, null)),
  ];
  out.push(resultOf('access', `a request without a token is refused (HTTP 401, ${ErrorCode.UNAUTHENTICATED})`, noToken));
  const forged = unauthenticatedProblems('_entities { report } with a token that is not a JWT', (await askProvince(ctx, report, { token: 'not-a-jwt' })).answer);
  out.push(resultOf('access', `a malformed token is refused (HTTP 401, ${ErrorCode.UNAUTHENTICATED})`, forged));

  if (!ctx.analystToken) {
    const skip = ['no --analyst-token given: give a CENTRAL_ANALYST token to run it'];
    out.push(result('access', 'an analyst reads counts rounded to multiples of 5', 'skip', skip));
    out.push(result('access', `an analyst is refused member records (${ErrorCode.FORBIDDEN})`, 'skip', skip));
    return out;
  }
  const rounding: string[] = [];
  for (const month of ctx.months) {
    const { answer, province } = await askProvince(ctx, `report(period: "${month}") { ${REPORT_COUNTS.join(' ')} }`, { token: ctx.analystToken });
    const r = province?.report as Record<string, unknown> | null | undefined;
    if (answer.errors?.length || !r) {
      rounding.push(`report(period: "${month}") as CENTRAL_ANALYST: expected the figures; got ${JSON.stringify(r ?? null)} (${describeAnswer(answer)})`);
      continue;
    }
    for (const f of REPORT_COUNTS) {
      const v = r[f];
      if (v !== null && (!Number.isInteger(v) || (v as number) % 5 !== 0)) {
        rounding.push(`report(period: "${month}").${f} as CENTRAL_ANALYST: ${JSON.stringify(v)}, expected a multiple of 5`);
      }
    }
  }
  out.push(resultOf('access', 'an analyst reads counts rounded to multiples of 5', rounding));

  const refused: string[] = [];
  const id = ctx.found.memberIds[0] ?? '00000000-0000-4000-8000-000000000000';
  const probes: [string, string, string][] = [
    ['members', 'members(first: 1) { totalCount edges { node { id } } }', 'members(first: 1)'],
    ['member', `member(id: "${id}") { id fullName }`, `member(id: "${id}")`],
    ['rootOrganisation', 'rootOrganisation { id }', 'rootOrganisation'],
  ];
  for (const [field, selection, call] of probes) {
    const { answer, province } = await askProvince(ctx, selection, { token: ctx.analystToken });
    if (errorAt(answer, field)?.extensions?.code !== ErrorCode.FORBIDDEN) {
      refused.push(`${call} as CENTRAL_ANALYST: expected an error with code ${ErrorCode.FORBIDDEN}; found ${codesOf(answer)} (${describeAnswer(answer)})`);
    }
    if (province?.[field] != null) refused.push(`${call} as CENTRAL_ANALYST: expected null; got ${JSON.stringify(province[field]).slice(0, 100)}`);
  }
  out.push(resultOf('access', `an analyst is refused member records (${ErrorCode.FORBIDDEN})`, refused));
  return out;
}
