import {
  DeliverPolicy, DiscardPolicy, jetstream, jetstreamManager, RetentionPolicy, StorageType,
  type ConsumerMessages, type JetStreamClient, type JetStreamManager, type JsMsg,
} from '@nats-io/jetstream';
import { connect, headers, nanos, type NatsConnection } from '@nats-io/transport-node';
import type { EventBusConfig } from './config.js';
import type { Logger } from './logger.js';
import { serialized } from './serialized.js';

/**
 * The header that carries the outbox id of a published event. Its Nats-Msg-Id, the de-duplication key, is
 * `<producer>.<id>`: ids are per outbox, so identity's event 7 and customers' event 7 are two events.
 */
export const EVENT_ID_HEADER = 'Partner-Graph-Event-Id';

/** What a consumer of the bus is told besides messages: the connection dropped, or is back. */
export interface BusConnectionListener {
  onLost?(): void;
  onResumed?(): void;
}

/** How long connecting to the event bus at start may take (ms) before the service gives up (and exits 1). */
export const EVENT_BUS_CONNECT_TIMEOUT_MS = 10_000;

/** A subscription to one or more producers' subjects; `stop` ends it. */
export interface BusSubscription {
  stop(): Promise<void>;
}

/**
 * One connection to the NATS JetStream event bus (issue 17; EVENT_BUS_URL, EVENT_BUS_STREAM): the stream
 * `<stream>` holds every subgraph's outbox events on the subject `<stream>.<producer>`, file-stored (they survive
 * a NATS restart), kept `retentionHours`, de-duplicated by event id within `duplicateWindowSeconds`
 * (https://docs.nats.io/nats-concepts/jetstream/streams, "Duplicate Window"). The outbox stays the source of
 * truth; the stream is how replicas hear of it without each one reading PostgreSQL per event.
 */
export class NatsEventBus {
  /** The `created` time of the stream as last seen by this connection: a different one means it was recreated. */
  private streamCreated?: string;
  private streamGeneration = 0;
  private readonly recreatedListeners = new Set<() => void>();
  private checking?: Promise<void>;

  private constructor(
    readonly connection: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    readonly config: EventBusConfig,
    private readonly logger: Logger,
  ) {}

