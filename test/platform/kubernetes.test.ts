import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';
import { projectRoot } from '../../platform/config.js';
import { dockerfileInstructions, documentedVariables, sourceOfCompiled } from '../helpers/deployment.js';

const DIRECTORY = path.join(projectRoot, 'deploy', 'kubernetes');
const SERVICES = ['gateway', 'identity', 'partners', 'customers'];

interface EnvVar { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }
interface Probe { httpGet: { path: string; port: string | number } }
interface Container {
  name: string; image: string; command?: string[]; args?: string[]; env?: EnvVar[];
  ports?: { name: string; containerPort: number }[];
  readinessProbe?: Probe; livenessProbe?: Probe;
  resources?: { requests?: { cpu?: string } };
}
interface PodSpec { securityContext?: { runAsNonRoot?: boolean; runAsUser?: number }; containers: Container[] }
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec: any; file: string };

/** Every manifest in deploy/kubernetes/ (kustomization.yaml aside), tagged with the file it comes from. */
function manifests(): Manifest[] {
  return readdirSync(DIRECTORY).filter((file) => file.endsWith('.yaml') && file !== 'kustomization.yaml')
    .flatMap((file) => parseAllDocuments(readFileSync(path.join(DIRECTORY, file), 'utf8'))
      .map((document) => ({ ...(document.toJS() as Omit<Manifest, 'file'>), file })));
}

const all = manifests();
const find = (kind: string, name: string) => all.find((item) => item.kind === kind && item.metadata.name === name);
const podOf = (service: string): PodSpec => find('Deployment', service)!.spec.template.spec;
const containerOf = (service: string): Container => podOf(service).containers[0];
const envOf = (container: Container) => Object.fromEntries((container.env ?? []).map((variable) => [variable.name, variable]));

