import { isCountryCode, isTenantSignInName, isWebmail, isWellFormedEmail, normalizeEmail } from './contacts.js';

/** What §3.1 row 5 collects ("legal business name, address, primary contact, and support details"). */
export interface AddressInput {
  country?: string | null;
  region?: string | null;
  city?: string | null;
  state?: string | null;
  addressLine1?: string | null;
  addressLine2?: string | null;
  postalCode?: string | null;
  phoneNumber?: string | null;
}

export interface ContactInput {
  firstName?: string | null;
  lastName?: string | null;
  email?: string | null;
  phoneNumber?: string | null;
}

export interface LegalBusinessProfileInput {
  companyName?: string | null;
  address?: AddressInput | null;
  primaryContact?: ContactInput | null;
  companyApproverEmail?: string | null;
}

export interface SupportProfileInput {
  email?: string | null;
  telephone?: string | null;
  website?: string | null;
}

export interface Address {
  country: string; region: string | null; city: string; state: string | null; addressLine1: string;
  addressLine2: string | null; postalCode: string; phoneNumber: string | null;
}
export interface Contact { firstName: string; lastName: string; email: string; phoneNumber: string | null }
export interface LegalBusinessProfile {
  companyName: string; address: Address; primaryContact: Contact; companyApproverEmail: string | null;
}
export interface SupportProfile { email: string | null; telephone: string | null; website: string | null }

export type DetailsFailure =
  | { reason: 'REQUIRED_FIELD'; fields: string[] }
  | { reason: 'INVALID_EMAIL' | 'WEBMAIL_NOT_ALLOWED' | 'CONTACT_EMAIL_NOT_MAILBOX' | 'ADDRESS_COUNTRY_MISMATCH' | 'INVALID_COUNTRY'; field: string };

const text = (value: string | null | undefined) => (value ?? '').trim();
const optional = (value: string | null | undefined) => text(value) || null;

/** the mandatory fields of the legal profile and its primary contact. */
function missingLegalFields(legal: LegalBusinessProfileInput): string[] {
  const required: [string, string | null | undefined][] = [
    ['legalBusinessProfile.companyName', legal.companyName],
    ['legalBusinessProfile.address.addressLine1', legal.address?.addressLine1],
    ['legalBusinessProfile.address.city', legal.address?.city],
    ['legalBusinessProfile.address.postalCode', legal.address?.postalCode],
    ['legalBusinessProfile.address.country', legal.address?.country],
    ['legalBusinessProfile.primaryContact.firstName', legal.primaryContact?.firstName],
    ['legalBusinessProfile.primaryContact.lastName', legal.primaryContact?.lastName],
    ['legalBusinessProfile.primaryContact.email', legal.primaryContact?.email],
    ['legalBusinessProfile.primaryContact.phoneNumber', legal.primaryContact?.phoneNumber],
  ];
  return required.filter(([, value]) => !text(value)).map(([field]) => field);
}

/** the primary contact must be a monitored company mailbox. */
export function checkContactEmail(email: string, field: string, webmail: readonly string[]): DetailsFailure | null {
  const normalized = normalizeEmail(email);
  if (!isWellFormedEmail(normalized)) return { reason: 'INVALID_EMAIL', field };
  if (isWebmail(normalized, webmail)) return { reason: 'WEBMAIL_NOT_ALLOWED', field };
  if (isTenantSignInName(normalized)) return { reason: 'CONTACT_EMAIL_NOT_MAILBOX', field };
  return null;
}

/** R-20 (support): an email or a telephone; a given email must be well formed. */
export function checkSupportProfile(support: SupportProfileInput | null | undefined, prefix = 'supportProfile'): DetailsFailure | null {
  if (!text(support?.email) && !text(support?.telephone)) return { reason: 'REQUIRED_FIELD', fields: [`${prefix}.email`, `${prefix}.telephone`] };
  if (text(support?.email) && !isWellFormedEmail(normalizeEmail(text(support?.email)))) {
    return { reason: 'INVALID_EMAIL', field: `${prefix}.email` };
  }
  return null;
}

/** R-18…R-21 for the legal business profile, against the tenant's country. */
export function checkLegalBusinessProfile(
  legal: LegalBusinessProfileInput | null | undefined, tenantCountry: string, webmail: readonly string[],
): DetailsFailure | null {
  const missing = missingLegalFields(legal ?? {});
  if (missing.length) return { reason: 'REQUIRED_FIELD', fields: missing };
  const country = text(legal!.address!.country).toUpperCase();
  if (!isCountryCode(country)) return { reason: 'INVALID_COUNTRY', field: 'legalBusinessProfile.address.country' };
  const contactFailure = checkContactEmail(text(legal!.primaryContact!.email), 'primaryContact.email', webmail);
  if (contactFailure) return contactFailure;
  if (text(legal!.companyApproverEmail)) {
    const approver = checkContactEmail(text(legal!.companyApproverEmail), 'companyApproverEmail', webmail);
    if (approver) return approver;
  }
  // the legal address is in the tenant's country, as the MPN profile is.
  if (country !== tenantCountry.toUpperCase()) return { reason: 'ADDRESS_COUNTRY_MISMATCH', field: 'legalBusinessProfile.address.country' };
  return null;
}

/** The stored shape of a checked legal profile: trimmed, emails normalized. */
export function toLegalBusinessProfile(legal: LegalBusinessProfileInput): LegalBusinessProfile {
  const address = legal.address!;
  const contact = legal.primaryContact!;
  return {
    companyName: text(legal.companyName),
    address: {
      country: text(address.country).toUpperCase(), region: optional(address.region), city: text(address.city),
      state: optional(address.state), addressLine1: text(address.addressLine1), addressLine2: optional(address.addressLine2),
      postalCode: text(address.postalCode), phoneNumber: optional(address.phoneNumber),
    },
    primaryContact: {
      firstName: text(contact.firstName), lastName: text(contact.lastName), email: normalizeEmail(text(contact.email)),
      phoneNumber: optional(contact.phoneNumber),
    },
    companyApproverEmail: text(legal.companyApproverEmail) ? normalizeEmail(text(legal.companyApproverEmail)) : null,
  };
}

export function toSupportProfile(support: SupportProfileInput): SupportProfile {
  return {
    email: text(support.email) ? normalizeEmail(text(support.email)) : null,
    telephone: optional(support.telephone),
    website: optional(support.website),
  };
}
