import { jetstream } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import { createServer, type AddressInfo } from 'node:net';
import pg from 'pg';
import { createLogger } from '../../platform/logger.js';
import { EVENT_ID_HEADER, NatsEventBus } from '../../platform/nats-event-bus.js';
import { OutboxRelay } from '../../subgraphs/kit/outbox-relay.js';
import { LiveSubscription, settle } from '../helpers/live.js';
import { NATS_SERVER, startNatsServer, type NatsServer } from '../helpers/servers.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const SUBSCRIPTION = 'subscription ($after: ID) { partnerUserChanged(after: $after) { eventId user { displayName } } }';
type Change = { eventId: string; user: { displayName: string } };
const changes = (live: LiveSubscription) => live.results
  .map((result) => result.data?.partnerUserChanged as Change | undefined).filter((c): c is Change => Boolean(c));

/** Every event id the stream holds for `producer`, in stream order. */
async function streamedIds(url: string, stream: string, producer: string): Promise<string[]> {
  const connection = await connect({ servers: url });
  try {
    const consumer = await jetstream(connection).consumers.get(stream, { filter_subjects: `${stream}.${producer}` });
    const ids: string[] = [];
    for (;;) {
      const message = await consumer.next({ expires: 1000 });
      if (!message) return ids;
      ids.push(message.headers!.get(EVENT_ID_HEADER));
    }
  } finally {
    await connection.close();
  }
}

if (!NATS_SERVER) console.warn('nats-server is not installed: the NATS JetStream event-bus tests are skipped (apt-get install nats-server)');
const describeWithNats = NATS_SERVER ? describe : describe.skip;

