import {
  checkAnswer, checkContactRequest, CONTACT_REQUEST_TTL_MS, contactRequestText, effectiveContactRequestState,
} from '../../subgraphs/partners/domain/contact-requests.js';
import { directoryFilter, isListedProvider, nextDirectoryProfile } from '../../subgraphs/partners/domain/directory.js';
import { isAddressedTo, type OrganizationFacts } from '../../subgraphs/partners/domain/partnerships.js';

const northwind: OrganizationFacts = { id: 'n', partnerType: 'INDIRECT_PROVIDER', programStatus: 'ACTIVE', country: 'IT' };
const contoso: OrganizationFacts = { id: 'c', partnerType: 'INDIRECT_RESELLER', programStatus: 'ACTIVE', country: 'IT' };
const woodgrove: OrganizationFacts = { id: 'w', partnerType: 'INDIRECT_PROVIDER', programStatus: 'ACTIVE', country: 'DE' };

describe('P-20: the directory profile a provider saves', () => {
  it('a first save starts unlisted in the provider\'s own country; codes are normalized and repeated ones dropped', () => {
    expect(nextDirectoryProfile(northwind, null, { languages: ['IT', ' en ', 'it'], offerings: ['TECHNICAL_SUPPORT', 'TECHNICAL_SUPPORT'],
      contactEmail: ' Resellers@Northwind.IT ', description: '  ', website: 'https://northwind.it' })).toEqual({
      listed: false, countries: ['IT'], offerings: ['TECHNICAL_SUPPORT'], languages: ['it', 'en'], description: null,
      contactEmail: 'resellers@northwind.it', website: 'https://northwind.it',
    });
  });

  it('only the fields given change; null clears an optional one', () => {
    const saved = nextDirectoryProfile(northwind, null, { listed: true, contactEmail: 'r@northwind.it', description: 'd' });
    expect(nextDirectoryProfile(northwind, saved as never, { description: null })).toMatchObject({ listed: true, contactEmail: 'r@northwind.it',
      description: null });
  });

  it.each([
    [{ countries: ['DE'] }, 'REGION_MISMATCH', 'input.countries'],
    [{ countries: ['Italy'] }, 'INVALID_COUNTRY', 'input.countries'],
    [{ languages: ['ita'] }, 'INVALID_LANGUAGE', 'input.languages'],
    [{ contactEmail: 'nobody' }, 'INVALID_EMAIL', 'input.contactEmail'],
    [{ website: 'javascript:alert(1)' }, 'INVALID_VALUE', 'input.website'],
    [{ listed: true }, 'REQUIRED_FIELD', 'input.contactEmail'],
    [{ listed: true, contactEmail: 'r@northwind.it', countries: [] }, 'REQUIRED_FIELD', 'input.countries'],
  ])('%j → %s naming %s', (input, reason, argument) => {
    expect(nextDirectoryProfile(northwind, null, input)).toEqual({ reason, argument });
  });

  it('a reseller, or a provider not ACTIVE, has no directory profile (NOT_AN_INDIRECT_PROVIDER); neither is ever listed', () => {
    expect(nextDirectoryProfile(contoso, null, { listed: true })).toEqual({ reason: 'NOT_AN_INDIRECT_PROVIDER' });
    expect(nextDirectoryProfile({ ...northwind, programStatus: 'SUSPENDED' }, null, {})).toEqual({ reason: 'NOT_AN_INDIRECT_PROVIDER' });
    expect(isListedProvider(contoso, { listed: true })).toBe(false);
    expect(isListedProvider({ ...northwind, programStatus: 'SUSPENDED' }, { listed: true })).toBe(false);
    expect(isListedProvider(northwind, { listed: false })).toBe(false);
    expect(isListedProvider(northwind, null)).toBe(false);
    expect(isListedProvider(northwind, { listed: true })).toBe(true);
  });
});

