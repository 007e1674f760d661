// The 35 subgraphs of the full national supergraph, answering from memory (the gateway's test subgraphs), in a
// process of their own so that the gateway's CPU can be measured alone. Prints one JSON line: name -> URL.
import { CENTRAL_SUBGRAPH, provinces, provinceSubgraphName } from '../../schema/provinces.ts';
import { startCentral, startProvince } from '../__tests__/support/testSubgraphs.ts';

const codes = provinces.map((p) => p.code);
const urls: Record<string, string> = { [CENTRAL_SUBGRAPH]: (await startCentral(codes)).url };
for (const code of codes) urls[provinceSubgraphName(code)] = (await startProvince(code)).url;
process.stdout.write(`${JSON.stringify(urls)}\n`);
