import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../platform/net.js';

/** The first of `candidates` that exists, or one found on PATH; undefined when the program is not installed. */
export function findProgram(name: string, candidates: string[]): string | undefined {
  const onPath = (process.env.PATH ?? '').split(':').map((directory) => path.join(directory, name));
  return [...candidates, ...onPath].find((file) => existsSync(file));
}

export const NATS_SERVER = findProgram('nats-server', ['/usr/sbin/nats-server', '/usr/bin/nats-server']);
export const REDIS_SERVER = findProgram('redis-server', ['/usr/bin/redis-server']);

/** Starts `program` and resolves once a line of its output contains `ready` (or rejects when it exits first). */
function startUntilReady(program: string, args: string[], ready: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(ready)) {
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`${program} exited with ${code}: ${output}`)));
    child.once('error', reject);
  });
}

async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A NATS server with JetStream of the test's own: a free port, a storage directory that outlives restarts. */
export interface NatsServer {
  url: string;
  /** stops the server (its stored streams stay on disk) */
  stop(): Promise<void>;
  /** starts it again on the same port and storage */
  start(): Promise<void>;
  /** kills it (SIGKILL), deletes its storage and starts it again on the same port: every stream is gone */
  loseStorage(): Promise<void>;
  /** stops it and removes its storage */
  close(): Promise<void>;
}

/** Starts `nats-server -js` on a free loopback port; throws when nats-server is not installed. */
export async function startNatsServer(): Promise<NatsServer> {
  if (!NATS_SERVER) throw new Error('nats-server is not installed');
  const program = NATS_SERVER;
  const storeDir = await mkdtemp(path.join(os.tmpdir(), 'nats-test-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const server: NatsServer = {
    url: `nats://127.0.0.1:${port}`,
    async start() {
      child = await startUntilReady(program, ['-js', '-a', '127.0.0.1', '-p', String(port), '-sd', storeDir], 'Server is ready');
    },
    async stop() {
      await stopChild(child);
    },
    async loseStorage() {
      const killed = child;
      if (killed && killed.exitCode === null && killed.signalCode === null) {
        await new Promise<void>((resolve) => {
          killed.once('exit', () => resolve());
          killed.kill('SIGKILL');
        });
      }
      await rm(storeDir, { recursive: true, force: true });
      await mkdir(storeDir, { recursive: true });
      await server.start();
    },
    async close() {
      await stopChild(child);
      await rm(storeDir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}

/** A Redis server of the test's own: a free loopback port, nothing persisted. */
export interface RedisServer {
  url: string;
  /** freezes the server (SIGSTOP): connections stay open, nothing answers */
  pause(): void;
  /** lets a paused server go on (SIGCONT) */
  resume(): void;
  close(): Promise<void>;
}

/** Starts `redis-server` on a free loopback port; throws when redis-server is not installed. */
export async function startRedisServer(): Promise<RedisServer> {
  if (!REDIS_SERVER) throw new Error('redis-server is not installed');
  const port = await freePort();
  const child = await startUntilReady(REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], 'Ready to accept connections');
  return {
    url: `redis://127.0.0.1:${port}`,
    pause: () => { child.kill('SIGSTOP'); },
    resume: () => { child.kill('SIGCONT'); },
    close: async () => {
      child.kill('SIGCONT');
      await stopChild(child);
    },
  };
}
