import os from 'node:os';
import { dropDatabase } from '../platform/database.js';
import { writeResultsSection } from './results.js';
import { numberArgument, prepareScaleDatabase, QUERIES, scaleSizesArgument, USER } from './scale-data.js';
import {
  benchDatabaseServer, cpuPerRequest, freePort, gql, graphqlLoad, isReady, productionEnv, rssMiB, startProcess, type CpuPerRequest,
} from './stack-process.js';

/**
 * `npm run bench:floor [-- --duration 10 --connections 20 --warmup 3 --partners 2000 --customers 200000
 * --relationships 1000000]` (issue 16, "Measure" (a), (c), (d)): the `single` request (bench/scale-data.ts:
 * `customers(first: 50)`, 50 customers of one partner) on the scale data of `npm run bench`, side by side in one run
 * against (1) the customers subgraph directly and (2) its floor, bench/floor.ts (`node:http` + `pg`: the same
 * token check, the same SQL statement for statement, the same JSON bytes — checked before anything is measured).
 * Both run NODE_ENV=production, each its own process on the same database (embedded PostgreSQL, or a fresh
 * database on DATABASE_URL's server), one after the other: `--warmup` s of load, then `--duration` s measured.
 * Reports per target: RPS, p50/p99 latency (ms), errors, CPU milliseconds per request of the service, of
 * PostgreSQL's backends and of autocannon (utime + stime from /proc/<pid>/stat across the measured window), and
 * the service's resident set (MiB, /proc/<pid>/status VmRSS) idle after start and after its load.
 * Takes about 25 s of seeding for 1M relationships plus 2 × (warmup + duration) and ≈ 20 s of starts.
 */
const DURATION = numberArgument('duration', 10);
const CONNECTIONS = numberArgument('connections', 20);
const WARMUP = numberArgument('warmup', 3);
const SIZES = scaleSizesArgument();
const DATABASE = 'bench_floor';
const QUERY = QUERIES.single;

interface Target { label: string; url: string; pid: number; rssIdle: number }

interface Row {
  label: string; rps: number; p50: number; p99: number; requests: number; errors: number;
  cpu: CpuPerRequest; rssIdle: number; rssAfter: number;
}

/** The answer's bytes; an Error unless it is a 200 without GraphQL errors. */
async function answerOf(url: string, token: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: QUERY }),
  });
  const text = await response.text();
  if (!response.ok || text.includes('"errors"')) throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 500)}`);
  return text;
}

/** The floor is a measuring stick only while it answers exactly what the subgraph answers. */
function assertSameAnswer(subgraph: string, floor: string) {
  if (subgraph === floor) return;
  let at = 0;
  while (subgraph[at] === floor[at]) at += 1;
  throw new Error(`the floor's answer differs from the subgraph's at byte ${at}:\n  subgraph …${JSON.stringify(subgraph.slice(Math.max(0, at - 80), at + 80))}\n`
    + `  floor    …${JSON.stringify(floor.slice(Math.max(0, at - 80), at + 80))}`);
}

async function measure(target: Target, token: string, databaseUrl: string): Promise<Row> {
  const load = (seconds: number) => graphqlLoad(target.url, { query: QUERY, token, connections: CONNECTIONS, seconds, requestIds: true });
  if (WARMUP > 0) await load(WARMUP);
  const { result, cpu } = await cpuPerRequest([[target.label, target.pid]], () => load(DURATION), databaseUrl);
  const row: Row = {
    label: target.label, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests: result.requests.total,
    errors: result.errors + result.non2xx + result.timeouts, cpu, rssIdle: target.rssIdle, rssAfter: await rssMiB(target.pid),
  };
  console.log(JSON.stringify(row));
  return row;
}

const databaseServer = await benchDatabaseServer();
const stops: (() => Promise<void>)[] = [];
const rows: Row[] = [];
let edges = 0;
try {
  const database = await prepareScaleDatabase(databaseServer.url, DATABASE, SIZES);
  const env = { ...(await productionEnv()), DATABASE_URL: database, LOG_LEVEL: 'warn' };
  // identity only signs the benchmark's user in; it is stopped before anything is measured
  const identityPort = await freePort();
  const identity = await startProcess('scripts/service.ts', ['identity'], { ...env, IDENTITY_PORT: String(identityPort) },
    isReady(`http://127.0.0.1:${identityPort}/readyz`));
  stops.push(identity.stop);
  const signIn = await gql(`http://127.0.0.1:${identityPort}/graphql`,
    `mutation { signIn(email: "${USER}", password: "Partner-Graph-2026!") { accessToken } }`);
  const token = (signIn.signIn as { accessToken: string }).accessToken;
  await identity.stop();

  const customersPort = await freePort();
  const customers = await startProcess('scripts/service.ts', ['customers'], { ...env, CUSTOMERS_PORT: String(customersPort) },
    isReady(`http://127.0.0.1:${customersPort}/readyz`));
  stops.push(customers.stop);
  const floorPort = await freePort();
  const floor = await startProcess('bench/floor.ts', [], { ...env, FLOOR_PORT: String(floorPort) }, isReady(`http://127.0.0.1:${floorPort}/readyz`));
  stops.push(floor.stop);
  const targets: Target[] = [
    { label: 'customers subgraph, direct', url: `http://127.0.0.1:${customersPort}/graphql`, pid: customers.pid, rssIdle: await rssMiB(customers.pid) },
    { label: 'floor (bench/floor.ts)', url: `http://127.0.0.1:${floorPort}/graphql`, pid: floor.pid, rssIdle: await rssMiB(floor.pid) },
  ];
  const subgraphAnswer = await answerOf(targets[0].url, token);
  assertSameAnswer(subgraphAnswer, await answerOf(targets[1].url, token));
  edges = (JSON.parse(subgraphAnswer) as { data: { customers: { edges: unknown[] } } }).data.customers.edges.length;
  for (const target of targets) rows.push(await measure(target, token, database));
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  await dropDatabase(databaseServer.url, DATABASE).catch(() => undefined);
  await databaseServer.stop();
}

