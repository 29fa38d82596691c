import type { AdminRole, AgentRole } from '../../platform/tokens.js';

/**
 * The fixture world of DOMAIN.md §7: providers Northwind (IT) and Woodgrove (DE), resellers Contoso and
 * Fabrikam (IT), customers Adatum and Litware (IT), and users holding each role. Ids are fixed so tests and
 * example queries can name them.
 */
export const DEMO_PASSWORD = 'Partner-Graph-2026!';

export const TENANT = {
  contoso: '11111111-1111-4111-8111-111111111111',
  fabrikam: '22222222-2222-4222-8222-222222222222',
  northwind: '33333333-3333-4333-8333-333333333333',
  woodgrove: '44444444-4444-4444-8444-444444444444',
  adatum: 'aaaaaaaa-0001-4000-8000-00000000000a',
  litware: 'aaaaaaaa-0002-4000-8000-00000000000b',
} as const;

export interface TenantFixture {
  id: string;
  displayName: string;
  domain: string;
  country: string;
}

export const TENANTS: TenantFixture[] = [
  { id: TENANT.contoso, displayName: 'Contoso', domain: 'contoso.it', country: 'IT' },
  { id: TENANT.fabrikam, displayName: 'Fabrikam', domain: 'fabrikam.it', country: 'IT' },
  { id: TENANT.northwind, displayName: 'Northwind Traders', domain: 'northwind.it', country: 'IT' },
  { id: TENANT.woodgrove, displayName: 'Woodgrove Bank', domain: 'woodgrove.de', country: 'DE' },
  { id: TENANT.adatum, displayName: 'Adatum', domain: 'adatum.it', country: 'IT' },
  { id: TENANT.litware, displayName: 'Litware', domain: 'litware.it', country: 'IT' },
];

export interface OrganizationFixture {
  id: string;
  companyName: string;
  partnerType: 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';
  country: string;
  mpnId: string;
}

export const ORGANIZATIONS: OrganizationFixture[] = [
  { id: TENANT.contoso, companyName: 'Contoso S.r.l.', partnerType: 'INDIRECT_RESELLER', country: 'IT', mpnId: '1234567' },
  { id: TENANT.fabrikam, companyName: 'Fabrikam S.p.A.', partnerType: 'INDIRECT_RESELLER', country: 'IT', mpnId: '2345678' },
  { id: TENANT.northwind, companyName: 'Northwind Traders', partnerType: 'INDIRECT_PROVIDER', country: 'IT', mpnId: '3456789' },
  { id: TENANT.woodgrove, companyName: 'Woodgrove Bank', partnerType: 'INDIRECT_PROVIDER', country: 'DE', mpnId: '4567890' },
];

export interface UserFixture {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  agentRole: AgentRole;
  adminRole: AdminRole;
  /** AAD global administrator of the tenant's directory */
  tenantGlobalAdmin?: boolean;
}

