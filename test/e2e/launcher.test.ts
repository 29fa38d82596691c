import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../platform/config.js';
import { freePort } from '../../platform/net.js';
import { graphql } from '../helpers/stack.js';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function portIsClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(false); });
    socket.once('error', () => resolve(true));
  });
}

/** Runs one of the operator scripts (`npm run review`, `npm run incident`) to its end: exit code and output. */
async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, script), ...args], {
    cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => { output += chunk; });
  child.stderr?.on('data', (chunk) => { output += chunk; });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { code, output };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe('npm start (scripts/start.ts)', () => {
  it('boots on a fresh data directory with embedded PostgreSQL, answers, and stops with nothing left running', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'partner-graph-start-'));
    const ports = { gateway: await freePort(), identity: await freePort(), partners: await freePort(),
      customers: await freePort(), postgres: await freePort() };
    const env: NodeJS.ProcessEnv = {
      ...process.env, DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development',
      GATEWAY_PORT: String(ports.gateway), IDENTITY_PORT: String(ports.identity),
      PARTNERS_PORT: String(ports.partners), CUSTOMERS_PORT: String(ports.customers),
      EMBEDDED_PG_PORT: String(ports.postgres),
    };
    delete env.DATABASE_URL;
    delete env.NODE_OPTIONS;
    const launcher = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'scripts/start.ts')], {
      cwd: projectRoot, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    launcher.stdout?.on('data', (chunk) => { output += chunk; });
    launcher.stderr?.on('data', (chunk) => { output += chunk; });
    let exitCode: number | null | undefined;
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    }));
    const gatewayUrl = `http://127.0.0.1:${ports.gateway}/graphql`;
    try {
      const up = await waitFor(async () => output.includes('partner-graph is running') || exitCode !== undefined, 90_000)
        && exitCode === undefined;
      expect({ up, output: up ? '' : output }).toEqual({ up: true, output: '' });
      expect(output).toContain(`http://localhost:${ports.gateway}/graphql`);
      expect(output).toContain('anna@contoso.it');

      const signIn = await graphql<{ signIn: { accessToken: string } }>(gatewayUrl,
        'mutation { signIn(email: "anna@contoso.it", password: "Partner-Graph-2026!") { accessToken } }');
      const token = signIn.data!.signIn.accessToken;
      const me = await graphql(gatewayUrl, '{ me { organization { companyName customers { totalCount } } } }', { token });
      expect(me.data).toEqual({ me: { organization: { companyName: 'Contoso S.r.l.', customers: { totalCount: 2 } } } });
      expect(existsSync(path.join(dataDir, 'keys', 'jwt-ed25519-private.pem'))).toBe(true);
      const postmasterPid = Number((await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
      expect(isAlive(postmasterPid)).toBe(true);

      // issue 13 kind 9: the operator scripts find the running embedded database instead of starting a second one
      const review = await runScript('scripts/review-enrollment.ts', ['--list'], env);
      expect({ code: review.code, output: review.code === 0 ? '' : review.output }).toEqual({ code: 0, output: '' });
      const incident = await runScript('scripts/service-incident.ts', ['--workload', 'Exchange Online', '--title', 'Beside the stack'], env);
      expect({ code: incident.code, output: incident.code === 0 ? '' : incident.output }).toEqual({ code: 0, output: '' });
      const health = await graphql(gatewayUrl, '{ serviceIncidents(first: 5) { edges { node { title } } } }', { token });
      expect(JSON.stringify(health.data)).toContain('Beside the stack');
      expect(isAlive(postmasterPid)).toBe(true);

      process.kill(-launcher.pid!, 'SIGINT'); // Ctrl-C reaches the whole process group
      const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('timeout'), 30_000))]);
      expect(code).toBe(0);
      expect(await waitFor(async () => !isAlive(postmasterPid), 10_000)).toBe(true);
      for (const port of Object.values(ports)) expect(await portIsClosed(port)).toBe(true);
      const groupGone = await waitFor(async () => {
        try {
          process.kill(-launcher.pid!, 0);
          return false;
        } catch {
          return true;
        }
      }, 10_000);
      expect(groupGone).toBe(true);
    } finally {
      try { process.kill(-launcher.pid!, 'SIGKILL'); } catch { /* already gone */ }
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 150_000);
});
