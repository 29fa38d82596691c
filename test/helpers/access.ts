import { AccessState } from '../../platform/access-state.js';
import type { EventFeed, FeedEvent, FeedListener } from '../../platform/event-feed.js';
import { createLogger } from '../../platform/logger.js';

/**
 * An outbox in memory behind the EventFeed interface: what a test appends is announced to the follower like a
 * NOTIFY; `lose()` and `resume()` play a dropped and restored connection.
 */
export class MemoryEventFeed implements EventFeed {
  readonly events = new Map<string, FeedEvent[]>();
  private listener?: FeedListener;
  /** reads fail while set (a database that is down) */
  failing = false;

  append(producer: string, event: Omit<FeedEvent, 'id' | 'occurredAt'> & { occurredAt?: Date }, announce = true): string {
    const list = this.events.get(producer) ?? [];
    const id = String(list.length + 1);
    list.push({ occurredAt: new Date(), ...event, id });
    this.events.set(producer, list);
    if (announce) this.listener?.onEvents(producer);
    return id;
  }

  lose(): void {
    this.listener?.onLost();
  }

  resume(): void {
    this.listener?.onResumed();
  }

  async positionAt(producer: string, since: Date): Promise<string> {
    const list = this.events.get(producer) ?? [];
    const first = list.find((event) => event.occurredAt >= since);
    return first ? String(Number(first.id) - 1) : String(list.length);
  }

  async read(producer: string, afterId: string, max: number): Promise<FeedEvent[]> {
    if (this.failing) throw new Error('the database is down');
    return (this.events.get(producer) ?? []).slice(Number(afterId), Number(afterId) + max);
  }

  async follow(_producers: string[], listener: FeedListener): Promise<void> {
    this.listener = listener;
  }

  async close(): Promise<void> {
    this.listener = undefined;
  }
}

/** An access state over a MemoryEventFeed, started (a 15-minute token lifetime). */
export async function memoryAccessState(feed = new MemoryEventFeed(), options: { waitMs?: number } = {}) {
  const access = new AccessState({
    feed, logger: createLogger('test', 'silent'), accessTokenTtlSeconds: 900, marginSeconds: 60,
    waitMs: options.waitMs ?? 200, pollMs: 60_000,
  });
  await access.start();
  return { access, feed };
}
