import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface LiveResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * A dashboard's subscription over graphql-transport-ws: collects every result, and tells when the stream
 * completed or failed.
 */
export class LiveSubscription {
  readonly results: LiveResult[] = [];
  completed = false;
  error: unknown;
  private readonly client: Client;
  private readonly waiters: (() => void)[] = [];

  constructor(httpUrl: string, token: string, query: string, variables: Record<string, unknown> = {}) {
    this.client = createClient({
      url: httpUrl.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false, onNonLazyError: () => undefined,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    this.client.subscribe({ query, variables }, {
      next: (result) => { this.results.push(result as LiveResult); this.notify(); },
      error: (error) => {
        // an `error` message carries GraphQL errors: keep them like a result's
        if (Array.isArray(error)) this.results.push({ errors: error as LiveResult['errors'] });
        this.error = error;
        this.completed = true;
        this.notify();
      },
      complete: () => { this.completed = true; this.notify(); },
    });
  }

  private notify() {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** Waits until `predicate` holds (or fails after `timeoutMs`). */
  async until(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out; results so far: ${JSON.stringify(this.results)}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => { clearTimeout(timer); resolve(); });
      });
    }
  }

  /** Runs one more operation on the same socket: its first result, or the errors that refused it. */
  run(query: string): Promise<LiveResult> {
    return new Promise((resolve) => {
      this.client.subscribe({ query }, {
        next: (result) => resolve(result as LiveResult),
        error: (error) => resolve({ errors: Array.isArray(error) ? error : [{ message: String(error) }] }),
        complete: () => undefined,
      });
    });
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }
}

/** Gives a freshly opened subscription time to reach the subgraph before the test acts. */
export const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
