import {
  canRestore, changedLicenses, checkPasswordReset, checkUserPrincipalName, hasFreeSeat, normalizeUserPrincipalName, restorableUntil,
} from '../../subgraphs/customers/domain/customer-users.js';

const ADATUM = ['adatum.it', 'adatum.com'];

describe('customer users: pure rules (C-18…C-20, A-19)', () => {
  it('C-19: a user name is lower-cased and must be in the customer\'s domain or a custom domain', () => {
    expect(normalizeUserPrincipalName('  Giulia.Verdi@Adatum.IT ')).toBe('giulia.verdi@adatum.it');
    expect(checkUserPrincipalName('giulia@adatum.it', ADATUM)).toBeNull();
    expect(checkUserPrincipalName('giulia@adatum.com', ADATUM)).toBeNull();
    expect(checkUserPrincipalName('giulia@contoso.it', ADATUM)).toBe('CUSTOMER_DOMAIN_REQUIRED');
    expect(checkUserPrincipalName('giulia@sub.adatum.it', ADATUM)).toBe('CUSTOMER_DOMAIN_REQUIRED');
    for (const malformed of ['giulia', '@adatum.it', 'giulia@', 'gi ulia@adatum.it', 'giulia@adatum']) {
      expect(checkUserPrincipalName(malformed, ADATUM)).toBe('INVALID_EMAIL');
    }
  });

  it('C-19: a deleted user is restorable for 30 days, not a moment longer', () => {
    const deletedAt = new Date('2026-03-01T10:00:00Z');
    expect(restorableUntil(deletedAt)).toEqual(new Date('2026-03-31T10:00:00Z'));
    expect(canRestore(deletedAt, new Date('2026-03-31T10:00:00Z'))).toBe(true);
    expect(canRestore(deletedAt, new Date('2026-03-31T10:00:01Z'))).toBe(false);
  });

  it('C-20ᶜ: a helpdesk agent may reset an ordinary user\'s password, not a customer admin\'s; an admin agent both', () => {
    expect(checkPasswordReset({ agentRole: 'HELPDESK_AGENT' }, { isAdmin: false })).toBeNull();
    expect(checkPasswordReset({ agentRole: 'HELPDESK_AGENT' }, { isAdmin: true })).toBe('ADMIN_AGENT_REQUIRED_FOR_CUSTOMER_ADMIN');
    expect(checkPasswordReset({ agentRole: 'ADMIN_AGENT' }, { isAdmin: true })).toBeNull();
  });

  it('C-19 licenses: additions are new seats only, removals win, nothing is held twice; a seat is free below the quantity', () => {
    expect(changedLicenses(['a', 'b'], ['b', 'c', 'c'], [])).toEqual({ licenses: ['a', 'b', 'c'], added: ['c'] });
    expect(changedLicenses(['a', 'b'], ['d'], ['a', 'd'])).toEqual({ licenses: ['b'], added: [] });
    expect(hasFreeSeat(1, 0)).toBe(true);
    expect(hasFreeSeat(1, 1)).toBe(false);
  });
});
