// Issue 13's design question, measured: should a province's cadre system be its own subgraph (a second system of
// the province contributing fields to its ProvinceNN type, as Hà Nội runs several systems), or an area of the
// province subgraph? Both layouts are built from the same cadre SDL and compared side by side in one run:
//   node --import tsx subgraphs/province/bench/cadreLayout.ts [queries=60]
// Prints, per layout: composition time and supergraph size, the gateway's schema load (ApolloGateway), the plan
// of the national query that asks a member figure and a cadre figure of all 34 provinces (fetches, planning
// time), the start of the extra subgraph servers, and the national query answered over real HTTP by trivial
// subgraphs (every subgraph answers from constants, so the figure is the federation's own cost), with ratios.
// Everything runs in this one process, as `npm start` runs it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { composeServices } from '@apollo/composition';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner } from '@apollo/query-planner';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { buildSubgraphSchema } from '@apollo/subgraph';
import express from 'express';
import { parse } from 'graphql';
import { provinces, provinceSubgraphName, CENTRAL_SUBGRAPH } from '../../../schema/provinces.ts';
import { centralSdl, provinceSdl } from '../../../schema/sdl.ts';

const QUERIES = Number(process.argv[2] ?? 60);
process.env.APOLLO_TELEMETRY_DISABLED = '1';

/** The cadre system's share of the standard: what either layout serves on ProvinceNN. */
const CADRE_FIELDS = `
  "Cadres under the provincial committee's management: figures for a month."
  cadreReport(period: String!): CadreReport`;
const CADRE_TYPES = `
type CadreReport @shareable {
  period: String!
  cadreCount: Int
  stepRaisesDue: Int
  retirementsDue: Int
  checkupsOverdue: Int
}`;

/** Layout A: the cadre fields are one more area of the province subgraph. */
const areaSdl = (code: string) =>
  provinceSdl(code).replaceAll('  code: ID!\n', `  code: ID!\n${CADRE_FIELDS}\n`) + CADRE_TYPES + '\n';

/** Layout B: a subgraph of its own per province, contributing the cadre fields to ProvinceNN and the interface. */
const cadreSubgraphSdl = (code: string) => `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])
interface Province {
  code: ID!${CADRE_FIELDS}
}
type Province${code} implements Province @key(fields: "code") {
  code: ID!${CADRE_FIELDS}
}
${CADRE_TYPES}
type Query {
  _cadre${code}: Boolean
}
`;

interface Service {
  name: string;
  sdl: string;
  resolvers: Record<string, unknown>;
}

const report = { period: '2026-10', asOf: '2026-10-31', memberCount: 1000, officialCount: 900, probationaryCount: 100, maleCount: 600, femaleCount: 400, cellCount: 10, meetingsHeld: 10, cellsWithRegularMeeting: 10, attendanceRate: 0.9, computedAt: new Date().toISOString() };
const cadreReport = { period: '2026-10', cadreCount: 120, stepRaisesDue: 7, retirementsDue: 2, checkupsOverdue: 3 };
const provinceRow = (p: { code: string; name: string; asciiName: string; kind: string }) => ({ code: p.code, name: p.name, asciiName: p.asciiName, kind: p.kind });

function services(layout: 'area' | 'subgraph'): Service[] {
  const central: Service = {
    name: CENTRAL_SUBGRAPH,
    sdl: centralSdl(),
    resolvers: {
      Query: { provinces: () => provinces.map(provinceRow) },
      Province: { __resolveType: (p: { code: string }) => `Province${p.code}` },
      ...Object.fromEntries(provinces.map((p) => [`Province${p.code}`, { __resolveReference: () => provinceRow(p) }])),
    },
  };
  const own = (code: string, withCadre: boolean): Service => ({
    name: provinceSubgraphName(code),
    sdl: withCadre ? areaSdl(code) : provinceSdl(code),
    resolvers: { [`Province${code}`]: { __resolveReference: (r: { code: string }) => r, report: () => report, ...(withCadre ? { cadreReport: () => cadreReport } : {}) } },
  });
  const cadre = (code: string): Service => ({
    name: `cadre${code}`,
    sdl: cadreSubgraphSdl(code),
    resolvers: { [`Province${code}`]: { __resolveReference: (r: { code: string }) => r, cadreReport: () => cadreReport } },
  });
  return layout === 'area'
    ? [central, ...provinces.map((p) => own(p.code, true))]
    : [central, ...provinces.map((p) => own(p.code, false)), ...provinces.map((p) => cadre(p.code))];
}

