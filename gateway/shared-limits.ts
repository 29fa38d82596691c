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

/**
 * Counts in Redis; while Redis cannot be reached it counts in this instance's memory (the limit then holds per
 * instance, as without Redis) rather than refusing or waving everyone through.
 */
class RedisRateLimiter implements RateLimiter {
  private readonly fallback: RateWindow;

  constructor(private readonly redis: ScriptedRedis, private readonly base: string, private readonly perMinute: number,
    private readonly onUnavailable: (error: unknown) => void) {
    this.fallback = new RateWindow(perMinute);
  }

  async hit(key: string): Promise<number> {
    if (this.perMinute === 0) return 0;
    try {
      return Number(await this.redis.slidingWindowHit(`${this.base}${key}`, this.perMinute));
    } catch (error) {
      this.onUnavailable(error);
      return this.fallback.hit(key);
    }
  }
}

/**
 * Issue 17: with RATE_LIMIT_REDIS_URL the rate limits (per user, per address, export starts) are counted in Redis
 * through `ioredis`, so every gateway instance shares them; without it each instance counts in memory. Concurrency
 * limits (open WebSockets, exports running at once) stay per instance: they count what this instance holds open.
 */
export function createRateLimiters(store: RateLimitStoreConfig | undefined, logger: Logger): RateLimiters {
  if (!store?.redisUrl) {
    return { limiter: (_name, perMinute) => new MemoryRateLimiter(perMinute), close: async () => undefined };
  }
  const redis = new Redis(store.redisUrl, {
    // A request never waits for a Redis that is away: the command fails at once and the instance counts alone.
    enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: 2000, commandTimeout: 1000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2000),
  }) as ScriptedRedis;
  redis.defineCommand('slidingWindowHit', { numberOfKeys: 1, lua: SLIDING_WINDOW });
  let warned = 0;
  redis.on('error', (error) => {
    if (Date.now() - warned > 60_000) logger.warn({ err: error }, 'rate limits: Redis unavailable, counting per instance');
    warned = Date.now();
  });
  const onUnavailable = (error: unknown) => {
    if (Date.now() - warned > 60_000) logger.warn({ err: error }, 'rate limits: Redis unavailable, counting per instance');
    warned = Date.now();
  };
  return {
    limiter: (name, perMinute) => new RedisRateLimiter(redis, `${store.prefix}${name}:`, perMinute, onUnavailable),
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