const user = (n: number) => `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const USERS: UserFixture[] = [
  { id: user(1), tenantId: TENANT.contoso, email: 'anna@contoso.it', displayName: 'Anna Rossi',
    agentRole: 'ADMIN_AGENT', adminRole: 'GLOBAL_ADMIN', tenantGlobalAdmin: true },
  { id: user(2), tenantId: TENANT.contoso, email: 'marco@contoso.it', displayName: 'Marco Conti',
    agentRole: 'ADMIN_AGENT', adminRole: 'NONE' },
  { id: user(3), tenantId: TENANT.contoso, email: 'luca@contoso.it', displayName: 'Luca Bianchi',
    agentRole: 'HELPDESK_AGENT', adminRole: 'NONE' },
  { id: user(4), tenantId: TENANT.contoso, email: 'ugo@contoso.it', displayName: 'Ugo Ferri',
    agentRole: 'NONE', adminRole: 'USER_MANAGEMENT_ADMIN' },
  { id: user(5), tenantId: TENANT.contoso, email: 'bice@contoso.it', displayName: 'Bice Moretti',
    agentRole: 'NONE', adminRole: 'BILLING_ADMIN' },
  { id: user(6), tenantId: TENANT.contoso, email: 'bea@contoso.it', displayName: 'Bea Galli',
    agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' },
  { id: user(7), tenantId: TENANT.contoso, email: 'nora@contoso.it', displayName: 'Nora Villa',
    agentRole: 'NONE', adminRole: 'NONE' },
  { id: user(11), tenantId: TENANT.fabrikam, email: 'fabio@fabrikam.it', displayName: 'Fabio Greco',
    agentRole: 'ADMIN_AGENT', adminRole: 'GLOBAL_ADMIN', tenantGlobalAdmin: true },
  { id: user(21), tenantId: TENANT.northwind, email: 'pietro@northwind.it', displayName: 'Pietro Marino',
    agentRole: 'ADMIN_AGENT', adminRole: 'GLOBAL_ADMIN', tenantGlobalAdmin: true },
  { id: user(22), tenantId: TENANT.northwind, email: 'paolo@northwind.it', displayName: 'Paolo Ricci',
    agentRole: 'ADMIN_AGENT', adminRole: 'NONE' },
  { id: user(31), tenantId: TENANT.woodgrove, email: 'wilhelm@woodgrove.de', displayName: 'Wilhelm Braun',
    agentRole: 'ADMIN_AGENT', adminRole: 'GLOBAL_ADMIN', tenantGlobalAdmin: true },
  { id: user(41), tenantId: TENANT.adatum, email: 'ada@adatum.it', displayName: 'Ada Lombardi',
    agentRole: 'NONE', adminRole: 'NONE', tenantGlobalAdmin: true },
  { id: user(42), tenantId: TENANT.adatum, email: 'adamo@adatum.it', displayName: 'Adamo Serra',
    agentRole: 'NONE', adminRole: 'NONE' },
  { id: user(51), tenantId: TENANT.litware, email: 'lia@litware.it', displayName: 'Lia Fontana',
    agentRole: 'NONE', adminRole: 'NONE', tenantGlobalAdmin: true },
];

/** P-20: the providers' directory profiles; both listed (issue 19), Northwind in IT and Woodgrove in DE. */
export const DIRECTORY_PROFILES = [
  { providerId: TENANT.northwind, updatedBy: user(21), countries: ['IT'], offerings: ['TECHNICAL_SUPPORT', 'MARKETING_ASSISTANCE',
    'FINANCING_AND_CREDIT'], languages: ['it', 'en'], contactEmail: 'resellers@northwind.it', website: 'https://northwind.it/resellers',
  description: 'Distributore cloud per rivenditori in Italia: assistenza tecnica, marketing e condizioni di credito.' },
  { providerId: TENANT.woodgrove, updatedBy: user(31), countries: ['DE'], offerings: ['TECHNICAL_SUPPORT', 'FINANCING_AND_CREDIT'],
    languages: ['de', 'en'], contactEmail: 'partner@woodgrove.de', website: 'https://woodgrove.de/partner',
    description: 'Cloud distribution for resellers in Germany: technical support and financing.' },
];

export const CUSTOMERS = [
  { id: TENANT.adatum, companyName: 'Adatum S.p.A.', domain: 'adatum.it', country: 'IT', customDomains: ['adatum.com'] },
  { id: TENANT.litware, companyName: 'Litware S.r.l.', domain: 'litware.it', country: 'IT', customDomains: ['litware.eu'] },
];

/** The demo's live state: partnerships and customer relationships already established. */
export const DEMO_PARTNERSHIPS = [
  { id: 'cccccccc-0001-4000-8000-000000000001', providerId: TENANT.northwind, resellerId: TENANT.contoso, acceptedBy: user(1) },
];

export const DEMO_RELATIONSHIPS = [
  { id: 'dddddddd-0001-4000-8000-000000000001', partnerId: TENANT.contoso, customerId: TENANT.adatum, dap: true },
  { id: 'dddddddd-0002-4000-8000-000000000002', partnerId: TENANT.contoso, customerId: TENANT.litware, dap: true },
  { id: 'dddddddd-0003-4000-8000-000000000003', partnerId: TENANT.northwind, customerId: TENANT.litware, dap: false },
];
