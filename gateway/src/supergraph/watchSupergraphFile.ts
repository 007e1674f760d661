// The supergraph from a file the gateway watches: when `npm run supergraph:update` (scripts/updateSupergraph.ts)
// writes a new composition, the gateway swaps to it without a restart. @apollo/gateway builds the new schema and
// query planner beside the old ones and switches in one step; a request already running keeps the plan it has,
// and the data sources of unchanged subgraphs (their keep-alive pools) are reused. A file that is not a valid
// supergraph is refused, and the running one stays.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { SupergraphSdlHook } from '@apollo/gateway';
import type { Logger } from 'pino';

export interface SupergraphWatchOptions {
  /** The file `npm run supergraph:update` writes (SUPERGRAPH_PATH). */
  path: string;
  /** How often it is read, in ms. The write is atomic (a rename), so a read never sees half a file. */
  intervalMs: number;
}

/** What happened to a new file: taken into service, or refused (the running supergraph stays). */
export type SupergraphReload = { outcome: 'updated' | 'refused'; sha256: string; error?: string };

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function watchSupergraphFile(
  initialSdl: string,
  { path, intervalMs }: SupergraphWatchOptions,
  logger: Logger,
  onReload: (reload: SupergraphReload) => void = () => {},
): SupergraphSdlHook {
  return async ({ update }) => {
    let seen = sha256(initialSdl);
    let reading = false;
    const check = async () => {
      if (reading) return;
      reading = true;
      try {
        const sdl = await readFile(path, 'utf8').catch(() => undefined);
        if (sdl === undefined || sha256(sdl) === seen) return;
        seen = sha256(sdl);
        try {
          update(sdl);
          logger.info({ path, sha256: seen }, 'supergraph updated: serving the new composition');
          onReload({ outcome: 'updated', sha256: seen });
        } catch (error) {
          logger.error({ path, sha256: seen, err: error }, 'supergraph file refused: still serving the previous one');
          onReload({ outcome: 'refused', sha256: seen, error: (error as Error).message });
        }
      } finally {
        reading = false;
      }
    };
    const timer = setInterval(() => void check(), intervalMs);
    timer.unref();
    return { supergraphSdl: initialSdl, cleanup: async () => clearInterval(timer) };
  };
}
