import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../platform/logger.js';
import { inTransaction, SYSTEM_SCOPE } from './database.js';
import { outboxChannel } from '../../platform/event-feed.js';
import { ResilientListener } from '../../platform/listener.js';
import { serialized } from '../../platform/serialized.js';
import type { SubgraphName } from '../../platform/subgraph-names.js';
import type { Principal } from './principal.js';

/** A subgraph's database schema, named like the subgraph (platform/subgraph-names.ts). */
export type SubgraphSchema = SubgraphName;

/** DOMAIN.md §5 envelope: who caused the event. */
export interface Actor {
  kind: 'PARTNER_USER' | 'CUSTOMER_ADMIN' | 'SYSTEM' | 'REVIEWER';
  userId?: string | null;
  partnerId?: string | null;
}

export interface NewEvent {
  type: string;
  aggregateId: string;
  /** the organizations this event concerns (its audience) */
  partnerIds: string[];
  actor: Actor;
  /** never secrets: no passwords, no tokens */
  payload?: Record<string, unknown>;
  correlationId?: string | null;
}

export interface StoredEvent extends Required<Omit<NewEvent, 'correlationId'>> {
  id: string;
  correlationId: string | null;
  occurredAt: Date;
}

/** The channel this subgraph's outbox notifies on commit. */
export const eventChannel = (schema: SubgraphSchema) => outboxChannel(schema);

export function actorOf(principal: Principal | null): Actor {
  if (!principal) return { kind: 'SYSTEM' };
  return {
    kind: principal.partnerId ? 'PARTNER_USER' : 'CUSTOMER_ADMIN',
    userId: principal.userId,
    partnerId: principal.partnerId,
  };
}

/**
 * Writes a domain event into this subgraph's outbox inside the caller's transaction and notifies listeners;
 * PostgreSQL delivers the notification only if the transaction commits.
 */
export async function recordEvent(manager: EntityManager, schema: SubgraphSchema, event: NewEvent): Promise<string> {
  // Held to commit: event ids of one outbox become visible in id order, so "after id N" never skips one.
  await manager.query('select pg_advisory_xact_lock(hashtext($1))', [`${schema}.events`]);
  const rows: { id: string }[] = await manager.query(
    `insert into ${schema}.events (type, aggregate_id, partner_ids, actor, payload, correlation_id)
     values ($1, $2, $3, $4, $5, $6) returning id`,
    [event.type, event.aggregateId, event.partnerIds, event.actor, event.payload ?? {}, event.correlationId ?? null],
  );
  await manager.query('select pg_notify($1, $2)', [eventChannel(schema), String(rows[0].id)]);
  return String(rows[0].id);
}

interface EventRow {
  id: string;
  type: string;
  aggregate_id: string;
  partner_ids: string[];
  actor: Actor;
  payload: Record<string, unknown>;
  correlation_id: string | null;
  occurred_at: Date;
}

export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    id: String(row.id),
    type: row.type,
    aggregateId: row.aggregate_id,
    partnerIds: row.partner_ids,
    actor: row.actor,
    payload: row.payload,
    correlationId: row.correlation_id,
    occurredAt: row.occurred_at,
  };
}

export type EventHandler = (event: StoredEvent, manager: EntityManager) => Promise<void>;

/** One feed of a consumer: a producer's outbox, the handler applying it, and the checkpoint's name (default: the producer). */
export interface EventFeed {
  producer: SubgraphSchema;
  apply: EventHandler;
  checkpoint?: string;
}

export interface EventConsumerOptions {
  /** the consuming subgraph's connection; read models and the checkpoint are written through it */
  dataSource: DataSource;
  databaseUrl: string;
  consumer: SubgraphSchema;
  producer: SubgraphSchema;
  /**
   * the checkpoint's name in `<consumer>.consumed_events` (default: the producer's name); a second feed of the same
   * producer (another read model, the activity log) names its own, so each reads the whole outbox at its own pace
   */
  checkpoint?: string;
  apply: EventHandler;
  logger: Logger;
  /** safety-net poll, for notifications missed while reconnecting (default 2 s) */
  pollIntervalMs?: number;
  batchSize?: number;
}

/**
 * Feeds a read model from another subgraph's events: LISTEN for wake-ups, then read `<producer>.events_after`
 * from the last checkpoint, applying each event and advancing the checkpoint in one transaction (at-least-once,
 * in order, resumable after a restart).
 */
export class EventConsumer {
  private listener?: ResilientListener;
  private timer?: NodeJS.Timeout;
  private stopped = false;
  /** the latest pass asked for: every earlier one has finished when it has */
  private lastPass: Promise<boolean> = Promise.resolve(true);
  private readonly drainInTurn = serialized(async () => {
    if (!this.stopped) await this.drain();
  }, (error) => this.options.logger.error({ err: error, producer: this.options.producer }, 'event consumption failed'));

  constructor(private readonly options: EventConsumerOptions) {}

  async start(): Promise<void> {
    this.listener = new ResilientListener({
      databaseUrl: this.options.databaseUrl,
      channels: [eventChannel(this.options.producer)],
      logger: this.options.logger,
      onNotification: () => this.wake(),
      onReconnect: () => this.wake(),
    });
    await this.listener.start();
    this.timer = setInterval(() => this.wake(), this.options.pollIntervalMs ?? 2000);
    this.timer.unref();
    await this.catchUp();
  }

  /** Resolves once every event committed so far has been applied. */
  async catchUp(): Promise<void> {
    this.wake();
    await this.lastPass;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.lastPass;
    await this.listener?.stop();
  }

  /** One drain pass at a time; wake-ups during a pass share the one pass after it. */
  private wake(): void {
    if (this.stopped) return;
    this.lastPass = this.drainInTurn();
  }

  private async drain(): Promise<void> {
    const { consumer, producer, apply } = this.options;
    const checkpointName = this.options.checkpoint ?? producer;
    const batchSize = this.options.batchSize ?? 100;
    for (;;) {
      const applied = await inTransaction(this.options.dataSource, SYSTEM_SCOPE, async (manager) => {
        await manager.query(`insert into ${consumer}.consumed_events (producer) values ($1) on conflict do nothing`, [checkpointName]);
        const [checkpoint]: { last_event_id: string }[] = await manager.query(
          `select last_event_id from ${consumer}.consumed_events where producer = $1 for update`, [checkpointName]);
        const rows: EventRow[] = await manager.query(`select * from ${producer}.events_after($1, $2)`,
          [checkpoint.last_event_id, batchSize]);
        for (const row of rows) await apply(toStoredEvent(row), manager);
        if (rows.length) {
          await manager.query(`update ${consumer}.consumed_events set last_event_id = $2, updated_at = now()
            where producer = $1`, [checkpointName, rows[rows.length - 1].id]);
        }
        return rows.length;
      });
      if (applied < batchSize || this.stopped) return;
    }
  }
}
