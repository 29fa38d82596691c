import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
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
  const launcher: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/start.ts')], {
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
        const match = /^\s*(\d+)\s+.*service\.ts\s+(\w+)/.exec(line);
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

/** Starts `tsx <script> <args>` as its own process; resolves once `ready()` holds. */
export async function startProcess(script: string, args: string[], env: NodeJS.ProcessEnv, ready: () => Promise<boolean>) {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env, LOG_LEVEL: 'warn', RATE_LIMIT_PER_USER_PER_MINUTE: '0', RATE_LIMIT_PER_ADDRESS_PER_MINUTE: '0', ...env,
  };
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script), ...args], {
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
