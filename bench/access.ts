import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { projectRoot } from '../platform/config.js';
import { databaseUrl, dropDatabase, ensureDatabase } from '../platform/database.js';
import { USERS } from '../scripts/seed/world.js';
import { authenticationCost, lookupCost } from './access-cost.js';
import { writeResultsSection } from './results.js';
import { percentile, startStackProcess, type StackProcess } from './stack-process.js';

/**
 * `npm run bench:access [-- --iterations 50 --baseline <git revision> --rounds 4]` (issue 14): how long after a
 * change's commit each service enforces it on a token issued before it (p50, p99), and what the check costs a
 * request: a micro-benchmark of the lookup, and, with `--baseline`, the dashboard and single queries against the
 * same stack built from that revision (without continuous access evaluation), alternating runs of a fixed number
 * of requests, compared by the CPU time the services spent per request (throughput on a shared machine mostly
 * measures the neighbours). Needs DATABASE_URL (a PostgreSQL server; fresh databases are created and dropped).
 */
function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const ITERATIONS = Number(argument('iterations') ?? 50);
const BASELINE = argument('baseline');
const ROUNDS = Number(argument('rounds') ?? 4);
const CLOCK_TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
const PASSWORD = 'Partner-Graph-2026!';
const SERVICES = ['gateway', 'identity', 'partners', 'customers'] as const;
type Service = typeof SERVICES[number];
type Body = { data?: Record<string, unknown>; errors?: { extensions?: { code?: string; reason?: string } }[] };

const urlsOf = (stack: StackProcess): Record<Service, string> => ({
  gateway: stack.gatewayUrl, identity: `http://127.0.0.1:${stack.ports.identity}/graphql`,
  partners: `http://127.0.0.1:${stack.ports.partners}/graphql`, customers: `http://127.0.0.1:${stack.ports.customers}/graphql`,
});

async function post(url: string, query: string, token?: string, variables?: Record<string, unknown>): Promise<Body> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return await response.json() as Body;
}

async function signIn(url: string, email: string): Promise<{ accessToken: string; refreshToken: string }> {
  const body = await post(url, 'mutation ($e: String!, $p: String!) { signIn(email: $e, password: $p) { accessToken refreshToken } }',
    undefined, { e: email, p: PASSWORD });
  return body.data!.signIn as { accessToken: string; refreshToken: string };
}

/** Repeats `probe` until it holds; the ms from `since` (the change's response) to the first answer that held. */
async function until(probe: () => Promise<boolean>, since: number): Promise<number> {
  for (;;) {
    if (await probe()) return performance.now() - since;
    if (performance.now() - since > 10_000) throw new Error('not enforced within 10 s');
  }
}

const reasonOf = (body: Body) => body.errors?.[0]?.extensions?.reason;

/** signOut: ms until each service answers the session's access token SESSION_REVOKED. */
async function sessionDelays(urls: Record<Service, string>): Promise<Record<Service, number[]>> {
  const delays = { gateway: [], identity: [], partners: [], customers: [] } as Record<Service, number[]>;
  for (let i = 0; i < ITERATIONS; i += 1) {
    const session = await signIn(urls.gateway, 'marco@contoso.it');
    for (const service of SERVICES) {
      if ((await post(urls[service], '{ __typename }', session.accessToken)).errors) throw new Error(`${service} refused a fresh token`);
    }
    await post(urls.gateway, 'mutation ($r: String!) { signOut(refreshToken: $r) }', undefined, { r: session.refreshToken });
    const since = performance.now();
    const measured = await Promise.all(SERVICES.map((service) => until(async () =>
      reasonOf(await post(urls[service], '{ __typename }', session.accessToken)) === 'SESSION_REVOKED', since)));
    SERVICES.forEach((service, n) => delays[service].push(measured[n]));
  }
  return delays;
}

/** The operations a user-management admin + admin agent may run and a helpdesk agent may not, where each is judged. */
const BY_ROLE: Record<Service, [Service, string]> = {
  gateway: ['gateway', '{ customerLeads(first: 1) { totalCount } }'],
  identity: ['identity', '{ partnerUsers(first: 1) { totalCount } }'],
  partners: ['partners', '{ myOrganization { legalBusinessProfile { companyName } } }'],
  customers: ['customers', '{ customerLeads(first: 1) { totalCount } }'],
};

