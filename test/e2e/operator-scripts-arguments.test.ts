import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { projectRoot } from '../../platform/config.js';
import { migrateAll } from '../../scripts/stack.js';
import { createTestDatabase } from '../helpers/stack.js';

interface Run { status: number | null; stdout: string; stderr: string }

/**
 * Runs a script as npm does (tsx), by default against a database that cannot be reached: a script that got past its
 * arguments fails otherwise. `env` overrides (a real DATABASE_URL, LOG_LEVEL).
 */
function run(script: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'silent', SERVICE: '', ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const uuid = randomUUID();
/** Longer than any text limit the graph declares (issue 13 kind 4: 256 for titles and names, 4000 for reasons). */
const huge = (length: number) => 'x'.repeat(length);
const CASES: [script: string, args: string[], says: RegExp][] = [
  ['scripts/review-enrollment.ts', ['--bogus'], /Unknown option '--bogus'/],
  ['scripts/review-enrollment.ts', ['--application'], /argument missing/],
  ['scripts/review-enrollment.ts', ['--reject'], /argument missing/],
  ['scripts/review-enrollment.ts', ['--application', 'not-a-uuid', '--approve'], /--application must be a UUID, got "not-a-uuid"/],
  ['scripts/review-enrollment.ts', ['--organization', '42', '--reinstate'], /--organization must be a UUID/],
  ['scripts/review-enrollment.ts', ['--application', uuid], /exactly one of --approve, --reject/],
  ['scripts/review-enrollment.ts', ['--application', uuid, '--approve', '--reject', 'no'], /exactly one of --approve, --reject/],
  ['scripts/review-enrollment.ts', ['--application', uuid, '--reject', '  '], /--reject needs a value/],
  ['scripts/review-enrollment.ts', ['--organization', uuid], /exactly one of --suspend/],
  ['scripts/review-enrollment.ts', ['--approve'], /exactly one of --list, --application, --organization/],
  ['scripts/review-enrollment.ts', [], /exactly one of --list, --application, --organization/],
  ['scripts/review-enrollment.ts', ['--list', 'extra'], /Unexpected argument 'extra'/],
  ['scripts/review-enrollment.ts', ['--list', '--approve'], /go with --application/],
  ['scripts/review-enrollment.ts', ['--list=yes'], /does not take an argument/],
  ['scripts/service-incident.ts', ['--nope'], /Unknown option '--nope'/],
  ['scripts/service-incident.ts', [], /needs --workload and --title/],
  ['scripts/service-incident.ts', ['--workload'], /argument missing/],
  ['scripts/service-incident.ts', ['--id', 'x', '--resolve'], /--id must be a UUID, got "x"/],
  ['scripts/service-incident.ts', ['--customer', 'acme', '--workload', 'Exchange', '--title', 'Slow'], /--customer must be a UUID/],
  ['scripts/service-incident.ts', ['--workload', 'Exchange', '--title', 'Slow', '--status', 'BAD'], /--status must be one of NORMAL, INFORMATION/],
  ['scripts/service-incident.ts', ['--workload', 'Exchange', '--title', '\u200B '], /--title needs a value/],
  ['scripts/review-enrollment.ts', ['--organization', uuid, '--suspend', huge(50_000)], /VALUE_TOO_LONG: "--suspend" is too long: at most 4000 characters/],
  ['scripts/review-enrollment.ts', ['--application', uuid, '--reject', huge(4001)], /VALUE_TOO_LONG: "--reject" is too long: at most 4000 characters/],
  ['scripts/review-enrollment.ts', ['--application', uuid, '--approve', '--reviewer', huge(257)], /VALUE_TOO_LONG: "--reviewer" is too long: at most 256/],
  ['scripts/service-incident.ts', ['--workload', 'W', '--title', huge(100_000)], /VALUE_TOO_LONG: "--title" is too long: at most 256 characters/],
  ['scripts/service-incident.ts', ['--workload', huge(257), '--title', 't'], /VALUE_TOO_LONG: "--workload" is too long: at most 256/],
  ['scripts/service-incident.ts', ['--id', uuid, '--area', huge(257)], /VALUE_TOO_LONG: "--area" is too long: at most 256/],
  ['scripts/service-incident.ts', ['--id', uuid, '--message', huge(4001)], /VALUE_TOO_LONG: "--message" is too long: at most 4000/],
  ['scripts/seed/scale-cli.ts', ['--partners', 'abc'], /--partners must be a positive integer, got "abc"/],
  ['scripts/seed/scale-cli.ts', ['--customers', '0'], /--customers must be a positive integer/],
  ['scripts/seed/scale-cli.ts', ['--relationships'], /argument missing/],
  ['scripts/seed/scale-cli.ts', ['--partner', '5'], /Unknown option '--partner'/],
  ['scripts/seed/cli.ts', ['--force'], /Unknown option '--force'/],
  ['scripts/migrate.ts', ['up'], /Unexpected argument 'up'/],
  ['scripts/service.ts', ['nope'], /unknown service "nope"/],
  ['scripts/service.ts', [], /name the service to run/],
];

/**
 * Issue 13: the operator scripts (`npm run review`, `npm run incident`, `npm run seed`, `npm run seed:scale`,
 * `npm run migrate`, `scripts/service.ts`) answer a command line they cannot run with `error: …` and their usage on
 * stderr and exit status 2, before touching any database, never with a stack trace.
 */
describe('issue 13: operator scripts refuse bad command lines with a usage error and exit 2', () => {
  /** The test's name, with long runs of the same character shortened (`x×4001`). */
  const named = CASES.map(([script, args, says]) => [script, JSON.stringify(args).replace(/(.)\1{19,}/g, (run, c: string) => `${c}×${run.length}`), args, says] as const);
  it.each(named)('%s %s', async (script, _name, args, says) => {
    const result = await run(script, args);
    expect({ status: result.status, stdout: result.stdout }).toEqual({ status: 2, stdout: '' });
    expect(result.stderr).toMatch(/^error: /);
    expect(result.stderr).toMatch(says);
    expect(result.stderr).toMatch(/usage/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  }, 60_000);

  it.each(['scripts/review-enrollment.ts', 'scripts/service-incident.ts', 'scripts/seed/scale-cli.ts'])('%s --help prints the usage and exits 0', async (script) => {
    const result = await run(script, ['--help']);
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/^usage/);
  }, 60_000);
});

/**
 * Issue 13 kind 9: an operation the domain or the database refuses (an unknown application, incident or customer) is
 * the operator's mistake: one warn line (level 40) with its code, reason and message, no stack, exit status 1. Every
 * write path of both scripts: approve, reject, suspend, reinstate, a new incident, an update.
 */
describe('issue 13: operator scripts report a refused operation in one line and exit 1', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  beforeAll(async () => {
    database = await createTestDatabase();
    await migrateAll(database.url);
  }, 120_000);
  afterAll(() => database?.drop());

  const unknown = '00000000-0000-4000-8000-000000000000';
  const REFUSALS: [script: string, args: string[], says: RegExp][] = [
    ['scripts/review-enrollment.ts', ['--application', unknown, '--approve'], /"code":"NOT_FOUND","reason":"NOT_FOUND","msg":"Not found\."/],
    ['scripts/review-enrollment.ts', ['--application', unknown, '--reject', 'incomplete'], /"reason":"NOT_FOUND"/],
    ['scripts/review-enrollment.ts', ['--organization', unknown, '--suspend', 'fraud'], /"reason":"NOT_FOUND"/],
    ['scripts/review-enrollment.ts', ['--organization', unknown, '--reinstate'], /"reason":"NOT_FOUND"/],
    ['scripts/service-incident.ts', ['--id', unknown, '--resolve'], /"code":"NOT_FOUND","reason":"NOT_FOUND","msg":"Not found\."/],
    ['scripts/service-incident.ts', ['--workload', 'W', '--title', 't', '--customer', unknown],
      /"code":"NOT_FOUND","reason":"NOT_FOUND","msg":"Not found: a value refers to something that does not exist\."/],
  ];

  it.each(REFUSALS)('%s %j', async (script, args, says) => {
    const result = await run(script, args, { DATABASE_URL: database.url, LOG_LEVEL: 'info' });
    const lines = result.stdout.trim().split('\n');
    expect({ status: result.status, stderr: result.stderr, lines: lines.length }).toEqual({ status: 1, stderr: '', lines: 1 });
    expect(JSON.parse(lines[0])).toMatchObject({ level: 40 });
    expect(lines[0]).toMatch(says);
    expect(result.stdout).not.toMatch(/QueryFailedError|insert into|\bat /i);
  }, 60_000);

  it('a new incident within the limits is published and exits 0', async () => {
    const result = await run('scripts/service-incident.ts', ['--workload', 'W', '--title', huge(256), '--message', huge(4000)],
      { DATABASE_URL: database.url, LOG_LEVEL: 'info' });
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    expect(result.stdout).toMatch(/service incident published/);
  }, 60_000);
});
