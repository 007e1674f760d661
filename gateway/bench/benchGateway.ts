// One gateway under measurement, over the committed 35-subgraph supergraph, routed to the URLs given as JSON in
// argv[3]. argv[2] picks the variant:
//   createGateway      the product: express, request logging, SubgraphDataSource (Node fetch + deadline + tags)
//   apollo-default     bare Apollo Server + ApolloGateway with Apollo's RemoteGraphQLDataSource (make-fetch-happen)
//   subgraph-source    the same bare server with our SubgraphDataSource: the data source's effect alone
import { readFileSync } from 'node:fs';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { pino } from 'pino';
import { createTokenVerifier } from '../../auth/verifier.ts';
import { createGateway } from '../src/createGateway.ts';
import { SubgraphDataSource } from '../src/datasources/SubgraphDataSource.ts';

process.env.APOLLO_TELEMETRY_DISABLED = '1';
const variant = process.argv[2];
const urls = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;
const supergraphSdl = readFileSync(new URL('../../schema/supergraph.graphql', import.meta.url), 'utf8');
const route = (name: string, url: string) => urls[name] ?? url;
const logger = pino({ level: process.env.LOG_LEVEL ?? 'silent' });

let url: string;
if (variant === 'createGateway') {
  // Tokens as in production: nationalQuery.ts signs them and passes the public keys in BENCH_AUTH (JSON).
  const verifier = createTokenVerifier(JSON.parse(process.env.BENCH_AUTH ?? '{}'));
  url = (await createGateway({ port: 0, supergraphSdl, subgraphUrl: route, production: true, logger, verifier })).url;
} else if (variant === 'apollo-default' || variant === 'subgraph-source') {
  const gateway = new ApolloGateway({
    supergraphSdl,
    logger,
    buildService: ({ name, url: u }) =>
      variant === 'apollo-default'
        ? new RemoteGraphQLDataSource({ url: route(name, u!) })
        : new SubgraphDataSource({ name, url: route(name, u!) }),
  });
  const server = new ApolloServer({ gateway, logger, plugins: [ApolloServerPluginLandingPageDisabled()] });
  url = (await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })).url;
} else {
  throw new Error(`unknown variant ${variant}`);
}
process.stdout.write(`${url}\n`);
// Exit normally on SIGTERM so that `node --cpu-prof` writes its profile.
process.once('SIGTERM', () => process.exit(0));