/** setPartnerUserRoles, alternately lowering and raising: ms until each service judges the old token by the new roles. */
async function roleDelays(urls: Record<Service, string>): Promise<Record<Service, number[]>> {
  const delays = { gateway: [], identity: [], partners: [], customers: [] } as Record<Service, number[]>;
  const anna = (await signIn(urls.gateway, 'anna@contoso.it')).accessToken;
  const { id } = USERS.find((user) => user.email === 'marco@contoso.it')!;
  const old = (await signIn(urls.gateway, 'marco@contoso.it')).accessToken;
  for (let i = 0; i < ITERATIONS; i += 1) {
    const raised = i % 2 === 0;
    const roles = raised ? 'agentRole: ADMIN_AGENT, adminRole: USER_MANAGEMENT_ADMIN' : 'agentRole: HELPDESK_AGENT, adminRole: NONE';
    await post(urls.gateway, `mutation { setPartnerUserRoles(userId: "${id}", ${roles}) { id } }`, anna);
    const since = performance.now();
    const measured = await Promise.all(SERVICES.map((service) => until(async () => {
      const body = await post(urls[BY_ROLE[service][0]], BY_ROLE[service][1], old);
      return raised ? !body.errors : Boolean(body.errors?.some((error) => error.extensions?.code === 'FORBIDDEN'));
    }, since)));
    SERVICES.forEach((service, n) => delays[service].push(measured[n]));
  }
  await post(urls.gateway, `mutation { setPartnerUserRoles(userId: "${id}", agentRole: ADMIN_AGENT, adminRole: NONE) { id } }`, anna);
  return delays;
}

const QUERIES = {
  dashboard: `{ me { displayName organization { companyName
    customers(first: 50) { edges { node { companyProfile { companyName } resellerRelationships { edges { node { state partner { companyName } } } } } } }
    users(first: 5) { edges { node { displayName } } } } } }`,
  single: '{ customers(first: 50) { edges { node { companyProfile { companyName domain } allowDelegatedAccess } } } }',
};

