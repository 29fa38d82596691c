/** Orders and subscriptions (§3.5, C-13, C-14). Pure: no I/O. */
export type ProductFamily = 'OFFICE_365' | 'AZURE' | 'DYNAMICS_CRM_ONLINE' | 'ENTERPRISE_MOBILITY_SUITE' | 'OTHER';
export type SubscriptionStatus = 'NONE' | 'ACTIVE' | 'SUSPENDED' | 'DELETED' | 'EXPIRED' | 'PENDING' | 'DISABLED';

export interface Offer {
  offerId: string;
  offerName: string;
  productFamily: ProductFamily;
  unitType: string;
  billingCycle: string;
}

/** The offers v1 sells (a stand-in for the PC catalogue). */
export const OFFERS: readonly Offer[] = [
  { offerId: 'O365-E3', offerName: 'Office 365 E3', productFamily: 'OFFICE_365', unitType: 'Licenses', billingCycle: 'MONTHLY' },
  { offerId: 'O365-BP', offerName: 'Microsoft 365 Business Premium', productFamily: 'OFFICE_365', unitType: 'Licenses', billingCycle: 'MONTHLY' },
  { offerId: 'D365-SALES', offerName: 'Dynamics 365 Sales Professional', productFamily: 'DYNAMICS_CRM_ONLINE', unitType: 'Licenses', billingCycle: 'MONTHLY' },
  { offerId: 'AZURE-PLAN', offerName: 'Azure plan', productFamily: 'AZURE', unitType: 'Usage-based', billingCycle: 'MONTHLY' },
  { offerId: 'EMS-E3', offerName: 'Enterprise Mobility + Security E3', productFamily: 'ENTERPRISE_MOBILITY_SUITE', unitType: 'Licenses', billingCycle: 'ANNUAL' },
];

export function findOffer(offerId: string): Offer | null {
  return OFFERS.find((offer) => offer.offerId === offerId) ?? null;
}

export interface OrderLine { offerId: string; quantity: number }

export type OrderLineFailure = 'UNKNOWN_OFFER' | 'INVALID_QUANTITY' | 'EMPTY_ORDER';

/** An order has lines, each for a known offer and 1…10 000 licences. */
export function checkOrderLines(lines: readonly OrderLine[]): { failure: OrderLineFailure; index?: number } | null {
  if (lines.length === 0) return { failure: 'EMPTY_ORDER' };
  for (const [index, line] of lines.entries()) {
    if (!findOffer(line.offerId)) return { failure: 'UNKNOWN_OFFER', index };
    if (!Number.isInteger(line.quantity) || line.quantity < 1 || line.quantity > 10_000) return { failure: 'INVALID_QUANTITY', index };
  }
  return null;
}

/** §3.5: PENDING→ACTIVE (provisioned), ACTIVE↔SUSPENDED (updateCustomerSubscription); EXPIRED/DELETED only by the system. */
const PARTNER_TRANSITIONS: Record<SubscriptionStatus, SubscriptionStatus[]> = {
  PENDING: [], ACTIVE: ['SUSPENDED'], SUSPENDED: ['ACTIVE'], NONE: [], DELETED: [], EXPIRED: [], DISABLED: [],
};

export function canPartnerMoveSubscription(from: SubscriptionStatus, to: SubscriptionStatus): boolean {
  return from === to || PARTNER_TRANSITIONS[from].includes(to);
}

export interface AgentRoles { agentRole: string }

/**
 * R-34 (S-8, S-9 notes): a caller whose only customer-facing role is Helpdesk agent cannot act on Office 365
 * subscriptions or requests; an admin agent can.
 */
export function checkOffice365Rule(roles: AgentRoles, productFamily: ProductFamily): 'ADMIN_AGENT_REQUIRED_FOR_OFFICE_365' | null {
  if (productFamily === 'OFFICE_365' && roles.agentRole !== 'ADMIN_AGENT') return 'ADMIN_AGENT_REQUIRED_FOR_OFFICE_365';
  return null;
}
