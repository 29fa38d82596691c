import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { Logger } from '../platform/logger.js';
import type { VerifiedTokens } from './auth.js';
import type { TrafficLimits } from './guards.js';
import type { RateLimiters } from './shared-limits.js';
import { subgraphUrls } from './readiness.js';

/**
 * Issue 18 §3: CSV exports at `GET /exports/<name>.csv`. The gateway keeps no data, so it proxies each export to the
 * subgraph that owns it, with the caller's Authorization: the owner checks the token, the permission (P-23) and the
 * filter as its GraphQL query does, under row-level security, and streams the file. Here: a signed-in caller only
 * (401 before anything is asked of the subgraph), a rate and a number at once per user (429 RATE_LIMITED), and the
 * stream passed through with backpressure (Hive Gateway's server waits for the client to drain each chunk), cancelled
 * upstream when the client goes away.
 */

/** The exports and the subgraph that serves each, at the same path. */
export const EXPORTS: Readonly<Record<string, string>> = { '/exports/activity.csv': 'partners' };

/** Response headers of the owner passed on to the client; everything else stays between gateway and subgraph. */
const PASSED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'retry-after', 'allow'];

export interface ExportOptions {
  supergraph: () => string | Promise<string>;
  tokens: VerifiedTokens;
  traffic: TrafficLimits;
  /** where export starts are counted (this instance, or Redis shared by every instance) */
  limiters: RateLimiters;
  logger: Logger;
  /** how long the owner may take to start answering (SUBGRAPH_TIMEOUT_MS); the stream itself may take longer */
  timeoutMs: number;
}

const json = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }),
    { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

/**
 * The chunks the client gets: at least 64 KiB each (the last one aside). Hive Gateway's server (@whatwg-node/server)
 * writes a streamed body chunk by chunk, keeping one settled-later promise per chunk until the response ends; the
 * subgraph's chunks can be one CSV record each, so gathering them keeps that chain a few thousand links long whatever
 * the file's size (test/e2e/activity-export-memory.test.ts).
 */
const CHUNK_BYTES = 64 * 1024;

/** `body` in chunks of CHUNK_BYTES, with `release` called once when it ends, fails or is cancelled by the client. */
function releasing(body: ReadableStream<Uint8Array>, release: () => void): ReadableStream<Uint8Array> {
  const reader = body.getReader();
  let released = false;
  const once = () => { if (!released) { released = true; release(); } };
  return new ReadableStream({
    async pull(controller) {
      try {
        const parts: Uint8Array[] = [];
        let size = 0;
        while (size < CHUNK_BYTES) {
          const { done, value } = await reader.read();
          if (done) {
            if (size) controller.enqueue(Buffer.concat(parts, size));
            once();
            controller.close();
            return;
          }
          parts.push(value);
          size += value.length;
        }
        controller.enqueue(Buffer.concat(parts, size));
      } catch (error) {
        once();
        controller.error(error);
      }
    },
    cancel(reason) {
      once();
      return reader.cancel(reason);
    },
  }, { highWaterMark: 0 });
}

/** Proxies GET /exports/… to the owning subgraph (see the module comment). */
export function useExports(options: ExportOptions): GatewayPlugin {
  const starts = options.limiters.limiter('export', options.traffic.exportsPerUserPerMinute);
  const running = new Map<string, number>();
  const release = (user: string) => {
    const left = (running.get(user) ?? 1) - 1;
    if (left > 0) running.set(user, left);
    else running.delete(user);
  };

  async function proxy(request: Request, url: URL, owner: string): Promise<Response> {
    if (request.method !== 'GET') return json(405, 'BAD_REQUEST', 'Use GET.', { allow: 'GET' });
    const claims = await options.tokens.check(request.headers.get('authorization'));
    if (!claims || claims === 'anonymous') {
      return json(401, 'UNAUTHENTICATED', 'Sign in to export.', { 'www-authenticate': 'Bearer' });
    }
    const open = running.get(claims.sub) ?? 0;
    const wait = open >= options.traffic.exportsPerUserAtOnce ? 5 : await starts.hit(claims.sub);
    if (wait) return json(429, 'RATE_LIMITED', 'Too many exports. Try again later.', { 'retry-after': String(wait) });
    const base = subgraphUrls(await options.supergraph())[owner];
    running.set(claims.sub, open + 1);
    // The client's disconnect reaches the subgraph, which stops reading pages; the timeout bounds the wait for headers only.
    const upstreamAbort = new AbortController();
    request.signal.addEventListener('abort', () => upstreamAbort.abort(request.signal.reason), { once: true });
    const timer = setTimeout(() => upstreamAbort.abort(new Error('the export did not start in time')), options.timeoutMs);
    let upstream: Response;
    try {
      upstream = await fetch(new URL(`${url.pathname}${url.search}`, base), {
        headers: {
          authorization: request.headers.get('authorization')!, 'x-request-id': request.headers.get('x-request-id') ?? '',
          'x-forwarded-for': request.headers.get('x-forwarded-for') ?? '',
        },
        signal: upstreamAbort.signal,
      });
    } catch (error) {
      release(claims.sub);
      options.logger.warn({ err: error, owner }, 'export owner unavailable');
      return json(503, 'SERVICE_UNAVAILABLE', 'The export is unavailable. Try again shortly.');
    } finally {
      clearTimeout(timer);
    }
    const headers = new Headers();
    for (const name of PASSED_HEADERS) {
      const value = upstream.headers.get(name);
      if (value) headers.set(name, value);
    }
    if (!upstream.body) {
      release(claims.sub);
      return new Response(null, { status: upstream.status, headers });
    }
    return new Response(releasing(upstream.body, () => release(claims.sub)), { status: upstream.status, headers });
  }

  return {
    async onRequest({ request, url, endResponse }) {
      const owner = EXPORTS[url.pathname];
      if (owner) endResponse(await proxy(request, url, owner));
    },
  };
}
