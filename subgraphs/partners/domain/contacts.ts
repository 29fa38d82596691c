/**
 * Rules for the addresses and fields an enrollment collects (§3.1 row 5, R-18…R-21). Pure: no I/O.
 */
import { isIsoCountryCode } from '../../kit/countries.js';
import { isWellFormedEmail as isWellFormedAddress } from '../../kit/values.js';

/** the seed's webmail brands and their common domains. `*` matches any top-level part. */
export const DEFAULT_WEBMAIL_DOMAINS: readonly string[] = [
  'gmail.com', 'googlemail.com', 'yahoo.*', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com',
  'outlook.com', 'hotmail.*', 'live.*', 'msn.com',
];


/** DOMAIN §0: emails are trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The graph's one address check (kit/values.ts): ASCII, IDN domains in their xn-- form. */
export function isWellFormedEmail(normalized: string): boolean {
  return isWellFormedAddress(normalized);
}

export function emailDomain(normalized: string): string {
  return normalized.slice(normalized.lastIndexOf('@') + 1);
}

/** `yahoo.*` matches yahoo.it and yahoo.co.uk; a plain entry matches itself exactly. */
function matchesPattern(domain: string, pattern: string): boolean {
  if (pattern.endsWith('.*')) return domain.startsWith(pattern.slice(0, -1)) && domain.length > pattern.length - 1;
  return domain === pattern;
}

/** Parses a configured list: comma or whitespace separated, lower-cased; empty → the default list. */
export function webmailDomainsFrom(setting: string | undefined): readonly string[] {
  const entries = (setting ?? '').split(/[\s,]+/).map((entry) => entry.trim().toLowerCase()).filter(Boolean);
  return entries.length ? entries : DEFAULT_WEBMAIL_DOMAINS;
}

/** the address is at a web-based mail service. */
export function isWebmail(normalized: string, blocklist: readonly string[] = DEFAULT_WEBMAIL_DOMAINS): boolean {
  const domain = emailDomain(normalized);
  return blocklist.some((pattern) => matchesPattern(domain, pattern));
}

/** a tenant sign-in name (`*.onmicrosoft.com`) is not a monitored mailbox. */
export function isTenantSignInName(normalized: string): boolean {
  const domain = emailDomain(normalized);
  return domain === 'onmicrosoft.com' || domain.endsWith('.onmicrosoft.com');
}

/** a directory whose domain is a consumer mail service is a personal account, not a work account. */
export function isPersonalAccountDomain(domain: string, blocklist: readonly string[] = DEFAULT_WEBMAIL_DOMAINS): boolean {
  return isWebmail(`x@${domain.toLowerCase()}`, blocklist);
}

/** An assigned ISO 3166-1 alpha-2 code (kit/countries.ts): "ZZ" or "XX" is not one. */
export function isCountryCode(code: string): boolean {
  return isIsoCountryCode(code);
}