  /**
   * Connects (retrying for ever once connected: a NATS restart is waited out) and makes sure the stream exists.
   * Throws, naming EVENT_BUS_URL, when no NATS JetStream server answers within `timeoutMs`
   * (EVENT_BUS_CONNECT_TIMEOUT_MS): unreachable, not NATS (another service on that port) or without JetStream.
   */
  static async connect(config: EventBusConfig, logger: Logger, name: string,
    timeoutMs = EVENT_BUS_CONNECT_TIMEOUT_MS): Promise<NatsEventBus> {
    if (!config.url) throw new Error('EVENT_BUS_URL is not set');
    const url = config.url;
    let connection: NatsConnection | undefined;
    let timer: NodeJS.Timeout | undefined;
    const failed = (cause: unknown) => new Error(
      `EVENT_BUS_URL ${url}: no NATS JetStream server answered within ${timeoutMs / 1000} s (${cause instanceof Error ? cause.message : String(cause)})`,
      { cause });
    const attempt = (async () => {
      connection = await connect({
        servers: url.split(',').map((server) => server.trim()),
        name, maxReconnectAttempts: -1, reconnectTimeWait: 250, pingInterval: 5000, timeout: timeoutMs,
      });
      const bus = new NatsEventBus(connection, jetstream(connection), await jetstreamManager(connection, { timeout: timeoutMs }), config, logger);
      await bus.ensureStream();
      return bus;
    })();
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
    });
    const bus = await Promise.race([attempt, deadline]).catch(async (error: unknown) => {
      // a connection made after the deadline is closed as soon as it is made
      void attempt.then((late) => late.connection.close(), () => undefined);
      await connection?.close().catch(() => undefined);
      throw failed(error);
    }).finally(() => clearTimeout(timer));
    const connected = bus.connection;
    // A NATS server restarted without its storage has no stream: nothing would recreate it, publishes would answer
    // "no responders" for ever. Every reconnect checks it (idempotently) and recreates it with the same settings.
    void (async () => {
      for await (const status of connected.status()) {
        if (status.type === 'reconnect') void bus.checkStream();
      }
    })().catch(() => undefined);
    return bus;
  }

  /**
   * How many times this connection has seen the stream recreated (by itself or another service) since it
   * connected: a relay's position and a consumer's sequence taken before a change are of a stream that is gone.
   */
  get generation(): number {
    return this.streamGeneration;
  }

  /** Calls `listener` whenever the stream is found recreated (see `generation`); returns the unsubscribe function. */
  onStreamRecreated(listener: () => void): () => void {
    this.recreatedListeners.add(listener);
    return () => this.recreatedListeners.delete(listener);
  }

  /**
   * Makes sure the stream exists (creating it with the configured settings when missing) and notices when it was
   * recreated. Never throws: a failure is logged and the next reconnect or failed publish checks again. One check
   * at a time; concurrent callers share it.
   */
  checkStream(): Promise<void> {
    this.checking ??= this.ensureStream()
      .catch((error) => {
        this.logger.warn({ err: error, stream: this.config.stream }, 'event bus: cannot check the stream, will retry');
        if (!this.connection.isClosed()) setTimeout(() => void this.checkStream(), 1000).unref();
      })
      .finally(() => { this.checking = undefined; });
    return this.checking;
  }

  /** The subject of `producer`'s events. */
  subject(producer: string): string {
    return `${this.config.stream}.${producer}`;
  }

  private async ensureStream(): Promise<void> {
    const { stream, retentionHours, duplicateWindowSeconds } = this.config;
    const settings = {
      subjects: [`${stream}.>`], storage: StorageType.File, retention: RetentionPolicy.Limits, discard: DiscardPolicy.Old,
      max_age: nanos(retentionHours * 3600_000), duplicate_window: nanos(duplicateWindowSeconds * 1000),
    };
    let info = await this.jsm.streams.info(stream).catch(() => null);
    if (!info) {
      // Replicas start together: one of them creates it, the others find it created.
      info = await this.jsm.streams.add({ name: stream, ...settings })
        .catch(async (error) => {
          const created = await this.jsm.streams.info(stream).catch(() => null);
          if (!created) throw error;
          return created;
        });
    }
    const created = String(info.created);
    if (this.streamCreated !== undefined && this.streamCreated !== created) {
      this.streamGeneration += 1;
      this.logger.warn({ stream, created }, 'event bus: the stream was lost (NATS storage) and is recreated; relays publish the outbox again');
      for (const listener of [...this.recreatedListeners]) listener();
    }
    this.streamCreated = created;
  }

  /**
   * Publishes one outbox event and waits for the stream's acknowledgement; `<producer>.<event id>` is the message
   * id, so a second publish of the same event within the duplicate window is stored once (`duplicate: true`).
   */
  async publish(producer: string, eventId: string, body: unknown): Promise<{ seq: number; duplicate: boolean }> {
    const header = headers();
    header.set(EVENT_ID_HEADER, eventId);
    const ack = await this.js.publish(this.subject(producer), JSON.stringify(body), { msgID: `${producer}.${eventId}`, headers: header, timeout: 5000 })
      .catch(async (error: unknown) => {
        // "no responders": no stream takes the subject (lost with the server's storage); recreate it, the caller retries.
        await this.checkStream();
        throw error;
      });
    return { seq: ack.seq, duplicate: ack.duplicate };
  }

  /** The id of the last event of `producer` in the stream, or null when it holds none. */
  async lastEventId(producer: string): Promise<string | null> {
    const message = await this.jsm.streams.getMessage(this.config.stream, { last_by_subj: this.subject(producer) });
    return message?.header?.get(EVENT_ID_HEADER) || null;
  }

  /** The stream's last sequence number now: a consumer that starts after it sees only what is published later. */
  async lastSequence(): Promise<number> {
    return (await this.jsm.streams.info(this.config.stream)).state.last_seq;
  }

  /**
   * Follows `producers`, one ordered consumer each (a single filter subject: NATS servers before 2.10, Debian's
   * included, have no `filter_subjects`), from stream sequence `afterSeq + 1`; the client recreates a consumer after
   * a gap, a NATS restart or a reconnect, from the last sequence it delivered. `onMessage` is called in stream order
   * per producer; `listener` hears of lost and resumed connections.
   */
  async follow(producers: string[], afterSeq: number, onMessage: (producer: string, message: JsMsg) => void,
    listener: BusConnectionListener = {}): Promise<BusSubscription> {
    let feeds: { messages: ConsumerMessages; done: Promise<void> }[] = [];
    const open = async (fromSeq: number) => {
      const opened: typeof feeds = [];
      for (const producer of producers) {
        const consumer = await this.js.consumers.get(this.config.stream, {
          filter_subjects: this.subject(producer), deliver_policy: DeliverPolicy.StartSequence, opt_start_seq: fromSeq + 1,
        });
        const messages = await consumer.consume({ max_messages: 500 });
        const done = (async () => {
          for await (const message of messages) onMessage(producer, message);
        })().catch((error) => this.logger.error({ err: error, producer }, 'event bus consumer failed'));
        void (async () => {
          for await (const status of messages.status()) {
            if (status.type === 'ordered_consumer_recreated') listener.onResumed?.();
          }
        })().catch(() => undefined);
        opened.push({ messages, done });
      }
      return opened;
    };
    const close = async (closing: typeof feeds) => {
      for (const { messages, done } of closing) {
        await messages.close().catch(() => undefined);
        await done;
      }
    };
    feeds = await open(afterSeq);
    let stopped = false;
    // The stream was lost and recreated: the ordered consumers follow sequences of a stream that is gone. Follow the
    // new one from its end now; `onResumed` has the caller read what it may have missed from the outbox (by event id).
    const reopen = serialized(async () => {
      if (stopped) return;
      const previous = feeds;
      feeds = [];
      await close(previous);
      feeds = await open(await this.lastSequence());
      if (stopped) await close(feeds);
      else listener.onResumed?.();
    }, (error) => {
      this.logger.warn({ err: error }, 'event bus: cannot follow the recreated stream, will retry');
      setTimeout(() => void reopen(), 1000).unref();
    });
    const unsubscribe = this.onStreamRecreated(() => void reopen());
    void (async () => {
      for await (const status of this.connection.status()) {
        if (stopped) return;
        if (status.type === 'disconnect') listener.onLost?.();
        if (status.type === 'reconnect') listener.onResumed?.();
      }
    })();
    return {
      async stop() {
        stopped = true;
        unsubscribe();
        await reopen();
        await close(feeds);
      },
    };
  }

  async close(): Promise<void> {
    await this.connection.drain().catch(() => this.connection.close());
  }
}
