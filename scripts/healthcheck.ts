import { loadConfig } from '../platform/config.js';

/**
 * The image's HEALTHCHECK (Dockerfile, docker-compose.yml): exits 0 when the service this container runs
 * (`SERVICE`: gateway, identity, partners or customers) answers 200 on `/readyz` at its configured port, else 1.
 * Gateway ready = supergraph loaded and every subgraph ready; subgraph ready = its database answers.
 */
const config = loadConfig();
const service = config.service as keyof typeof config.ports | undefined;
const port = service ? config.ports[service] : undefined;
if (!port) {
  console.error(`SERVICE must be one of ${Object.keys(config.ports).join(', ')} (got "${service ?? ''}")`);
  process.exit(1);
}
// a service listening on every interface answers on loopback
const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
const response = await fetch(`http://${host}:${port}/readyz`, { signal: AbortSignal.timeout(4000) }).catch(() => undefined);
process.exit(response?.ok ? 0 : 1);
