// startLegacyProvince: the adapter's HTTP server. Apollo Server on express: POST /graphql (a valid token first:
// 401 UNAUTHENTICATED otherwise, before anything is parsed), GET /health (the process runs), GET /ready (its
// database answers). Reads no environment (index.ts does); tests and `npm start` call it with options.
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import express from 'express';
import type pg from 'pg';
import pino from 'pino';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { GraphQLError } from 'graphql';
import { createVerifier, NotAuthenticated, type LegacyAuthOptions, type Principal, type Verified } from './auth.ts';
import { createLoaders, type LegacyContext } from './context.ts';
import { LegacyDb } from './db.ts';
import { createRounder, DEVELOPMENT_DISCLOSURE_CONTROL_KEY } from './disclosure.ts';
import { unauthenticatedBody } from './errors.ts';
import { readAuditPlugin } from './readAudit.ts';
import { requestBounds } from './requestBounds.ts';
import { refuseControlCharacters } from './refuseControlCharacters.ts';
import { buildLegacySchema } from './schema.ts';
import { loadStandard } from './standard.ts';

export interface LegacyProvinceOptions {
  /** The province's 2-digit code. Default "01" (Hà Nội, whose system this is). */
  code?: string;
  /** The legacy database (migrations/ applied, e.g. by migrateLegacy). */
  pool: pg.Pool;
  /** How tokens are verified: the JWKS, issuer and audience every system of the federation uses. */
  auth: LegacyAuthOptions;
  /** DISCLOSURE_CONTROL_KEY, the same as every other system's. Default: the standard's development key. */
  disclosureControlKey?: string;
  /** Default 0 (a free port). */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default: silent. */
  logger?: pino.Logger;
  /** Hides stack traces. Default true. */
  production?: boolean;
}

export interface RunningLegacyProvince {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const PROVINCES_FILE = new URL('../../../schema/provinces.json', import.meta.url);

const logInternalErrors: ApolloServerPlugin<LegacyContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          if (error.originalError && !(error.originalError instanceof GraphQLError)) {
            contextValue.log?.error({ err: error.originalError, path: error.path }, 'resolver failed');
          }
        }
      },
    };
  },
};

export async function startLegacyProvince(options: LegacyProvinceOptions): Promise<RunningLegacyProvince> {
  const code = options.code ?? '01';
  const logger = options.logger ?? pino({ level: 'silent' });
  const provinces = (JSON.parse(readFileSync(PROVINCES_FILE, 'utf8')) as { provinces: { code: string; name: string }[] }).provinces;
  const province = provinces.find((p) => p.code === code);
  if (!province) throw new Error(`unknown province code ${JSON.stringify(code)} (schema/provinces.json)`);
  const schema = buildLegacySchema(code, loadStandard(code));
  const verify = createVerifier(options.auth);
  const db = new LegacyDb(options.pool);
  const roundCount = createRounder(options.disclosureControlKey ?? DEVELOPMENT_DISCLOSURE_CONTROL_KEY);
  const name = `province${code}`;
  // A commune officer's token names a commune the issuer cannot check: one with no organisation here is refused
  // on every request, saying why (rather than seeing nothing). Communes change rarely: known for a minute.
  let communes: { codes: Set<string>; until: number } | undefined;
  const checkCommune = async (principal: Principal) => {
    if (principal.role !== 'COMMUNE_OFFICER' || principal.province !== code) return;
    if (!communes || Date.now() >= communes.until) communes = { codes: await db.communeCodes(), until: Date.now() + 60_000 };
    if (communes.codes.has(principal.commune)) return;
    throw new GraphQLError(
      `Forbidden: your token (COMMUNE_OFFICER of commune ${principal.commune}) names a commune that has no organisation in province ${code} (${province.name})`,
      { extensions: { code: 'FORBIDDEN', http: { status: 403 } } },
    );
  };

  const server = new ApolloServer<LegacyContext>({
    schema,
    introspection: true,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !(options.production ?? true),
    // no landing page (it needs a CDN), no inline traces (nothing reports usage to Apollo's cloud)
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), refuseControlCharacters<LegacyContext>(), readAuditPlugin(), logInternalErrors],
    // Errors not raised on purpose (a database failure, a broken record) are logged with the request's id
    // (logInternalErrors); the client learns no internals.
    formatError(formatted, error) {
      const original = unwrapResolverError(error);
      if (original instanceof GraphQLError || formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR') return formatted;
      return { message: `Internal error in subgraph ${name}; the details are in its log`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    },
  });
  await server.start();

  const app = express();
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', subgraph: name });
  });
  app.get('/ready', async (_req, res) => {
    try {
      await Promise.race([db.ping(), new Promise((_r, reject) => setTimeout(() => reject(new Error('no answer within 2000 ms')), 2000).unref())]);
      res.json({ status: 'ready', subgraph: name });
    } catch (error) {
      res.status(503).json({ status: 'unavailable', subgraph: name, reason: `database: ${(error as Error).message}` });
    }
  });
  app.use(
    '/graphql',
    // the gateway's request id (x-request-id) in every log line of the request, and back in the answer
    (req, res, next) => {
      const incoming = req.get('x-request-id');
      const requestId = incoming && /^[\w.:-]{1,128}$/.test(incoming) ? incoming : randomUUID();
      res.set('x-request-id', requestId);
      res.locals.log = logger.child({ requestId });
      next();
    },
    (req, res, next) => {
      verify(req.get('authorization')).then(
        (verified) => {
          res.locals.verified = verified;
          next();
        },
        (error: unknown) => {
          if (!(error instanceof NotAuthenticated)) return next(error);
          (res.locals.log as pino.Logger).info({ reason: error.message }, 'refused a request without a valid token');
          res.status(401).set('www-authenticate', 'Bearer').json(unauthenticatedBody(error.message));
        },
      );
    },
    express.json({ limit: '5mb' }),
    requestBounds(),
    expressMiddleware(server, {
      context: async ({ res }) => {
        const { principal, subject } = res.locals.verified as Verified;
        await checkCommune(principal);
        const reads = { members: new Set<string>(), fields: new Set<string>() };
        const bounded = db.bounded(res.locals.signal as AbortSignal);
        const log = res.locals.log as pino.Logger;
        return { province: { code, name: province.name }, principal, subject, db: bounded, loaders: createLoaders(bounded), roundCount, reads, log };
      },
    }),
  );

  const httpServer = http.createServer(app);
  // the gateway keeps sockets alive; idle ones must outlive its pool's
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}/graphql`,
    port,
    async stop() {
      await server.stop();
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
