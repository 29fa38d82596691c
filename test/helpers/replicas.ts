import net from 'node:net';
import { readFile } from 'node:fs/promises';
import { startGateway, type RunningGateway } from '../../gateway/index.js';
import { accessStateSettings } from '../../platform/access-state.js';
import type { PlatformConfig } from '../../platform/config.js';
import { createLogger } from '../../platform/logger.js';
import { SUBGRAPH_NAMES, SUPERGRAPH_FILE, withSubgraphUrls, type SubgraphName } from '../../platform/supergraph.js';
import { createTokenVerifier, type TokenKeys } from '../../platform/tokens.js';
import { seedWorld } from '../../scripts/seed/index.js';
import { migrateAll, startSubgraphService, type RunningSubgraph } from '../../scripts/stack.js';
import { createTestDatabase, generateTestKeys, testConfig } from './stack.js';

/**
 * A round-robin in front of instances of one service, at the TCP level (HTTP keep-alive and WebSockets pass
 * through as they are): each new connection goes to the next backend that accepts it; one that refuses is skipped.
 */
export class RoundRobin {
  private next = 0;
  private readonly server = net.createServer((client) => this.route(client));
  private readonly open = new Set<net.Socket>();
  port = 0;

  constructor(private readonly backends: number[]) {}

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as net.AddressInfo).port;
    return `http://127.0.0.1:${this.port}`;
  }

  private route(client: net.Socket, tried = 0): void {
    if (tried >= this.backends.length) {
      client.destroy();
      return;
    }
    const port = this.backends[this.next++ % this.backends.length];
    const upstream = net.connect(port, '127.0.0.1');
    let connected = false;
    upstream.once('connect', () => {
      connected = true;
      this.open.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const forget = () => { this.open.delete(client); this.open.delete(upstream); };
      client.once('close', () => { upstream.destroy(); forget(); });
      upstream.once('close', () => { client.destroy(); forget(); });
    });
    upstream.once('error', () => {
      if (!connected) this.route(client, tried + 1);
      else client.destroy();
    });
    client.on('error', () => upstream.destroy());
  }

  async close(): Promise<void> {
    for (const socket of this.open) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

export interface ReplicatedStack {
  databaseUrl: string;
  config: PlatformConfig;
  keys: TokenKeys;
  /** two instances of each subgraph, each on its own port */
  instances: Record<SubgraphName, RunningSubgraph[]>;
  /** the round-robin URL of each subgraph, as the gateways reach it */
  subgraphUrls: Record<SubgraphName, string>;
  gateways: RunningGateway[];
  close(): Promise<void>;
}

/**
 * The graph on several instances (issue 17 §2): one database (migrated, seeded), `replicas` instances of each
 * subgraph behind a round-robin each, `replicas` gateways, all on loopback, configured by `env` (EVENT_BUS_URL …).
 */
export async function startReplicatedStack(env: NodeJS.ProcessEnv, replicas = 2): Promise<ReplicatedStack> {
  const database = await createTestDatabase();
  const config = testConfig({ EVENT_BUS_STREAM: database.name, ...env });
  const keys = await generateTestKeys();
  const logger = createLogger('test', config.logLevel);
  const instances = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, [] as RunningSubgraph[]])) as Record<SubgraphName, RunningSubgraph[]>;
  const balancers: RoundRobin[] = [];
  const gateways: RunningGateway[] = [];
  const close = async () => {
    for (const gateway of gateways) await gateway.close().catch(() => undefined);
    for (const balancer of balancers) await balancer.close();
    for (const name of SUBGRAPH_NAMES) for (const instance of instances[name]) await instance.close().catch(() => undefined);
    await database.drop();
  };
  try {
    await migrateAll(database.url);
    await seedWorld(database.url, { demo: true });
    const subgraphUrls = {} as Record<SubgraphName, string>;
    for (const name of SUBGRAPH_NAMES) {
      for (let i = 0; i < replicas; i += 1) {
        instances[name].push(await startSubgraphService(name, { config, databaseUrl: database.url, keys, logger, port: 0 }));
      }
      const balancer = new RoundRobin(instances[name].map((instance) => Number(new URL(instance.url).port)));
      balancers.push(balancer);
      subgraphUrls[name] = new URL(new URL(instances[name][0].url).pathname, await balancer.listen()).toString();
    }
    const supergraph = withSubgraphUrls(await readFile(SUPERGRAPH_FILE, 'utf8'), subgraphUrls);
    for (let i = 0; i < replicas; i += 1) {
      gateways.push(await startGateway({
        supergraph, verifier: createTokenVerifier(keys, config.jwt), logger, production: false, host: '127.0.0.1', port: 0,
        subgraphTimeoutMs: config.subgraphTimeoutMs, access: accessStateSettings(config, database.url),
        rateLimitStore: config.rateLimits,
      }));
    }
    return { databaseUrl: database.url, config, keys, instances, subgraphUrls, gateways, close };
  } catch (error) {
    await close();
    throw error;
  }
}
