import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { exportPKCS8, exportSPKI, generateKeyPair } from 'jose';
import pg from 'pg';
import { projectRoot } from '../platform/config.js';
import { freePort } from '../platform/net.js';

export { freePort };

export interface StackProcess {
  gatewayUrl: string;
  /** the stack's database when it is not embedded (DATABASE_URL given): further processes may join it */
  databaseUrl?: string;
  /** keys and embedded data of this stack: other processes sharing its keys use it too */
  dataDir: string;
  ports: Record<'gateway' | 'identity' | 'partners' | 'customers', number>;
  /** pid of each service process, by name */
  pids(): Record<string, number>;
  stop(): Promise<void>;
}

/**
 * The real stack as `npm start` runs it (separate processes), on free ports and a fresh data directory, so a
 * benchmark measures the services and not itself. Uses DATABASE_URL when set (a fresh database on that
 * server), else embedded PostgreSQL. `root`: another checkout of the project (a baseline to compare with).
 */
export async function startStackProcess(env: NodeJS.ProcessEnv = {}, root = projectRoot): Promise<StackProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'partner-graph-bench-'));
  const ports = { gateway: await freePort(), identity: await freePort(), partners: await freePort(), customers: await freePort() };
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development', EMBEDDED_PG_PORT: String(await freePort()),
    GATEWAY_PORT: String(ports.gateway), IDENTITY_PORT: String(ports.identity), PARTNERS_PORT: String(ports.partners),
    CUSTOMERS_PORT: String(ports.customers),
    // a benchmark is one user at full speed: the gateway's rate limits would measure themselves
    RATE_LIMIT_PER_USER_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0', WS_CONNECTIONS_PER_ADDRESS: '100000',
    ...env,
  };
  if (process.env.DATABASE_URL && !env.DATABASE_URL) {
    const { ensureDatabase, databaseUrl } = await import('../platform/database.js');
    const name = `bench_${Date.now()}`;
    await ensureDatabase(process.env.DATABASE_URL, name);
    childEnv.DATABASE_URL = databaseUrl(process.env.DATABASE_URL, name);
  }
  delete childEnv.NODE_OPTIONS;
  const launcher: ChildProcess = spawn(process.execPath, productCommand('scripts/start.ts', root), {
    cwd: root, env: childEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  launcher.stdout?.on('data', (chunk) => { output += chunk; });
  launcher.stderr?.on('data', (chunk) => { output += chunk; });
  const started = Date.now();
  while (!output.includes('partner-graph is running')) {
    if (launcher.exitCode !== null || Date.now() - started > 120_000) throw new Error(`stack did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    gatewayUrl: `http://127.0.0.1:${ports.gateway}/graphql`,
    databaseUrl: childEnv.DATABASE_URL,
    dataDir,
    ports,
    pids() {
      const lines = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(launcher.pid)]).toString().trim().split('\n');
      const result: Record<string, number> = {};
      for (const line of lines) {
        const match = /^\s*(\d+)\s+.*service\.[tj]s\s+(\w+)/.exec(line);
        if (match) result[match[2]] = Number(match[1]);
      }
      return result;
    },
    async stop() {
      try { process.kill(-launcher.pid!, 'SIGINT'); } catch { /* gone */ }
      await new Promise((resolve) => (launcher.exitCode !== null ? resolve(null) : launcher.once('exit', resolve)));
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Resident set size of a process, in MiB. */
export async function rssMiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

let compiledRoot: string | undefined;

/**
 * How to run one of the product's scripts (`scripts/…`): as compiled JavaScript from `dist/`, the way production runs
 * (README "Build"; issue 16: memory and start-up are measured as deployed), built once per benchmark process with
 * `tsc -p tsconfig.build.json`. `BENCH_FROM_SOURCES=true`, a checkout other than this one (bench:access compares an
 * older commit) or a benchmark's own script (`bench/…`) run from the TypeScript sources through tsx.
 */
export function productCommand(script: string, root = projectRoot): string[] {
  const compiled = script.startsWith('scripts/') && root === projectRoot && process.env.BENCH_FROM_SOURCES !== 'true';
  if (!compiled) return ['--import', 'tsx', path.join(root, script)];
  if (compiledRoot !== root) {
    execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
    compiledRoot = root;
  }
  return [path.join(root, 'dist', script.replace(/\.ts$/, '.js'))];
}

/** Starts a script (compiled when it is the product's, productCommand) as its own process; resolves once `ready()` holds. */
export async function startProcess(script: string, args: string[], env: NodeJS.ProcessEnv, ready: () => Promise<boolean>) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT_PER_USER_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0', ...env,
  };
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [...productCommand(script), ...args], {
    cwd: projectRoot, env: childEnv, stdio: ['ignore', 'inherit', 'inherit'],
  });
  const started = Date.now();
  while (!(await ready().catch(() => false))) {
    if (child.exitCode !== null || Date.now() - started > 60_000) throw new Error(`${script} ${args.join(' ')} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    pid: child.pid!,
    stop: () => new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

export const isReady = (url: string) => async () => (await fetch(url)).ok;

/** JavaScript heap in use of a service, in MiB, from its Prometheus /metrics (after the service's last GC). */
export async function heapMiB(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const bytes = Number(/^nodejs_heap_size_used_bytes\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0);
  return bytes / 2 ** 20;
}

const CLOCK_TICKS = 100; // USER_HZ: /proc/<pid>/stat counts CPU time in 1/100 s on Linux

/** CPU time (user + system) of a process so far, in ms; undefined once it is gone or not on this machine. */
export async function cpuMs(pid: number): Promise<number | undefined> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // fields after "(comm)": state is field 3, utime field 14, stime field 15
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return undefined;
  }
}

/** pids of PostgreSQL backends serving `url`'s database, except the one asking. */
export async function backendPids(url: string): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
    return rows.map((row) => row.pid);
  } finally {
    await client.end();
  }
}

/** Ed25519 keys and secrets for every service started with NODE_ENV=production (it refuses generated development keys). */
export async function productionEnv(): Promise<NodeJS.ProcessEnv> {
  const pair = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  return {
    NODE_ENV: 'production',
    JWT_PRIVATE_KEY: await exportPKCS8(pair.privateKey),
    JWT_PUBLIC_KEY: await exportSPKI(pair.publicKey),
    CURSOR_SECRET: randomBytes(32).toString('base64url'),
    // production refuses the development mailbox; the benchmarks send no mail, so nothing listens here
    MAIL_SMTP_URL: 'smtp://127.0.0.1:9',
    // a benchmark is one user at full speed: the gateway's rate limits would measure themselves
    RATE_LIMIT_PER_USER_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0',
  };
}

/** CPU milliseconds per request of each process of a load window, by label; undefined where not readable here. */
export type CpuPerRequest = [label: string, msPerRequest: number | undefined][];

/**
 * Runs `load` and divides the CPU time (user + system, /proc/<pid>/stat) each of `processes` spent across it by the
 * requests it made; then PostgreSQL's backends of `databaseUrl`'s database (when given and on this machine: each
 * counted from the start of the window or from its own start; one that closed during it is not counted), then this
 * process (the load generator). `wallMs`: the window's wall time.
 */
export async function cpuPerRequest<T extends { requests: { total: number } }>(
  processes: (readonly [label: string, pid: number])[], load: () => Promise<T>, databaseUrl?: string,
): Promise<{ result: T; wallMs: number; cpu: CpuPerRequest }> {
  const backendsBefore = databaseUrl
    ? new Map(await Promise.all((await backendPids(databaseUrl)).map(async (pid) => [pid, await cpuMs(pid)] as const)))
    : undefined;
  const before = await Promise.all(processes.map(([, pid]) => cpuMs(pid)));
  const selfBefore = process.cpuUsage();
  const started = Date.now();
  const result = await load();
  const wallMs = Date.now() - started;
  const self = process.cpuUsage(selfBefore);
  const after = await Promise.all(processes.map(([, pid]) => cpuMs(pid)));
  const requests = result.requests.total;
  const perRequest = (ms: number | undefined) => (ms === undefined || !requests ? undefined : ms / requests);
  const cpu: CpuPerRequest = processes.map(([label], i) =>
    [label, perRequest(after[i] === undefined || before[i] === undefined ? undefined : after[i]! - before[i]!)]);
  if (databaseUrl && backendsBefore) {
    const pids = await backendPids(databaseUrl);
    let backendsMs: number | undefined;
    for (const pid of pids) {
      const now = await cpuMs(pid);
      if (now !== undefined) backendsMs = (backendsMs ?? 0) + now - (backendsBefore.get(pid) ?? 0);
    }
    cpu.push([`PostgreSQL backends (${pids.length})`, perRequest(backendsMs)]);
  }
  cpu.push(['autocannon (this process)', perRequest((self.user + self.system) / 1000)]);
  return { result, wallMs, cpu };
}

/** Where a benchmark's databases live: DATABASE_URL's server when set, else an embedded PostgreSQL of its own. */
export interface BenchDatabaseServer {
  /** the server's URL (its `postgres` database): benchmarks create their databases on it */
  url: string;
  embedded: boolean;
  /** stops the embedded server and removes its directory; a no-op for DATABASE_URL's */
  stop(): Promise<void>;
}

/** DATABASE_URL's server, else an embedded PostgreSQL in a temporary directory on a free port. */
export async function benchDatabaseServer(): Promise<BenchDatabaseServer> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: false, stop: async () => undefined };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'pg-bench-'));
  const { startEmbeddedPostgres } = await import('../platform/embedded-postgres.js');
  const server = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  return {
    url: server.url,
    embedded: true,
    async stop() {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** POSTs `query` (with a bearer `token` when given); the answer's `data`, or an Error on HTTP or GraphQL errors. */
export async function gql(url: string, query: string, token?: string): Promise<Record<string, unknown>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = await response.json() as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !response.ok) throw new Error(`${url}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data!;
}

/** One autocannon load of a GraphQL POST: `connections` at once for `seconds`. */
export interface GraphQLLoad {
  query: string;
  connections: number;
  seconds: number;
  /** sent as a bearer token */
  token?: string;
  /** a distinct x-request-id per request (`bench-1`, `bench-2` …), so that no gateway may answer one request from another in flight */
  requestIds?: boolean;
}

/** POSTs `load.query` to `url` under autocannon; resolves with autocannon's result. */
export function graphqlLoad(url: string, load: GraphQLLoad): Promise<autocannon.Result> {
  let sequence = 0;
  return autocannon({
    url, method: 'POST', connections: load.connections, duration: load.seconds,
    headers: { 'content-type': 'application/json', ...(load.token ? { authorization: `Bearer ${load.token}` } : {}) },
    body: JSON.stringify({ query: load.query }),
    ...(load.requestIds ? {
      requests: [{
        setupRequest: (request: autocannon.Request) => ({ ...request, headers: { ...request.headers, 'x-request-id': `bench-${sequence += 1}` } }),
      }],
    } : {}),
  });
}
