import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { withSubgraphUrls, SUPERGRAPH_FILE, SUBGRAPH_NAMES, type SubgraphName } from '../platform/supergraph.js';

/**
 * Benchmark only: `@apollo/gateway` serving the same supergraph, forwarding Authorization like ours does.
 * BENCH_PORT, IDENTITY_URL, PARTNERS_URL, CUSTOMERS_URL from the environment; SUPERGRAPH: another supergraph file
 * (the gateway-bound workload's, bench/gateway-bound/).
 */
type Context = { authorization?: string };

const urls = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, process.env[`${name.toUpperCase()}_URL`]])
  .filter(([, url]) => url)) as Partial<Record<SubgraphName, string>>;
const supergraphSdl = withSubgraphUrls(await readFile(process.env.SUPERGRAPH ?? SUPERGRAPH_FILE, 'utf8'), urls);
const gateway = new ApolloGateway({
  supergraphSdl,
  buildService: ({ url }) => new RemoteGraphQLDataSource<Context>({
    url,
    willSendRequest({ request, context }) {
      if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    },
  }),
});
const server = new ApolloServer<Context>({ gateway, csrfPrevention: false, introspection: false });
await server.start();

http.createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(request.headers)) if (typeof value === 'string') headers.set(key, value);
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: request.method ?? 'POST', headers, search: '', body: chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {},
    },
    context: async () => ({ authorization: request.headers.authorization }),
  });
  response.writeHead(result.status ?? 200, Object.fromEntries(result.headers));
  response.end(result.body.kind === 'complete' ? result.body.string : '');
}).listen(Number(process.env.BENCH_PORT ?? 4100), '127.0.0.1', () => console.log('apollo gateway ready'));

process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
