import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rowLevelSecuritySetup, tenantPolicy } from '../../kit/row-level-security.js';

const ME = 'partners.current_partner()';

/**
 * §4.4, the second lock: a partner's transaction sees the partnerships and invitations it is a party to, its
 * own enrollment, tickets and invoices. Organization headers stay readable (T-2 decides in the resolver).
 */
export class RowLevelSecurity1732407000000 implements MigrationInterface {
  name = 'RowLevelSecurity1732407000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [
      ...rowLevelSecuritySetup('partners'),
      ...tenantPolicy('partners.partnerships', `provider_id = ${ME} or reseller_id = ${ME}`),
      ...tenantPolicy('partners.partnership_invitations', `provider_id = ${ME} or accepted_by_org = ${ME}`),
      ...tenantPolicy('partners.enrollments', `tenant_id = ${ME}`),
      ...tenantPolicy('partners.verification_tokens', 'enrollment_id in (select id from partners.enrollments)'),
      ...tenantPolicy('partners.support_tickets', `organization_id = ${ME}`),
      ...tenantPolicy('partners.invoices', `organization_id = ${ME}`),
    ]) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['partners.partnerships', 'partners.partnership_invitations', 'partners.enrollments',
      'partners.verification_tokens', 'partners.support_tickets', 'partners.invoices']) {
      await db.query(`drop policy partner_isolation on ${table}`);
      await db.query(`alter table ${table} no force row level security, disable row level security`);
    }
    await db.query('drop function partners.current_partner, partners.system_scope');
  }
}
