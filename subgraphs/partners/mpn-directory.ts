import type { MpnOrgProfile } from './domain/mpn.js';

/** A customer an MPN ID already serves through another portal (S-34), imported when the enrollment is approved. */
export interface ExistingCustomer {
  /** the customer's Azure AD tenant id */
  tenantId: string;
  companyName: string;
  domain: string;
  country: string;
}

/**
 * The Partner Membership Center behind §3.1 steps 4–7 (DOMAIN §8 note 4: PMC was retired, so this is a port
 * with a directory adapter). A real adapter would call Partner Center; the fixture one serves DOMAIN §7.
 */
export interface MpnDirectory {
  /** PMC sign-in: the organization profiles the account manages, or null when the credentials are rejected */
  signIn(userName: string, password: string): Promise<MpnOrgProfile[] | null>;
  /** `GET /v1/profiles/mpn?mpnId=` (P-14): null when unknown */
  lookup(mpnId: string): Promise<MpnOrgProfile | null>;
  /** S-35: the tenant already holds a CSP account elsewhere (another portal), so it only adds support details */
  isExistingCspPartner(tenantId: string): Promise<boolean>;
  /** S-34: the customers this MPN ID already has in other portals */
  existingCustomers(mpnId: string): Promise<ExistingCustomer[]>;
}

/** S-34 fixture: Tailspin Toys (AS-1's newcomer) already serves two customers from another portal. */
export const FIXTURE_EXISTING_CUSTOMERS: Readonly<Record<string, readonly ExistingCustomer[]>> = {
  1212121: [
    { tenantId: 'eeeeeeee-0001-4000-8000-000000000001', companyName: 'Trey Research S.r.l.', domain: 'treyresearch.it', country: 'IT' },
    { tenantId: 'eeeeeeee-0002-4000-8000-000000000002', companyName: 'Lamna Healthcare S.p.A.', domain: 'lamna.it', country: 'IT' },
  ],
};

/** DOMAIN §7 MPN profiles, the fixture organizations' own ids, and spare active IT profiles for newcomers. */
export const FIXTURE_MPN_PROFILES: readonly MpnOrgProfile[] = [
  { mpnId: '1234567', name: 'Contoso S.r.l.', country: 'IT', isActive: true },
  { mpnId: '7654321', name: 'Contoso GmbH', country: 'DE', isActive: true },
  { mpnId: '5555555', name: 'Contoso Legacy', country: 'IT', isActive: false },
  { mpnId: '2345678', name: 'Fabrikam S.p.A.', country: 'IT', isActive: true },
  { mpnId: '3456789', name: 'Northwind Traders', country: 'IT', isActive: true },
  { mpnId: '4567890', name: 'Woodgrove Bank', country: 'DE', isActive: true },
  { mpnId: '1212121', name: 'Tailspin Toys S.r.l.', country: 'IT', isActive: true },
  { mpnId: '3434343', name: 'Proseware S.r.l.', country: 'IT', isActive: true },
  ...Array.from({ length: 9 }, (_, i) => ({ mpnId: `800000${i + 1}`, name: `Sandbox Partner ${i + 1}`, country: 'IT', isActive: true })),
];

export interface PmcAccount {
  userName: string;
  password: string;
  mpnIds: string[];
}

/** The PMC sign-ins of the fixture world; newcomers in the demo can use `pmc@sandbox.it`. */
export const FIXTURE_PMC_ACCOUNTS: readonly PmcAccount[] = [
  { userName: 'pmc@contoso.it', password: 'Pmc-Demo-2026!', mpnIds: ['1234567', '7654321', '5555555'] },
  { userName: 'pmc@tailspin.it', password: 'Pmc-Demo-2026!', mpnIds: ['1234567', '7654321', '5555555', '1212121'] },
  { userName: 'pmc@proseware.it', password: 'Pmc-Demo-2026!', mpnIds: ['3434343', '7654321', '5555555'] },
  { userName: 'pmc@sandbox.it', password: 'Pmc-Demo-2026!',
    mpnIds: Array.from({ length: 9 }, (_, i) => `800000${i + 1}`) },
];

export function fixtureMpnDirectory(options: {
  profiles?: readonly MpnOrgProfile[];
  accounts?: readonly PmcAccount[];
  existingCspTenants?: readonly string[];
  existingCustomers?: Readonly<Record<string, readonly ExistingCustomer[]>>;
} = {}): MpnDirectory {
  const profiles = options.profiles ?? FIXTURE_MPN_PROFILES;
  const accounts = options.accounts ?? FIXTURE_PMC_ACCOUNTS;
  const existing = new Set(options.existingCspTenants ?? []);
  const byId = new Map(profiles.map((profile) => [profile.mpnId, profile]));
  return {
    async signIn(userName, password) {
      const account = accounts.find((candidate) => candidate.userName === userName.trim().toLowerCase());
      if (!account || account.password !== password) return null;
      return account.mpnIds.map((id) => byId.get(id)).filter((profile): profile is MpnOrgProfile => Boolean(profile));
    },
    async lookup(mpnId) {
      return byId.get(mpnId) ?? null;
    },
    async isExistingCspPartner(tenantId) {
      return existing.has(tenantId);
    },
    async existingCustomers(mpnId) {
      return [...((options.existingCustomers ?? FIXTURE_EXISTING_CUSTOMERS)[mpnId] ?? [])];
    },
  };
}
