// `npm run codegen:check`: regenerates the typed resolvers in memory and exits 1, naming each stale file, when
// a committed file differs from what `npm run codegen` would write now. test/generated.test.ts runs the same
// comparison. (graphql-codegen's own `--check` works too, but prints its whole task list and no remedy.)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import type { Types } from '@graphql-codegen/plugin-helpers';
import config from '../codegen.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface StaleFile {
  /** Path relative to the repo root, as in codegen.ts. */
  file: string;
  reason: 'missing' | 'differs';
}

/** Files whose committed content is not what codegen generates now (empty when all are up to date). */
export async function findStaleGeneratedFiles(): Promise<StaleFile[]> {
  // saveToFile=false: codegen returns the outputs instead of writing them; silent keeps test output clean.
  // The plugins load as ES modules, one at a time. Codegen's default loader require-resolves their CommonJS
  // build, which require()s the ESM-only auto-bind: plain Node 20.19+ allows that, jest's module loader (npm test)
  // does not. And jest's ESM loader fails concurrent imports of one module graph ("request for … is not in cache"),
  // as codegen's Promise.all over the plugins does.
  let previous: Promise<unknown> = Promise.resolve();
  const pluginLoader = (name: string) => {
    const loaded = previous.then(() => import(name));
    previous = loaded.catch(() => undefined);
    return loaded;
  };
  // A preset named by a string (the dashboard's 'client') is loaded by codegen with require() whatever the
  // pluginLoader, which fails the same way under jest: hand codegen the preset module itself, imported like a plugin.
  const generates: typeof config.generates = {};
  for (const [file, output] of Object.entries(config.generates)) {
    const preset = typeof output === 'object' && 'preset' in output ? output.preset : undefined;
    generates[file] =
      typeof preset === 'string'
        ? { ...output, preset: ((await pluginLoader(`@graphql-codegen/${preset}-preset`)) as { preset: Types.OutputPreset }).preset }
        : output;
  }
  const outputs = await generate({ ...config, generates, silent: true, cwd: root, pluginLoader }, false);
  const stale: StaleFile[] = [];
  for (const { filename, content } of outputs) {
    const path = join(root, filename);
    if (!existsSync(path)) stale.push({ file: filename, reason: 'missing' });
    else if (readFileSync(path, 'utf8') !== content) stale.push({ file: filename, reason: 'differs' });
  }
  return stale;
}

export function describeStale(stale: StaleFile[]): string {
  return (
    stale.map((s) => `${s.file} is ${s.reason === 'missing' ? 'missing' : 'stale'}`).join('\n') +
    '\nRun `npm run codegen` and commit the generated files.'
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const stale = await findStaleGeneratedFiles();
  if (stale.length > 0) {
    console.error(describeStale(stale));
    process.exit(1);
  }
  console.log('generated files are up to date (resolver types, dashboard operations)');
}
