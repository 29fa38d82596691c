import pg from 'pg';
import { ResilientListener } from './listener.js';
import type { EventBusConfig } from './config.js';
import type { Logger } from './logger.js';
import { NatsEventBus, type BusSubscription } from './nats-event-bus.js';

/** The channel a subgraph's outbox notifies on commit (kit/events.ts recordEvent). */
export const outboxChannel = (schema: string) => `${schema}_events`;

/**
 * The read-only database role through which a service follows other subgraphs' outboxes: EXECUTE on their
 * `events_after` / `events_head` / `events_position` functions and nothing else. Created and granted by the
 * identity and partners migrations (kit/event-store-ddl.ts eventStoreV2); the gateway's only database access.
 */
export const EVENT_READER_ROLE = 'partner_graph_event_reader';

/** One event of an outbox, as a feed hands it out. */
export interface FeedEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  occurredAt: Date;
}

/** What a follower hears from a feed. */
export interface FeedListener {
  /** `producer` has committed new events (read them by id) */
  onEvents(producer: string): void;
  /** the feed may miss notifications from now on, until `onResumed` */
  onLost(): void;
  /** the feed listens again: read by id what was committed meanwhile */
  onResumed(): void;
}

/**
 * The event bus as a reader of owners' outboxes sees it (DESIGN.md "Events and subscriptions": the outbox is
 * the source of truth, the bus only says when to read). `PostgresEventFeed` implements it with LISTEN/NOTIFY and
 * the outbox functions; a NATS JetStream adapter implements the same four calls.
 */
export interface EventFeed {
  /** the event id after which every event of `producer` that occurred at or after `since` lies */
  positionAt(producer: string, since: Date): Promise<string>;
  /** up to `max` events of `producer` after `afterId`, in id order */
  read(producer: string, afterId: string, max: number): Promise<FeedEvent[]>;
  /** starts hearing about new events of `producers`; resolves once listening */
  follow(producers: string[], listener: FeedListener): Promise<void>;
  close(): Promise<void>;
}

const SCHEMA_NAME = /^[a-z_]+$/;

function schemaOf(producer: string): string {
  if (!SCHEMA_NAME.test(producer)) throw new Error(`not an outbox: ${producer}`);
  return producer;
}


/**
 * LISTEN on the outbox channels of `producers` as the read-only event reader: each notification tells `listener`
 * which producer has new events; a lost connection and its return are passed on (onLost, onResumed).
 */
function outboxListener(databaseUrl: string, producers: string[], listener: FeedListener, logger: Logger): ResilientListener {
  const byChannel = new Map(producers.map((producer) => [outboxChannel(schemaOf(producer)), producer]));
  return new ResilientListener({
    databaseUrl,
    channels: [...byChannel.keys()],
    connectionOptions: `-c role=${EVENT_READER_ROLE}`,
    logger,
    onNotification: (channel) => {
      const producer = byChannel.get(channel);
      if (producer) listener.onEvents(producer);
    },
    onLost: () => listener.onLost(),
    onReconnect: () => listener.onResumed(),
  });
}

/** LISTEN/NOTIFY for wake-ups, `<schema>.events_after` / `events_position` for the events, as EVENT_READER_ROLE. */
export class PostgresEventFeed implements EventFeed {
  private readonly pool: pg.Pool;
  private listener?: ResilientListener;
  private readonly connectionOptions = `-c role=${EVENT_READER_ROLE}`;

  constructor(private readonly databaseUrl: string, private readonly logger: Logger) {
    this.pool = new pg.Pool({ connectionString: databaseUrl, max: 2, options: this.connectionOptions });
    this.pool.on('error', (error) => logger.warn({ err: error }, 'event feed connection lost'));
  }

  async positionAt(producer: string, since: Date): Promise<string> {
    const { rows } = await this.pool.query(`select ${schemaOf(producer)}.events_position($1) as id`, [since]);
    return String(rows[0].id);
  }

  async read(producer: string, afterId: string, max: number): Promise<FeedEvent[]> {
    const { rows } = await this.pool.query<{ id: string; type: string; payload: Record<string, unknown>; occurred_at: Date }>(
      `select id, type, payload, occurred_at from ${schemaOf(producer)}.events_after($1, $2)`, [afterId, max]);
    return rows.map((row) => ({ id: String(row.id), type: row.type, payload: row.payload, occurredAt: row.occurred_at }));
  }

  async follow(producers: string[], listener: FeedListener): Promise<void> {
    this.listener = outboxListener(this.databaseUrl, producers, listener, this.logger);
    await this.listener.start();
  }

  async close(): Promise<void> {
    await this.listener?.stop();
    await this.pool.end().catch(() => undefined);
  }
}

/**
 * The same reader on NATS JetStream (issue 17, EVENT_BUS_URL): an ordered consumer of the producers' subjects tells
 * when to read, the outbox functions (as EVENT_READER_ROLE) still give the events, so what is read is what was
 * committed, whichever relay published it and however late. While the NATS connection is down the feed listens on
 * PostgreSQL (the outbox still NOTIFYs on commit), so access evaluation does not stop with the bus; it reports
 * `onLost` until that listener is up, and `onResumed` whenever something may have been missed.
 */
export class NatsEventFeed implements EventFeed {
  private readonly outbox: PostgresEventFeed;
  private bus?: NatsEventBus;
  private subscription?: BusSubscription;
  private fallback?: ResilientListener;

  constructor(private readonly databaseUrl: string, private readonly config: EventBusConfig, private readonly logger: Logger) {
    this.outbox = new PostgresEventFeed(databaseUrl, logger);
  }

  positionAt(producer: string, since: Date): Promise<string> {
    return this.outbox.positionAt(producer, since);
  }

  read(producer: string, afterId: string, max: number): Promise<FeedEvent[]> {
    return this.outbox.read(producer, afterId, max);
  }

  async follow(producers: string[], listener: FeedListener): Promise<void> {
    this.bus = await NatsEventBus.connect(this.config, this.logger, 'access-state');
    const bus = this.bus;
    this.subscription = await bus.follow(producers, await bus.lastSequence(), (producer) => listener.onEvents(producer), {
      onLost: () => {
        listener.onLost();
        if (this.fallback) return;
        const fallback = outboxListener(this.databaseUrl, producers, listener, this.logger);
        this.fallback = fallback;
        fallback.start().then(() => listener.onResumed(), (error) => {
          this.logger.warn({ err: error }, 'event feed: no PostgreSQL listener while NATS is down');
          if (this.fallback === fallback) this.fallback = undefined;
        });
      },
      onResumed: () => {
        listener.onResumed();
        const fallback = this.fallback;
        this.fallback = undefined;
        void fallback?.stop();
      },
    });
  }

  async close(): Promise<void> {
    await this.subscription?.stop();
    await this.fallback?.stop();
    await this.bus?.close();
    await this.outbox.close();
  }
}

/** The event feed the configuration chooses: NATS JetStream when EVENT_BUS_URL is set, else LISTEN/NOTIFY. */
export function createEventFeed(databaseUrl: string, bus: EventBusConfig | undefined, logger: Logger): EventFeed {
  return bus?.url ? new NatsEventFeed(databaseUrl, bus, logger) : new PostgresEventFeed(databaseUrl, logger);
}
