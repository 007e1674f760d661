// A SMALL supergraph for the gateway's tests: the Centre plus a few provinces, composed here with
// @apollo/composition from the national SDL templates (schema/sdl.ts), so the tests need no province code.
import { composeServices } from '@apollo/composition';
import { Kind, parse, type DocumentNode } from 'graphql';
import { CENTRAL_SUBGRAPH, provinceSubgraphName, provinceTypeName } from '../../../schema/provinces.ts';
import { centralSdl, provinceSdl } from '../../../schema/sdl.ts';

/**
 * The Centre's SDL keeping only the given provinces' types: composition fails when the Centre declares a
 * ProvinceNN whose province subgraph is absent (INTERFACE_FIELD_NO_IMPLEM, docs/architecture.md).
 */
export function centralTypeDefsFor(codes: readonly string[]): DocumentNode {
  const keep = new Set(codes.map(provinceTypeName));
  const doc = parse(centralSdl());
  return {
    ...doc,
    definitions: doc.definitions.filter(
      (d) => !(d.kind === Kind.OBJECT_TYPE_DEFINITION && /^Province\d\d$/.test(d.name.value) && !keep.has(d.name.value)),
    ),
  };
}

export const provinceTypeDefs = (code: string): DocumentNode => parse(provinceSdl(code));

/** Supergraph SDL for the Centre and these provinces at these URLs (by subgraph name). */
export function composeTestSupergraph(codes: readonly string[], urls: ReadonlyMap<string, string>): string {
  const urlOf = (name: string) => {
    const url = urls.get(name);
    if (!url) throw new Error(`no URL for subgraph ${name}`);
    return url;
  };
  const result = composeServices([
    { name: CENTRAL_SUBGRAPH, url: urlOf(CENTRAL_SUBGRAPH), typeDefs: centralTypeDefsFor(codes) },
    ...codes.map((code) => ({
      name: provinceSubgraphName(code),
      url: urlOf(provinceSubgraphName(code)),
      typeDefs: provinceTypeDefs(code),
    })),
  ]);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => e.message).join('\n')}`);
  return result.supergraphSdl;
}
