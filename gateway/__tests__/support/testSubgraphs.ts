// Small REAL subgraph servers for the gateway's tests (Apollo Server + buildSubgraphSchema over the national
// SDL), with fixed answers and dials for misbehaving: slow, stopped, or a proxy answering 503.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/resolverMap.js';
import { GraphQLError } from 'graphql';
import { pino } from 'pino';
import { findProvince, provinceTypeName } from '../../../schema/provinces.ts';
import { centralTypeDefsFor, provinceTypeDefs } from './testSupergraph.ts';

/** The fixed figure a test province reports, computed here and not by anything under test. */
export const expectedMemberCount = (code: string): number => Number(code) * 1000 + 7;

export interface TestServer {
  url: string;
  /** TCP connections accepted so far (keep-alive reuses them). */
  connections(): number;
  /** x-request-id of every request received, in order. */
  requestIds: string[];
  stop(): Promise<void>;
}

// Unref'd: a slow answer the gateway gave up on must not keep the test process alive after the servers stop.
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

async function listen(app: http.RequestListener): Promise<{ server: http.Server; url: string; connections: () => number }> {
  const server = http.createServer(app);
  // As the real subgraphs (subgraphs/shared/subgraphServer.ts): idle sockets outlive the gateway's pool, or a
  // client that reuses one the server just closed reads ECONNRESET.
  server.keepAliveTimeout = 65_000;
  let connections = 0;
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${port}/graphql`, connections: () => connections };
}

async function close(server: http.Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

async function serve(resolvers: GraphQLResolverMap<unknown>, typeDefs: ReturnType<typeof provinceTypeDefs>): Promise<TestServer> {
  // Stack traces on, as a subgraph in development would send them: the gateway must strip them in production.
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers }),
    includeStacktraceInErrorResponses: true,
    logger: pino({ level: 'silent' }),
    // 35 of these share the bench's process: Apollo's own SIGINT/SIGTERM handlers would pile up and re-kill it.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const requestIds: string[] = [];
  const app = express();
  app.use('/graphql', express.json(), (req, _res, next) => {
    requestIds.push(req.get('x-request-id') ?? '');
    next();
  }, expressMiddleware(apollo));
  const { server, url, connections } = await listen(app);
  return {
    url,
    connections,
    requestIds,
    async stop() {
      await apollo.stop();
      await close(server);
    },
  };
}

function registryEntry(code: string) {
  const p = findProvince(code);
  if (!p) throw new Error(`unknown province ${code}`);
  return { __typename: provinceTypeName(code), code, name: p.name, asciiName: p.asciiName, kind: p.kind };
}

/** The Centre: the registry of the given provinces; an unknown code is BAD_USER_INPUT. */
export function startCentral(codes: readonly string[]): Promise<TestServer> {
  const known = (code: string) => {
    if (!codes.includes(code)) {
      throw new GraphQLError(`code: no province "${code}"`, { extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
    }
    return registryEntry(code);
  };
  const types = Object.fromEntries(
    codes.map((code) => [provinceTypeName(code), { __resolveReference: (ref: { code: string }) => known(ref.code) }]),
  );
  const resolvers = {
    Query: {
      provinces: (_: unknown, args: { codes?: string[] }) => (args.codes ?? codes).map(known),
      province: (_: unknown, args: { code: string }) => known(args.code),
    },
    Province: { __resolveType: (p: { __typename: string }) => p.__typename },
    ...types,
  };
  return serve(resolvers as GraphQLResolverMap<unknown>, centralTypeDefsFor(codes));
}

export interface ProvinceBehaviour {
  /** Milliseconds `report` sleeps before answering (a slow province). Default 0. */
  reportDelayMs?: number;
}

/**
 * The rest of ProvinceReport, fixed, with lists as long as a real province's (every age band and milestone), so
 * that the national dashboard (examples/dashboard.graphql, every figure) can be asked of these subgraphs: the
 * gateway's benchmark (gateway/bench/nationalQuery.ts) measures the gateway on it.
 */
const OTHER_FIGURES = {
  suppressed: [],
  admissionCount: 4,
  admissionsBySex: [{ key: 'NAM', value: 3 }, { key: 'NU', value: 1 }],
  admissionsByAgeBand: ['U30', 'A30_40', 'A41_50', 'A51_60', 'A61_70', 'O70'].map((key, i) => ({ key, value: i < 2 ? 2 : 0 })),
  admissionsByEthnicity: [{ key: 'KINH', value: 3 }, { key: 'TAY', value: 1 }],
  candidatesPending: 5,
  probationaryOverdue: 0,
  cards: { issued: 2, reissued: 1, officialWithoutCard: 0 },
  badges: {
    ceremony: 'NOV7',
    ceremonyDate: '2026-11-07',
    byMilestone: ['Y30', 'Y40', 'Y45', 'Y50', 'Y55', 'Y60', 'Y65', 'Y70', 'Y75', 'Y80', 'Y85', 'Y90'].map((milestone) => ({ milestone, due: 1, awarded: 0 })),
  },
  exitsByType: ['DECEASED', 'REMOVED', 'EXPELLED', 'RESIGNED'].map((type) => ({ type, count: 0 })),
  exemptCount: 1,
  handbook: {
    activeCells: 11, cellsWithRegularMeeting: 10, complianceRate: 0.91, meetingsHeld: 11, attendanceRate: 0.9, shortMeetings: 0,
    lowAttendanceMeetings: 1, lateDocumentMeetings: 0, flaggedMeetings: 1, membersExcusedInARow: 0, meetingsScheduled: 11, meetingsCancelled: 0,
  },
  directives: { directivesPublished: 2, feedbackReceived: 5, feedbackAnswered: 4, openFeedback: 1 },
  fees: { membersDue: 100, membersPaid: 95, membersWithoutBasis: 0, amountDueVnd: 1_000_000, amountCollectedVnd: 950_000, collectionRate: 0.95, membersInArrears: 5 },
  transfersIn: 1,
  transfersOut: 1,
  overdueTransfersOut: 0,
  transfersOutPending: [],
  transfersInUnconfirmed: [],
};

/** Province `code`: `report` answers fixed figures; a period that is not YYYY-MM is BAD_USER_INPUT. */
export function startProvince(code: string, behaviour: ProvinceBehaviour = {}): Promise<TestServer> {
  const typeName = provinceTypeName(code);
  const resolvers: GraphQLResolverMap<unknown> = { Province: { __resolveType: () => typeName } };
  Object.assign(resolvers, {
    [typeName]: {
      __resolveReference: (ref: { code: string }) => ({ code: ref.code }),
      report: async (_: unknown, { period }: { period: string }) => {
        if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) {
          throw new GraphQLError(`period: must be YYYY-MM; got "${period}"`, { extensions: { code: 'BAD_USER_INPUT', field: 'period' } });
        }
        if (behaviour.reportDelayMs) await sleep(behaviour.reportDelayMs);
        const members = expectedMemberCount(code);
        return {
          period,
          asOf: `${period}-28`,
          memberCount: members,
          officialCount: members - 7,
          probationaryCount: 7,
          maleCount: members - 3,
          femaleCount: 3,
          cellCount: 11,
          meetingsHeld: 11,
          cellsWithRegularMeeting: 10,
          attendanceRate: 0.9,
          computedAt: '2026-11-01T00:00:00.000Z',
          ...OTHER_FIGURES,
        };
      },
    },
  });
  return serve(resolvers, provinceTypeDefs(code));
}

/** Not a subgraph: what a reverse proxy says for a province behind it, e.g. 503 with an HTML page. */
export async function startRawServer(status: number, contentType: string, body: string): Promise<TestServer> {
  const { server, url, connections } = await listen((_req, res) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  });
  return { url, connections, requestIds: [], stop: () => close(server) };
}

/** A URL where nothing listens any more: a server started, then stopped (connection refused). */
export async function stoppedServerUrl(): Promise<string> {
  const { server, url } = await listen((_req, res) => res.end());
  await close(server);
  return url;
}
