import type { IncomingMessage, ServerResponse } from 'node:http';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import { DEFAULT_TRAFFIC_LIMITS, type TrafficLimits } from '../platform/gateway-config.js';
import type { VerifiedTokens } from './auth.js';
import type { RateLimiters } from './shared-limits.js';

export { DEFAULT_TRAFFIC_LIMITS, type TrafficLimits };

export function sendError(response: ServerResponse, status: number, code: string, message: string, extra: object = {}) {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...extra });
  response.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

/**
 * Refuses bodies over the limit before they are read: by Content-Length, and a chunked body (no length)
 * is refused outright (411) rather than buffered without bound.
 */
export function bodyTooLarge(request: IncomingMessage, response: ServerResponse, maxBytes: number): boolean {
  if (request.method !== 'POST') return false;
  const length = request.headers['content-length'];
  if (length === undefined) {
    sendError(response, 411, 'BAD_REQUEST', 'Send a Content-Length with the request body.');
    return true;
  }
  if (Number(length) > maxBytes) {
    sendError(response, 413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
    return true;
  }
  return false;
}

/** A sliding one-minute window of counts per key (in memory: per gateway instance). */
export class RateWindow {
  private readonly counts = new Map<string, { start: number; previous: number; current: number }>();

  constructor(private readonly perMinute: number) {}

  /** Counts one hit; returns the seconds to wait when over the limit, else 0. */
  hit(key: string, now = Date.now()): number {
    if (this.perMinute === 0) return 0;
    const minute = Math.floor(now / 60_000) * 60_000;
    let entry = this.counts.get(key);
    if (!entry || entry.start < minute - 60_000) entry = { start: minute, previous: 0, current: 0 };
    else if (entry.start < minute) entry = { start: minute, previous: entry.current, current: 0 };
    const weight = 1 - (now - minute) / 60_000;
    const estimate = entry.previous * weight + entry.current;
    if (estimate >= this.perMinute) {
      this.counts.set(key, entry);
      return Math.ceil((minute + 60_000 - now) / 1000);
    }
    entry.current += 1;
    this.counts.set(key, entry);
    if (this.counts.size > 100_000) this.prune(minute);
    return 0;
  }

  private prune(minute: number) {
    for (const [key, entry] of this.counts) if (entry.start < minute - 60_000) this.counts.delete(key);
  }
}

/**
 * Rate limits per client address (first thing on each request, before any token work) and per signed-in
 * user (once the token was verified); over the limit → 429 RATE_LIMITED. Counted where `limiters` count: this
 * instance's memory, or Redis shared by every instance (RATE_LIMIT_REDIS_URL).
 */
export function useRateLimits(limits: TrafficLimits, tokens: VerifiedTokens, limiters: RateLimiters): GatewayPlugin {
  const users = limiters.limiter('user', limits.perUserPerMinute);
  const addresses = limiters.limiter('address', limits.perAddressPerMinute);
  const limited = (wait: number) => ({
    errors: [{ message: 'Too many requests. Try again later.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait } }],
  });
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (!limits.perAddressPerMinute) return;
      const wait = await addresses.hit(request.headers.get('x-forwarded-for') ?? 'unknown');
      if (!wait) return;
      endResponse(new fetchAPI.Response(JSON.stringify(limited(wait)), {
        status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(wait) },
      }));
    },
    async onParams({ request, setResult }) {
      const claims = tokens.claimsOf(request);
      const wait = claims && limits.perUserPerMinute ? await users.hit(claims.sub) : 0;
      if (!wait) return;
      setResult({
        errors: [new GraphQLError('Too many requests. Try again later.', {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: wait, http: { status: 429, headers: { 'retry-after': String(wait) } } },
        })],
      });
    },
  };
}
