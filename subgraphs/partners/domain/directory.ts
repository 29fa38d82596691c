import { cspMarketOf } from '../../kit/countries.js';
import { isCountryCode, isWellFormedEmail, normalizeEmail } from './contacts.js';
import { canActAsProvider, type OrganizationFacts } from './partnerships.js';

/**
 * P-19…P-22: the directory of indirect providers and the contact requests resellers send them. SEED: "evaluate the
 * providers in your area", "search the list of official providers", "contact them directly". Pure: no I/O.
 */

/** SEED "Generally, most providers will:" — the three offerings; the enum may grow. */
export type ProviderOffering = 'TECHNICAL_SUPPORT' | 'MARKETING_ASSISTANCE' | 'FINANCING_AND_CREDIT';

/** What a provider says about itself in the directory (P-20), as stored. */
export interface DirectoryProfileFields {
  listed: boolean;
  /** ISO 3166-1 alpha-2, each in the provider's CSP region */
  countries: string[];
  offerings: ProviderOffering[];
  /** ISO 639-1, lower case */
  languages: string[];
  description: string | null;
  contactEmail: string | null;
  website: string | null;
}

/** `updateProviderDirectoryProfile(input)`: only the fields given change (GraphQL input, as resolvers receive it). */
export interface DirectoryProfileInput {
  listed?: boolean | null;
  countries?: readonly string[] | null;
  offerings?: readonly ProviderOffering[] | null;
  languages?: readonly string[] | null;
  description?: string | null;
  contactEmail?: string | null;
  website?: string | null;
}

export type DirectoryFailureReason =
  | 'NOT_AN_INDIRECT_PROVIDER' | 'INVALID_COUNTRY' | 'REGION_MISMATCH' | 'INVALID_LANGUAGE' | 'INVALID_EMAIL' | 'INVALID_VALUE'
  | 'REQUIRED_FIELD';

/** A refused input, naming the argument (`input.countries`) as the bad-input rules of issue 13 ask. */
export interface DirectoryFailure { reason: DirectoryFailureReason; argument?: string }

/**
 * The ISO 639-1 alpha-2 codes (ISO 639 registration authority, Library of Congress: "Codes for the Representation of
 * Names of Languages", the 639-1 column; the withdrawn `bh` included, as it still names Bihari languages there).
 */
const ISO_639_1 = new Set((
  'aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy da de dv dz ee el en eo es et '
  + 'eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk '
  + 'kl km kn ko kr ks ku kv kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny '
  + 'oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw ta te tg th ti tk '
  + 'tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu').split(' '));
const distinct = <T>(values: readonly T[]) => [...new Set(values)];
const optional = (value: string | null | undefined) => value?.trim() || null;

/** ISO 639-1: a code of the standard's list (`ISO_639_1`), compared in lower case; null for anything else ("xx"). */
export function normalizeLanguage(code: string): string | null {
  const language = code.trim().toLowerCase();
  return ISO_639_1.has(language) ? language : null;
}

/** ISO 3166-1 alpha-2, compared in upper case (DOMAIN §0). */
export function normalizeCountry(code: string): string | null {
  const country = code.trim().toUpperCase();
  return isCountryCode(country) ? country : null;
}

