import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../platform/config.js';
import { databaseUrl, dropDatabase, ensureDatabase } from '../../platform/database.js';
import { migrateAll } from '../../scripts/stack.js';
import { writeResultsSection } from '../results.js';
import { numberArgument } from '../scale-data.js';
import {
  benchDatabaseServer, cpuPerRequest, freePort, gql, graphqlLoad, isReady, productionEnv, rssMiB, startProcess, type CpuPerRequest,
} from '../stack-process.js';
import { QUERY } from './data.js';

/**
 * `npm run bench:gateways [-- --duration 10 --connections 50 --warmup 3]` (issue 16, "Measure" (b), (c), (d)): the
 * gateway-bound workload of The Guild's graphql-gateways-benchmark (its supergraph, data and nested query; four cheap
 * in-memory subgraphs in one process, bench/gateway-bound/subgraphs.ts; 50 connections as its 50 virtual users,
 * every request the same, as theirs) through, one after the other:
 *   (1) our gateway (scripts/service.ts gateway: gateway/ as shipped, Rust planner, with its plugins and server), with
 *       the in-flight deduplication of identical subgraph requests on (as shipped) and off (SUBGRAPH_DEDUPLICATION=false);
 *   (2) the bare Hive Gateway runtime with the same Rust planner (bench/gateway-bound/hive-runtime.ts), with the
 *       in-flight deduplication of identical subgraph requests on (the runtime's default) and off, and with the
 *       Guild's configuration (identical client requests deduplicated too);
 *   (3) @apollo/gateway (bench/apollo-gateway.ts; it has no in-flight deduplication).
 * Every gateway its own process with NODE_ENV=production; all answers are checked equal before anything is
 * measured. Per gateway: RPS, p50/p99 latency (ms), errors, CPU milliseconds per request of the gateway, of the
 * subgraphs' process and of autocannon (utime + stime from /proc/<pid>/stat across the measured window), and the
 * gateway's resident set (MiB, /proc/<pid>/status VmRSS) idle after start and after its load. Our gateway keeps its
 * access state in PostgreSQL (embedded, or a fresh database on DATABASE_URL's server), migrated and otherwise empty.
 * Takes about 6 × (warmup + duration + ≈ 5 s of start) plus the database's start.
 */
const DURATION = numberArgument('duration', 10);
const CONNECTIONS = numberArgument('connections', 50);
const WARMUP = numberArgument('warmup', 3);
const DATABASE = 'bench_gateways';
const SUBGRAPHS_LABEL = 'subgraphs (one process)';

interface Gateway {
  label: string;
  deduplication: string;
  script: string;
  args?: string[];
  env: (port: number) => NodeJS.ProcessEnv;
  /** the GraphQL endpoint's path */
  path: string;
}

interface Row {
  gateway: Gateway; rps: number; p50: number; p99: number; requests: number; errors: number;
  cpu: CpuPerRequest; rssIdle: number; rssAfter: number;
}

const answersGraphQL = (url: string) => async () => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' });
  return response.ok;
};

function gateways(supergraph: string, ours: NodeJS.ProcessEnv): Gateway[] {
  const hive = (label: string, deduplication: string, subgraphs: boolean, inbound: boolean): Gateway => ({
    label, deduplication, script: 'bench/gateway-bound/hive-runtime.ts', path: '/graphql',
    env: (port) => ({ BENCH_PORT: String(port), SUPERGRAPH: supergraph, SUBGRAPH_DEDUPLICATION: String(subgraphs), INBOUND_DEDUPLICATION: String(inbound) }),
  });
  const ourGateway = (deduplication: string, subgraphs: boolean): Gateway => ({
    label: 'our gateway', deduplication, script: 'scripts/service.ts', args: ['gateway'], path: '/graphql',
    env: (port) => ({ ...ours, GATEWAY_PORT: String(port), SUPERGRAPH: supergraph, SUBGRAPH_DEDUPLICATION: String(subgraphs) }),
  });
  return [
    ourGateway('subgraph requests (default)', true),
    ourGateway('off', false),
    hive('Hive Gateway runtime', 'subgraph requests (default)', true, false),
    hive('Hive Gateway runtime', 'off', false, false),
    hive('Hive Gateway runtime', "client and subgraph requests (the Guild's configuration)", true, true),
    {
      label: '@apollo/gateway', deduplication: 'none (not available)', script: 'bench/apollo-gateway.ts', path: '/',
      env: (port) => ({ BENCH_PORT: String(port), SUPERGRAPH: supergraph }),
    },
  ];
}

/** Starts `gateway`, checks its answer against `reference` (the first answer), measures it, stops it. */
async function measure(gateway: Gateway, subgraphsPid: number, reference: { answer?: string }): Promise<Row> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}${gateway.path}`;
  const ready = gateway.script === 'scripts/service.ts' ? isReady(`http://127.0.0.1:${port}/readyz`) : answersGraphQL(url);
  const started = await startProcess(gateway.script, gateway.args ?? [], { NODE_ENV: 'production', ...gateway.env(port) }, ready);
  try {
    const rssIdle = await rssMiB(started.pid);
    const answer = JSON.stringify(await gql(url, QUERY));
    reference.answer ??= answer;
    if (answer !== reference.answer) throw new Error(`${gateway.label} (${gateway.deduplication}) answers differently:\n${answer.slice(0, 500)}`);
    const load = (seconds: number) => graphqlLoad(url, { query: QUERY, connections: CONNECTIONS, seconds });
    if (WARMUP > 0) await load(WARMUP);
    const { result, cpu } = await cpuPerRequest([[gateway.label, started.pid], [SUBGRAPHS_LABEL, subgraphsPid]], () => load(DURATION));
    const row: Row = {
      gateway, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total,
      errors: result.errors + result.non2xx + result.timeouts, cpu, rssIdle, rssAfter: await rssMiB(started.pid),
    };
    console.log(JSON.stringify({ ...row, gateway: `${gateway.label} (${gateway.deduplication})` }));
    return row;
  } finally {
    await started.stop();
  }
}

