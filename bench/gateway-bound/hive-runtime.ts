import http from 'node:http';
import { readFile } from 'node:fs/promises';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { exitOnSignals } from '../exit-on-signals.js';

/**
 * Benchmark only: the bare Hive Gateway runtime — createGatewayRuntime with @graphql-hive/router-runtime's
 * unifiedGraphHandler (the Rust query planner our gateway uses too), no plugins of ours — served by `node:http`
 * at `/graphql`, as the Guild's "hive-gateway-router-runtime" runs it. Environment: BENCH_PORT, SUPERGRAPH (a file),
 * and which in-flight deduplication is on:
 *   SUBGRAPH_DEDUPLICATION=false   the HTTP executor's deduplication of identical subgraph requests in flight
 *                                  (@graphql-tools/executor-http `deduplicateInflightRequests`, on by default) is off;
 *   INBOUND_DEDUPLICATION=true     identical client requests in flight are executed once
 *                                  (`inboundInflightRequestDeduplication`, off by default; on in the Guild's configuration).
 */
const supergraph = await readFile(process.env.SUPERGRAPH!, 'utf8');
const runtime = createGatewayRuntime({
  supergraph,
  unifiedGraphHandler,
  logging: false,
  landingPage: false,
  graphiql: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: process.env.SUBGRAPH_DEDUPLICATION !== 'false' } } },
  inboundInflightRequestDeduplication: process.env.INBOUND_DEDUPLICATION === 'true',
});

const server = http.createServer(runtime);
server.listen(Number(process.env.BENCH_PORT ?? 4100), '127.0.0.1');

exitOnSignals(server);
