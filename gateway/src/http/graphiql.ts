// GET /graphiql: GraphiQL from LOCAL files only. Apollo's landing page loads from a CDN and is blank offline
// (docs/architecture.md), so the page, React, ReactDOM and GraphiQL's UMD bundle and CSS are served from node_modules;
// its fonts come bundled from /assets/graphiql-fonts.css (browserAssets.ts). /graphiql/examples.json gives the page
// every ready operation of examples/*.graphql, opened as its tabs (public/graphiql-init.js).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Router } from 'express';

const require = createRequire(import.meta.url);
const packageDir = (name: string): string => dirname(require.resolve(`${name}/package.json`));
const publicDir = fileURLToPath(new URL('../../public/', import.meta.url));
const examplesDir = fileURLToPath(new URL('../../../examples/', import.meta.url));

/** The order of the tabs: the national questions first, then the processes as the README presents them. */
const FIRST_EXAMPLES = ['dashboard.graphql', 'foundation.graphql', 'period-reports.graphql', 'access.graphql'];

export interface ExampleFile {
  /** e.g. "fees.graphql". */
  file: string;
  query: string;
}

/**
 * Every examples/*.graphql file, read once at start, with a version (a hash of them all): the page starts from
 * the examples again when they changed since it stored its tabs.
 */
export function loadExamples(dir = examplesDir): { version: string; examples: ExampleFile[] } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.graphql'));
  const rank = (f: string) => (FIRST_EXAMPLES.includes(f) ? FIRST_EXAMPLES.indexOf(f) : FIRST_EXAMPLES.length);
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const examples = files.map((file) => ({ file, query: readFileSync(join(dir, file), 'utf8') }));
  const version = createHash('sha256').update(JSON.stringify(examples)).digest('hex').slice(0, 16);
  return { version, examples };
}

/** The only files /graphiql/assets/ serves: a fixed list, so no path from a URL ever reaches the file system. */
function assetFiles(): Map<string, string> {
  const react = packageDir('react');
  const reactDom = packageDir('react-dom');
  const graphiql = packageDir('graphiql');
  return new Map([
    ['react.production.min.js', join(react, 'umd/react.production.min.js')],
    ['react-dom.production.min.js', join(reactDom, 'umd/react-dom.production.min.js')],
    ['graphiql.min.js', join(graphiql, 'graphiql.min.js')],
    ['graphiql.min.css', join(graphiql, 'graphiql.min.css')],
    ['graphiql-init.js', join(publicDir, 'graphiql-init.js')],
    ['graphiql-page.css', join(publicDir, 'graphiql-page.css')],
  ]);
}

// Belt and braces for "no CDN": the browser itself refuses anything that is not from this origin. GraphiQL and
// CodeMirror set inline styles, and its fonts are data: URLs, hence those two allowances.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Throws at start-up, naming the file, when a GraphiQL asset is missing (a wrong graphiql or react version). */
export function graphiqlRouter(): Router {
  const assets = assetFiles();
  const page = join(publicDir, 'graphiql.html');
  for (const file of [page, ...assets.values()]) {
    if (!existsSync(file)) throw new Error(`GraphiQL asset missing: ${file} (check graphiql 3.x, react 18 and react-dom 18)`);
  }
  const examples = loadExamples();
  const router = Router();
  router.get('/graphiql/examples.json', (_req, res) => {
    res.setHeader('cache-control', 'no-cache');
    res.json(examples);
  });
  router.get('/graphiql', (_req, res) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.sendFile(page);
  });
  router.get('/graphiql/assets/:file', (req, res) => {
    const file = assets.get(req.params.file);
    if (!file) {
      res.status(404).type('text/plain').send('Not found');
      return;
    }
    // Revalidated by ETag: the names carry no version, and a stale GraphiQL after an upgrade would confuse.
    res.sendFile(file, { cacheControl: true, maxAge: 0 });
  });
  return router;
}
