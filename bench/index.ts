import os from 'node:os';
import { dropDatabase } from '../platform/database.js';
import { writeResultsSection } from './results.js';
import { numberArgument as argument, prepareScaleDatabase as prepare, QUERIES, USER } from './scale-data.js';
import {
  benchDatabaseServer, cpuPerRequest, productionEnv, freePort, graphqlLoad, isReady, rssMiB, startProcess, startStackProcess, type CpuPerRequest,
} from './stack-process.js';

/**
 * `npm run bench [-- --duration 10 --connections 20]`: the same queries on the same scale data, side by side in
 * one run — our gateway (Rust planner), our gateway (JavaScript planner), @apollo/gateway, and the subgraph
 * itself; then one list query against 10k and 1M relationships. Beside each RPS figure, the CPU milliseconds per
 * request of every process that spent any (utime + stime from /proc/<pid>/stat across the window, PostgreSQL's
 * backends of the database in use included); after the runs, each service's RSS idle and after the loads (MiB).
 */
const DURATION = argument('duration', 10);
const CONNECTIONS = argument('connections', 20);
const LARGE = { partners: argument('partners', 2000), customers: argument('customers', 200_000), relationships: argument('relationships', 1_000_000) };
// The same page (50 customers of one partner) over a table of 10k relationships: fewer partners, so the
// measured partner still has more than a page of customers and both runs return 50 rows.
const SMALL = { partners: 100, customers: 2000, relationships: 10_000 };

interface Row { query: string; target: string; rps: number; p50: number; p99: number; errors: number; statements: string; cpu: CpuPerRequest }

/** Every service process of the run, by name: each row reports the CPU each spent per request. */
const services: [name: string, pid: number][] = [];

async function check(url: string, query: string, token: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  const body = await response.json() as { errors?: unknown };
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return response.headers.get('x-sql-statements') ?? '';
}

async function measure(query: string, target: string, url: string, token: string, databaseUrl: string): Promise<Row> {
  const text = QUERIES[query as keyof typeof QUERIES];
  const statements = await check(url, text, token);
  const { result, cpu } = await cpuPerRequest(services,
    () => graphqlLoad(url, { query: text, token, connections: CONNECTIONS, seconds: DURATION, requestIds: true }), databaseUrl);
  const row = {
    query, target, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
    statements: statements ? statements.split(',').reduce((sum, n) => sum + (Number(n) || 0), 0).toString() : '—',
    cpu,
  };
  console.log(JSON.stringify(row));
  return row;
}

const databaseServer = await benchDatabaseServer();
const server = databaseServer.url;
const stops: (() => Promise<void>)[] = [];
const rows: Row[] = [];
const sizeRows: Row[] = [];
const rss = new Map<string, { idle: number; after?: number }>();
try {
  const large = await prepare(server, 'bench_large', LARGE);
  const small = await prepare(server, 'bench_small', SMALL);
  // every request pays its own subgraph fetches: one user asking the same query would otherwise share them (issue 16)
  const production = await productionEnv();
  const stack = await startStackProcess({ ...production, DATABASE_URL: large, SUBGRAPH_DEDUPLICATION: 'false' });
  stops.push(() => stack.stop());
  const subgraphs = {
    IDENTITY_URL: `http://127.0.0.1:${stack.ports.identity}/graphql`,
    PARTNERS_URL: `http://127.0.0.1:${stack.ports.partners}/graphql`,
    CUSTOMERS_URL: `http://127.0.0.1:${stack.ports.customers}/graphql`,
  };
  // the gateways follow the owners' outboxes in the stack's database for their access state (issue 14)
  const shared = { ...production, DATA_DIR: stack.dataDir, DATABASE_URL: large, SUBGRAPH_DEDUPLICATION: 'false', ...subgraphs };
  const jsPort = await freePort();
  const jsGateway = await startProcess('scripts/service.ts', ['gateway'],
    { ...shared, GATEWAY_PORT: String(jsPort), RUST_QUERY_PLANNER: 'false' }, isReady(`http://127.0.0.1:${jsPort}/readyz`));
  stops.push(jsGateway.stop);
  const apolloPort = await freePort();
  const apollo = await startProcess('bench/apollo-gateway.ts', [], { ...shared, BENCH_PORT: String(apolloPort) },
    async () => (await fetch(`http://127.0.0.1:${apolloPort}/`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}',
    })).ok);
  stops.push(apollo.stop);
  const smallPort = await freePort();
  const smallCustomers = await startProcess('scripts/service.ts', ['customers'],
    { ...production, DATA_DIR: stack.dataDir, DATABASE_URL: small, CUSTOMERS_PORT: String(smallPort) }, isReady(`http://127.0.0.1:${smallPort}/readyz`));
  stops.push(smallCustomers.stop);
  services.push(...Object.entries(stack.pids()), ['gateway (JS planner)', jsGateway.pid], ['@apollo/gateway', apollo.pid],
    ['customers (10k relationships)', smallCustomers.pid]);
  for (const [name, pid] of services) rss.set(name, { idle: await rssMiB(pid) });

  const signIn = await fetch(stack.gatewayUrl, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: `mutation { signIn(email: "${USER}", password: "Partner-Graph-2026!") { accessToken } }` }),
  });
  const token = ((await signIn.json()) as { data: { signIn: { accessToken: string } } }).data.signIn.accessToken;
  const targets = {
    'gateway (Rust planner)': stack.gatewayUrl,
    'gateway (JS planner)': `http://127.0.0.1:${jsPort}/graphql`,
    '@apollo/gateway': `http://127.0.0.1:${apolloPort}/`,
  };
  for (const query of ['dashboard', 'single', 'analyst']) {
    for (const [target, url] of Object.entries(targets)) rows.push(await measure(query, target, url, token, large));
    if (query !== 'dashboard') rows.push(await measure(query, 'customers subgraph direct', subgraphs.CUSTOMERS_URL, token, large));
  }
  sizeRows.push(await measure('single', 'direct, 1M relationships', subgraphs.CUSTOMERS_URL, token, large));
  sizeRows.push(await measure('single', 'direct, 10k relationships', `http://127.0.0.1:${smallPort}/graphql`, token, small));
  for (const [name, pid] of services) rss.get(name)!.after = await rssMiB(pid);
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  for (const name of ['bench_large', 'bench_small']) await dropDatabase(server, name).catch(() => undefined);
  await databaseServer.stop();
}

