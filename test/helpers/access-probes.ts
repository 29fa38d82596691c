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
