import type { GraphQLError } from 'graphql';
import type { StoredEvent } from './events.js';

/** What a subscription stream yields: an event, or the error that ends it (rendered, then the stream completes). */
export type StreamItem = { event: StoredEvent } | { end: GraphQLError };

/**
 * One subscriber's queue. Bounded: a client that does not read cannot grow memory without limit; past
 * `limit` undelivered events the stream ends with SUBSCRIPTION_OVERFLOW and the client resumes from its
 * last id.
 */
export class LiveStream implements AsyncIterableIterator<StreamItem> {
  private readonly queue: StreamItem[] = [];
  private waiting?: (result: IteratorResult<StreamItem>) => void;
  private ending = false;
  private finished = false;

  constructor(
    private readonly limit: number,
    private readonly overflowError: () => GraphQLError,
    private readonly onClose: () => void,
  ) {}

  get open(): boolean {
    return !this.ending && !this.finished;
  }

  get size(): number {
    return this.queue.length;
  }

  push(event: StoredEvent): void {
    if (!this.open) return;
    if (this.queue.length >= this.limit) {
      this.queue.length = 0;
      this.end(this.overflowError());
      return;
    }
    this.deliver({ event });
  }

  /** Ends the stream after what is queued: the error is the last item. */
  end(error: GraphQLError): void {
    if (!this.open) return;
    this.ending = true;
    this.deliver({ end: error });
  }

  private deliver(item: StreamItem): void {
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = undefined;
      resolve({ value: item, done: false });
    } else {
      this.queue.push(item);
    }
  }

  async next(): Promise<IteratorResult<StreamItem>> {
    if (this.finished) return { value: undefined, done: true };
    const item = this.queue.shift();
    if (item) {
      if ('end' in item) this.close();
      return { value: item, done: false };
    }
    if (this.ending) {
      this.close();
      return { value: undefined, done: true };
    }
    return new Promise((resolve) => {
      this.waiting = (result) => {
        if (!result.done && 'end' in result.value) this.close();
        resolve(result);
      };
    });
  }

  async return(): Promise<IteratorResult<StreamItem>> {
    this.close();
    return { value: undefined, done: true };
  }

  async throw(error: unknown): Promise<IteratorResult<StreamItem>> {
    this.close();
    throw error;
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<StreamItem> {
    return this;
  }

  private close(): void {
    if (this.finished) return;
    this.finished = true;
    this.ending = true;
    this.queue.length = 0;
    const waiting = this.waiting;
    this.waiting = undefined;
    waiting?.({ value: undefined, done: true });
    this.onClose();
  }
}