describe('deploy/kubernetes (issue 17): manifests for the gateway, the subgraphs and the migration Job', () => {
  it('every manifest is valid against the Kubernetes API schema (kubernetes-models)', async () => {
    for (const { file, ...manifest } of all) {
      const module = await import(`kubernetes-models/${manifest.apiVersion}/${manifest.kind}`);
      const Model = module[manifest.kind];
      expect({ file, kind: manifest.kind, valid: (() => { new Model(manifest).validate(); return true; })() })
        .toEqual({ file, kind: manifest.kind, valid: true });
    }
  });

  it('kustomization.yaml lists every manifest file and tags the image with the package version', () => {
    const kustomization = parse(readFileSync(path.join(DIRECTORY, 'kustomization.yaml'), 'utf8'));
    expect([...kustomization.resources].sort()).toEqual([...new Set(all.map((item) => item.file))].sort());
    const { version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
    expect(kustomization.images).toEqual([{ name: 'partner-graph', newTag: version }]);
  });

  it.each(SERVICES)('%s: runs the image with SERVICE picking it, probes /readyz and /healthz on its port', (service) => {
    const container = containerOf(service);
    expect({ image: container.image, command: container.command, args: container.args, SERVICE: envOf(container).SERVICE?.value })
      .toEqual({ image: 'partner-graph', command: undefined, args: undefined, SERVICE: service });
    const port = Number(envOf(container)[`${service.toUpperCase()}_PORT`]?.value);
    expect(container.ports).toEqual([{ name: 'http', containerPort: port }]);
    // a gateway stays in rotation while one subgraph is down (it still answers the others' fields)
    const readyz = service === 'gateway' ? '/readyz?exclude=subgraphs' : '/readyz';
    expect(container.readinessProbe?.httpGet).toEqual({ path: readyz, port: 'http' });
    expect(container.livenessProbe?.httpGet).toEqual({ path: '/healthz', port: 'http' });
    // the HorizontalPodAutoscaler scales on CPU utilization of the request
    expect(container.resources?.requests?.cpu).toBeDefined();
  });

  it.each(SERVICES)('%s: a Service on the container port, a HorizontalPodAutoscaler and a PodDisruptionBudget select its pods', (service) => {
    const deployment = find('Deployment', service)!;
    const labels = deployment.spec.template.metadata.labels;
    const selects = (selector: Record<string, string>) => Object.entries(selector).every(([key, value]) => labels[key] === value);
    expect(selects(deployment.spec.selector.matchLabels)).toBe(true);
    const kubeService = find('Service', service)!;
    expect(selects(kubeService.spec.selector)).toBe(true);
    expect(kubeService.spec.ports).toEqual([{ name: 'http', port: containerOf(service).ports![0].containerPort, targetPort: 'http' }]);
    const autoscaler = find('HorizontalPodAutoscaler', service)!;
    expect(autoscaler.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: service });
    expect(autoscaler.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const budget = find('PodDisruptionBudget', service)!;
    expect(selects(budget.spec.selector.matchLabels)).toBe(true);
    expect(budget.spec.minAvailable).toBeLessThan(autoscaler.spec.minReplicas);
  });

  it('the gateway reaches each subgraph through its Service', () => {
    const env = envOf(containerOf('gateway'));
    for (const subgraph of SERVICES.slice(1)) {
      const port = find('Service', subgraph)!.spec.ports[0].port;
      expect(env[`${subgraph.toUpperCase()}_URL`]?.value).toBe(`http://${subgraph}:${port}/graphql`);
    }
  });

  it.each(SERVICES)('%s: gets the secrets production refuses to start without', (service) => {
    // every service reads the owners' events for its access state (issue 14); the subgraphs sign list cursors
    // with one key across replicas (issue 13 kind 5)
    const env = envOf(containerOf(service));
    const required = ['DATABASE_URL', 'JWT_PUBLIC_KEY', ...(service === 'gateway' ? [] : ['CURSOR_SECRET'])];
    for (const name of required) expect({ name, secret: env[name]?.valueFrom?.secretKeyRef }).toEqual({ name, secret: expect.anything() });
  });

  it('the migration Job runs the compiled migrate script from the same image', () => {
    const job = find('Job', 'partner-graph-migrate')!;
    const [container] = job.spec.template.spec.containers as Container[];
    expect(container.image).toBe('partner-graph');
    expect(container.command?.slice(0, 1)).toEqual(['node']);
    expect(sourceOfCompiled(container.command![1])).toBe('scripts/migrate.ts');
    expect(envOf(container).DATABASE_URL?.valueFrom?.secretKeyRef).toBeDefined();
  });

  it('every pod runs as the image\'s non-root user (node, uid 1000)', () => {
    const [user] = dockerfileInstructions().filter((step) => step.stage === 'runtime' && step.keyword === 'USER');
    expect(user.args).toBe('node');
    for (const item of all.filter((manifest) => ['Deployment', 'Job'].includes(manifest.kind))) {
      const pod: PodSpec = item.spec.template.spec;
      expect({ name: item.metadata.name, ...pod.securityContext }).toMatchObject({ name: item.metadata.name, runAsNonRoot: true, runAsUser: 1000 });
    }
  });

  it('commits no Secret: every secret key referenced is created by README\'s kubectl command', () => {
    expect(all.filter((item) => item.kind === 'Secret')).toEqual([]);
    const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
    const references = all.flatMap((item) => ((item.spec.template?.spec?.containers ?? []) as Container[]))
      .flatMap((container) => container.env ?? []).map((variable) => variable.valueFrom?.secretKeyRef).filter(Boolean);
    for (const { name, key } of references as { name: string; key: string }[]) {
      expect(readme).toMatch(new RegExp(`kubectl create secret generic ${name}\\b[^\\n]*(\\\\\\n[^\\n]*)*--from-[a-z]+=${key}=`));
    }
  });

  it('every environment variable the manifests set is documented in README\'s configuration table', () => {
    const documented = documentedVariables();
    const names = all.flatMap((item) => ((item.spec.template?.spec?.containers ?? []) as Container[]))
      .flatMap((container) => (container.env ?? []).map((variable) => variable.name));
    expect([...new Set(names)].filter((name) => !documented.has(name))).toEqual([]);
  });
});
