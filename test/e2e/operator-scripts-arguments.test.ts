import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { projectRoot } from '../../platform/config.js';

interface Run { status: number | null; stdout: string; stderr: string }

/** Runs a script as npm does (tsx), against a database that cannot be reached: a script that got past its arguments fails otherwise. */
function run(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none', LOG_LEVEL: 'silent', SERVICE: '' },
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
  it.each(CASES)('%s %j', async (script, args, says) => {
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