describe('P-19: the directory filter', () => {
  it('defaults to the caller\'s country (its CSP region); codes are normalized; a blank search is no search', () => {
    expect(directoryFilter(null, 'IT')).toEqual({ country: 'IT', offering: null, language: null, search: null });
    expect(directoryFilter({ country: ' de ', language: 'EN', offering: 'FINANCING_AND_CREDIT', search: '  ' }, 'IT'))
      .toEqual({ country: 'DE', offering: 'FINANCING_AND_CREDIT', language: 'en', search: null });
  });

  it('a code that is not ISO names its argument', () => {
    expect(directoryFilter({ country: 'Italia' }, 'IT')).toEqual({ reason: 'INVALID_COUNTRY', argument: 'filter.country' });
    expect(directoryFilter({ language: 'english' }, 'IT')).toEqual({ reason: 'INVALID_LANGUAGE', argument: 'filter.language' });
  });
});

describe('P-21 / P-22: the contact request state machine', () => {
  const facts = { reseller: contoso, provider: northwind, providerListed: true, partnered: false, openRequestExists: false };

  it('the guards in order: reseller, listed provider, region (R-31), partnership (R-32), one OPEN request per pair', () => {
    expect(checkContactRequest(facts)).toBeNull();
    expect(checkContactRequest({ ...facts, reseller: woodgrove })).toEqual({ reason: 'NOT_AN_INDIRECT_RESELLER' });
    expect(checkContactRequest({ ...facts, reseller: { ...contoso, programStatus: 'SUSPENDED' } })).toEqual({ reason: 'NOT_AN_INDIRECT_RESELLER' });
    expect(checkContactRequest({ ...facts, providerListed: false, partnered: true }))
      .toEqual({ reason: 'PROVIDER_NOT_LISTED', argument: 'providerId' });
    expect(checkContactRequest({ ...facts, provider: null })).toEqual({ reason: 'PROVIDER_NOT_LISTED', argument: 'providerId' });
    expect(checkContactRequest({ ...facts, provider: woodgrove, partnered: true })).toEqual({ reason: 'REGION_MISMATCH', argument: 'providerId' });
    expect(checkContactRequest({ ...facts, partnered: true, openRequestExists: true }))
      .toEqual({ reason: 'PARTNERSHIP_ALREADY_EXISTS', argument: 'providerId' });
    expect(checkContactRequest({ ...facts, openRequestExists: true })).toEqual({ reason: 'CONTACT_REQUEST_EXISTS', argument: 'providerId' });
  });

  it('the message is trimmed and required; the reply address normalized and well formed', () => {
    expect(contactRequestText({ message: '  Ciao  ', replyTo: ' Anna@Contoso.IT ' })).toEqual({ message: 'Ciao', replyTo: 'anna@contoso.it' });
    expect(contactRequestText({ message: ' \n', replyTo: 'anna@contoso.it' })).toEqual({ reason: 'REQUIRED_FIELD', argument: 'message' });
    expect(contactRequestText({ message: 'Ciao', replyTo: 'anna' })).toEqual({ reason: 'INVALID_EMAIL', argument: 'replyTo' });
  });

  it('OPEN past expiresAt (30 days) is EXPIRED; only an OPEN request is answered', () => {
    const now = new Date('2026-03-01T10:00:00Z');
    const open = { state: 'OPEN' as const, expiresAt: new Date(now.getTime() + CONTACT_REQUEST_TTL_MS) };
    expect(CONTACT_REQUEST_TTL_MS).toBe(30 * 86_400_000);
    expect(effectiveContactRequestState(open, now)).toBe('OPEN');
    expect(checkAnswer(open, now)).toBeNull();
    const later = new Date(open.expiresAt.getTime());
    expect(effectiveContactRequestState(open, later)).toBe('EXPIRED');
    expect(checkAnswer(open, later)).toBe('CONTACT_REQUEST_EXPIRED');
    for (const state of ['INVITED', 'DECLINED'] as const) expect(checkAnswer({ ...open, state }, now)).toBe('CONTACT_REQUEST_CLOSED');
    expect(checkAnswer({ ...open, state: 'EXPIRED' }, now)).toBe('CONTACT_REQUEST_EXPIRED');
  });

  it('an invitation answering a request is the requester\'s only; one without an addressee is the link holder\'s', () => {
    expect(isAddressedTo({ inviteePartnerId: 'c' }, 'c')).toBe(true);
    expect(isAddressedTo({ inviteePartnerId: 'c' }, 'f')).toBe(false);
    expect(isAddressedTo({ inviteePartnerId: null }, 'f')).toBe(true);
  });
});
