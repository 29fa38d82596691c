import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { CUSTOMERS, DEMO_PARTNERSHIPS, DEMO_RELATIONSHIPS, ORGANIZATIONS, TENANT, TENANTS } from './world.js';

const fixture = (n: number) => `eeeeeeee-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** Fixed ids of the customers fixtures, so tests and example queries can name them. */
export const CUSTOMER_FIXTURES = {
  litwareOffice365: fixture(1),
  litwareCrm: fixture(2),
  litwareOrder: fixture(3),
  exchangeIncident: fixture(11),
  adatumSharePointAdvisory: fixture(12),
  tailspinLead: fixture(21),
  wideWorldLead: fixture(22),
  adaUser: fixture(31),
  adamoUser: fixture(32),
  carlaUser: fixture(33),
  liaUser: fixture(41),
  leoUser: fixture(42),
} as const;

/** Subscriptions Northwind sold to Litware for Contoso (S-23: the provider submits the orders). */
const DEMO_SUBSCRIPTIONS = [
  { id: CUSTOMER_FIXTURES.litwareOffice365, offerId: 'O365-E3', offerName: 'Office 365 E3', family: 'OFFICE_365', quantity: 25 },
  { id: CUSTOMER_FIXTURES.litwareCrm, offerId: 'D365-SALES', offerName: 'Dynamics 365 Sales Professional', family: 'DYNAMICS_CRM_ONLINE', quantity: 5 },
];

/** Directory users of the customers (C-18): Ada and Lia are their tenants' global administrators. */
const DEMO_CUSTOMER_USERS = [
  { id: CUSTOMER_FIXTURES.adaUser, customerId: TENANT.adatum, upn: 'ada@adatum.it', first: 'Ada', last: 'Lombardi', admin: true },
  { id: CUSTOMER_FIXTURES.adamoUser, customerId: TENANT.adatum, upn: 'adamo@adatum.it', first: 'Adamo', last: 'Serra', admin: false },
  { id: CUSTOMER_FIXTURES.carlaUser, customerId: TENANT.adatum, upn: 'carla@adatum.com', first: 'Carla', last: 'Neri', admin: false },
  { id: CUSTOMER_FIXTURES.liaUser, customerId: TENANT.litware, upn: 'lia@litware.it', first: 'Lia', last: 'Fontana', admin: true },
  { id: CUSTOMER_FIXTURES.leoUser, customerId: TENANT.litware, upn: 'leo@litware.it', first: 'Leo', last: 'Gallo', admin: false },
];

async function seedCustomerUsers(db: pg.Client, passwordHash: string) {
  for (const [index, u] of DEMO_CUSTOMER_USERS.entries()) {
    await db.query(`insert into customers.customer_users (id, customer_id, user_principal_name, display_name, first_name, last_name,
        usage_location, is_admin, password_hash, created_at, updated_at)
      values ($1, $2, $3, $4, $5, $6, 'IT', $7, $8, $9, $9)`, [u.id, u.customerId, u.upn, `${u.first} ${u.last}`, u.first, u.last,
      u.admin, passwordHash, new Date(Date.UTC(2026, 0, 10 + index, 9))]);
  }
}

async function seedReadModels(db: pg.Client) {
  for (const tenant of TENANTS) {
    await db.query(`insert into customers.tenants (id, display_name, default_domain, verified_domains, country_code)
      values ($1, $2, $3, $4, $5)`, [tenant.id, tenant.displayName, tenant.domain, [tenant.domain], tenant.country]);
  }
  for (const org of ORGANIZATIONS) {
    await db.query(`insert into customers.organizations (id, company_name, partner_type, program_status, country, mpn_id)
      values ($1, $2, $3, 'ACTIVE', $4, $5)`, [org.id, org.companyName, org.partnerType, org.country, org.mpnId]);
  }
}

async function seedServiceHealth(db: pg.Client) {
  const message = (text: string) => JSON.stringify([{ communicationText: text, publishedTime: '2026-03-02T08:00:00Z' }]);
  await db.query(`insert into customers.service_incidents (id, customer_id, workload, message_type, status, title, impacted_area,
      start_time, resolved, messages)
    values ($1, null, 'Exchange Online', 'INCIDENT', 'WARNING', 'Delayed mail delivery', 'Mail flow', '2026-03-02T07:30:00Z', false, $2),
      ($3, $4, 'SharePoint Online', 'MESSAGE_CENTER', 'INFORMATION', 'Planned maintenance', 'Sites', '2026-03-01T22:00:00Z', true, $5)`,
  [CUSTOMER_FIXTURES.exchangeIncident, message('Some users see delayed mail.'), CUSTOMER_FIXTURES.adatumSharePointAdvisory,
    TENANT.adatum, message('Maintenance completed.')]);
}

async function seedLeads(db: pg.Client) {
  const consent = JSON.stringify({ consentToShareReferralWithMicrosoftSellers: true, consentToContact: true });
  const lead = (name: string, email: string) => JSON.stringify({
    name, address: { country: 'IT', city: 'Torino' }, size: '50-249', contacts: [{ name: 'Buyer', email, phoneNumber: null }],
  });
  await db.query(`insert into customers.leads (id, owner_id, name, status, substatus, qualification, customer_profile, consent,
      created_at, updated_at, expires_at)
    values ($1, $2, 'Tailspin Toys', 'NEW', 'RECEIVED', 'MARKETING_QUALIFIED', $3, $4, '2026-03-01T09:00:00Z', '2026-03-01T09:00:00Z', '2026-06-01T00:00:00Z'),
      ($5, $2, 'Wide World Importers', 'ACTIVE', 'ACCEPTED', 'SALES_QUALIFIED', $6, $4, '2026-02-01T09:00:00Z', '2026-02-10T09:00:00Z', null)`,
  [CUSTOMER_FIXTURES.tailspinLead, TENANT.contoso, lead('Tailspin Toys', 'it@tailspintoys.it'), consent,
    CUSTOMER_FIXTURES.wideWorldLead, lead('Wide World Importers', 'it@wideworldimporters.it')]);
}

/**
 * Customers' part of the fixture world: read models, customers and their directory users, service health, leads and
 * (demo) relationships and orders. `passwordHash` stands for the customer users' last temporary password.
 */
export async function seedCustomers(db: pg.Client, demo: boolean, passwordHash: string) {
  await seedReadModels(db);
  for (const c of CUSTOMERS) {
    await db.query(`insert into customers.customers (id, company_name, domain, country, custom_domains, company_email, company_address)
      values ($1, $2, $3, $4, $5, $6, $7)`, [c.id, c.companyName, c.domain, c.country, c.customDomains, `info@${c.domain}`,
      JSON.stringify({ country: c.country, city: 'Milano', addressLine1: 'Corso Como 1', postalCode: '20154' })]);
  }
  await seedCustomerUsers(db, passwordHash);
  await seedServiceHealth(db);
  await seedLeads(db);
  if (!demo) return;
  for (const p of DEMO_PARTNERSHIPS) {
    await db.query(`insert into customers.partnerships (provider_id, reseller_id, id, state) values ($1, $2, $3, 'ACTIVE')`,
      [p.providerId, p.resellerId, p.id]);
  }
  for (const r of DEMO_RELATIONSHIPS) {
    await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source)
      values ($1, $2, $3, 'ACTIVE', 'IMPORTED')`, [r.id, r.customerId, r.partnerId]);
    if (r.dap) {
      await db.query(`insert into customers.delegated_admin_grants (id, partner_id, customer_id, state)
        values ($1, $2, $3, 'ACTIVE')`, [randomUUID(), r.partnerId, r.customerId]);
    }
  }
  const contoso = ORGANIZATIONS.find((org) => org.id === TENANT.contoso)!;
  for (const s of DEMO_SUBSCRIPTIONS) {
    await db.query(`insert into customers.subscriptions (id, customer_id, order_id, provider_id, reseller_id, reseller_mpn_id,
        offer_id, offer_name, product_family, quantity, unit_type, status, billing_cycle, creation_date)
      values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'Licenses', 'ACTIVE', 'MONTHLY', '2026-01-15T10:00:00Z')`,
    [s.id, TENANT.litware, CUSTOMER_FIXTURES.litwareOrder, TENANT.northwind, TENANT.contoso, contoso.mpnId, s.offerId,
      s.offerName, s.family, s.quantity]);
  }
  // Leo holds one of Litware's 25 Office 365 E3 seats.
  await db.query('update customers.customer_users set licenses = $2 where id = $1', [CUSTOMER_FIXTURES.leoUser, [CUSTOMER_FIXTURES.litwareOffice365]]);
}
