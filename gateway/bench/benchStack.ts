// The bench's subgraphs: the Centre and the 34 provinces over the bench's seeded databases, each its own HTTP
// server on a free port, all in this one process (as `npm start` runs them), apart from the gateways so that
// each gateway's CPU is its own. Prints one JSON line: subgraph name -> URL. Answers "stats" over IPC with the
// SQL statements run so far and this process's CPU.
import { createTokenVerifier, type TokenVerifierOptions } from '../../auth/verifier.ts';
import { provinces, provinceSubgraphName, CENTRAL_SUBGRAPH } from '../../schema/provinces.ts';
import { createPool } from '../../subgraphs/shared/db.ts';
import { createLogger } from '../../subgraphs/shared/logger.ts';
import { startCentralSubgraph } from '../../subgraphs/central/src/server.ts';
import { startProvinceSubgraph } from '../../subgraphs/province/src/server.ts';

const urlFor = JSON.parse(process.argv[2] ?? '{}') as Record<string, string>;
const auth = JSON.parse(process.env.BENCH_AUTH ?? '{}') as TokenVerifierOptions;
const verifier = createTokenVerifier(auth);
const logger = createLogger('silent');
let statements = 0;
const onQuery = () => {
  statements++;
};

const urls: Record<string, string> = {};
const central = createPool(urlFor.central!, { max: 4, applicationName: 'central' });
urls[CENTRAL_SUBGRAPH] = (await startCentralSubgraph({ pool: central, logger, production: true, verifier }, { port: 0 })).url;
for (const p of provinces) {
  const pool = createPool(urlFor[p.code]!, { max: 4, applicationName: provinceSubgraphName(p.code) });
  urls[provinceSubgraphName(p.code)] = (await startProvinceSubgraph({ code: p.code, pool, logger, production: true, verifier, onQuery }, { port: 0 })).url;
}
process.on('message', (m) => {
  if (m === 'stats') process.send?.({ statements, rssMb: process.memoryUsage().rss / 2 ** 20 });
});
process.stdout.write(`${JSON.stringify(urls)}\n`);
