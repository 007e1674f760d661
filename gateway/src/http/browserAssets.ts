// The browser code of the gateway's pages, bundled by esbuild in memory: the dashboard's script (Chart.js and the
// typed operations inside) and its stylesheet, and the fonts of both pages (Noto Sans and Noto Sans Mono, whose
// subsets include Vietnamese). Built once per process, on the first request for an asset, so that `npm start`,
// the Docker image and the tests need no build step and no built file is committed; the ~0.6 s it takes is not
// paid by the many gateways tests start without a browser.
import { createRequire } from 'node:module';
import { basename, extname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/** Where the bundles are served; the stylesheets' font URLs are written with it. */
export const ASSETS_PATH = '/assets';

const ENTRY_POINTS = {
  dashboard: fileURLToPath(new URL('../../dashboard/src/main.ts', import.meta.url)),
  'graphiql-fonts': fileURLToPath(new URL('../../public/graphiql-fonts.css', import.meta.url)),
};

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  // The licences of the bundled libraries (Chart.js, @kurkle/color), linked from the bundle's last comment.
  '.txt': 'text/plain; charset=utf-8',
};

export interface BrowserAsset {
  contents: Uint8Array;
  contentType: string;
}

async function build(): Promise<Map<string, BrowserAsset>> {
  // esbuild is loaded only when a page is asked for: a gateway that serves no page never starts its service.
  const esbuild = require('esbuild') as typeof import('esbuild');
  const result = await esbuild.build({
    entryPoints: ENTRY_POINTS,
    bundle: true,
    write: false,
    // Paths of outputFiles are under outdir; nothing is written there.
    outdir: '/assets',
    format: 'iife',
    target: 'es2022',
    minify: true,
    legalComments: 'linked',
    loader: { '.woff2': 'file', '.woff': 'file' },
    publicPath: ASSETS_PATH,
    // Entry names stay fixed (the pages link them); fonts carry their content hash.
    assetNames: '[name]-[hash]',
    logLevel: 'silent',
  });
  return new Map(
    result.outputFiles.map((file) => [basename(file.path), { contents: file.contents, contentType: CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream' }]),
  );
}

let built: Promise<Map<string, BrowserAsset>> | undefined;

/** The bundles by file name (dashboard.js, dashboard.css, graphiql-fonts.css, noto-sans-vietnamese-400-normal-….woff2 …). */
export function browserAssets(): Promise<Map<string, BrowserAsset>> {
  built ??= build().catch((error: unknown) => {
    // A failed build is retried on the next request rather than cached (the source may have been fixed).
    built = undefined;
    throw error;
  });
  return built;
}
