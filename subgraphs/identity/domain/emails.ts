import { isIsoCountryCode } from '../../kit/countries.js';

/** The graph's one address check (kit/values.ts): ASCII, IDN domains in their xn-- form. */
export { isWellFormedEmail } from '../../kit/values.js';

export function emailDomain(normalized: string): string {
  return normalized.slice(normalized.lastIndexOf('@') + 1);
}

/** a partner user's address must be in one of the tenant's verified domains. */
export function inVerifiedDomain(normalized: string, verifiedDomains: readonly string[]): boolean {
  const domain = emailDomain(normalized);
  return verifiedDomains.some((verified) => verified.toLowerCase() === domain);
}

/** Seed step 3 "Create one": `<prefix>.onmicrosoft.com`. */
export function isValidDomainPrefix(prefix: string): boolean {
  return /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/.test(prefix);
}

/** An assigned ISO 3166-1 alpha-2 code (kit/countries.ts): "ZZ" or "XX" is not one. */
export function isCountryCode(code: string): boolean {
  return isIsoCountryCode(code);
}
