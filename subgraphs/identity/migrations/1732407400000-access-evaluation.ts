import type { MigrationInterface, QueryRunner } from 'typeorm';
import { eventStoreV2, eventStoreV2Down } from '../../kit/event-store-ddl.js';

/**
 * Issue 14, continuous access evaluation: each user's access version (bumped, in the same transaction, by every
 * change to its roles, state, password or sessions; access tokens carry the version they were issued at) and the
 * version from which its sessions are valid (tokens below it belong to ended sessions); the outbox's window
 * position and its reader role.
 */
export class AccessEvaluation1732407400000 implements MigrationInterface {
  name = 'AccessEvaluation1732407400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`alter table identity.users
      add column access_version integer not null default 0,
      add column sessions_valid_from integer not null default 0`);
    for (const statement of eventStoreV2('identity')) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const statement of eventStoreV2Down('identity')) await db.query(statement);
    await db.query('alter table identity.users drop column access_version, drop column sessions_valid_from');
  }
}