const find = (query: string, target: string) => rows.find((row) => row.query === query && row.target.startsWith(target))!;
const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
const dashboardVsApollo = ratio(find('dashboard', 'gateway (Rust').rps, find('dashboard', '@apollo').rps);
const singleVsDirect = ratio(find('single', 'gateway (Rust').rps, find('single', 'customers subgraph').rps);
const sizeRatio = ratio(sizeRows[0].p50, sizeRows[1].p50);
const cpu = os.cpus();
// the processes that spent at least 0.05 ms per request, busiest first, and their sum
const cpuOf = (row: Row) => {
  const spent = row.cpu.filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] >= 0.05).sort((a, b) => b[1] - a[1]);
  return `${spent.reduce((sum, [, ms]) => sum + ms, 0).toFixed(1)} | ${spent.map(([name, ms]) => `${name.replace(' (this process)', '')} ${ms.toFixed(1)}`).join(' · ')}`;
};
const report = [
  `Measured ${new Date().toISOString()} on ${cpu.length} × ${cpu[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, `
    + `Node ${process.version}, PostgreSQL ${process.env.DATABASE_URL ? 'server from DATABASE_URL' : 'embedded'}. `
    + `autocannon ${CONNECTIONS} connections × ${DURATION} s per row, a distinct x-request-id per request, the gateways' in-flight `
    + 'deduplication off (SUBGRAPH_DEDUPLICATION=false), every service NODE_ENV=production, everything on this machine (loopback). CPU: utime + stime of each process across the row\'s window '
    + '(/proc/<pid>/stat), PostgreSQL\'s backends of the database in use included, autocannon too. '
    + `Scale data: ${JSON.stringify(LARGE)}; user ${USER} (its organization has ~${Math.round(LARGE.relationships / LARGE.partners)} customers).`,
  '',
  '| query | target | RPS | p50 ms | p99 ms | errors | SQL statements / request | CPU ms / request, all | by process |',
  '|---|---|---:|---:|---:|---:|---:|---:|---|',
  ...rows.map((r) => `| ${r.query} | ${r.target} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.errors} | ${r.statements} | ${cpuOf(r)} |`),
  '',
  `- dashboard RPS, ours (Rust planner) / @apollo/gateway: **${dashboardVsApollo}×** (target ≥ 3×)`,
  `- single-subgraph RPS, gateway / direct: **${singleVsDirect}×** (target ≥ 0.6×)`,
  `- JS planner / Rust planner, dashboard RPS: ${ratio(find('dashboard', 'gateway (JS').rps, find('dashboard', 'gateway (Rust').rps)}×`,
  '',
  `| list query (a full page of 50 customers, direct; 10k = ${JSON.stringify(SMALL)}) | RPS | p50 ms | p99 ms | CPU ms / request, all | by process |`,
  '|---|---:|---:|---:|---:|---|',
  ...sizeRows.map((r) => `| ${r.target} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${cpuOf(r)} |`),
  '',
  `- p50 at 1M / p50 at 10k relationships: **${sizeRatio}×** (target ≤ 1.3×)`,
  '',
  '| service | RSS idle MiB | RSS after every load MiB |',
  '|---|---:|---:|',
  ...[...rss].map(([name, mib]) => `| ${name} | ${mib.idle.toFixed(0)} | ${mib.after?.toFixed(0) ?? 'n/a'} |`),
].join('\n');
console.log(`\n${report}`);
await writeResultsSection('Gateway and queries at scale (npm run bench)', report);