const NATIONAL = 'query { provinces { code report(period: "2026-10") { memberCount } cadreReport(period: "2026-10") { stepRaisesDue retirementsDue } } }';

const ms = (t0: number) => performance.now() - t0;

async function listen(service: Service): Promise<{ url: string; close: () => Promise<void> }> {
  const server = new ApolloServer({
    schema: buildSubgraphSchema([{ typeDefs: parse(service.sdl), resolvers: service.resolvers as never }]),
    plugins: [ApolloServerPluginInlineTraceDisabled()],
    stopOnTerminationSignals: false,
  });
  await server.start();
  const app = express();
  app.use(express.json(), expressMiddleware(server));
  const httpServer = http.createServer(app);
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((r) => httpServer.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}/graphql`,
    close: async () => {
      await server.stop();
      httpServer.closeAllConnections();
      await new Promise((r) => httpServer.close(r));
    },
  };
}

async function measure(layout: 'area' | 'subgraph') {
  const list = services(layout);
  let t = performance.now();
  const started = await Promise.all(list.map(listen));
  const startMs = ms(t);
  t = performance.now();
  const composed = composeServices(list.map((s, i) => ({ name: s.name, url: started[i].url, typeDefs: parse(s.sdl) })));
  const composeMs = ms(t);
  if (composed.errors) throw new Error(`${layout}: ${composed.errors.map((e) => e.message).join('; ')}`);
  const supergraphSdl = composed.supergraphSdl;
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  t = performance.now();
  const plan = planner.buildQueryPlan(operationFromDocument(supergraph.schema, parse(NATIONAL)));
  const planMs = ms(t);
  const fetches = (JSON.stringify(plan.node).match(/"kind":"Fetch"/g) ?? []).length;
  t = performance.now();
  const gateway = new ApolloGateway({ supergraphSdl, buildService: ({ url }) => new RemoteGraphQLDataSource({ url }) });
  const apollo = new ApolloServer({ gateway, stopOnTerminationSignals: false });
  await apollo.start();
  const loadMs = ms(t);
  const run = async () => {
    const result = await apollo.executeOperation({ query: NATIONAL });
    if (result.body.kind !== 'single' || result.body.singleResult.errors) throw new Error(`${layout}: ${JSON.stringify(result.body)}`);
  };
  for (let i = 0; i < 10; i++) await run(); // warm: plans, sockets
  const cpu0 = process.cpuUsage();
  t = performance.now();
  for (let i = 0; i < QUERIES; i++) await run();
  const queryMs = ms(t) / QUERIES;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000 / QUERIES;
  await apollo.stop();
  await Promise.all(started.map((s) => s.close()));
  return { layout, subgraphs: list.length, startMs, composeMs, supergraphKb: supergraphSdl.length / 1024, loadMs, planMs, fetches, queryMs, cpuMs };
}

// Each layout twice, alternating; the second round is reported: the first pays for the process's cold start
// (module loading, JIT), which would otherwise fall on whichever layout ran first.
await measure('area');
await measure('subgraph');
const a = await measure('area');
const b = await measure('subgraph');
const row = (label: string, f: (r: typeof a) => number, digits = 0) =>
  console.log(`${label.padEnd(52)} ${f(a).toFixed(digits).padStart(9)} ${f(b).toFixed(digits).padStart(12)} ${(f(b) / f(a)).toFixed(2).padStart(7)}`);
console.log(`${'cadre system as'.padEnd(52)} ${'an area'.padStart(9)} ${'own subgraph'.padStart(12)} ${'ratio'.padStart(7)}`);
row('subgraphs', (r) => r.subgraphs);
row('start of the subgraph servers, ms (all, in one process)', (r) => r.startMs);
row('composition, ms', (r) => r.composeMs);
row('supergraph, KiB', (r) => r.supergraphKb);
row('gateway schema load, ms', (r) => r.loadMs);
row('national query (member + cadre figure): fetches', (r) => r.fetches);
row('  its planning, ms', (r) => r.planMs, 1);
row(`  answered over HTTP, ms per query (${QUERIES}, in turn)`, (r) => r.queryMs, 1);
row('  CPU of this process per query, ms (gateway + subgraphs)', (r) => r.cpuMs, 1);
