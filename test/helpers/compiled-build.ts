import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../../platform/config.js';

const run = promisify(execFile);

/**
 * `npm run build -- --outDir <outDir>`: the production build into a directory of the test's own. `outDir` must
 * lie inside the project (compiled code finds `schema/` and `node_modules/` by walking up to package.json).
 */
export async function buildInto(outDir: string): Promise<void> {
  await run('npm', ['run', 'build', '--', '--outDir', outDir], { cwd: projectRoot, timeout: 300_000 });
}

const STATIC_IMPORT = /^\s*(?:import|export)\b[^'"]*?from\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']/gm;

/** The package a bare specifier names: `@scope/name/sub` → `@scope/name`, `pg/lib` → `pg`. */
function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/**
 * The packages a compiled entry point loads through static imports, following relative imports across the build.
 * Dynamic `import()` is not followed: it is how optional, development-only modules are loaded on demand.
 */
export async function packagesLoadedBy(entry: string): Promise<Set<string>> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [path.resolve(entry)];
  while (pending.length) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of (await readFile(file, 'utf8')).matchAll(STATIC_IMPORT)) {
      const specifier = match[1] ?? match[2];
      if (specifier.startsWith('.')) pending.push(path.resolve(path.dirname(file), specifier));
      else if (!specifier.startsWith('node:') && !builtinModules.includes(specifier)) packages.add(packageOf(specifier));
    }
  }
  return packages;
}

export interface CompiledProcess {
  pid: number;
  /** everything the process wrote, for the failure message */
  output(): string;
  /** SIGTERM (or `signal`), then resolves with the exit code */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  exited: Promise<number | null>;
}

/** `node <outDir>/<script> …args` with `env` (jest's NODE_OPTIONS removed): no tsx, no TypeScript. */
export function startCompiled(outDir: string, script: string, args: string[], env: NodeJS.ProcessEnv): CompiledProcess {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'warn', ...env };
  delete childEnv.NODE_OPTIONS;
  const child = spawn(process.execPath, [path.join(outDir, script), ...args], {
    cwd: projectRoot, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    pid: child.pid!,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}

/** Polls `url` until it answers 200, the process exits, or the deadline passes; true when it answered. */
export async function answers(url: string, service: CompiledProcess, timeoutMs = 90_000): Promise<boolean> {
  let exited = false;
  void service.exited.then(() => { exited = true; });
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !exited) {
    const ok = await fetch(url).then((response) => response.ok, () => false);
    if (ok) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}
