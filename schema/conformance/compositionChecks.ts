// Group 2, composition: the SDL the province serves composes with the rest of the national supergraph (the Centre
// and the 33 other provinces as the standard builds them, schema/sdl.ts) in place of this province's.
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { CENTRAL_SUBGRAPH, provinces, provinceSubgraphName } from '../provinces.ts';
import { centralSdl, provinceSdl } from '../sdl.ts';
import { result, type KitContext } from './context.ts';
import type { CheckResult } from './types.ts';

export async function compositionChecks(ctx: KitContext): Promise<CheckResult[]> {
  const name = 'the served SDL composes into the national supergraph';
  if (!ctx.servedSdl) return [result('composition', name, 'skip', ['_service.sdl was not read (see federation)'])];
  const started = performance.now();
  const services = [
    { name: CENTRAL_SUBGRAPH, url: 'http://central.invalid/graphql', typeDefs: parse(centralSdl()) },
    ...provinces.map((p) => ({
      name: provinceSubgraphName(p.code),
      url: `http://province${p.code}.invalid/graphql`,
      typeDefs: parse(p.code === ctx.code ? ctx.servedSdl! : provinceSdl(p.code)),
    })),
  ];
  // composeServices is synchronous and takes seconds (35 subgraphs): let pending output flush first.
  await new Promise((resolve) => setImmediate(resolve));
  const composed = composeServices(services);
  const ms = Math.round(performance.now() - started);
  if (composed.errors?.length) {
    return [result('composition', name, 'fail', composed.errors.map((e) => {
      const code = (e.extensions as { code?: string } | undefined)?.code;
      return `${code ? `${code}: ` : ''}${e.message}`;
    }))];
  }
  const out: CheckResult[] = [result('composition', name, 'pass', [`35 subgraphs composed in ${ms} ms`])];
  // The standard composes with no hints (schema/__tests__/composition.test.ts): a hint is the province's doing.
  const hints = composed.hints ?? [];
  if (hints.length) {
    out.push(result('composition', 'composition gives no hints', 'warn', hints.map((h) => `${h.definition.code}: ${h.message}`)));
  }
  return out;
}
