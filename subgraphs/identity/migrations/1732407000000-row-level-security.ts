import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rowLevelSecuritySetup, tenantPolicy } from '../../kit/row-level-security.js';

/** §4.4, the second lock: a partner's transaction sees its own users, their sessions and its audit trail only. */
export class RowLevelSecurity1732407000000 implements MigrationInterface {
  name = 'RowLevelSecurity1732407000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [
      ...rowLevelSecuritySetup('identity'),
      ...tenantPolicy('identity.users', 'tenant_id = identity.current_partner()'),
      ...tenantPolicy('identity.refresh_tokens', 'user_id in (select id from identity.users)'),
      ...tenantPolicy('identity.audit_log', 'tenant_id = identity.current_partner()'),
    ]) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['identity.users', 'identity.refresh_tokens', 'identity.audit_log']) {
      await db.query(`drop policy partner_isolation on ${table}`);
      await db.query(`alter table ${table} no force row level security, disable row level security`);
    }
    await db.query('drop function identity.current_partner, identity.system_scope');
  }
}
