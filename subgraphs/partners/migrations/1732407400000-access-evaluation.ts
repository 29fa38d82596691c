import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventStoreV2, eventStoreV2Down } from '../../kit/event-store-ddl.js';

/** Issue 14: every service's access-state view follows organization status changes in this outbox. */
export class AccessEvaluation1732407400000 implements MigrationInterface {
  name = 'AccessEvaluation1732407400000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of eventStoreV2('partners')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventStoreV2Down('partners')) await db.query(statement);
  }
}
