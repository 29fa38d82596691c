import os from 'node:os';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { SUBGRAPH_NAMES } from '../platform/supergraph.js';
import { startNatsServer, type NatsServer } from '../test/helpers/servers.js';
import { freePort, heapMiB, isReady, percentile, startProcess, startStackProcess } from './stack-process.js';
import { writeResultsSection } from './results.js';

/**
 * `npm run bench:subscriptions [-- --subscribers 100,1000,2000 --events 50 --interval 100 --bus nats --gateways 2]`
 * N dashboards subscribe to partnerUserChanged through the gateway (WebSocket); one mutation every
 * `interval` ms; delivery latency from the event's transaction to each client, events lost, memory per
 * subscriber in the gateway and in the identity subgraph.
 * `--bus nats`: the services run on NATS JetStream (a nats-server -js of the benchmark's own, EVENT_BUS_URL);
 * `--gateways 2`: a second gateway process joins (needs DATABASE_URL), subscribers are split across the gateways and
 * the mutations alternate between them, so most events reach a subscriber through another gateway than the writer's.
 */
function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : fallback;
}

const SIZES = argument('subscribers', '100,1000,2000').split(',').map(Number);
const EVENTS = Number(argument('events', '50'));
const INTERVAL = Number(argument('interval', '100'));
const BUS = argument('bus', 'postgres');
const GATEWAYS = Number(argument('gateways', '1'));
if (!['postgres', 'nats'].includes(BUS)) throw new Error('--bus is postgres (LISTEN/NOTIFY) or nats');
if (!(GATEWAYS >= 1)) throw new Error('--gateways is a positive number');
const SUBSCRIPTION = 'subscription { partnerUserChanged { eventId occurredAt change user { displayName } } }';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- benchmark helper reading known shapes
type Data = Record<string, any>;

