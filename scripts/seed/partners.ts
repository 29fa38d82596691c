import type pg from 'pg';
import { DEMO_PARTNERSHIPS, ORGANIZATIONS } from './world.js';

/** Partners' part of the fixture world: organizations and (demo) partnerships. */
export async function seedPartners(db: pg.Client, demo: boolean) {
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
