import { AccessView, emptyAccessChange, type AccessChange, type AccessProducer } from './access-view.js';
import type { AccessStateConfig, EventBusConfig, PlatformConfig } from './config.js';
import { createEventFeed, type EventFeed } from './event-feed.js';
import type { Logger } from './logger.js';
import type { Metrics } from './metrics.js';
import { serialized } from './serialized.js';
import type { AccessClaims } from './tokens.js';

const PRODUCERS: AccessProducer[] = ['identity', 'partners'];
const BATCH = 500;
const PRUNE_INTERVAL_MS = 60_000;

/**
 * How a WebSocket whose connection_init is refused by the access state is closed, in the gateway and every
 * subgraph: an ended session as graphql-ws's 4403 Forbidden, a view still catching up as 1013 Try Again Later
 * (RFC 6455 registry); the close reason names the refusal.
 */
export const ACCESS_CLOSE_CODES = { SESSION_REVOKED: 4403, ACCESS_STATE_UNAVAILABLE: 1013 } as const;

/**
 * The two refusals of continuous access evaluation, one wording for the gateway and every subgraph (README
 * "Access changes take effect on the next request"; subgraphs/kit/errors.ts REASONS): GraphQL code, HTTP status
 * and the message users see.
 */
export const ACCESS_REFUSALS = {
  SESSION_REVOKED: { code: 'UNAUTHENTICATED', status: 401, message: 'This session has ended. Sign in again.' },
  ACCESS_STATE_UNAVAILABLE: {
    code: 'SERVICE_UNAVAILABLE', status: 503, message: 'Your access cannot be checked right now. Try again shortly.',
  },
} as const;

/** The view is catching up (after a lost connection) and did not within the configured wait. */
export class AccessStateUnavailable extends Error {
  constructor() {
    super('the access state is catching up with missed events');
  }
}

export interface AccessStateOptions extends AccessStateConfig {
  feed: EventFeed;
  logger: Logger;
  /** how far back changes matter, in seconds: the access-token lifetime plus `marginSeconds` */
  accessTokenTtlSeconds: number;
}

/**
 * Continuous access evaluation (issue 14): one per process — the gateway and every subgraph — so that a token
 * is judged on its user's, session's and organization's state as it is now, with no database round trip per
 * request. Loaded at start from the owners' events of the last token lifetime (`AccessView`), kept current by
 * the event feed, and trusted only while it is: after a lost connection it reads by event id what it missed
 * before it judges again; meanwhile `evaluate` waits up to `waitMs`, then refuses (AccessStateUnavailable).
 */
export class AccessState {
  private readonly view = new AccessView();
  private readonly cursors = new Map<AccessProducer, string>();
  private readonly changeListeners = new Set<(change: AccessChange) => void>();
  private waiters: (() => void)[] = [];
  private trusted = false;
  private listening = false;
  /** bumped on every lost connection: a catch-up that straddles one proves nothing */
  private losses = 0;
  private timers: NodeJS.Timeout[] = [];
  private readonly drain = serialized(() => this.readNewEvents(), (error) => {
    this.options.logger.error({ err: error }, 'access state: reading events failed');
  });

  constructor(private readonly options: AccessStateOptions) {}

  private get windowMs(): number {
    return (this.options.accessTokenTtlSeconds + this.options.marginSeconds) * 1000;
  }

