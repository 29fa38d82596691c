import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventStoreV2 } from '../../kit/event-store-ddl.js';

/** Issue 14: every service's access-state view follows organization status changes in this outbox. */
export class AccessEvaluation1732407400000 implements MigrationInterface {
  name = 'AccessEvaluation1732407400000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of eventStoreV2('partners')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`revoke all on function partners.events_after(bigint, int), partners.events_head()
      from partner_graph_event_reader`);
    await db.query('drop function partners.events_position');
    await db.query('revoke all on schema partners from partner_graph_event_reader');
  }
}
