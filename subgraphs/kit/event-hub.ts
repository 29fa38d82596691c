import type { GraphQLError } from 'graphql';
import pg from 'pg';
import { AccessStateUnavailable, type AccessState } from '../../platform/access-state.js';
import { concerns, type AccessChange } from '../../platform/access-view.js';
import { ResilientListener } from '../../platform/listener.js';
import type { Logger } from '../../platform/logger.js';
import type { BusSubscription, NatsEventBus } from '../../platform/nats-event-bus.js';
import { serialized } from '../../platform/serialized.js';
import { DomainError } from './errors.js';
import { eventChannel, toStoredEvent, type StoredEvent, type SubgraphSchema } from './events.js';
import { LiveStream } from './live-stream.js';
import { currentPrincipal, type Principal } from './principal.js';

export interface StreamRequest {
  /** the subscriber as things stand now: replaced when its access changes */
  principal: Principal;
  /** resume: deliver the events after this id first (ids are per subgraph, increasing) */
  afterId?: string | null;
  /** per event: may the subscriber, as it now stands, see it (§5 "checked at subscribe and per event") */
  accepts(event: StoredEvent, principal: Principal): boolean;
  /** the subscribe-time check, run again when the subscriber's access changes: throws the refusal */
  authorize(principal: Principal): void;
}

export interface EventHubOptions {
  databaseUrl: string;
  schema: SubgraphSchema;
  logger: Logger;
  /** this process's access state: its changes re-evaluate open streams (issue 14) */
  access: AccessState;
  /** undelivered events a subscriber may hold before it is dropped (default 1000) */
  bufferLimit?: number;
  /** how long events are kept for resuming (default 7 days) */
  retentionHours?: number;
  /**
   * NATS JetStream (issue 17): live events come from the stream the outbox relay publishes to, one ordered consumer
   * per process, instead of a LISTEN connection and a read per notification; unset: LISTEN/NOTIFY
   */
  bus?: NatsEventBus;
}

type RowLike = Parameters<typeof toStoredEvent>[0];

interface Subscriber {
  request: StreamRequest;
  stream: LiveStream;
  /** events up to this id were replayed; live ones must be newer */
  replayedUpTo: number;
  /** live events that arrived while replaying, delivered after the replay */
  pending: StoredEvent[] | null;
  expiry?: NodeJS.Timeout;
}

/**
 * How a stream ends when its subscriber's access changed (§5 stream rules): a role change that drops the grant →
 * FORBIDDEN / SUBSCRIPTION_REVOKED; an ended session → UNAUTHENTICATED / SESSION_REVOKED; a password to change or
 * an organization no longer ACTIVE → the reason the subscription would be refused now.
 */
function streamEnd(error: unknown): GraphQLError {
  if (error instanceof DomainError) return error.reason === 'NOT_AUTHORISED' ? new DomainError('SUBSCRIPTION_REVOKED') : error;
  return new DomainError('SUBSCRIPTION_REVOKED');
}

/** An event as the outbox relay publishes it (kit/outbox-relay.ts): the stored event, its date as JSON. */
function fromBusMessage(json: string): StoredEvent {
  const event = JSON.parse(json) as StoredEvent & { occurredAt: string };
  return { ...event, occurredAt: new Date(event.occurredAt) };
}

