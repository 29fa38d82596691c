import { cspMarketOf } from '../../kit/countries.js';
import { checkLinkUse, effectiveLinkState, LINK_TTL_MS, type LinkFacts, type LinkUseFailure } from '../../kit/single-use-link.js';

/** §3.3 reseller relationship requests (single and joint). Pure: no I/O. */
export type RequestState = 'PENDING' | 'ACCEPTED' | 'REVOKED' | 'EXPIRED';

/** request links are single-use and live 90 days (kit/single-use-link.ts). */
export const REQUEST_TTL_MS = LINK_TTL_MS;

/** The placeholder an edited email body must keep (R-46, SEED "be sure to include the link"). */
export const LINK_PLACEHOLDER = '{{link}}';

export type RequestFacts = LinkFacts<RequestState>;
/** §3.3 "+90 d": a PENDING request past `expiresAt` is EXPIRED. */
export const effectiveRequestState: (request: RequestFacts, now: Date) => RequestState = effectiveLinkState;
/** R-24…R-26: the link must point to a PENDING, unexpired request. */
export const checkRequestUse: (request: RequestFacts | null, now: Date) => LinkUseFailure | null = checkLinkUse;

export interface CreatorRoles {
  agentRole: string;
  adminRole: string;
}

/** C-03 / R-40 (S-2): asking for delegated admin privileges needs the admin agent role; a GA alone may ask without. */
export function checkRequestCreation(roles: CreatorRoles, includeDelegatedAdminPrivileges: boolean): 'ADMIN_AGENT_REQUIRED_FOR_DAP' | null {
  if (includeDelegatedAdminPrivileges && roles.agentRole !== 'ADMIN_AGENT') return 'ADMIN_AGENT_REQUIRED_FOR_DAP';
  return null;
}

export interface Acceptor {
  tenantId: string;
  partnerId: string | null;
  tenantGlobalAdmin: boolean;
}

export type AcceptanceFailure = 'CUSTOMER_GLOBAL_ADMIN_REQUIRED' | 'SELF_RELATIONSHIP' | 'CUSTOMER_REGION_MISMATCH';

/**
 * §3.3 acceptance guards once the link is valid: the acceptor is a global admin homed in the customer tenant
 * the customer is neither the requester nor the joint provider, and every partner that gains a
 * relationship sells in the customer's market.
 */
export function checkRequestAcceptance(input: {
  acceptor: Acceptor;
  requestingPartnerId: string;
  jointProviderId: string | null;
  /** null when the tenant is not known yet: the market is checked once it is */
  customerCountry: string | null;
  partnerCountries: string[];
}): AcceptanceFailure | null {
  const { acceptor } = input;
  if (!acceptor.tenantGlobalAdmin) return 'CUSTOMER_GLOBAL_ADMIN_REQUIRED';
  if (acceptor.tenantId === input.requestingPartnerId || acceptor.tenantId === input.jointProviderId) return 'SELF_RELATIONSHIP';
  // A partner principal (a foreign tenant, or a partner acting through DAP/AOBO) never accepts for a customer.
  if (acceptor.partnerId !== null) return 'CUSTOMER_GLOBAL_ADMIN_REQUIRED';
  if (input.customerCountry === null) return null;
  const market = cspMarketOf(input.customerCountry);
  if (input.partnerCountries.some((country) => cspMarketOf(country) !== market)) return 'CUSTOMER_REGION_MISMATCH';
  return null;
}

/** an edited body must keep the personalised link's placeholder. */
export function checkDraftBody(body: string | null | undefined): 'LINK_MISSING' | null {
  if (body === null || body === undefined) return null;
  return body.includes(LINK_PLACEHOLDER) ? null : 'LINK_MISSING';
}

/** The draft email the partner edits and sends: the link is always in it (SEED "be sure to include the link"). */
export function requestDraft(input: {
  partnerName: string;
  providerName: string | null;
  includeDelegatedAdminPrivileges: boolean;
  url: string;
  expiresAt: Date;
  subject?: string | null;
  body?: string | null;
}) {
  const subject = input.subject?.trim()
    || `${input.partnerName} would like to become your Cloud Solution Provider`;
  const partners = input.providerName ? `${input.partnerName} and ${input.providerName}` : input.partnerName;
  const template = input.body ?? [
    'Hello,',
    '',
    `${partners} would like to work with you as your Microsoft Cloud Solution Provider.`,
    input.includeDelegatedAdminPrivileges
      ? 'The request includes delegated administration privileges, so that we can administer your services for you.'
      : 'The request does not include delegated administration privileges.',
    '',
    `A global admin of your organization can accept here: ${LINK_PLACEHOLDER}`,
    '',
    `The link works once and expires on ${input.expiresAt.toISOString().slice(0, 10)}.`,
  ].join('\n');
  return { subject, body: template.split(LINK_PLACEHOLDER).join(input.url), url: input.url };
}
