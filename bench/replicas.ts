import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../platform/config.js';
import { dropDatabase } from '../platform/database.js';
import { SUBGRAPH_NAMES } from '../platform/supergraph.js';
import { writeResultsSection } from './results.js';
import { numberArgument, prepareScaleDatabase, QUERIES, scaleSizesArgument, USER } from './scale-data.js';
import {
  benchDatabaseServer, cpuPerRequest, freePort, gql, graphqlLoad, isReady, productionEnv, startProcess, type CpuPerRequest,
} from './stack-process.js';

/**
 * `npm run bench:replicas [-- --duration 10 --connections 20 --warmup 3]` (issue 17, "Measure"): the dashboard
 * query on the scale data of `npm run bench`, side by side in one run through
 *   (1) one gateway and one instance of each subgraph, and
 *   (2) two gateways and two instances of each subgraph,
 * every service its own process started with NODE_ENV=production. In both setups each service sits behind a TCP
 * round-robin (test/helpers/replicas.ts; one backend in (1), two in (2)), all round-robins in one process of their
 * own; the gateways reach the subgraphs through theirs (IDENTITY_URL, PARTNERS_URL, CUSTOMERS_URL) and autocannon
 * reaches the gateways through theirs. Reports RPS, p50/p99 and CPU milliseconds per request of every process
 * (utime + stime from /proc/<pid>/stat across the measured window), PostgreSQL's backends included when the
 * database server runs on this machine (embedded, or DATABASE_URL on it).
 */
const DURATION = numberArgument('duration', 10);
const CONNECTIONS = numberArgument('connections', 20);
const WARMUP = numberArgument('warmup', 3);
const SIZES = scaleSizesArgument();
const QUERY = QUERIES.dashboard;

interface Service { name: string; pid: number; stop(): Promise<void> }

/** The round-robins' process: `{ name: [backend ports] }` → `{ name: listening port }`. */
async function startRoundRobins(backends: Record<string, number[]>): Promise<Service & { ports: Record<string, number> }> {
  const args = Object.entries(backends).map(([name, ports]) => `${name}=${ports.join(',')}`);
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench/round-robin.ts'), ...args], {
    cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'inherit'],
  });
  const ports = await new Promise<Record<string, number>>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('\n')) resolve(JSON.parse(output.split('\n')[0]) as Record<string, number>);
    });
    child.once('exit', (code) => reject(new Error(`round-robins exited (${code}) before listening`)));
  });
  return {
    name: 'round-robins (one process)', pid: child.pid!, ports,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

interface Setup { label: string; replicas: number }

interface Measured {
  setup: Setup; rps: number; p50: number; p99: number; requests: number; errors: number;
  /** CPU ms per request by process label; undefined: not readable here */
  cpu: CpuPerRequest;
  /** wall time of the measured window, ms */
  wallMs: number;
}

const load = (url: string, token: string, seconds: number) =>
  graphqlLoad(url, { query: QUERY, token, connections: CONNECTIONS, seconds, requestIds: true });

/** Starts `setup.replicas` instances of every service behind round-robins, measures the dashboard, stops them. */
async function measure(setup: Setup, databaseUrl: string, env: NodeJS.ProcessEnv): Promise<Measured> {
  const services: Service[] = [];
  const stopAll = async () => {
    for (const service of [...services].reverse()) await service.stop().catch(() => undefined);
  };
  try {
    const common = { ...env, DATABASE_URL: databaseUrl, NODE_ENV: 'production', LOG_LEVEL: 'warn' };
    const subgraphPorts: Record<string, number[]> = {};
    for (const name of SUBGRAPH_NAMES) {
      subgraphPorts[name] = [];
      for (let i = 1; i <= setup.replicas; i += 1) {
        const port = await freePort();
        const started = await startProcess('scripts/service.ts', [name], {
          ...common, [`${name.toUpperCase()}_PORT`]: String(port), OTEL_SERVICE_NAME: `partner-graph-${name}`,
        }, isReady(`http://127.0.0.1:${port}/readyz`));
        services.push({ name: `${name} ${i}`, pid: started.pid, stop: started.stop });
        subgraphPorts[name].push(port);
      }
    }
    // The gateways' ports are chosen now so that one process holds every round-robin.
    const gatewayPorts = await Promise.all(Array.from({ length: setup.replicas }, () => freePort()));
    const balancers = await startRoundRobins({ ...subgraphPorts, gateway: gatewayPorts });
    services.push(balancers);
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) =>
      [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${balancers.ports[name]}/graphql`]));
    for (const [i, port] of gatewayPorts.entries()) {
      const started = await startProcess('scripts/service.ts', ['gateway'], {
        ...common, ...subgraphUrls, GATEWAY_PORT: String(port), OTEL_SERVICE_NAME: 'partner-graph-gateway',
      }, isReady(`http://127.0.0.1:${port}/readyz`));
      services.push({ name: `gateway ${i + 1}`, pid: started.pid, stop: started.stop });
    }
    const url = `http://127.0.0.1:${balancers.ports.gateway}/graphql`;
    const signIn = await gql(url, `mutation { signIn(email: "${USER}", password: "Partner-Graph-2026!") { accessToken } }`);
    const token = (signIn.signIn as { accessToken: string }).accessToken;
    await gql(url, QUERY, token); // the answer has no errors
    if (WARMUP > 0) await load(url, token, WARMUP);

    const processes = services.map((service) => [service.name, service.pid] as const);
    const { result, wallMs, cpu } = await cpuPerRequest(processes, () => load(url, token, DURATION), databaseUrl);
    const requests = result.requests.total;
    const row: Measured = {
      setup, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, requests,
      errors: result.errors + result.non2xx + result.timeouts, cpu, wallMs,
    };
    console.log(JSON.stringify(row));
    return row;
  } finally {
    await stopAll();
  }
}

