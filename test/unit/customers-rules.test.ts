import { canPartnerMoveSubscription, checkOffice365Rule, checkOrderLines } from '../../subgraphs/customers/domain/commerce.js';
import { canConvertLead, canMoveLead } from '../../subgraphs/customers/domain/leads.js';
import {
  checkDraftBody, checkRequestAcceptance, checkRequestCreation, checkRequestUse, effectiveRequestState, requestDraft, REQUEST_TTL_MS,
} from '../../subgraphs/customers/domain/requests.js';
import { checkServiceRequestCreation, nextServiceRequestStatus } from '../../subgraphs/customers/domain/service-requests.js';
import { subscriptionVisibleTo } from '../../subgraphs/customers/visibility.js';

const now = new Date('2026-03-01T00:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);

describe('§3.3 request state machine', () => {
  it('a PENDING request past expiresAt is EXPIRED (A-26: 90 days)', () => {
    const request = { state: 'PENDING' as const, expiresAt: later(REQUEST_TTL_MS) };
    expect(effectiveRequestState(request, later(REQUEST_TTL_MS - 1))).toBe('PENDING');
    expect(effectiveRequestState(request, later(REQUEST_TTL_MS))).toBe('EXPIRED');
  });

  it.each([
    [null, 'INVITATION_NOT_FOUND'],
    [{ state: 'PENDING', expiresAt: later(1000) }, null],
    [{ state: 'PENDING', expiresAt: later(-1) }, 'INVITATION_EXPIRED'],
    [{ state: 'ACCEPTED', expiresAt: later(1000) }, 'INVITATION_ALREADY_USED'],
    [{ state: 'REVOKED', expiresAt: later(1000) }, 'INVITATION_REVOKED'],
  ] as const)('R-24…R-26: %j → %s', (request, failure) => {
    expect(checkRequestUse(request, now)).toBe(failure);
  });

  it('R-40: DAP needs the admin agent role; a GA alone may ask without it (C-03)', () => {
    expect(checkRequestCreation({ agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' }, true)).toBe('ADMIN_AGENT_REQUIRED_FOR_DAP');
    expect(checkRequestCreation({ agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' }, false)).toBeNull();
    expect(checkRequestCreation({ agentRole: 'ADMIN_AGENT', adminRole: 'NONE' }, true)).toBeNull();
  });

  const acceptance = (acceptor: { tenantId: string; partnerId: string | null; tenantGlobalAdmin: boolean }, customerCountry: string | null = 'IT') =>
    checkRequestAcceptance({ acceptor, requestingPartnerId: 'R', jointProviderId: 'P', customerCountry, partnerCountries: ['IT', 'IT'] });

  it('R-41: only a global admin homed in the customer tenant, never a partner principal', () => {
    expect(acceptance({ tenantId: 'C', partnerId: null, tenantGlobalAdmin: false })).toBe('CUSTOMER_GLOBAL_ADMIN_REQUIRED');
    expect(acceptance({ tenantId: 'X', partnerId: 'X', tenantGlobalAdmin: true })).toBe('CUSTOMER_GLOBAL_ADMIN_REQUIRED');
    expect(acceptance({ tenantId: 'C', partnerId: null, tenantGlobalAdmin: true })).toBeNull();
  });

  it('R-42: neither the requester nor the joint provider can be its own customer', () => {
    expect(acceptance({ tenantId: 'R', partnerId: 'R', tenantGlobalAdmin: true })).toBe('SELF_RELATIONSHIP');
    expect(acceptance({ tenantId: 'P', partnerId: 'P', tenantGlobalAdmin: true })).toBe('SELF_RELATIONSHIP');
  });

  it('R-43: every partner that gains a relationship sells in the customer\'s market; an unknown tenant is checked later', () => {
    expect(acceptance({ tenantId: 'C', partnerId: null, tenantGlobalAdmin: true }, 'DE')).toBe('CUSTOMER_REGION_MISMATCH');
    expect(acceptance({ tenantId: 'C', partnerId: null, tenantGlobalAdmin: true }, null)).toBeNull();
  });

  it('R-46: an edited body keeps {{link}}; the draft always carries the personalised link', () => {
    expect(checkDraftBody('Hello')).toBe('LINK_MISSING');
    expect(checkDraftBody('Hello {{link}}')).toBeNull();
    expect(checkDraftBody(undefined)).toBeNull();
    const draft = requestDraft({ partnerName: 'Contoso', providerName: 'Northwind', includeDelegatedAdminPrivileges: true,
      url: 'https://pc/accept?token=t', expiresAt: later(REQUEST_TTL_MS) });
    expect(draft.body).toContain('https://pc/accept?token=t');
    expect(draft.body).toContain('Contoso and Northwind');
  });
});

describe('§3.5 orders and subscriptions', () => {
  it('R-34: Office 365 needs an admin agent; other families are open to helpdesk agents (S-8, S-9)', () => {
    expect(checkOffice365Rule({ agentRole: 'HELPDESK_AGENT' }, 'OFFICE_365')).toBe('ADMIN_AGENT_REQUIRED_FOR_OFFICE_365');
    expect(checkOffice365Rule({ agentRole: 'HELPDESK_AGENT' }, 'DYNAMICS_CRM_ONLINE')).toBeNull();
    expect(checkOffice365Rule({ agentRole: 'ADMIN_AGENT' }, 'OFFICE_365')).toBeNull();
  });

  it('ACTIVE↔SUSPENDED only; PENDING, EXPIRED and DELETED are not the partner\'s to set', () => {
    expect(canPartnerMoveSubscription('ACTIVE', 'SUSPENDED')).toBe(true);
    expect(canPartnerMoveSubscription('SUSPENDED', 'ACTIVE')).toBe(true);
    expect(canPartnerMoveSubscription('ACTIVE', 'DELETED')).toBe(false);
    expect(canPartnerMoveSubscription('EXPIRED', 'ACTIVE')).toBe(false);
    expect(canPartnerMoveSubscription('ACTIVE', 'PENDING')).toBe(false);
  });

  it('order lines: known offers, 1…10 000 licences, at least one line', () => {
    expect(checkOrderLines([])).toEqual({ failure: 'EMPTY_ORDER' });
    expect(checkOrderLines([{ offerId: 'NOPE', quantity: 1 }])).toEqual({ failure: 'UNKNOWN_OFFER', index: 0 });
    expect(checkOrderLines([{ offerId: 'O365-E3', quantity: 0 }])).toEqual({ failure: 'INVALID_QUANTITY', index: 0 });
    expect(checkOrderLines([{ offerId: 'O365-E3', quantity: 10 }])).toBeNull();
  });

  it('T-7: a reseller sees what was sold under its MPN ID, a provider what it sold', () => {
    const subscription = { providerId: 'P', resellerId: 'R' };
    expect(subscriptionVisibleTo(subscription, 'P')).toBe(true);
    expect(subscriptionVisibleTo(subscription, 'R')).toBe(true);
    expect(subscriptionVisibleTo(subscription, 'R2')).toBe(false);
  });
});

describe('§3.5 customer service requests', () => {
  it('R-33: Azure support for a reseller\'s customer goes through the provider', () => {
    expect(checkServiceRequestCreation('INDIRECT_RESELLER', 'AZURE')).toBe('AZURE_SUPPORT_PROVIDER_ONLY');
    expect(checkServiceRequestCreation('INDIRECT_PROVIDER', 'AZURE')).toBeNull();
    expect(checkServiceRequestCreation('INDIRECT_RESELLER', 'OFFICE_365')).toBeNull();
  });

  it('OPEN→CLOSED, ATTENTION_NEEDED→OPEN by a note, a partner reopens its own close; R-48 for Microsoft\'s', () => {
    expect(nextServiceRequestStatus({ status: 'OPEN', closedBy: null }, { status: 'CLOSED', addsNote: false })).toEqual({ status: 'CLOSED' });
    expect(nextServiceRequestStatus({ status: 'ATTENTION_NEEDED', closedBy: null }, { addsNote: true })).toEqual({ status: 'OPEN' });
    expect(nextServiceRequestStatus({ status: 'CLOSED', closedBy: 'PARTNER' }, { status: 'OPEN', addsNote: false })).toEqual({ status: 'OPEN' });
    expect(nextServiceRequestStatus({ status: 'CLOSED', closedBy: 'MICROSOFT' }, { status: 'OPEN', addsNote: false })).toEqual({ failure: 'SR_CLOSED' });
    expect(nextServiceRequestStatus({ status: 'CLOSED', closedBy: 'MICROSOFT' }, { addsNote: true })).toEqual({ failure: 'SR_CLOSED' });
    expect(nextServiceRequestStatus({ status: 'OPEN', closedBy: null }, { status: 'ATTENTION_NEEDED', addsNote: false }))
      .toEqual({ failure: 'INVALID_SERVICE_REQUEST_TRANSITION' });
  });
});

describe('§3.5 leads (R-47)', () => {
  it.each([
    [['NEW', 'PENDING'], ['NEW', 'RECEIVED'], true],
    [['NEW', 'RECEIVED'], ['ACTIVE', 'ACCEPTED'], true],
    [['NEW', 'RECEIVED'], ['CLOSED', 'DECLINED'], true],
    [['NEW', 'RECEIVED'], ['CLOSED', 'EXPIRED'], true],
    [['NEW', 'RECEIVED'], ['CLOSED', 'WON'], false],
    [['ACTIVE', 'ACCEPTED'], ['CLOSED', 'WON'], true],
    [['ACTIVE', 'ACCEPTED'], ['NEW', 'RECEIVED'], false],
    [['CLOSED', 'WON'], ['ACTIVE', 'ACCEPTED'], false],
    [['NEW', 'RECEIVED'], ['ACTIVE', 'WON'], false],
  ] as const)('%j → %j: %s', ([fromStatus, fromSub], [toStatus, toSub], allowed) => {
    expect(canMoveLead({ status: fromStatus, substatus: fromSub }, { status: toStatus, substatus: toSub })).toBe(allowed);
  });

  it('a closed lead cannot be converted into a request (C-26)', () => {
    expect(canConvertLead({ status: 'CLOSED', substatus: 'LOST' })).toBe(false);
    expect(canConvertLead({ status: 'NEW', substatus: 'RECEIVED' })).toBe(true);
  });
});