const format = (value: number | undefined, digits = 2) => (value === undefined ? 'n/a' : value.toFixed(digits));
const cpuOf = (row: Row, label: string) => row.cpu.find(([name]) => name.replace(/ \(\d+\)$/, '') === label)?.[1];
const [subgraph, floorRow] = rows;
const cpuTotal = (row: Row) => row.cpu.reduce((sum, [, ms]) => sum + (ms ?? 0), 0);
const report = [
  `Measured ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, `
    + `Node ${process.version}, PostgreSQL ${databaseServer.embedded ? 'embedded' : 'server from DATABASE_URL'}. `
    + `The \`single\` request (${edges} customers of one partner, a distinct x-request-id per request), autocannon `
    + `${CONNECTIONS} connections × ${DURATION} s per target after ${WARMUP} s of warm-up, one target after the other; `
    + 'every service its own process, NODE_ENV=production, everything on this machine (loopback). The floor '
    + '(bench/floor.ts: node:http + pg) verifies the same token and sends the same SQL per request as the subgraph, and '
    + `answered the same bytes (checked before measuring). Scale data: ${JSON.stringify(SIZES)}; user ${USER}.`,
  '',
  '| target | RPS | p50 ms | p99 ms | requests | errors | CPU ms / request: service | PostgreSQL backends | autocannon | all | RSS idle MiB | RSS after load MiB |',
  '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => `| ${r.label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors} | ${format(cpuOf(r, r.label))} | `
    + `${format(cpuOf(r, 'PostgreSQL backends'))} | ${format(cpuOf(r, 'autocannon (this process)'))} | ${format(cpuTotal(r))} | `
    + `${r.rssIdle.toFixed(0)} | ${r.rssAfter.toFixed(0)} |`),
  '',
  `- subgraph RPS / floor RPS: **${subgraph && floorRow?.rps ? (subgraph.rps / floorRow.rps).toFixed(2) : 'n/a'}×** (target ≥ 0.5×)`,
  `- service CPU per request, subgraph / floor: ${subgraph && floorRow ? format((cpuOf(subgraph, subgraph.label) ?? NaN) / (cpuOf(floorRow, floorRow.label) ?? NaN)) : 'n/a'}×`,
  '- PostgreSQL backends: those of the benchmark database after the window (pg_stat_activity), each counted from the '
    + 'start of the window or its own start; n/a when the server is not on this machine.',
].join('\n');
console.log(`\n${report}`);
await writeResultsSection('Floor: the single request, subgraph beside node:http + pg (npm run bench:floor)', report);
