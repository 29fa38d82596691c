import { readFile } from 'node:fs/promises';
import { accessStateSettings } from '../platform/access-state.js';
import { loadConfig } from '../platform/config.js';
import { createLogger } from '../platform/logger.js';
import { SUBGRAPH_NAMES, withSubgraphUrls, type SubgraphName } from '../platform/supergraph.js';
import { createTokenVerifier, loadTokenKeys } from '../platform/tokens.js';
import { UsageError, usageFailed } from './command-line.js';

/**
 * Runs one service: `gateway`, `identity`, `partners` or `customers`, named by the first argument or else by
 * `SERVICE` (how the one image picks its service: docker-compose.yml, deploy/kubernetes/).
 */
const config = loadConfig();
const name = process.argv[2] ?? config.service;
const USAGE = `usage: tsx scripts/service.ts <gateway|${SUBGRAPH_NAMES.join('|')}>   (or SERVICE=<name>)`;
if (process.argv.length > 3 || !(name === 'gateway' || SUBGRAPH_NAMES.includes(name as SubgraphName))) {
  usageFailed(USAGE, new UsageError(name === undefined ? 'name the service to run' : process.argv.length > 3
    ? `one service at a time, got "${process.argv.slice(2).join(' ')}"` : `unknown service "${name}"`));
}
const logger = createLogger(name ?? 'service', config.logLevel);

async function readSupergraph(location: string): Promise<string> {
  if (/^https?:\/\//.test(location)) {
    const response = await fetch(location);
    if (!response.ok) throw new Error(`supergraph ${location}: HTTP ${response.status}`);
    return response.text();
  }
  return readFile(location, 'utf8');
}

async function start() {
  const keys = await loadTokenKeys(config);
  if (name === 'gateway') {
    // The gateway reads the owners' events to judge tokens as things stand now (issue 14).
    if (!config.databaseUrl) throw new Error('DATABASE_URL must be set to run the gateway on its own: it follows the identity and partners outboxes for its access state (npm start sets it for you)');
    const supergraph = withSubgraphUrls(await readSupergraph(config.supergraph), config.gateway.subgraphUrls);
    // Each process loads only its own service's code: a subgraph never loads the gateway runtime, nor the gateway the
    // subgraphs (issue 16: idle memory).
    const { startGateway } = await import('../gateway/index.js');
    return startGateway({
      supergraph,
      verifier: createTokenVerifier(keys, config.jwt),
      logger,
      production: config.environment === 'production',
      rustQueryPlanner: config.gateway.rustQueryPlanner,
      limits: config.gateway.limits,
      traffic: config.gateway.traffic,
      tracing: config.tracing,
      subgraphTimeoutMs: config.subgraphTimeoutMs,
      access: accessStateSettings(config, config.databaseUrl),
      rateLimitStore: config.rateLimits,
      trustedDocuments: config.gateway.trustedDocuments,
      host: config.host,
      subgraphDeduplication: config.gateway.subgraphDeduplication,
      port: config.ports.gateway,
    });
  }
  if (!SUBGRAPH_NAMES.includes(name as SubgraphName)) {
    throw new Error(`unknown service "${name}": one of gateway, ${SUBGRAPH_NAMES.join(', ')}`);
  }
  if (!config.databaseUrl) throw new Error('DATABASE_URL must be set to run a subgraph alone (npm start sets it)');
  const { startSubgraphService } = await import('./stack.js');
  return startSubgraphService(name as SubgraphName, {
    config, databaseUrl: config.databaseUrl, keys, logger, migrate: true, port: config.ports[name as SubgraphName],
  });
}

try {
  const running = await start();
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const deadline = setTimeout(() => process.exit(1), 10_000);
    deadline.unref();
    await running.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
} catch (error) {
  logger.fatal({ err: error }, 'failed to start');
  process.exit(1);
}