/**
 * One per subgraph process: a single LISTEN connection on the subgraph's outbox channel (or, with NATS, one
 * ordered consumer of its subject) fans events out to every subscriber in memory, filtered per subscriber. Each change of the process's access state re-runs the
 * subscribe-time check of the streams it concerns and ends those it no longer allows; a stream also ends when
 * its access token expires.
 */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>();
  private listener?: ResilientListener;
  private pool?: pg.Pool;
  private lastId = 0;
  /** events the bus delivered, not yet fanned out */
  private incoming: StoredEvent[] = [];
  /** read the outbox by id on the next pass: the bus connection came back, something may have been missed */
  private readOutbox = true;
  private busSubscription?: BusSubscription;
  private purgeTimer?: NodeJS.Timeout;
  private stopFollowingAccess?: () => void;
  private readonly drainEvents = serialized(() => this.deliverNewEvents(), (error) => this.logError(error));

  constructor(private readonly options: EventHubOptions) {}

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  async start(): Promise<void> {
    this.pool = new pg.Pool({ connectionString: this.options.databaseUrl, max: 3 });
    this.pool.on('error', (error) => this.logError(error));
    if (this.options.bus) await this.followBus(this.options.bus);
    else await this.listen();
    this.stopFollowingAccess = this.options.access.onChange((change) => this.reevaluate(change));
    this.purgeTimer = setInterval(() => void this.purge(), 3600_000);
    this.purgeTimer.unref();
  }

  private async head(): Promise<number> {
    return Number((await this.pool!.query(`select ${this.options.schema}.events_head() as id`)).rows[0].id);
  }

  private async listen(): Promise<void> {
    const { schema } = this.options;
    this.lastId = await this.head();
    this.listener = new ResilientListener({
      databaseUrl: this.options.databaseUrl,
      channels: [eventChannel(schema)],
      logger: this.options.logger,
      onNotification: () => void this.drainEvents(),
      // Reading by id after a reconnect delivers whatever was committed while the connection was down.
      onReconnect: () => void this.drainEvents(),
    });
    await this.listener.start();
  }

  /**
   * The stream's sequence is taken before the outbox head: whatever the stream held then is at or below the head,
   * so starting after both neither skips nor repeats an event.
   */
  private async followBus(bus: NatsEventBus): Promise<void> {
    const sequence = await bus.lastSequence();
    this.lastId = await this.head();
    this.readOutbox = false;
    this.busSubscription = await bus.follow([this.options.schema], sequence, (_producer, message) => {
      try {
        this.incoming.push(fromBusMessage(message.string()));
      } catch (error) {
        this.logError(error);
        this.readOutbox = true;
      }
      void this.drainEvents();
    }, {
      onResumed: () => {
        this.readOutbox = true;
        void this.drainEvents();
      },
    });
  }

  async stop(): Promise<void> {
    if (this.purgeTimer) clearInterval(this.purgeTimer);
    this.stopFollowingAccess?.();
    for (const subscriber of [...this.subscribers]) void subscriber.stream.return();
    await this.listener?.stop();
    await this.busSubscription?.stop();
    await this.pool?.end().catch(() => undefined);
  }

  /** Opens a stream: replays the events after `afterId` (if given), then delivers live ones, in id order. */
  subscribe(request: StreamRequest): LiveStream {
    const subscriber: Subscriber = { request, replayedUpTo: 0, pending: request.afterId ? [] : null } as Subscriber;
    subscriber.stream = new LiveStream(this.options.bufferLimit ?? 1000, () => new DomainError('SUBSCRIPTION_OVERFLOW'), () => {
      if (subscriber.expiry) clearTimeout(subscriber.expiry);
      this.subscribers.delete(subscriber);
    });
    this.subscribers.add(subscriber);
    const expiresAt = request.principal.expiresAt;
    if (expiresAt) {
      const ms = Math.min(expiresAt.getTime() - Date.now(), 2 ** 31 - 1);
      subscriber.expiry = setTimeout(() => subscriber.stream.end(new DomainError('TOKEN_EXPIRED')), Math.max(ms, 0));
      subscriber.expiry.unref();
    }
    if (request.afterId) void this.replay(subscriber, request.afterId);
    return subscriber.stream;
  }

  private async replay(subscriber: Subscriber, afterId: string): Promise<void> {
    const { schema } = this.options;
    try {
      if (!/^\d{1,18}$/.test(afterId)) throw new DomainError('INVALID_EVENT_ID', { argument: 'after' });
      const pool = this.pool!;
      const oldest = await pool.query(`select min(id) as id from ${schema}.events`);
      const oldestId = oldest.rows[0].id === null ? null : Number(oldest.rows[0].id);
      if (oldestId !== null && Number(afterId) < oldestId - 1) throw new DomainError('RESUME_WINDOW_PASSED');
      let cursor = Number(afterId);
      for (;;) {
        const { rows } = await pool.query<RowLike>(
          `select * from ${schema}.events where id > $1 order by id limit 500`, [cursor]);
        for (const row of rows) {
          const event = toStoredEvent(row);
          cursor = Number(event.id);
          if (subscriber.request.accepts(event, subscriber.request.principal)) subscriber.stream.push(event);
        }
        if (rows.length < 500) break;
      }
      subscriber.replayedUpTo = cursor;
      const pending = subscriber.pending ?? [];
      subscriber.pending = null;
      for (const event of pending) if (Number(event.id) > cursor) subscriber.stream.push(event);
    } catch (error) {
      subscriber.stream.end(error instanceof DomainError ? error : new DomainError('RESUME_WINDOW_PASSED'));
      if (!(error instanceof DomainError)) this.logError(error);
    }
  }

  /**
   * Fans out, in id order and once each, the events after the last one delivered: those the bus carried, and
   * (LISTEN/NOTIFY, or the bus after a reconnect) those read from the outbox by id.
   */
  private async deliverNewEvents(): Promise<void> {
    const { schema } = this.options;
    const carried = this.incoming.splice(0).filter((event) => Number(event.id) > this.lastId);
    if (carried.length > 0) await this.judgeSubscribersAsOfNow();
    for (const event of carried) this.deliver(event);
    if (!this.readOutbox) return;
    if (this.options.bus) this.readOutbox = false;
    for (;;) {
      const { rows } = await this.pool!.query<RowLike>(
        `select * from ${schema}.events where id > $1 order by id limit 500`, [this.lastId]);
      if (rows.length > 0) await this.judgeSubscribersAsOfNow();
      for (const row of rows) this.deliver(toStoredEvent(row));
      if (rows.length < 500) return;
    }
  }

  private deliver(event: StoredEvent): void {
    // the bus may repeat what the outbox already gave (after a reconnect) and vice versa
    if (Number(event.id) <= this.lastId) return;
    this.lastId = Number(event.id);
    for (const subscriber of this.subscribers) {
      if (!subscriber.request.accepts(event, subscriber.request.principal)) continue;
      if (subscriber.pending) subscriber.pending.push(event);
      else if (Number(event.id) > subscriber.replayedUpTo) subscriber.stream.push(event);
    }
  }

  /**
   * Issue 14, the per-event check on the access state: before a batch is delivered, the access state reads every
   * access change committed before the batch was read, and the streams they concern are judged again (reevaluate),
   * so no event reaches a subscriber whose session had ended or whose rights had gone when it was committed — not
   * even the event of its own deactivation. A view that cannot be trusted within ACCESS_STATE_WAIT_MS ends every
   * stream with ACCESS_STATE_UNAVAILABLE (clients resume with `after`) rather than deliver on a stale judgement.
   */
  private async judgeSubscribersAsOfNow(): Promise<void> {
    try {
      await this.options.access.readUpToNow();
    } catch (error) {
      if (!(error instanceof AccessStateUnavailable)) throw error;
      for (const subscriber of this.subscribers) subscriber.stream.end(new DomainError('ACCESS_STATE_UNAVAILABLE'));
    }
  }

  /** Issue 14: the streams of the users, sessions and organizations a change concerns are judged again. */
  private reevaluate(change: AccessChange): void {
    for (const subscriber of this.subscribers) {
      const { request } = subscriber;
      if (!concerns(change, request.principal.token)) continue;
      try {
        request.principal = currentPrincipal(this.options.access, request.principal.token);
        request.authorize(request.principal);
      } catch (error) {
        subscriber.stream.end(streamEnd(error));
      }
    }
  }

  private async purge(): Promise<void> {
    const hours = this.options.retentionHours ?? 24 * 7;
    await this.pool?.query(`delete from ${this.options.schema}.events where occurred_at < now() - make_interval(hours => $1)`,
      [hours]).catch((error) => this.logError(error));
  }

  private logError(error: unknown): void {
    this.options.logger.error({ err: error, schema: this.options.schema }, 'event hub failure');
  }
}
