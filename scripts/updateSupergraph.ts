// npm run supergraph:update -- --province 01 --url http://hanoi.example:4000/graphql [--token T | --token-file F]
//                              [--sdl served.graphql] [--supergraph schema/supergraph.graphql] [--joined-dir D] [--allow-breaking]
// Composes the national supergraph with province 01's own system (the SDL it serves at --url, or --sdl) and, when
// it composes and breaks no client, replaces the supergraph file; a gateway watching it (SUPERGRAPH_WATCH_MS,
// `npm start` included) serves it without a restart. Exit 0: written or unchanged; 1: refused (nothing written);
// 2: bad usage. README "The national standard".
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { updateSupergraph } from './lib/updateSupergraph.ts';

const DEFAULT_SUPERGRAPH = fileURLToPath(new URL('../schema/supergraph.graphql', import.meta.url));

function usage(message: string): never {
  console.error(`supergraph:update: ${message}\nusage: npm run supergraph:update -- --province NN --url http://…/graphql [--token T | --token-file F] [--sdl FILE] [--supergraph FILE] [--joined-dir DIR] [--allow-breaking]`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      province: { type: 'string' },
      url: { type: 'string' },
      token: { type: 'string' },
      'token-file': { type: 'string' },
      sdl: { type: 'string' },
      supergraph: { type: 'string' },
      'joined-dir': { type: 'string' },
      'allow-breaking': { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}
if (!values.province) usage('--province is required (the 2-digit code of the province that joins or changes)');
if (!values.url || !/^https?:\/\//.test(values.url)) usage(`--url must be the http(s) URL of the province's /graphql; got ${JSON.stringify(values.url ?? '')}`);
// The supergraph path the gateway itself reads (gateway/src/config.ts).
const supergraphPath = resolve(values.supergraph ?? process.env.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH);
const read = (option: string, path: string) => {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    return usage(`${option}: cannot read ${path}: ${(error as Error).message}`);
  }
};
const token = values.token ?? (values['token-file'] ? read('--token-file', values['token-file']).trim() : undefined);
const sdl = values.sdl ? read('--sdl', values.sdl) : undefined;

try {
  const result = await updateSupergraph({
    supergraphPath,
    joinedDir: resolve(values['joined-dir'] ?? join(dirname(supergraphPath), 'joined')),
    province: { code: values.province, url: values.url, sdl, token },
    allowBreaking: values['allow-breaking'],
  });
  for (const line of result.lines) console.log(line);
  console.log(result.outcome === 'UPDATED' ? `wrote ${supergraphPath}` : result.outcome === 'UNCHANGED' ? 'nothing to do' : `refused (${result.outcome}): ${supergraphPath} is unchanged`);
  process.exit(result.outcome === 'UPDATED' || result.outcome === 'UNCHANGED' ? 0 : 1);
} catch (error) {
  usage((error as Error).message);
}
