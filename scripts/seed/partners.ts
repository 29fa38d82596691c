import type pg from 'pg';
import { DEMO_PARTNERSHIPS, DIRECTORY_PROFILES, ORGANIZATIONS, TENANTS } from './world.js';

const STREET: Record<string, { city: string; postalCode: string; addressLine1: string }> = {
  IT: { city: 'Milano', postalCode: '20121', addressLine1: 'Via Dante 1' },
  DE: { city: 'München', postalCode: '80331', addressLine1: 'Marienplatz 1' },
};

/**
 * Partners' part of the fixture world: the tenant read model (normally fed by identity's TenantCreated), the
 * approved organizations with their profiles, a few invoices, the providers' directory profiles and (demo) partnerships.
 */
export async function seedPartners(db: pg.Client, demo: boolean) {
  for (const tenant of TENANTS) {
    await db.query(`insert into partners.tenants (id, display_name, default_domain, verified_domains, country_code)
      values ($1, $2, $3, $4, $5)`, [tenant.id, tenant.displayName, tenant.domain, [tenant.domain], tenant.country]);
  }
  for (const org of ORGANIZATIONS) {
    const tenant = TENANTS.find((candidate) => candidate.id === org.id)!;
    const address = { country: org.country, region: null, state: null, addressLine2: null, phoneNumber: null, ...STREET[org.country] };
    const legal = {
      companyName: org.companyName, address,
      primaryContact: { firstName: 'Primary', lastName: 'Contact', email: `partners@${tenant.domain}`, phoneNumber: '+39 02 0000000' },
      companyApproverEmail: null,
    };
    const support = { email: `support@${tenant.domain}`, telephone: '+39 02 1111111', website: `https://${tenant.domain}` };
    const billing = { companyName: org.companyName, firstName: 'Billing', lastName: 'Office', email: `billing@${tenant.domain}`,
      purchaseOrderNumber: null, address };
    await db.query(`insert into partners.organizations (id, company_name, partner_type, program_status, country, mpn_id,
        legal_business_profile, support_profile, billing_profile, vetting_status, vetting_sub_status)
      values ($1, $2, $3, 'ACTIVE', $4, $5, $6, $7, $8, 'AUTHORIZED', 'DECISION')`,
    [org.id, org.companyName, org.partnerType, org.country, org.mpnId, legal, support, billing]);
    await db.query(`insert into partners.invoices (id, organization_id, invoice_date, total_charges, currency_code)
      values ($1, $2, '2026-01-31T00:00:00Z', 1250.00, 'EUR'), ($3, $2, '2026-02-28T00:00:00Z', 1310.50, 'EUR')`,
    [`G${org.mpnId}-0001`, org.id, `G${org.mpnId}-0002`]);
  }
  for (const profile of DIRECTORY_PROFILES) {
    // the listed name comes from the organization (a trigger of migration 1732407600000)
    await db.query(`insert into partners.provider_directory_profiles (provider_id, listed, countries, offerings, languages, description,
        contact_email, website, updated_by, updated_at) values ($1, true, $2, $3, $4, $5, $6, $7, $8, now())`,
    [profile.providerId, profile.countries, profile.offerings, profile.languages, profile.description, profile.contactEmail,
      profile.website, profile.updatedBy]);
  }
  if (!demo) return;
  for (const p of DEMO_PARTNERSHIPS) {
    await db.query(`insert into partners.partnerships (id, provider_id, reseller_id, state, accepted_by)
      values ($1, $2, $3, 'ACTIVE', $4)`, [p.id, p.providerId, p.resellerId, p.acceptedBy]);
  }
}
