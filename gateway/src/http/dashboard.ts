// GET / and /dashboard: the national dashboard (gateway/dashboard/), and GET /assets/<file>: the bundles of the
// gateway's pages (browserAssets.ts). The page is static; everything it shows it asks /graphql with the reader's
// token, so serving it needs no token and reveals nothing.
import { fileURLToPath } from 'node:url';
import { Router } from 'express';
import { browserAssets } from './browserAssets.ts';

const page = fileURLToPath(new URL('../../dashboard/src/index.html', import.meta.url));

// As strict as GraphiQL's (graphiql.ts), stricter on styles: the page sets no inline style, and Chart.js sizes its
// canvas through the CSSOM, which style-src does not govern.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function dashboardRouter(): Router {
  const router = Router();
  router.get(['/', '/dashboard'], (_req, res) => {
    res.setHeader('content-security-policy', CONTENT_SECURITY_POLICY);
    res.sendFile(page);
  });
  return router;
}

/** Serves the bundles; only names the build produced, so no path from a URL reaches the file system. */
export function browserAssetsRouter(): Router {
  const router = Router();
  router.get('/assets/:file', (req, res, next) => {
    browserAssets().then((assets) => {
      const asset = assets.get(req.params.file);
      if (!asset) {
        res.status(404).type('text/plain').send('Not found');
        return;
      }
      // Revalidated by ETag (express computes it): the entry names carry no version.
      res.setHeader('cache-control', 'no-cache');
      res.type(asset.contentType).send(Buffer.from(asset.contents));
    }, next);
  });
  return router;
}
