import pg from 'pg';
import { ResilientListener } from '../../platform/listener.js';
import type { Logger } from '../../platform/logger.js';
import type { NatsEventBus } from '../../platform/nats-event-bus.js';
import { serialized } from '../../platform/serialized.js';
import { eventChannel, toStoredEvent, type SubgraphSchema } from './events.js';

const BATCH = 500;

export interface OutboxRelayOptions {
  databaseUrl: string;
  schema: SubgraphSchema;
  bus: NatsEventBus;
  logger: Logger;
  /** how often a replica that is not relaying tries to take over, and the safety-net read of the one that is (ms) */
  pollIntervalMs?: number;
}

/**
 * Publishes a subgraph's outbox to NATS JetStream (issue 17), in id order, exactly once per event id:
 *
 * - one relay per subgraph at a time: each replica runs one, and only the holder of the session-level advisory lock
 *   `<schema>.events.relay` publishes; when its database session ends, PostgreSQL releases the lock and another
 *   replica takes over;
 * - the position is the stream's own: a relay that takes over starts after the last event id the stream holds for
 *   this subgraph, and publishes with `Nats-Msg-Id` = `<schema>.<event id>`, so an event published again by a relay that lost the
 *   lock mid-batch (or after an acknowledgement lost on the way) is stored once within the duplicate window;
 * - woken by the outbox's NOTIFY (kit/events.ts recordEvent) and a poll; a NATS outage only delays: the rows stay
 *   in the outbox and are published in order when the server is back;
 * - a stream lost with the NATS server's storage is recreated (NatsEventBus.checkStream) and the relay starts again
 *   from what the new stream holds, publishing the outbox again: subscribers resume by event id, nothing is lost.
 */
export class OutboxRelay {
  private client?: pg.Client;
  private listener?: ResilientListener;
  private timer?: NodeJS.Timeout;
  private holding = false;
  private position = '0';
  /** the bus's stream generation `position` was read from; another one means the stream was recreated */
  private generation = 0;
  private stopped = false;
  private readonly run = serialized(() => this.relay(), (error) => {
    this.options.logger.warn({ err: error, schema: this.options.schema }, 'outbox relay: publishing failed, will retry');
  });

  constructor(private readonly options: OutboxRelayOptions) {}

  /** Whether this replica is the one publishing now. */
  get relaying(): boolean {
    return this.holding;
  }

  async start(): Promise<void> {
    this.listener = new ResilientListener({
      databaseUrl: this.options.databaseUrl,
      channels: [eventChannel(this.options.schema)],
      logger: this.options.logger,
      onNotification: () => void this.run(),
      onReconnect: () => void this.run(),
    });
    await this.listener.start();
    this.timer = setInterval(() => void this.run(), this.options.pollIntervalMs ?? 1000);
    this.timer.unref();
    await this.run();
  }

  /** Resolves once every event committed before the call is published (when this replica holds the relay). */
  async flush(): Promise<void> {
    await this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.run();
    await this.listener?.stop();
    await this.client?.end().catch(() => undefined);
  }

  private async session(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    const lost = () => {
      if (this.client !== client) return;
      // The lock went with the session: another replica may be relaying already.
      this.client = undefined;
      this.holding = false;
      void client.end().catch(() => undefined);
    };
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'outbox relay: database session lost');
      lost();
    });
    client.on('end', lost);
    await client.connect();
    this.client = client;
    return client;
  }

  /** The relay's position is the stream's: the last event id it holds of this outbox. */
  private async readPosition(): Promise<void> {
    const { schema, bus } = this.options;
    const generation = bus.generation;
    this.position = (await bus.lastEventId(schema)) ?? '0';
    this.generation = generation;
  }

  private async relay(): Promise<void> {
    if (this.stopped) return;
    const { schema, bus } = this.options;
    const client = await this.session();
    if (!this.holding) {
      const { rows } = await client.query<{ held: boolean }>('select pg_try_advisory_lock(hashtext($1)) as held', [`${schema}.events.relay`]);
      if (!rows[0].held) return;
      this.holding = true;
      await this.readPosition();
      this.options.logger.info({ schema, after: this.position }, 'outbox relay: publishing');
    } else if (bus.generation !== this.generation) {
      await this.readPosition();
      this.options.logger.warn({ schema, after: this.position }, 'outbox relay: the stream was recreated, publishing the outbox again');
    }
    for (;;) {
      const { rows } = await client.query(`select * from ${schema}.events where id > $1 order by id limit ${BATCH}`, [this.position]);
      for (const row of rows) {
        const event = toStoredEvent(row);
        await bus.publish(schema, event.id, event);
        this.position = event.id;
      }
      if (rows.length < BATCH || this.stopped) return;
    }
  }
}
