// Group 1, federation (after the Apollo Federation subgraph compatibility suite's `_service` and `_entities`
// checks): the subgraph describes itself, resolves its own entity, and refuses another province's.
import { parse } from 'graphql';
import { ErrorCode } from '../errorCodes.ts';
import { codesOf, describeAnswer } from './client.ts';
import { askProvince, result, resultOf, typeNameOf, type KitContext } from './context.ts';
import type { CheckResult } from './types.ts';

/** A province other than `code`, for the representations this one must not resolve. */
export const otherProvince = (code: string): string => (code === '79' ? '01' : '79');

export async function federationChecks(ctx: KitContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];

  const service = await ctx.client.query('{ _service { sdl } }');
  const sdl = service.data?._service?.sdl as unknown;
  if (service.status !== 200 || service.errors?.length || typeof sdl !== 'string' || sdl.trim() === '') {
    results.push(result('federation', '_service { sdl } answers the subgraph SDL', 'fail', [
      `_service.sdl: expected a non-empty string; got ${JSON.stringify(sdl ?? null).slice(0, 60)} (${describeAnswer(service)})`,
    ]));
  } else {
    try {
      parse(sdl);
      ctx.servedSdl = sdl;
      results.push(result('federation', '_service { sdl } answers the subgraph SDL', 'pass', [`${sdl.length} characters`]));
      // Federation 1 SDL (no @link) composes differently (every type shareable, no import list): the standard is v2.
      const link = /@link\(\s*url:\s*"https:\/\/specs\.apollo\.dev\/federation\/(v[\d.]+)"/.exec(sdl);
      results.push(resultOf('federation', 'the SDL links Apollo Federation 2 (@link federation/v2.x)', link?.[1]?.startsWith('v2.') ? [] : [
        `_service.sdl: expected extend schema @link(url: "https://specs.apollo.dev/federation/v2.x", …); found ${link ? `federation/${link[1]}` : 'no federation @link'}`,
      ], link ? [`federation/${link[1]}`] : []));
    } catch (error) {
      results.push(result('federation', '_service { sdl } answers the subgraph SDL', 'fail', [
        `_service.sdl does not parse as GraphQL: ${(error as Error).message}`,
      ]));
    }
  }

  // The gateway's own fetch: the entity by its key, as every national query reaches the province.
  const own = await askProvince(ctx, '__typename code', { timing: 'entities' });
  const problems: string[] = [];
  if (own.answer.errors?.length || !own.province) {
    problems.push(`_entities(${ctx.typeName} ${ctx.code}): expected the entity; got ${JSON.stringify(own.province ?? null)} (${describeAnswer(own.answer)})`);
    const codes = codesOf(own.answer);
    if (codes.includes(ErrorCode.UNAUTHENTICATED) || codes.includes(ErrorCode.FORBIDDEN)) {
      problems.push(`the officer token was refused: is it a PROVINCE_OFFICER token of province ${ctx.code}, unexpired, from the identity provider this subgraph trusts (issuer, audience, JWKS)?`);
    }
  } else {
    if (own.province.code !== ctx.code) problems.push(`_entities(${ctx.typeName} ${ctx.code}).code: expected "${ctx.code}", found ${JSON.stringify(own.province.code)}`);
    if (own.province.__typename !== ctx.typeName) problems.push(`_entities(${ctx.typeName} ${ctx.code}).__typename: expected "${ctx.typeName}", found ${JSON.stringify(own.province.__typename)}`);
  }
  results.push(resultOf('federation', `_entities resolves ${ctx.typeName} by its key code`, problems));

  // The gateway may batch representations: one answer per representation, in their order.
  const twice = await ctx.client.query(
    `query Conformance($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${ctx.typeName} { code } } }`,
    { representations: [{ __typename: ctx.typeName, code: ctx.code }, { __typename: ctx.typeName, code: ctx.code }] },
  );
  const list = twice.data?._entities as ({ code?: unknown } | null)[] | undefined;
  results.push(resultOf('federation', '_entities answers each representation, in order', !twice.errors?.length && list?.length === 2 && list.every((e) => e?.code === ctx.code) ? [] : [
    `_entities(${ctx.typeName} ${ctx.code} twice): expected 2 entities with code "${ctx.code}"; got ${JSON.stringify(list ?? null).slice(0, 120)} (${describeAnswer(twice)})`,
  ]));

  // Another province's type: not served here. The standard's answer is ours (subgraphs/shared/entityTypes.ts):
  // BAD_USER_INPUT naming the representation, and no entity.
  const other = otherProvince(ctx.code);
  const otherType = typeNameOf(other);
  const refused = await ctx.client.query(
    `query Conformance($representations: [_Any!]!) { _entities(representations: $representations) { __typename } }`,
    { representations: [{ __typename: otherType, code: other }] },
  );
  const answered = (refused.data?._entities as unknown[] | undefined)?.filter((e) => e != null) ?? [];
  const refusedProblems: string[] = [];
  if (!refused.errors?.some((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT)) {
    refusedProblems.push(`_entities(${otherType} ${other}): expected an error with code ${ErrorCode.BAD_USER_INPUT}; found ${codesOf(refused)} (${describeAnswer(refused)})`);
  }
  if (answered.length) refusedProblems.push(`_entities(${otherType} ${other}): expected no entity; got ${JSON.stringify(answered).slice(0, 120)}`);
  results.push(resultOf('federation', `_entities refuses another province's type (${otherType}) with ${ErrorCode.BAD_USER_INPUT}`, refusedProblems));

  // This province's type with another province's code: no gateway sends it, so it is advice, not a failure.
  const mismatch = await ctx.client.query(
    `query Conformance($representations: [_Any!]!) { _entities(representations: $representations) { ... on ${ctx.typeName} { code } } }`,
    { representations: [{ __typename: ctx.typeName, code: other }] },
  );
  const got = (mismatch.data?._entities as ({ code?: unknown } | null)[] | undefined)?.[0];
  if (got && got.code !== other) {
    results.push(result('federation', `_entities(${ctx.typeName}) with another province's code`, 'warn', [
      `_entities(${ctx.typeName} code "${other}"): answered code ${JSON.stringify(got.code)}; expected null or ${ErrorCode.BAD_USER_INPUT} (a representation's key is answered as given, or refused)`,
    ]));
  } else {
    results.push(result('federation', `_entities(${ctx.typeName}) with another province's code`, 'pass', [
      got ? 'answered with the code given' : `refused or null (${codesOf(mismatch)})`,
    ]));
  }
  return results;
}
