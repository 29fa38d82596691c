import type { DataSource, EntityManager, EntitySchema, ObjectLiteral } from 'typeorm';
import type { Logger } from '../../platform/logger.js';
import { serialized } from '../../platform/serialized.js';
import { inTransaction, SYSTEM_SCOPE } from './database.js';

/** One kind of expiring row: marks up to `batch` of them EXPIRED at `now`, with their events; returns how many. */
export interface Sweep {
  name: string;
  run(tx: EntityManager, now: Date, batch: number): Promise<number>;
}

const BATCH = 100;

/**
 * Claims up to `batch` rows of `entity` still in `openState` (PENDING; OPEN for contact requests) whose `expiresAt`
 * has passed, locked and skipping rows another replica holds; the caller stores each one EXPIRED and publishes its
 * event in the same transaction.
 */
export function claimExpired<T extends ObjectLiteral>(
  tx: EntityManager, entity: EntitySchema<T>, now: Date, batch: number, openState = 'PENDING',
): Promise<T[]> {
  return tx.getRepository(entity).createQueryBuilder('row')
    .where('row.state = :openState and row.expiresAt <= :now', { openState, now })
    .orderBy('row.expiresAt').limit(batch)
    .setLock('pessimistic_write').setOnLocked('skip_locked')
    .getMany();
}

/**
 * §3.2 / §3.3 "expiresAt passed": reads already treat a PENDING row past its expiry as EXPIRED; the sweep stores
 * it so and publishes the change (PartnershipInvitationChanged, ResellerRelationshipRequestChanged), so dashboards
 * hear of it. Rows are claimed with `for update skip locked`: several replicas sweep without doing the work twice.
 */
export class ExpirySweeper {
  private timer: NodeJS.Timeout | undefined;
  /** the latest sweep asked for: every earlier one has finished when it has */
  private lastSweep: Promise<boolean> = Promise.resolve(true);
  private readonly sweepInTurn = serialized(async () => {
    if (this.timer) await this.sweepNow();
  }, (error) => this.options.logger.warn({ err: error }, 'expiry sweep failed'));

  constructor(private readonly options: { dataSource: DataSource; sweeps: Sweep[]; intervalSeconds: number; logger: Logger }) {}

  start(): void {
    if (!this.options.sweeps.length || this.timer) return;
    // one sweep at a time: ticks during a long sweep share the one after it
    this.timer = setInterval(() => { this.lastSweep = this.sweepInTurn(); }, this.options.intervalSeconds * 1000);
    this.timer.unref();
  }

  /** Sweeps every kind until nothing is left; the number of rows expired. */
  async sweepNow(now = new Date()): Promise<number> {
    let total = 0;
    for (const sweep of this.options.sweeps) {
      for (;;) {
        const expired = await inTransaction(this.options.dataSource, SYSTEM_SCOPE, (tx) => sweep.run(tx, now, BATCH));
        total += expired;
        if (expired) this.options.logger.info({ sweep: sweep.name, expired }, 'expired');
        if (expired < BATCH) break;
      }
    }
    return total;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.lastSweep;
  }
}