const databaseServer = await benchDatabaseServer();
const server = databaseServer.url;
const results: Measured[] = [];
try {
  const database = await prepareScaleDatabase(server, 'bench_replicas', SIZES);
  // every request pays its own subgraph fetches: one user asking the same query would otherwise share them (issue 16)
  const env = { ...await productionEnv(), SUBGRAPH_DEDUPLICATION: 'false' };
  for (const setup of [{ label: '1 gateway + 1 of each subgraph', replicas: 1 }, { label: '2 gateways + 2 of each subgraph', replicas: 2 }]) {
    results.push(await measure(setup, database, env));
  }
} finally {
  await dropDatabase(server, 'bench_replicas').catch(() => undefined);
  await databaseServer.stop();
}

const format = (value: number | undefined, digits = 2) => (value === undefined ? 'n/a' : value.toFixed(digits));
const totals = results.map((r) => r.cpu.reduce((sum, [, ms]) => sum + (ms ?? 0), 0));
const services = results.map((r) => r.cpu.filter(([name]) => !name.startsWith('autocannon')).reduce((sum, [, ms]) => sum + (ms ?? 0), 0));
const names = [...new Set(results.flatMap((r) => r.cpu.map(([name]) => name.replace(/ \(\d+\)$/, ''))))];
const cpuOf = (r: Measured, name: string) => r.cpu.find(([label]) => label.replace(/ \(\d+\)$/, '') === name);
const cores = os.cpus().length;
const [one, two] = results;
const report = [
  `Measured ${new Date().toISOString()} on ${cores} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, `
    + `Node ${process.version}, PostgreSQL ${process.env.DATABASE_URL ? 'server from DATABASE_URL' : 'embedded'}. `
    + `The dashboard query (all three subgraphs), autocannon ${CONNECTIONS} connections × ${DURATION} s per setup after `
    + `${WARMUP} s of warm-up, a distinct x-request-id per request and the gateways' in-flight deduplication off (SUBGRAPH_DEDUPLICATION=false). Every service its own process, NODE_ENV=production; `
    + 'each service behind a TCP round-robin (one backend in the first setup, two in the second; all round-robins in '
    + 'one process), autocannon and everything else on this machine (loopback). '
    + `Scale data: ${JSON.stringify(SIZES)}; user ${USER}.`,
  '',
  '| setup | RPS | p50 ms | p99 ms | requests | errors | CPU ms / request, all processes | cores busy |',
  '|---|---:|---:|---:|---:|---:|---:|---:|',
  ...results.map((r, i) => `| ${r.setup.label} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.requests} | ${r.errors} | `
    + `${totals[i].toFixed(2)} | ${((totals[i] * r.requests) / r.wallMs).toFixed(2)} |`),
  '',
  `| process: CPU ms / request | ${results.map((r) => r.setup.label).join(' | ')} |`,
  `|---|${results.map(() => '---:').join('|')}|`,
  ...names.map((name) => `| ${name} | ${results.map((r) => { const found = cpuOf(r, name); return found ? format(found[1]) : '—'; }).join(' | ')} |`),
  '',
  `- RPS, two of each / one of each: **${one && two && one.rps ? (two.rps / one.rps).toFixed(2) : 'n/a'}×**`,
  `- CPU-bound ceiling by this profile (cores × 1000 / CPU ms per request of every process but autocannon, the load generator elsewhere): `
    + results.map((r, i) => `${r.setup.label}: ${services[i] ? (cores * 1000 / services[i]).toFixed(0) : 'n/a'} RPS on ${cores} cores, `
      + `${services[i] ? (4 * 1000 / services[i]).toFixed(0) : 'n/a'} on 4`).join('; '),
  '- PostgreSQL backends: the backends of the benchmark database (pg_stat_activity) present after the window, each '
    + 'counted from the start of the window or from its own start; background processes (WAL writer, checkpointer) '
    + 'are not counted; n/a when the server is not on this machine.',
].join('\n');
console.log(`\n${report}`);
await writeResultsSection('Replicas: the dashboard on one and two instances (npm run bench:replicas)', report);
