import pg from 'pg';
import type { Logger } from './logger.js';

/**
 * A LISTEN connection that comes back by itself: when PostgreSQL restarts or the connection drops, it
 * reconnects with backoff, listens again and calls `onReconnect` so the owner catches up on what it
 * missed (events are read by id, so nothing is lost).
 */
export class ResilientListener {
  private client?: pg.Client;
  private stopped = false;
  private retry?: NodeJS.Timeout;
  private attempt = 0;

  constructor(private readonly options: {
    databaseUrl: string;
    channels: string[];
    onNotification: (channel: string) => void;
    onReconnect: () => void;
    /** the connection dropped: notifications may be missed until `onReconnect` */
    onLost?: () => void;
    /** PostgreSQL options for the connection, e.g. `-c role=…` */
    connectionOptions?: string;
    logger: Logger;
  }) {}

  async start(): Promise<void> {
    await this.connect();
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl, options: this.options.connectionOptions });
    client.on('notification', (message) => this.options.onNotification(message.channel));
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'listener connection lost');
      this.lost(client);
    });
    client.on('end', () => this.lost(client));
    await client.connect();
    for (const channel of this.options.channels) await client.query(`listen ${channel}`);
    this.client = client;
    this.attempt = 0;
  }

  private lost(broken: pg.Client): void {
    if (this.stopped || this.client !== broken) return;
    this.client = undefined;
    void broken.end().catch(() => undefined);
    this.options.onLost?.();
    this.retryLater();
  }

  private retryLater(): void {
    if (this.stopped || this.retry) return;
    const delay = Math.min(5000, 100 * 2 ** this.attempt);
    this.attempt += 1;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      this.connect().then(() => {
        this.options.logger.info('listener reconnected');
        this.options.onReconnect();
      }, (error) => {
        this.options.logger.warn({ err: error }, 'listener reconnect failed');
        this.retryLater();
      });
    }, delay);
    this.retry.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }
}