  /** Listens, loads the window's events and resolves once the view is current; throws when it cannot load. */
  async start(): Promise<void> {
    const { feed } = this.options;
    await feed.follow(PRODUCERS, {
      onEvents: () => void this.catchUp(),
      onLost: () => this.distrust(),
      onResumed: () => {
        this.listening = true;
        void this.catchUp();
      },
    });
    this.listening = true;
    const since = new Date(Date.now() - this.windowMs);
    for (const producer of PRODUCERS) this.cursors.set(producer, await feed.positionAt(producer, since));
    if (!(await this.catchUp())) throw new Error('the access state could not load the owners\' events');
    this.timers = [
      setInterval(() => void this.catchUp(), this.options.pollMs),
      setInterval(() => this.view.prune(Date.now() - this.windowMs), PRUNE_INTERVAL_MS),
    ];
    for (const timer of this.timers) timer.unref();
  }

  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.distrust();
    await this.options.feed.close();
  }

  /** True while the view has read every event its feed announced since it last (re)connected. */
  get current(): boolean {
    return this.trusted;
  }

  /** How many facts the view holds (for metrics and benchmarks). */
  get size(): number {
    return this.view.size;
  }

  /**
   * The token's claims as things stand now, or null when its session has ended. Waits for a view that is
   * catching up (at most `waitMs`), then throws AccessStateUnavailable: never judged on a stale view.
   */
  async evaluate(claims: AccessClaims): Promise<AccessClaims | null> {
    if (!this.trusted) await this.whenCurrent();
    return this.view.currentClaims(claims);
  }

  /** The same judgement on the view as it stands (live streams re-evaluate on each change). */
  currentClaims(claims: AccessClaims): AccessClaims | null {
    return this.view.currentClaims(claims);
  }

  /** Calls `listener` after each batch of changes; returns the unsubscribe function. */
  onChange(listener: (change: AccessChange) => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Resolves once the view has read every access change committed before this call (one read of the outboxes,
   * shared by concurrent callers), so that what was read from another outbox after those commits can be judged
   * on it: a live stream syncs before it delivers a batch of events (kit/event-hub.ts). Rejects with
   * AccessStateUnavailable when the view cannot be trusted within `waitMs`.
   */
  async readUpToNow(): Promise<void> {
    if (await this.catchUp() && this.trusted) return;
    await this.whenCurrent();
  }

  /** Resolves when the view is current, or rejects with AccessStateUnavailable after `waitMs`. */
  whenCurrent(): Promise<void> {
    if (this.trusted) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        reject(new AccessStateUnavailable());
      }, this.options.waitMs);
      timer.unref();
      this.waiters.push(waiter);
    });
  }

  private distrust(): void {
    this.trusted = false;
    this.listening = false;
    this.losses += 1;
  }

  /** Reads what was committed before this call; trusts the view again when nothing was lost meanwhile. */
  private async catchUp(): Promise<boolean> {
    const losses = this.losses;
    const read = await this.drain();
    if (!read) {
      this.trusted = false;
      return false;
    }
    if (this.listening && losses === this.losses && !this.trusted) {
      this.trusted = true;
      for (const waiter of this.waiters.splice(0)) waiter();
    }
    return true;
  }

  private async readNewEvents(): Promise<void> {
    const change = emptyAccessChange();
    for (const producer of PRODUCERS) {
      for (;;) {
        const events = await this.options.feed.read(producer, this.cursors.get(producer)!, BATCH);
        for (const event of events) {
          this.view.apply({ producer, ...event }, change);
          this.cursors.set(producer, event.id);
        }
        if (events.length < BATCH) break;
      }
    }
    if (change.userIds.size + change.sessionIds.size + change.organizationIds.size === 0) return;
    for (const listener of this.changeListeners) {
      try {
        listener(change);
      } catch (error) {
        this.options.logger.error({ err: error }, 'access state: a change listener failed');
      }
    }
  }
}

/** Where and how a service's access state follows the owners' events. */
export interface AccessStateSettings extends AccessStateConfig {
  databaseUrl: string;
  accessTokenTtlSeconds: number;
  /** the event bus the owners' events are announced on (unset or no url: LISTEN/NOTIFY) */
  eventBus?: EventBusConfig;
}

export function accessStateSettings(config: PlatformConfig, databaseUrl: string): AccessStateSettings {
  return { ...config.accessState, accessTokenTtlSeconds: config.jwt.accessTokenTtlSeconds, databaseUrl, eventBus: config.eventBus };
}

/**
 * The access state of one service, reading the outboxes of `databaseUrl` as the event reader role, woken by the
 * configured event bus.
 */
export function createAccessState(settings: AccessStateSettings, logger: Logger): AccessState {
  return new AccessState({ ...settings, feed: createEventFeed(settings.databaseUrl, settings.eventBus, logger), logger });
}

/** Prometheus gauges of an access state: is it current (1) or catching up (0), and how many facts it holds. */
export function accessStateGauges(metrics: Metrics, access: AccessState): void {
  metrics.gauge('access_state_current', 'The access-state view has read every announced event (1) or is catching up (0)',
    () => (access.current ? 1 : 0));
  metrics.gauge('access_state_facts', 'Users, organizations and ended sessions the access-state view holds', () => access.size);
}
