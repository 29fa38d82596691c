import pg from 'pg';
import { ResilientListener } from './listener.js';
import type { Logger } from './logger.js';

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
    const byChannel = new Map(producers.map((producer) => [outboxChannel(schemaOf(producer)), producer]));
    this.listener = new ResilientListener({
      databaseUrl: this.databaseUrl,
      channels: [...byChannel.keys()],
      connectionOptions: this.connectionOptions,
      logger: this.logger,
      onNotification: (channel) => {
        const producer = byChannel.get(channel);
        if (producer) listener.onEvents(producer);
      },
      onLost: () => listener.onLost(),
      onReconnect: () => listener.onResumed(),
    });
    await this.listener.start();
  }

  async close(): Promise<void> {
    await this.listener?.stop();
    await this.pool.end().catch(() => undefined);
  }
}
