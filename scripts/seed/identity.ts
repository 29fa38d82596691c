import type pg from 'pg';
import { ORGANIZATIONS, TENANTS, USERS } from './world.js';

/** Identity's part of the fixture world: tenants, the organization read model, users. */
export async function seedIdentity(db: pg.Client, passwordHash: string) {
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
