import { isPersonalAccountDomain, isTenantSignInName, isWebmail, webmailDomainsFrom } from '../../subgraphs/partners/domain/contacts.js';
import { checkLegalBusinessProfile, checkSupportProfile } from '../../subgraphs/partners/domain/details.js';
import { checkProfileSelection, isNumericMpnId } from '../../subgraphs/partners/domain/mpn.js';
import {
  checkAcceptance, checkInvitationUse, effectiveInvitationState, INVITATION_TTL_MS, invitationDraft,
} from '../../subgraphs/partners/domain/partnerships.js';
import { FIXTURE_MPN_PROFILES } from '../../subgraphs/partners/mpn-directory.js';

describe('R-18 / A-37 webmail blocklist and R-19 tenant sign-in names', () => {
  it.each(['a@gmail.com', 'a@googlemail.com', 'a@yahoo.it', 'a@yahoo.co.uk', 'a@ymail.com', 'a@icloud.com', 'a@me.com',
    'a@mac.com', 'a@aol.com', 'a@outlook.com', 'a@hotmail.it', 'a@live.com', 'a@msn.com'])('%s is webmail', (email) => {
    expect(isWebmail(email)).toBe(true);
  });

  it.each(['anna@contoso.it', 'a@yahoofinance.com', 'a@livewire.it', 'a@outlook.company.com'])('%s is a company address', (email) => {
    expect(isWebmail(email)).toBe(false);
  });

  it('the list is configurable (WEBMAIL_DOMAINS)', () => {
    const list = webmailDomainsFrom('proton.me, gmx.*');
    expect(isWebmail('a@gmx.de', list)).toBe(true);
    expect(isWebmail('a@gmail.com', list)).toBe(false);
    expect(webmailDomainsFrom('')).toContain('gmail.com');
  });

  it('tenant sign-in names and personal accounts', () => {
    expect(isTenantSignInName('jsmith@testcompany.onmicrosoft.com')).toBe(true);
    expect(isTenantSignInName('jsmith@contoso.it')).toBe(false);
    expect(isPersonalAccountDomain('outlook.com')).toBe(true);
    expect(isPersonalAccountDomain('contoso.onmicrosoft.com')).toBe(false);
  });
});

describe('§3.1 row 5 details (R-18…R-21)', () => {
  const legal = {
    companyName: 'Contoso', address: { country: 'IT', city: 'Milano', addressLine1: 'Via 1', postalCode: '20100' },
    primaryContact: { firstName: 'A', lastName: 'R', email: 'Anna@Contoso.it ', phoneNumber: '+39' },
  };

  it('a complete Italian profile passes; each rule fails with its reason and field', () => {
    expect(checkLegalBusinessProfile(legal, 'IT', webmailDomainsFrom(undefined))).toBeNull();
    expect(checkLegalBusinessProfile({ ...legal, primaryContact: { ...legal.primaryContact, email: 'x@gmail.com' } }, 'IT', webmailDomainsFrom(undefined)))
      .toEqual({ reason: 'WEBMAIL_NOT_ALLOWED', field: 'primaryContact.email' });
    expect(checkLegalBusinessProfile({ ...legal, address: { ...legal.address, country: 'DE' } }, 'IT', webmailDomainsFrom(undefined)))
      .toMatchObject({ reason: 'ADDRESS_COUNTRY_MISMATCH' });
    expect(checkLegalBusinessProfile({ ...legal, companyName: '' }, 'IT', webmailDomainsFrom(undefined)))
      .toEqual({ reason: 'REQUIRED_FIELD', fields: ['legalBusinessProfile.companyName'] });
    expect(checkLegalBusinessProfile(null, 'IT', webmailDomainsFrom(undefined))).toMatchObject({ reason: 'REQUIRED_FIELD' });
  });

  it('support needs an email or a telephone', () => {
    expect(checkSupportProfile({ telephone: '+39' })).toBeNull();
    expect(checkSupportProfile({ website: 'https://x' })).toMatchObject({ reason: 'REQUIRED_FIELD' });
    expect(checkSupportProfile({ email: 'not-an-email' })).toMatchObject({ reason: 'INVALID_EMAIL' });
  });
});

