import type { SubgraphName } from '../../platform/supergraph.js';
import { LiveSubscription } from './live.js';
import { graphql, type GraphQLResponse, type TestStack } from './stack.js';

/** Where a probe goes: through the gateway, or straight to one subgraph. */
export type Target = 'gateway' | SubgraphName;

/** What a call must get: through, or refused with this code (and reason). */
export type Outcome = 'allowed' | { code: string; reason?: string };

/** One call a test repeats with an old access token (issue 14). */
export interface Probe {
  target: Target;
  query: string;
  variables?: Record<string, unknown>;
}

export const urlOf = (stack: TestStack, target: Target) => (target === 'gateway' ? stack.gatewayUrl : stack.subgraphUrls[target]);

export function matches(result: GraphQLResponse, outcome: Outcome): boolean {
  if (outcome === 'allowed') return !result.errors?.length;
  return Boolean(result.errors?.some((error) => error.extensions?.code === outcome.code
    && (outcome.reason === undefined || error.extensions?.reason === outcome.reason)));
}

const describeResult = (result: GraphQLResponse) => JSON.stringify(result.errors?.map((error) => error.extensions) ?? 'allowed');

/** Runs every probe once with `token` and fails, naming the probe, unless each gets `outcome`. */
export async function expectNow(stack: TestStack, token: string, probes: Probe[], outcome: Outcome): Promise<void> {
  const wrong: string[] = [];
  for (const probe of probes) {
    const result = await graphql(urlOf(stack, probe.target), probe.query, { token, variables: probe.variables });
    if (!matches(result, outcome)) wrong.push(`${probe.target} ${probe.query}: ${describeResult(result)}`);
  }
  expect(wrong).toEqual([]);
}

/**
 * Repeats each probe with `token` until it gets `outcome` (no fixed delay: the condition is polled), and fails
 * unless every probe got it within `withinMs` of `since` (issue 14: one second of the commit). Returns the
 * slowest probe's delay in ms.
 */
export async function converge(stack: TestStack, token: string, probes: Probe[], outcome: Outcome, since: number,
  withinMs = 1000): Promise<number> {
  const delays = await Promise.all(probes.map(async (probe) => {
    for (;;) {
      const result = await graphql(urlOf(stack, probe.target), probe.query, { token, variables: probe.variables });
      const elapsed = Date.now() - since;
      if (matches(result, outcome)) return elapsed;
      if (elapsed > withinMs) return `${probe.target} ${probe.query}: still ${describeResult(result)} after ${elapsed} ms`;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }));
  expect(delays.filter((delay) => typeof delay === 'string')).toEqual([]);
  return Math.max(...(delays as number[]));
}

/** A new subscription with `token` at `target`, once it was refused, failed or produced its first result. */
export async function subscribeOnce(stack: TestStack, target: Target, token: string, query: string): Promise<LiveSubscription> {
  const live = new LiveSubscription(urlOf(stack, target), token, query);
  await live.until(() => live.completed || live.results.length > 0);
  return live;
}

/** How a subscription ended: the close that refused its socket, or the first error of its stream. */
export function endOf(live: LiveSubscription): { close?: number; reason?: string; code?: string } {
  const close = live.error as { code?: number; reason?: string } | undefined;
  if (close && !Array.isArray(close) && typeof close.code === 'number') return { close: close.code, reason: close.reason };
  const error = live.results.flatMap((result) => result.errors ?? [])[0];
  return { code: error?.extensions?.code as string | undefined, reason: error?.extensions?.reason as string | undefined };
}

/**
 * A subscription over GraphQL over SSE (the gateway's `text/event-stream` answer to a POST): collects each
 * `next` payload, tells when the stream completed, and keeps the status and body of a request refused before
 * any stream began (e.g. 401 SESSION_REVOKED).
 */
export class SseSubscription {
  readonly results: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] }[] = [];
  completed = false;
  status = 0;
  private readonly controller = new AbortController();
  private readonly done: Promise<void>;

  constructor(url: string, token: string, query: string) {
    this.done = this.run(url, token, query).catch(() => undefined).finally(() => { this.completed = true; });
  }

  private async run(url: string, token: string, query: string): Promise<void> {
    const response = await fetch(url, {
      method: 'POST', signal: this.controller.signal,
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query }),
    });
    this.status = response.status;
    if (!(response.headers.get('content-type') ?? '').includes('text/event-stream')) {
      const body = await response.json().catch(() => ({})) as { errors?: SseSubscription['results'][0]['errors'] };
      this.results.push({ errors: body.errors ?? [{ message: `status ${response.status}` }] });
      return;
    }
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = block.split('\n').filter((line) => line.startsWith('data:')).map((line) => line.slice(5).trim()).join('\n');
        if (event === 'next' && data) this.results.push(JSON.parse(data));
        if (event === 'complete') return;
      }
    }
  }

  /** Waits until `predicate` holds (or fails after `timeoutMs`). */
  async until(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate()) {
      if (Date.now() > deadline) throw new Error(`timed out; SSE results so far: ${JSON.stringify(this.results)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** The first error's code and reason, as `endOf` gives them for a WebSocket stream. */
  get end(): { code?: string; reason?: string } {
    const error = this.results.flatMap((result) => result.errors ?? [])[0];
    return { code: error?.extensions?.code as string | undefined, reason: error?.extensions?.reason as string | undefined };
  }

  async close(): Promise<void> {
    this.controller.abort();
    await this.done;
  }
}