/** CPU time (user + system) the stack's service processes have used so far, in ms. */
async function cpuMs(stack: StackProcess): Promise<number> {
  let ticks = 0;
  for (const pid of Object.values(stack.pids())) {
    // /proc/<pid>/stat after "pid (comm) ": field 14 utime and 15 stime, in clock ticks
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / CLOCK_TICKS_PER_SECOND;
}

interface Run { rps: number; p50: number; p99: number; errors: number; cpuMs: number }

async function run(stack: StackProcess, url: string, query: string, token: string, amount: number): Promise<Run> {
  const body = await post(url, query, token);
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors)}`);
  let sequence = 0;
  const cpuBefore = await cpuMs(stack);
  const result = await autocannon({
    url, method: 'POST', connections: 20, amount,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }),
    requests: [{ setupRequest: (request) => ({ ...request, headers: { ...request.headers, 'x-request-id': `bench-${sequence += 1}` } }) }],
  });
  return {
    rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts, cpuMs: ((await cpuMs(stack)) - cpuBefore) / amount,
  };
}

/**
 * The same rows against both stacks, alternating (A B B A …) so drift on a shared machine hits both alike:
 * medians of the services' CPU time per request, throughput and latency.
 */
async function compare(current: StackProcess, baseline: StackProcess) {
  const tokens = new Map<StackProcess, string>();
  for (const stack of [current, baseline]) tokens.set(stack, (await signIn(stack.gatewayUrl, 'anna@contoso.it')).accessToken);
  const rows: string[] = [];
  for (const [name, query, service, amount] of [['dashboard', QUERIES.dashboard, 'gateway', 300], ['single', QUERIES.single, 'gateway', 1500],
    ['single', QUERIES.single, 'customers', 1500]] as const) {
    const runs = new Map<StackProcess, Run[]>([[current, []], [baseline, []]]);
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const stack of round % 2 === 0 ? [current, baseline] : [baseline, current]) {
        const measured = await run(stack, urlsOf(stack)[service], query, tokens.get(stack)!, amount);
        console.log(JSON.stringify({ name, service, stack: stack === current ? 'now' : 'before', ...measured }));
        runs.get(stack)!.push(measured);
      }
    }
    const sorted = (stack: StackProcess, key: keyof Run) => runs.get(stack)!.map((measured) => measured[key]).sort((a, b) => a - b);
    const median = (stack: StackProcess, key: keyof Run) => percentile(sorted(stack, key), 50);
    const spread = (stack: StackProcess) => `${sorted(stack, 'cpuMs')[0].toFixed(2)}–${sorted(stack, 'cpuMs')[ROUNDS - 1].toFixed(2)}`;
    const errors = [...runs.values()].flat().reduce((sum, measured) => sum + measured.errors, 0);
    rows.push(`| ${name} | ${service} | ${median(current, 'cpuMs').toFixed(2)} (${spread(current)}) | `
      + `${median(baseline, 'cpuMs').toFixed(2)} (${spread(baseline)}) | **${(median(current, 'cpuMs') / median(baseline, 'cpuMs')).toFixed(3)}×** | `
      + `${median(current, 'rps').toFixed(0)} / ${median(baseline, 'rps').toFixed(0)} | ${median(current, 'p50')} / ${median(baseline, 'p50')} | ${errors} |`);
    console.log(rows[rows.length - 1]);
  }
  return rows;
}

function table(title: string, delays: Record<Service, number[]>): string[] {
  return [`| ${title} | p50 ms | p99 ms | max ms |`, '|---|---:|---:|---:|',
    ...SERVICES.map((service) => {
      const sorted = [...delays[service]].sort((a, b) => a - b);
      return `| ${service} | ${percentile(sorted, 50).toFixed(1)} | ${percentile(sorted, 99).toFixed(1)} | ${sorted[sorted.length - 1].toFixed(1)} |`;
    })];
}

async function baselineCheckout(revision: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'partner-graph-baseline-'));
  execFileSync('sh', ['-c', `git archive ${revision} | tar -x -C ${dir}`], { cwd: projectRoot });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const server = process.env.DATABASE_URL;
if (!server) throw new Error('npm run bench:access needs DATABASE_URL (a PostgreSQL server)');
const databases: string[] = [];
const stops: (() => Promise<void>)[] = [];
let baselineDir: string | undefined;
async function stackOn(root?: string): Promise<StackProcess> {
  const name = `bench_access_${Date.now()}_${databases.length}`;
  await ensureDatabase(server!, name);
  databases.push(name);
  const stack = await startStackProcess({ DATABASE_URL: databaseUrl(server!, name) }, root);
  stops.push(() => stack.stop());
  return stack;
}

const report: string[] = [];
const loadAtStart = os.loadavg()[0];
try {
  const cost = lookupCost();
  const authentication = await authenticationCost();
  console.log(JSON.stringify({ ...cost, ...authentication }));
  const current = await stackOn();
  const sessions = await sessionDelays(urlsOf(current));
  const roles = await roleDelays(urlsOf(current));
  if (BASELINE) baselineDir = await baselineCheckout(BASELINE);
  const comparison = baselineDir ? await compare(current, await stackOn(baselineDir)) : [];
  const cpu = os.cpus();
  report.push(
    `Measured ${new Date().toISOString()} on ${cpu.length} × ${cpu[0]?.model ?? 'cpu'} shared with other work (load average `
      + `${loadAtStart.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end), Node ${process.version}, the demo world, `
      + 'every service a process of its own on this machine (loopback). Delay: from the change\'s response reaching the client '
      + '(its commit is earlier) to the first answer of the service that enforces it, polled back to back with the token issued '
      + `before the change (resolution: one probe round trip, 1–3 ms); ${ITERATIONS} changes of each kind.`,
    '',
    ...table('`signOut`: the session\'s token answers SESSION_REVOKED at', sessions),
    '',
    ...table('`setPartnerUserRoles`: the old token is judged by the new roles at', roles),
    '',
    'The gateway judges sessions itself; roles are judged by the subgraph that owns each field (the gateway row is '
      + '`customerLeads` through it).',
    '',
    `Cost of the check: \`currentClaims\` on a view holding ${cost.facts} facts costs ${cost.unchangedNs.toFixed(0)} ns per request `
      + `for a token nothing changed for and ${cost.changedNs.toFixed(0)} ns for one whose user and organization changed, against `
      + `${cost.withoutNs.toFixed(0)} ns for the same loop without it; each request is judged once at the gateway and once per subgraph it reaches. `
      + `A subgraph's whole token check (kit/principal.ts \`authenticate\`, a token whose user and organization changed): `
      + `${authentication.authenticateUs.toFixed(1)} µs, of which the EdDSA verification every request already paid: ${authentication.verifyUs.toFixed(1)} µs.`,
  );
  if (BASELINE) {
    report.push('', `Against the same stack built from ${BASELINE} (no continuous access evaluation): autocannon, 20 connections, `
      + `300 (dashboard) or 1500 (single) requests per run, ${ROUNDS} alternating runs each (medians), as Anna (the demo world). `
      + 'CPU: user + system time of the gateway and the three subgraphs per request; RPS and latency move with the '
      + 'other work on this shared machine far more than with the change.', '',
    '| query | target | CPU ms / request now (runs min–max) | before (min–max) | now / before | RPS now / before | p50 ms now / before | errors |',
    '|---|---|---:|---:|---:|---:|---:|---:|', ...comparison);
  }
} finally {
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  for (const name of databases) await dropDatabase(server, name).catch(() => undefined);
  if (baselineDir) await rm(baselineDir, { recursive: true, force: true });
}
console.log(`\n${report.join('\n')}`);
await writeResultsSection('Access changes (npm run bench:access)', report.join('\n'));
