import { Redis } from 'ioredis';
import type { RateLimitStoreConfig } from '../platform/config.js';
import type { Logger } from '../platform/logger.js';
import { RateWindow } from './guards.js';

/** Counts hits of one kind (per user, per address, export starts) against a per-minute limit. */
export interface RateLimiter {
  /** Counts one hit of `key`; resolves to the seconds to wait when over the limit, else 0. */
  hit(key: string): Promise<number>;
}

/** Where the gateway's rate limiters count: this process's memory, or Redis shared by every instance. */
export interface RateLimiters {
  /** a limiter named `name` (a key space of its own) allowing `perMinute` hits per key (0 = unlimited) */
  limiter(name: string, perMinute: number): RateLimiter;
  close(): Promise<void>;
}

/**
 * The sliding one-minute window of RateWindow (guards.ts), in Redis: the previous minute's count weighted by what
 * is left of it, plus the current minute's. The minute comes from Redis's clock, so instances whose clocks differ
 * still share one window. KEYS[1]: the key's base; ARGV[1]: the limit. Returns the seconds to wait, or 0 (counted).
 */
const SLIDING_WINDOW = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local minute = math.floor(now / 60000)
local current_key = KEYS[1] .. ':' .. minute
local previous = tonumber(redis.call('GET', KEYS[1] .. ':' .. (minute - 1)) or '0')
local current = tonumber(redis.call('GET', current_key) or '0')
local weight = 1 - (now - minute * 60000) / 60000
if previous * weight + current >= tonumber(ARGV[1]) then
  return math.ceil(((minute + 1) * 60000 - now) / 1000)
end
redis.call('INCR', current_key)
redis.call('PEXPIRE', current_key, 120000)
return 0
`;

type ScriptedRedis = Redis & { slidingWindowHit(key: string, limit: number): Promise<number> };

class MemoryRateLimiter implements RateLimiter {
  private readonly window: RateWindow;

  constructor(perMinute: number) {
    this.window = new RateWindow(perMinute);
  }

  async hit(key: string): Promise<number> {
    return this.window.hit(key);
  }
}

/** How long a Redis command may take before the request counts in memory instead (ms). */
export const REDIS_COMMAND_TIMEOUT_MS = 200;
/** How long the first requests of a gateway wait for its first connection to Redis (ms), once. */
export const REDIS_FIRST_CONNECT_WAIT_MS = 1000;
/** How often Redis is probed (PING) in the background while the limiters count in memory (ms). */
export const REDIS_PROBE_INTERVAL_MS = 2000;

/**
 * The circuit breaker in front of one Redis connection, shared by every limiter of the gateway: after a failed or
 * timed-out command (REDIS_COMMAND_TIMEOUT_MS) it opens, the limiters count in memory without asking Redis, and a
 * background PING every REDIS_PROBE_INTERVAL_MS closes it once Redis answers. So a hung or unreachable Redis costs
 * the requests in flight at that moment one bounded wait, then none. Warns at most once a minute while Redis is
 * away, and once when it is back.
 */
export class RedisBreaker {
  private open = false;
  private probe?: NodeJS.Timeout;
  private warnedAt = Number.NEGATIVE_INFINITY;
  private closed = false;
  private firstConnection?: Promise<void>;

  constructor(private readonly redis: Redis, private readonly logger: Logger) {
    let timer: NodeJS.Timeout | undefined;
    this.firstConnection = Promise.race([
      new Promise<void>((resolve) => redis.once('ready', () => resolve())),
      new Promise<void>((resolve) => { timer = setTimeout(resolve, REDIS_FIRST_CONNECT_WAIT_MS); timer.unref(); }),
    ]).then(() => {
      clearTimeout(timer);
      this.firstConnection = undefined;
    });
  }

  /**
   * Resolves once the gateway's first connection to Redis is ready, or after REDIS_FIRST_CONNECT_WAIT_MS: the
   * requests that arrive while the gateway is still connecting count in Redis rather than each in memory.
   */
  async connected(): Promise<void> {
    if (this.firstConnection) await this.firstConnection;
  }

  /** Whether the limiters count in memory now (Redis failed and has not answered a probe since). */
  get counting(): 'redis' | 'memory' {
    return this.open ? 'memory' : 'redis';
  }

  /** Reports an error of Redis (a command's or the connection's): opens the breaker, warns at most once a minute. */
  failed(error: unknown): void {
    if (Date.now() - this.warnedAt >= 60_000) {
      this.warnedAt = Date.now();
      this.logger.warn({ err: error }, 'rate limits: Redis unavailable, counting per instance');
    }
    if (this.open || this.closed) return;
    this.open = true;
    this.schedule();
  }

  private schedule(): void {
    this.probe = setTimeout(() => {
      this.redis.ping().then(() => {
        this.open = false;
        this.logger.info('rate limits: Redis answers again, counting shared');
      }, () => { if (!this.closed) this.schedule(); });
    }, REDIS_PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  stop(): void {
    this.closed = true;
    if (this.probe) clearTimeout(this.probe);
  }
}

/**
 * Counts in Redis; while Redis cannot be reached (the breaker is open) it counts in this instance's memory (the
 * limit then holds per instance, as without Redis) rather than refusing or waving everyone through.
 */
class RedisRateLimiter implements RateLimiter {
  private readonly fallback: RateWindow;

  constructor(private readonly redis: ScriptedRedis, private readonly base: string, private readonly perMinute: number,
    private readonly breaker: RedisBreaker) {
    this.fallback = new RateWindow(perMinute);
  }

  async hit(key: string): Promise<number> {
    if (this.perMinute === 0) return 0;
    await this.breaker.connected();
    if (this.breaker.counting === 'memory') return this.fallback.hit(key);
    try {
      return Number(await this.redis.slidingWindowHit(`${this.base}${key}`, this.perMinute));
    } catch (error) {
      this.breaker.failed(error);
      return this.fallback.hit(key);
    }
  }
}

/**
 * Issue 17: with RATE_LIMIT_REDIS_URL the rate limits (per user, per address, export starts) are counted in Redis
 * through `ioredis`, so every gateway instance shares them; without it each instance counts in memory. Concurrency
 * limits (open WebSockets, exports running at once) stay per instance: they count what this instance holds open.
 * A request never waits on Redis more than REDIS_COMMAND_TIMEOUT_MS, and only while RedisBreaker is closed.
 */
export function createRateLimiters(store: RateLimitStoreConfig | undefined, logger: Logger): RateLimiters & { breaker?: RedisBreaker } {
  if (!store?.redisUrl) {
    return { limiter: (_name, perMinute) => new MemoryRateLimiter(perMinute), close: async () => undefined };
  }
  const redis = new Redis(store.redisUrl, {
    // A request never waits for a Redis that is away: the command fails at once (offline) or after the short
    // command timeout (hung), and the breaker keeps the next requests off Redis until a probe answers.
    enableOfflineQueue: false, maxRetriesPerRequest: 0, connectTimeout: 2000, commandTimeout: REDIS_COMMAND_TIMEOUT_MS,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  }) as ScriptedRedis;
  redis.defineCommand('slidingWindowHit', { numberOfKeys: 1, lua: SLIDING_WINDOW });
  const breaker = new RedisBreaker(redis, logger);
  redis.on('error', (error) => breaker.failed(error));
  return {
    breaker,
    limiter: (name, perMinute) => new RedisRateLimiter(redis, `${store.prefix}${name}:`, perMinute, breaker),
    async close() {
      breaker.stop();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
