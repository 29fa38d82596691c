import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { projectRoot } from '../../platform/config.js';
import { dockerfileInstructions, documentedVariables, execForm, sourceOfCompiled } from '../helpers/deployment.js';

const binary = ['/usr/bin/docker-compose', '/usr/local/bin/docker-compose'].find((candidate) => existsSync(candidate));
// .ci/run installs Debian's docker-compose (it parses the file; no engine runs here).
const describeWithCompose = binary ? describe : describe.skip;
if (!binary) console.warn('docker-compose.yml validation skipped: docker-compose is not installed (apt-get install docker-compose)');

/** The production secrets docker-compose.yml requires, as an operator would export them. */
const SECRETS = { JWT_PRIVATE_KEY: 'private-pem', JWT_PUBLIC_KEY: 'public-pem', MAIL_SMTP_URL: 'smtp://mail.example:587', CURSOR_SECRET: 'cursor-key' };
const NODE_SERVICES = ['identity', 'partners', 'customers', 'gateway'];

interface ComposeService {
  build?: { context: string };
  image: string;
  command?: string[];
  environment: Record<string, string>;
  healthcheck?: { test: string[] };
  deploy?: { replicas?: number };
  ports?: { published: string; target: number }[];
}

describeWithCompose('docker-compose.yml (validated, never run here)', () => {
  const compose = (args: string[], env: Record<string, string> = SECRETS) => execFileSync(binary!,
    ['-f', path.join(projectRoot, 'docker-compose.yml'), ...args], {
      encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, JWT_PRIVATE_KEY: '', JWT_PUBLIC_KEY: '', MAIL_SMTP_URL: '', CURSOR_SECRET: '', ...env },
    });
  const services = () => (parse(compose(['config'])) as { services: Record<string, ComposeService> }).services;

  it('is a valid Compose file', () => {
    expect(() => compose(['config', '-q'])).not.toThrow();
  });

  it('runs PostgreSQL, NATS, Redis, the three subgraphs and the gateway as separate services', () => {
    expect(compose(['config', '--services']).trim().split('\n').sort())
      .toEqual(['customers', 'gateway', 'identity', 'nats', 'partners', 'postgres', 'redis', 'seed']);
  });

  it('issue 17: every Node service is on the NATS event bus; the gateways share their rate limits in Redis', () => {
    const all = services();
    for (const name of NODE_SERVICES) expect({ name, bus: all[name].environment.EVENT_BUS_URL }).toEqual({ name, bus: 'nats://nats:4222' });
    expect(all.gateway.environment.RATE_LIMIT_REDIS_URL).toBe('redis://redis:6379/0');
    expect(all.nats.command).toEqual(['-js', '-sd', '/data']);
  });

  it('gives the gateway DATABASE_URL: its access state follows the owners\' events (issue 14)', () => {
    const config = compose(['config']);
    const gateway = /\n {2}gateway:\n([\s\S]*?)\n {2}\w+:\n/.exec(config)?.[1];
    expect(gateway).toMatch(/\n {6}DATABASE_URL: postgres:\/\//);
  });

  it('gives every long-running service a health check and starts the gateway after healthy subgraphs', () => {
    const config = compose(['config']);
    expect(config.match(/healthcheck:/g)?.length).toBe(5);
    const gateway = config.slice(config.indexOf('  gateway:'));
    for (const subgraph of ['identity', 'partners', 'customers']) {
      expect(gateway).toMatch(new RegExp(`${subgraph}:\\s+condition: service_healthy`));
    }
  });

  it('issue 17: refuses to run without the production secrets, naming the one missing', () => {
    for (const missing of Object.keys(SECRETS)) {
      const run = () => compose(['config', '-q'], { ...SECRETS, [missing]: '' });
      expect(run).toThrow(new RegExp(`set ${missing}`));
    }
  });

  it('issue 17: every Node service runs the image the Dockerfile builds, in production mode, picked by SERVICE', () => {
    const all = services();
    const [cmd] = dockerfileInstructions().filter((step) => step.stage === 'runtime' && step.keyword === 'CMD');
    expect(execForm(cmd.args)).toEqual(['node', 'dist/scripts/service.js']);
    for (const name of [...NODE_SERVICES, 'seed']) {
      const service = all[name];
      expect({ name, context: service.build?.context, image: service.image, env: service.environment.NODE_ENV })
        .toEqual({ name, context: projectRoot, image: all.gateway.image, env: 'production' });
    }
    for (const name of NODE_SERVICES) {
      expect({ name, service: all[name].environment.SERVICE, command: all[name].command }).toEqual({ name, service: name, command: undefined });
      expect(all[name].healthcheck?.test).toEqual(['CMD', 'node', 'dist/scripts/healthcheck.js']);
    }
    expect(sourceOfCompiled(all.seed.command![1])).toBe('scripts/seed/cli.ts');
    expect(sourceOfCompiled('dist/scripts/healthcheck.js')).toBe('scripts/healthcheck.ts');
  });

  it('issue 17: the gateway and every subgraph run as replicas; only the gateway is published', () => {
    const all = services();
    for (const name of NODE_SERVICES) expect({ name, replicas: all[name].deploy?.replicas }).toEqual({ name, replicas: 2 });
    // one host port per gateway replica
    expect(all.gateway.ports).toEqual([{ published: '4000-4001', target: 4000 }]);
    for (const name of ['identity', 'partners', 'customers', 'postgres', 'seed', 'nats', 'redis']) expect(all[name].ports).toBeUndefined();
    for (const name of ['identity', 'partners', 'customers']) {
      expect(all.gateway.environment[`${name.toUpperCase()}_URL`])
        .toBe(`http://${name}:${all[name].environment[`${name.toUpperCase()}_PORT`]}/graphql`);
    }
  });

  it('issue 17: every variable the Node services are given is documented in README', () => {
    const documented = documentedVariables();
    const all = services();
    const undocumented = [...NODE_SERVICES, 'seed']
      .flatMap((name) => Object.keys(all[name].environment)).filter((variable) => !documented.has(variable));
    expect([...new Set(undocumented)]).toEqual([]);
  });
});
