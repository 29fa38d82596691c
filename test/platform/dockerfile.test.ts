import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../platform/config.js';
import { dockerfileInstructions, execForm, sourceOfCompiled } from '../helpers/deployment.js';

// No Docker engine runs here: these read the Dockerfile; test/e2e/production-build.test.ts runs what it builds.
describe('Dockerfile (issue 17): one image, built in two stages, runs compiled JavaScript as a non-root user', () => {
  const instructions = dockerfileInstructions();
  const stage = (name: string) => instructions.filter((step) => step.stage === name);
  const runs = (name: string) => stage(name).filter((step) => step.keyword === 'RUN').map((step) => step.args);

  it('builds with every dependency and tsc in the build stage', () => {
    expect(runs('build')).toEqual([expect.stringMatching(/^npm ci\b/), 'npm run build']);
    const { scripts } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(scripts.build).toBe('tsc -p tsconfig.build.json');
  });

  it('copies into the build stage every source directory tsconfig.build.json compiles', () => {
    const { include } = JSON.parse(readFileSync(path.join(projectRoot, 'tsconfig.build.json'), 'utf8')) as { include: string[] };
    const copied = stage('build').filter((step) => step.keyword === 'COPY').flatMap((step) => step.args.split(/\s+/).slice(0, -1));
    expect(include.filter((directory) => !copied.includes(directory))).toEqual([]);
    for (const source of copied) expect({ source, exists: existsSync(path.join(projectRoot, source)) }).toEqual({ source, exists: true });
  });

  it('installs only production dependencies in the runtime stage, runs no install script, adds schema/ and dist/', () => {
    expect(runs('runtime')).toEqual([expect.stringMatching(/^npm ci --omit=dev --ignore-scripts\b/)]);
    const copies = stage('runtime').filter((step) => step.keyword === 'COPY').map((step) => step.args);
    expect(copies).toEqual(['package.json package-lock.json ./', 'schema schema', '--from=build /app/dist dist']);
  });

  it('runs as a non-root user, with NODE_ENV=production', () => {
    const user = stage('runtime').filter((step) => step.keyword === 'USER').map((step) => step.args);
    expect(user).toHaveLength(1);
    expect(user[0]).not.toMatch(/^(root|0)(:|$)/);
    expect(stage('runtime').find((step) => step.keyword === 'ENV')?.args).toMatch(/NODE_ENV=production/);
  });

  it('checks health on /readyz through the compiled healthcheck, and starts the service SERVICE names', () => {
    const [healthcheck] = stage('runtime').filter((step) => step.keyword === 'HEALTHCHECK');
    const command = execForm(healthcheck.args);
    expect(command).toEqual(['node', 'dist/scripts/healthcheck.js']);
    expect(readFileSync(path.join(projectRoot, sourceOfCompiled(command[1])!), 'utf8')).toContain('/readyz');
    const [cmd] = stage('runtime').filter((step) => step.keyword === 'CMD');
    expect(sourceOfCompiled(execForm(cmd.args)[1])).toBe('scripts/service.ts');
  });

  it('keeps secrets and local state out of the build context (.dockerignore)', () => {
    const ignored = readFileSync(path.join(projectRoot, '.dockerignore'), 'utf8').split('\n').map((line) => line.trim());
    for (const entry of ['.env', '.env.*', '*.pem', '.data', 'node_modules', 'dist', '.git']) expect(ignored).toContain(entry);
  });
});