describeWithNats('NATS JetStream event bus (issue 17)', () => {
  let nats: NatsServer;
  let stack: TestStack;
  let anna: string;
  let created = 0;
  const create = async () => {
    created += 1;
    const result = await stack.query(`mutation { createPartnerUser(input: { displayName: "Bus ${created}",
      email: "bus${created}@contoso.it", agentRole: NONE, adminRole: NONE }) { user { id } } }`, { token: anna });
    expect(result.errors).toBeUndefined();
    return `Bus ${created}`;
  };

  beforeAll(async () => {
    nats = await startNatsServer();
    stack = await startTestStack({ env: { EVENT_BUS_URL: nats.url, EVENT_BUS_STREAM: 'BUS_TEST' } });
    anna = await stack.signIn('anna@contoso.it');
  }, 60_000);
  afterAll(async () => {
    await stack?.close();
    await nats?.close();
  });

  it('nothing is lost across a NATS restart: writes acknowledged while it is down reach the open stream, in order, once', async () => {
    const live = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION);
    try {
      await settle();
      const first = await create();
      await live.until(() => changes(live).length === 1);
      await nats.stop();
      // the outbox is the source of truth: writes go on while the bus is down
      const during = [await create(), await create()];
      await nats.start();
      const after = await create();
      await live.until(() => changes(live).length >= 4, 30_000);
      await settle(500);
      expect(changes(live).map((change) => change.user.displayName)).toEqual([first, ...during, after]);
      const ids = changes(live).map((change) => Number(change.eventId));
      expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    } finally {
      await live.close();
    }
  });

  it('resumes by event id (after:) on the NATS bus as on LISTEN/NOTIFY', async () => {
    const live = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION);
    await settle();
    const seen = await create();
    await live.until(() => changes(live).some((change) => change.user.displayName === seen));
    const last = changes(live).find((change) => change.user.displayName === seen)!;
    await live.close();
    const missed = [await create(), await create()];
    const resumed = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION, { after: last.eventId });
    try {
      await resumed.until(() => changes(resumed).length >= 2);
      const next = await create();
      await resumed.until(() => changes(resumed).length >= 3);
      await settle(300);
      expect(changes(resumed).map((change) => change.user.displayName)).toEqual([...missed, next]);
    } finally {
      await resumed.close();
    }
  });

  it('a NATS server restarted without its storage gets the stream back: the outbox is published again and subscribers resume', async () => {
    const live = new LiveSubscription(stack.gatewayUrl, anna, SUBSCRIPTION);
    try {
      await settle();
      const before = await create();
      await live.until(() => changes(live).some((change) => change.user.displayName === before));
      await nats.loseStorage();
      const meanwhile = await create();
      await live.until(() => changes(live).some((change) => change.user.displayName === meanwhile), 30_000);
      // once the services are back on the server, a write reaches subscribers through the stream alone
      const after = await create();
      await live.until(() => changes(live).some((change) => change.user.displayName === after), 30_000);
      const names = changes(live).map((change) => change.user.displayName);
      expect(names.filter((name) => [before, meanwhile, after].includes(name))).toEqual([before, meanwhile, after]);
      // the relay's position is what the new stream holds: it published the whole outbox again, once
      const client = new pg.Client({ connectionString: stack.databaseUrl });
      await client.connect();
      const { rows } = await client.query<{ id: string }>('select id from identity.events order by id');
      await client.end();
      const outbox = rows.map((row) => String(row.id));
      const deadline = Date.now() + 20_000;
      let streamed = await streamedIds(nats.url, stack.config.eventBus.stream, 'identity');
      while (streamed.length < outbox.length && Date.now() < deadline) {
        await settle(200);
        streamed = await streamedIds(nats.url, stack.config.eventBus.stream, 'identity');
      }
      expect(streamed).toEqual(outbox);
    } finally {
      await live.close();
    }
  });

  it('three relays on one outbox publish each event exactly once, in id order; one relays at a time', async () => {
    const logger = createLogger('test', 'silent');
    const config = stack.config.eventBus;
    const buses = await Promise.all([1, 2].map((n) => NatsEventBus.connect(config, logger, `extra-relay-${n}`)));
    const relays = buses.map((bus) => new OutboxRelay({ databaseUrl: stack.databaseUrl, schema: 'identity', bus, logger, pollIntervalMs: 50 }));
    try {
      for (const relay of relays) await relay.start();
      for (let i = 0; i < 5; i += 1) await create();
      // the stack's own identity relay holds the lock; the extra ones wait for it
      expect(relays.map((relay) => relay.relaying)).toEqual([false, false]);
      // its replica goes away (its session and lock with it): one of the others takes over where the stream ends
      await stack.stopSubgraph('identity');
      const client = new pg.Client({ connectionString: stack.databaseUrl });
      await client.connect();
      for (let i = 0; i < 5; i += 1) {
        await client.query(`with e as (insert into identity.events (type, aggregate_id, actor) values ('RelayProbe', gen_random_uuid(),
          '{"kind":"SYSTEM"}') returning id) select pg_notify('identity_events', id::text) from e`);
      }
      const { rows } = await client.query<{ id: string }>('select id from identity.events order by id');
      await client.end();
      const outbox = rows.map((row) => String(row.id));
      const deadline = Date.now() + 20_000;
      let streamed = await streamedIds(nats.url, config.stream, 'identity');
      while (streamed.length < outbox.length && Date.now() < deadline) {
        await settle(200);
        streamed = await streamedIds(nats.url, config.stream, 'identity');
      }
      expect(relays.filter((relay) => relay.relaying)).toHaveLength(1);
      await stack.restartSubgraph('identity');
      expect(streamed).toEqual(outbox);
    } finally {
      for (const relay of relays) await relay.stop();
      for (const bus of buses) await bus.close();
    }
  });

  it('EVENT_BUS_URL at a port that is not NATS: connecting fails within its timeout, naming EVENT_BUS_URL', async () => {
    // a server that accepts and never speaks, like Redis or PostgreSQL waiting for their client to begin
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => { sockets.push(socket); });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `nats://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const started = Date.now();
      await expect(NatsEventBus.connect({ ...stack.config.eventBus, url }, createLogger('test', 'silent'), 'not-nats', 1000))
        .rejects.toThrow(`EVENT_BUS_URL ${url}: no NATS JetStream server answered within 1 s`);
      // bounded by the timeout (1 s here), not the client's reconnect loop: generous margin for a loaded machine
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('the stream keeps one copy per outbox and event id: a second publish is a duplicate, the same id of another outbox is not', async () => {
    const bus = await NatsEventBus.connect({ ...stack.config.eventBus, stream: 'DEDUP_TEST' }, createLogger('test', 'silent'), 'dedup');
    try {
      const acks = [await bus.publish('identity', '1', {}), await bus.publish('identity', '1', {}), await bus.publish('customers', '1', {})];
      expect(acks.map((ack) => ack.duplicate)).toEqual([false, true, false]);
      expect(await bus.lastEventId('identity')).toBe('1');
    } finally {
      await bus.close();
    }
  });
});