/** An absolute http(s) URL as typed: no whitespace inside (the URL parser would accept "https://a.it/a b"). */
function isWebUrl(text: string): boolean {
  if (/\s/u.test(text)) return false;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A first save starts unlisted, serving the provider's own country. */
export function defaultDirectoryProfile(providerCountry: string): DirectoryProfileFields {
  return {
    listed: false, countries: [providerCountry.trim().toUpperCase()], offerings: [], languages: [], description: null,
    contactEmail: null, website: null,
  };
}

function countriesOf(input: readonly string[], providerCountry: string): string[] | DirectoryFailure {
  const countries: string[] = [];
  for (const code of input) {
    const country = normalizeCountry(code);
    if (!country) return { reason: 'INVALID_COUNTRY', argument: 'input.countries' };
    // a provider can only partner with resellers of its own CSP region, so it serves no country outside it.
    if (cspMarketOf(country) !== cspMarketOf(providerCountry)) return { reason: 'REGION_MISMATCH', argument: 'input.countries' };
    countries.push(country);
  }
  return distinct(countries);
}

function languagesOf(input: readonly string[]): string[] | DirectoryFailure {
  const languages = input.map(normalizeLanguage);
  if (languages.some((language) => !language)) return { reason: 'INVALID_LANGUAGE', argument: 'input.languages' };
  return distinct(languages as string[]);
}

const isFailure = (value: unknown): value is DirectoryFailure => typeof value === 'object' && value !== null && 'reason' in value;

/**
 * P-20: `current` (or the defaults of a first save) with `input` applied, checked: an ACTIVE indirect provider only;
 * countries in its CSP region; ISO 639-1 languages; a well-formed contact address and an http(s) website; a listed
 * profile needs a contact address (contact requests are mailed there) and at least one country.
 */
export function nextDirectoryProfile(
  provider: Pick<OrganizationFacts, 'partnerType' | 'programStatus' | 'country'>,
  current: DirectoryProfileFields | null,
  input: DirectoryProfileInput,
): DirectoryProfileFields | DirectoryFailure {
  if (!canActAsProvider(provider)) return { reason: 'NOT_AN_INDIRECT_PROVIDER' };
  const next = { ...(current ?? defaultDirectoryProfile(provider.country)) };
  if (input.listed !== undefined && input.listed !== null) next.listed = input.listed;
  if (input.countries) {
    const countries = countriesOf(input.countries, provider.country);
    if (isFailure(countries)) return countries;
    next.countries = countries;
  }
  if (input.offerings) next.offerings = distinct(input.offerings);
  if (input.languages) {
    const languages = languagesOf(input.languages);
    if (isFailure(languages)) return languages;
    next.languages = languages;
  }
  if (input.description !== undefined) next.description = optional(input.description);
  if (input.contactEmail !== undefined) {
    const email = optional(input.contactEmail);
    next.contactEmail = email ? normalizeEmail(email) : null;
  }
  if (next.contactEmail && !isWellFormedEmail(next.contactEmail)) return { reason: 'INVALID_EMAIL', argument: 'input.contactEmail' };
  if (input.website !== undefined) next.website = optional(input.website);
  if (next.website && !isWebUrl(next.website)) return { reason: 'INVALID_VALUE', argument: 'input.website' };
  if (next.listed && !next.contactEmail) return { reason: 'REQUIRED_FIELD', argument: 'input.contactEmail' };
  if (next.listed && !next.countries.length) return { reason: 'REQUIRED_FIELD', argument: 'input.countries' };
  return next;
}

/** P-19: the directory's filter, normalized; the country defaults to the caller's organization's (its CSP region). */
export interface DirectoryFilter {
  /** a country the provider serves (ISO 3166-1 alpha-2) */
  country: string;
  offering: ProviderOffering | null;
  /** ISO 639-1 */
  language: string | null;
  /** words of the name or description, each a prefix; null: no search */
  search: string | null;
}

/** The `filter` argument as given (GraphQL input). */
export interface DirectoryFilterInput {
  country?: string | null;
  offering?: ProviderOffering | null;
  language?: string | null;
  search?: string | null;
}

/** P-19: the filter with its codes checked (INVALID_COUNTRY, INVALID_LANGUAGE, naming `filter.…`) and its defaults. */
export function directoryFilter(input: DirectoryFilterInput | null | undefined, callerCountry: string): DirectoryFilter | DirectoryFailure {
  const country = input?.country?.trim() ? normalizeCountry(input.country) : callerCountry.trim().toUpperCase();
  if (!country) return { reason: 'INVALID_COUNTRY', argument: 'filter.country' };
  const language = input?.language?.trim() ? normalizeLanguage(input.language) : null;
  if (input?.language?.trim() && !language) return { reason: 'INVALID_LANGUAGE', argument: 'filter.language' };
  return { country, offering: input?.offering ?? null, language, search: input?.search?.trim() || null };
}

/** What the directory shows of a provider: listed, and the organization an ACTIVE indirect provider (P-19). */
export function isListedProvider(provider: Pick<OrganizationFacts, 'partnerType' | 'programStatus'> | null,
  profile: Pick<DirectoryProfileFields, 'listed'> | null): boolean {
  return Boolean(provider && profile?.listed && canActAsProvider(provider));
}