async function gql(url: string, query: string, token?: string): Promise<Data> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  const body = await response.json() as { data?: Data; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

interface Row { subscribers: number; delivered: number; expected: number; lost: number; duplicates: number;
  p50: number; p99: number; gatewayKiB: number; identityKiB: number }

/** Further gateway processes beside the stack's own, on the stack's database, keys and subgraphs. */
async function moreGateways(stack: Awaited<ReturnType<typeof startStackProcess>>, env: NodeJS.ProcessEnv) {
  if (GATEWAYS > 1 && !stack.databaseUrl) throw new Error('--gateways 2 needs DATABASE_URL (the gateways share its database)');
  const started: { url: string; stop(): Promise<void> }[] = [];
  for (let i = 1; i < GATEWAYS; i += 1) {
    const port = await freePort();
    const subgraphUrls = Object.fromEntries(SUBGRAPH_NAMES.map((name) =>
      [`${name.toUpperCase()}_URL`, `http://127.0.0.1:${stack.ports[name]}/graphql`]));
    const gateway = await startProcess('scripts/service.ts', ['gateway'], {
      ...env, ...subgraphUrls, DATABASE_URL: stack.databaseUrl, DATA_DIR: stack.dataDir, GATEWAY_PORT: String(port),
      NODE_ENV: 'development', WS_CONNECTIONS_PER_ADDRESS: '100000',
    }, isReady(`http://127.0.0.1:${port}/readyz`));
    started.push({ url: `http://127.0.0.1:${port}/graphql`, stop: gateway.stop });
  }
  return started;
}

async function run(): Promise<Row[]> {
  const nats: NatsServer | undefined = BUS === 'nats' ? await startNatsServer() : undefined;
  const env: NodeJS.ProcessEnv = nats ? { EVENT_BUS_URL: nats.url, EVENT_BUS_STREAM: `BENCH_${Date.now()}` } : {};
  const stack = await startStackProcess(env);
  const rows: Row[] = [];
  const extra = await moreGateways(stack, env).catch(async (error) => {
    await stack.stop();
    await nats?.close();
    throw error;
  });
  const gatewayUrls = [stack.gatewayUrl, ...extra.map((gateway) => gateway.url)];
  try {
    const token = (await gql(stack.gatewayUrl,
      'mutation { signIn(email: "anna@contoso.it", password: "Partner-Graph-2026!") { accessToken } }')).signIn.accessToken;
    const target = (await gql(stack.gatewayUrl, `mutation { createPartnerUser(input: { displayName: "Bench Target",
      email: "bench@contoso.it", agentRole: NONE, adminRole: NONE }) { user { id } } }`, token)).createPartnerUser.user.id;
    let round = 0;
    const mutate = () => gql(gatewayUrls[round % gatewayUrls.length],
      `mutation { updatePartnerUser(id: "${target}", input: { firstName: "r${round += 1}" }) { id } }`, token);

    for (const size of SIZES) {
      const before = { gateway: await heapMiB(stack.ports.gateway), identity: await heapMiB(stack.ports.identity) };
      const received = new Map<string, number[]>(); // eventId → receive timestamps
      const occurred = new Map<string, number>();
      const seen: Set<string>[] = [];
      let duplicates = 0;
      const clients: Client[] = [];
      for (let i = 0; i < size; i += 1) {
        const ids = new Set<string>();
        seen.push(ids);
        const client = createClient({
          url: gatewayUrls[i % gatewayUrls.length].replace('http', 'ws'), webSocketImpl: WebSocket, lazy: false, retryAttempts: 0,
          connectionParams: { authorization: `Bearer ${token}` },
        });
        client.subscribe({ query: SUBSCRIPTION }, {
          next: (result) => {
            const now = Date.now();
            const event = (result.data as { partnerUserChanged?: { eventId: string; occurredAt: string } })?.partnerUserChanged;
            if (!event) return;
            if (ids.has(event.eventId)) duplicates += 1;
            ids.add(event.eventId);
            occurred.set(event.eventId, Date.parse(event.occurredAt));
            const list = received.get(event.eventId) ?? [];
            list.push(now);
            received.set(event.eventId, list);
          },
          error: () => undefined,
          complete: () => undefined,
        });
        clients.push(client);
      }
      // warm-up: every subscriber must have seen an event before measuring (subscriptions are set up)
      const warmDeadline = Date.now() + 60_000;
      while (Date.now() < warmDeadline && seen.some((ids) => ids.size === 0)) {
        await mutate();
        const roundEnd = Date.now() + 2000;
        while (Date.now() < roundEnd && seen.some((ids) => ids.size === 0)) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
      const warmIds = new Set([...received.keys()]);
      const after = { gateway: await heapMiB(stack.ports.gateway), identity: await heapMiB(stack.ports.identity) };
      for (const id of warmIds) received.delete(id);
      for (const ids of seen) ids.clear();
      duplicates = 0;

      for (let i = 0; i < EVENTS; i += 1) {
        const started = Date.now();
        await mutate();
        const wait = INTERVAL - (Date.now() - started);
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      }
      const deadline = Date.now() + 15_000;
      const delivered = () => [...received.values()].reduce((sum, list) => sum + list.length, 0);
      while (delivered() < size * EVENTS && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
      const latencies: number[] = [];
      for (const [id, times] of received) for (const time of times) latencies.push(time - occurred.get(id)!);
      latencies.sort((a, b) => a - b);
      rows.push({
        subscribers: size, delivered: delivered(), expected: size * EVENTS, lost: size * EVENTS - delivered(), duplicates,
        p50: percentile(latencies, 50), p99: percentile(latencies, 99),
        gatewayKiB: ((after.gateway - before.gateway) * 1024) / size,
        identityKiB: ((after.identity - before.identity) * 1024) / size,
      });
      console.log(JSON.stringify(rows[rows.length - 1]));
      await Promise.all(clients.map((client) => client.dispose()));
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  } finally {
    for (const gateway of extra) await gateway.stop();
    await stack.stop();
    await nats?.close();
  }
  return rows;
}

const rows = await run();
const table = [
  `Measured ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, `
    + `${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${EVENTS} mutations, one per ${INTERVAL} ms; `
    + `event bus ${BUS === 'nats' ? 'NATS JetStream' : 'PostgreSQL LISTEN/NOTIFY'}, ${GATEWAYS} gateway process(es) `
    + '(subscribers split across them, mutations alternating); '
    + 'subscribers, gateway and subgraphs on one machine (loopback). Latency: from the event\'s transaction start '
    + '(occurredAt) to the client receiving it.',
  '',
  '| subscribers | delivered / expected | lost | duplicates | p50 ms | p99 ms | gateway heap KiB/subscriber | identity heap KiB/subscriber |',
  '|---:|---:|---:|---:|---:|---:|---:|---:|',
  ...rows.map((row) => `| ${row.subscribers} | ${row.delivered} / ${row.expected} | ${row.lost} | ${row.duplicates} | `
    + `${row.p50} | ${row.p99} | ${row.gatewayKiB.toFixed(1)} | ${row.identityKiB.toFixed(1)} |`),
].join('\n');
console.log(`\n${table}`);
const variant = BUS === 'postgres' && GATEWAYS === 1 ? '' : ` -- --bus ${BUS} --gateways ${GATEWAYS}`;
await writeResultsSection(`Subscriptions (npm run bench:subscriptions${variant})`, table);