const databaseServer = await benchDatabaseServer();
const workDir = await mkdtemp(path.join(os.tmpdir(), 'partner-graph-gateways-'));
const rows: Row[] = [];
const subgraphsRss: number[] = [];
let stopSubgraphs: (() => Promise<void>) | undefined;
try {
  await dropDatabase(databaseServer.url, DATABASE);
  await ensureDatabase(databaseServer.url, DATABASE);
  const database = databaseUrl(databaseServer.url, DATABASE);
  await migrateAll(database);
  const subgraphsPort = await freePort();
  const supergraph = path.join(workDir, 'supergraph.graphql');
  const sdl = await readFile(path.join(projectRoot, 'bench/gateway-bound/supergraph.graphql'), 'utf8');
  await writeFile(supergraph, sdl.replaceAll('http://0.0.0.0:4200/', `http://127.0.0.1:${subgraphsPort}/`));
  const subgraphs = await startProcess('bench/gateway-bound/subgraphs.ts', [], { NODE_ENV: 'production', SUBGRAPHS_PORT: String(subgraphsPort) },
    isReady(`http://127.0.0.1:${subgraphsPort}/readyz`));
  stopSubgraphs = subgraphs.stop;
  subgraphsRss.push(await rssMiB(subgraphs.pid));
  const ours = { ...(await productionEnv()), DATABASE_URL: database, LOG_LEVEL: 'warn' };
  const reference: { answer?: string } = {};
  for (const gateway of gateways(supergraph, ours)) rows.push(await measure(gateway, subgraphs.pid, reference));
  subgraphsRss.push(await rssMiB(subgraphs.pid));
} finally {
  await stopSubgraphs?.().catch(() => undefined);
  await dropDatabase(databaseServer.url, DATABASE).catch(() => undefined);
  await databaseServer.stop();
  await rm(workDir, { recursive: true, force: true });
}

const format = (value: number | undefined) => (value === undefined ? 'n/a' : value.toFixed(2));
const cpuOf = (row: Row, label: string) => row.cpu.find(([name]) => name === label)?.[1];
const find = (label: string, deduplication: string) => rows.find((row) => row.gateway.label === label && row.gateway.deduplication.startsWith(deduplication));
const ratio = (a?: Row, b?: Row) => (a && b?.rps ? (a.rps / b.rps).toFixed(2) : 'n/a');
const ours = find('our gateway', 'subgraph');
const oursOff = find('our gateway', 'off');
const report = [
  `Measured ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, `
    + `Node ${process.version}. The Guild's graphql-gateways-benchmark workload (bench/gateway-bound/: its supergraph, data `
    + 'and query; four in-memory subgraphs in one process, @apollo/subgraph on node:http), the same request every time, '
    + `autocannon ${CONNECTIONS} connections × ${DURATION} s per gateway after ${WARMUP} s of warm-up, one gateway after `
    + 'the other; every process NODE_ENV=production, everything on this machine (loopback). All gateways answered the same.',
  '',
  '| gateway | in-flight deduplication | RPS | p50 ms | p99 ms | requests | errors | CPU ms / request: gateway | subgraphs | autocannon | RSS idle MiB | RSS after load MiB |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.gateway.label} | ${r.gateway.deduplication} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors} | `
    + `${format(cpuOf(r, r.gateway.label))} | ${format(cpuOf(r, SUBGRAPHS_LABEL))} | ${format(cpuOf(r, 'autocannon (this process)'))} | `
    + `${r.rssIdle.toFixed(0)} | ${r.rssAfter.toFixed(0)} |`),
  '',
  `- ours / @apollo/gateway RPS: **${ratio(ours, find('@apollo/gateway', 'none'))}×** (target ≥ 4×)`,
  `- ours / bare Hive runtime RPS, subgraph deduplication on: **${ratio(ours, find('Hive Gateway runtime', 'subgraph'))}×**; `
    + `off: **${ratio(oursOff, find('Hive Gateway runtime', 'off'))}×** (target ≥ 0.85× under the same setting)`,
  `- our gateway, subgraph deduplication on / off: ${ratio(ours, oursOff)}×`,
  `- bare Hive runtime, subgraph deduplication on / off: ${ratio(find('Hive Gateway runtime', 'subgraph'), find('Hive Gateway runtime', 'off'))}×`,
  `- subgraphs' process RSS: ${subgraphsRss.map((mib) => mib.toFixed(0)).join(' MiB idle, ')} MiB after every load`,
].join('\n');
console.log(`\n${report}`);
await writeResultsSection("Gateway-bound: The Guild's workload through three gateways (npm run bench:gateways)", report);