describe('§3.1 row 4 MPN profile selection (R-13…R-16, A-21)', () => {
  it('numeric, 1–10 digits', () => {
    expect(['1', '1234567', '1234567890'].every(isNumericMpnId)).toBe(true);
    expect(['', '12a', '12345678901', ' 123'].some(isNumericMpnId)).toBe(false);
  });

  it('AS-2 step 2 against the fixture profiles and an Italian tenant', () => {
    const candidates = FIXTURE_MPN_PROFILES.filter((p) => ['1234567', '7654321', '5555555'].includes(p.mpnId));
    expect(checkProfileSelection('1234567', candidates, 'IT')).toMatchObject({ ok: true });
    expect(checkProfileSelection('7654321', candidates, 'IT')).toEqual({ ok: false, reason: 'MPN_COUNTRY_MISMATCH' });
    expect(checkProfileSelection('5555555', candidates, 'IT')).toEqual({ ok: false, reason: 'MPN_PROFILE_INACTIVE' });
    expect(checkProfileSelection('12a', candidates, 'IT')).toEqual({ ok: false, reason: 'MPN_ID_NOT_NUMERIC' });
    expect(checkProfileSelection('9999999', candidates, 'IT')).toEqual({ ok: false, reason: 'MPN_ID_NOT_FOUND' });
  });
});

describe('§3.2 invitations and acceptance (R-24…R-32)', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  const pending = { state: 'PENDING' as const, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS) };
  const provider = { id: 'p', partnerType: 'INDIRECT_PROVIDER' as const, programStatus: 'ACTIVE' as const, country: 'IT' };
  const reseller = { id: 'r', partnerType: 'INDIRECT_RESELLER' as const, programStatus: 'ACTIVE' as const, country: 'IT' };
  const accept = { authorizeIndirectProvider: true, provider, reseller, activePartnershipExists: false };

  it('a link works while PENDING and unexpired; 90 days later it is EXPIRED', () => {
    expect(checkInvitationUse(pending, now)).toBeNull();
    expect(checkInvitationUse(null, now)).toBe('INVITATION_NOT_FOUND');
    expect(checkInvitationUse({ ...pending, state: 'ACCEPTED' }, now)).toBe('INVITATION_ALREADY_USED');
    expect(checkInvitationUse({ ...pending, state: 'DECLINED' }, now)).toBe('INVITATION_ALREADY_USED');
    expect(checkInvitationUse({ ...pending, state: 'REVOKED' }, now)).toBe('INVITATION_REVOKED');
    const later = new Date(now.getTime() + 91 * 86_400_000);
    expect(effectiveInvitationState(pending, later)).toBe('EXPIRED');
    expect(checkInvitationUse(pending, later)).toBe('INVITATION_EXPIRED');
  });

  it('acceptance guards, in order: consent, self, reseller, region, existing partnership', () => {
    expect(checkAcceptance(accept)).toBeNull();
    expect(checkAcceptance({ ...accept, authorizeIndirectProvider: false, reseller: provider })).toBe('AUTHORIZATION_CONSENT_REQUIRED');
    expect(checkAcceptance({ ...accept, reseller: provider })).toBe('SELF_RELATIONSHIP');
    expect(checkAcceptance({ ...accept, reseller: { ...provider, id: 'p2' } })).toBe('NOT_AN_INDIRECT_RESELLER');
    expect(checkAcceptance({ ...accept, reseller: { ...reseller, programStatus: 'SUSPENDED' } })).toBe('NOT_AN_INDIRECT_RESELLER');
    expect(checkAcceptance({ ...accept, provider: { ...provider, country: 'DE' } })).toBe('REGION_MISMATCH');
    expect(checkAcceptance({ ...accept, activePartnershipExists: true })).toBe('PARTNERSHIP_ALREADY_EXISTS');
  });

  it('the draft email keeps the personalised link (SEED "be sure to include the link")', () => {
    const draft = invitationDraft({ providerName: 'Northwind', url: 'https://pc/accept?token=abc', expiresAt: now });
    expect(draft.body).toContain(draft.url);
    expect(draft.subject).toContain('Northwind');
  });
});
