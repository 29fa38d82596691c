import type { MigrationInterface, QueryRunner } from 'typeorm';
import { rowLevelSecuritySetup, tenantPolicy } from '../../kit/row-level-security.js';

const ME = 'customers.current_partner()';
/** the partners the caller has a partnership with (the read model, itself under its policy) */
const PARTNERED = `select reseller_id from customers.partnerships where provider_id = ${ME}
  union all select provider_id from customers.partnerships where reseller_id = ${ME}`;

/**
 * §4.4, the second lock. A partner's transaction sees its own relationships, grants, requests, subscriptions,
 * service requests and leads, the relationships and grants of the partners it is partnered with (T-5: both
 * sides of a shared customer), and only the customers it or they have a relationship with. A new customer can
 * be written before its first relationship exists (C-15 writes both in one transaction).
 */
export class RowLevelSecurity1732407000000 implements MigrationInterface {
  name = 'RowLevelSecurity1732407000000';

  async up(db: QueryRunner): Promise<void> {
    for (const statement of [
      ...rowLevelSecuritySetup('customers'),
      ...tenantPolicy('customers.partnerships', `provider_id = ${ME} or reseller_id = ${ME}`),
      ...tenantPolicy('customers.relationships', `partner_id = ${ME} or partner_id in (${PARTNERED})`,
        { writable: `partner_id = ${ME}` }),
      ...tenantPolicy('customers.delegated_admin_grants', `partner_id = ${ME} or partner_id in (${PARTNERED})`,
        { writable: `partner_id = ${ME}` }),
      ...tenantPolicy('customers.customers',
        `associated_reseller_id = ${ME}
          or exists (select 1 from customers.relationships r where r.customer_id = customers.customers.id)`,
        { writable: 'true' }),
      ...tenantPolicy('customers.relationship_requests', `requesting_partner_id = ${ME} or joint_provider_id = ${ME}`),
      ...tenantPolicy('customers.subscriptions', `provider_id = ${ME} or reseller_id = ${ME}`),
      ...tenantPolicy('customers.service_requests', `partner_id = ${ME}`),
      ...tenantPolicy('customers.leads', `owner_id = ${ME}`),
      // The listing's denormalized sort name is kept for every partner's relationships, seen or not: the
      // triggers run as the schema owner (who bypasses row-level security, as migrations do).
      'alter function customers.relationship_sort_name() security definer set search_path = pg_catalog, customers',
      'alter function customers.customer_renamed() security definer set search_path = pg_catalog, customers',
    ]) await db.query(statement);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['customers.partnerships', 'customers.relationships', 'customers.delegated_admin_grants',
      'customers.customers', 'customers.relationship_requests', 'customers.subscriptions', 'customers.service_requests',
      'customers.leads']) {
      await db.query(`drop policy partner_isolation on ${table}`);
      await db.query(`alter table ${table} no force row level security, disable row level security`);
    }
    await db.query('alter function customers.relationship_sort_name() security invoker reset search_path');
    await db.query('alter function customers.customer_renamed() security invoker reset search_path');
    await db.query('drop function customers.current_partner, customers.system_scope');
  }
}
