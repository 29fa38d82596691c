import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { CUSTOMERS, DEMO_PARTNERSHIPS, DEMO_RELATIONSHIPS, ORGANIZATIONS } from './world.js';

/** Customers' part of the fixture world: read models, customers and (demo) relationships. */
export async function seedCustomers(db: pg.Client, demo: boolean) {
  for (const org of ORGANIZATIONS) {
    await db.query(`insert into customers.organizations (id, partner_type, program_status, country, mpn_id)
      values ($1, $2, 'ACTIVE', $3, $4)`, [org.id, org.partnerType, org.country, org.mpnId]);
  }
  for (const c of CUSTOMERS) {
    await db.query(`insert into customers.customers (id, company_name, domain, country, custom_domains)
      values ($1, $2, $3, $4, $5)`, [c.id, c.companyName, c.domain, c.country, c.customDomains]);
  }
  if (!demo) return;
  for (const p of DEMO_PARTNERSHIPS) {
    await db.query(`insert into customers.partnerships (provider_id, reseller_id, state) values ($1, $2, 'ACTIVE')`,
      [p.providerId, p.resellerId]);
  }
  for (const r of DEMO_RELATIONSHIPS) {
    await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source)
      values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`, [r.id, r.customerId, r.partnerId]);
    if (r.dap) {
      await db.query(`insert into customers.delegated_admin_grants (id, partner_id, customer_id, state)
        values ($1, $2, $3, 'ACTIVE')`, [randomUUID(), r.partnerId, r.customerId]);
    }
  }
}
