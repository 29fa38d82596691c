/** A pragmatic address check: one @, a local part, a dotted domain, no spaces. */
const EMAIL = /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

export function isWellFormedEmail(normalized: string): boolean {
  return normalized.length <= 254 && EMAIL.test(normalized);
}

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

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code);
}
