import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { hashPassword } from '../../subgraphs/identity/password-hashing.js';
import {
  CUSTOMERS, DEMO_PARTNERSHIPS, DEMO_PASSWORD, DEMO_RELATIONSHIPS, ORGANIZATIONS, TENANTS, USERS,
} from './world.js';

export interface SeedOptions {
  /** also establish the demo partnerships and customer relationships (default true) */
  demo?: boolean;
}

/** True when no tenant exists yet: `npm start` seeds only an empty database. */
export async function isEmpty(databaseUrl: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ count: string }>('select count(*) from identity.tenants');
    return rows[0].count === '0';
  } finally {
    await client.end();
  }
}

async function seedIdentity(db: pg.Client, passwordHash: string) {
  for (const tenant of TENANTS) {
    await db.query(`insert into identity.tenants (id, display_name, default_domain, verified_domains, country_code)
      values ($1, $2, $3, $4, $5)`, [tenant.id, tenant.displayName, tenant.domain, [tenant.domain], tenant.country]);
  }
  for (const org of ORGANIZATIONS) {
    await db.query(`insert into identity.organizations (id, partner_type, program_status) values ($1, $2, 'ACTIVE')`,
      [org.id, org.partnerType]);
  }
  for (const user of USERS) {
    await db.query(`insert into identity.users (id, tenant_id, email, display_name, first_name, last_name,
        password_hash, must_change_password, agent_role, admin_role, directory_role)
      values ($1, $2, $3, $4, $5, $6, $7, false, $8, $9, $10)`, [
      user.id, user.tenantId, user.email, user.displayName, user.displayName.split(' ')[0],
      user.displayName.split(' ').slice(1).join(' '), passwordHash, user.agentRole, user.adminRole,
      user.tenantGlobalAdmin ? 'GLOBAL_ADMINISTRATOR' : 'USER',
    ]);
  }
}

async function seedPartners(db: pg.Client, demo: boolean) {
  for (const org of ORGANIZATIONS) {
    await db.query(`insert into partners.organizations (id, company_name, partner_type, program_status, country, mpn_id)
      values ($1, $2, $3, 'ACTIVE', $4, $5)`, [org.id, org.companyName, org.partnerType, org.country, org.mpnId]);
  }
  if (!demo) return;
  for (const p of DEMO_PARTNERSHIPS) {
    await db.query(`insert into partners.partnerships (id, provider_id, reseller_id, state, accepted_by)
      values ($1, $2, $3, 'ACTIVE', $4)`, [p.id, p.providerId, p.resellerId, p.acceptedBy]);
  }
}

async function seedCustomers(db: pg.Client, demo: boolean) {
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

/** Loads the fixture world into a migrated database, in one transaction. */
export async function seedWorld(databaseUrl: string, options: SeedOptions = {}): Promise<void> {
  const demo = options.demo ?? true;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await db.query('begin');
    await seedIdentity(db, passwordHash);
    await seedPartners(db, demo);
    await seedCustomers(db, demo);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
}
