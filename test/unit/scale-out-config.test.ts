import { loadConfig } from '../../platform/config.js';

describe('scale-out configuration (issue 17)', () => {
  it('defaults to LISTEN/NOTIFY and in-memory rate limits', () => {
    const { eventBus, rateLimits } = loadConfig({});
    expect(eventBus).toEqual({ url: undefined, stream: 'PARTNER_GRAPH_EVENTS', retentionHours: 168, duplicateWindowSeconds: 600 });
    expect(rateLimits).toEqual({ redisUrl: undefined, prefix: 'partner-graph:limits:' });
  });

  it('reads EVENT_BUS_* and RATE_LIMIT_REDIS_*', () => {
    const config = loadConfig({
      EVENT_BUS_URL: 'nats://nats-1:4222,nats://nats-2:4222', EVENT_BUS_STREAM: 'PG_STAGING', EVENT_BUS_RETENTION_HOURS: '24',
      EVENT_BUS_DUPLICATE_WINDOW_SECONDS: '120', RATE_LIMIT_REDIS_URL: 'rediss://cache:6380/2', RATE_LIMIT_REDIS_PREFIX: 'staging:',
    });
    expect(config.eventBus).toEqual({ url: 'nats://nats-1:4222,nats://nats-2:4222', stream: 'PG_STAGING', retentionHours: 24,
      duplicateWindowSeconds: 120 });
    expect(config.rateLimits).toEqual({ redisUrl: 'rediss://cache:6380/2', prefix: 'staging:' });
  });

  it('refuses what is not a NATS or Redis URL, and stream names NATS would not take', () => {
    expect(() => loadConfig({ EVENT_BUS_URL: 'postgres://db/events' })).toThrow(/EVENT_BUS_URL/);
    expect(() => loadConfig({ EVENT_BUS_STREAM: 'events.all' })).toThrow(/EVENT_BUS_STREAM/);
    expect(() => loadConfig({ RATE_LIMIT_REDIS_URL: 'localhost:6379' })).toThrow(/RATE_LIMIT_REDIS_URL/);
  });
});
