import type { ProgramStatus } from '../../../platform/tokens.js';
import { cspMarketOf } from '../../kit/countries.js';
import { checkLinkUse, effectiveLinkState, LINK_TTL_MS, type LinkFacts, type LinkUseFailure } from '../../kit/single-use-link.js';

/** §3.2: provider↔reseller invitations and partnerships. Pure: no I/O. */
export type InvitationState = 'PENDING' | 'ACCEPTED' | 'DECLINED' | 'REVOKED' | 'EXPIRED';
export type PartnerType = 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';

/** invitation links are single-use and live 90 days (kit/single-use-link.ts). */
export const INVITATION_TTL_MS = LINK_TTL_MS;
export type InvitationFacts = LinkFacts<InvitationState>;
/** §3.2 "expiresAt passed": a PENDING invitation past `expiresAt` is EXPIRED. */
export const effectiveInvitationState: (invitation: InvitationFacts, now: Date) => InvitationState = effectiveLinkState;
/** R-24…R-26: the link must point to a PENDING, unexpired invitation. */
export const checkInvitationUse: (invitation: InvitationFacts | null, now: Date) => LinkUseFailure | null = checkLinkUse;

/**
 * An invitation answering a contact request is addressed to the requesting organization (P-22): for any other its
 * link does not exist (INVITATION_NOT_FOUND, R-24). One without an addressee is for whoever holds the link (§3.2).
 */
export function isAddressedTo(invitation: { inviteePartnerId: string | null }, partnerId: string): boolean {
  return invitation.inviteePartnerId === null || invitation.inviteePartnerId === partnerId;
}

export interface OrganizationFacts {
  id: string;
  partnerType: PartnerType;
  programStatus: ProgramStatus;
  country: string;
}

export type AcceptanceFailure =
  | 'AUTHORIZATION_CONSENT_REQUIRED' | 'SELF_RELATIONSHIP' | 'NOT_AN_INDIRECT_RESELLER' | 'REGION_MISMATCH'
  | 'PARTNERSHIP_ALREADY_EXISTS';

/** §3.2 acceptance guards after the token checks: in that order. */
export function checkAcceptance(input: {
  authorizeIndirectProvider: boolean;
  provider: OrganizationFacts;
  reseller: OrganizationFacts;
  activePartnershipExists: boolean;
}): AcceptanceFailure | null {
  const { provider, reseller } = input;
  if (input.authorizeIndirectProvider !== true) return 'AUTHORIZATION_CONSENT_REQUIRED';
  if (provider.id === reseller.id) return 'SELF_RELATIONSHIP';
  if (reseller.partnerType !== 'INDIRECT_RESELLER' || reseller.programStatus !== 'ACTIVE') return 'NOT_AN_INDIRECT_RESELLER';
  if (cspMarketOf(provider.country) !== cspMarketOf(reseller.country)) return 'REGION_MISMATCH';
  if (input.activePartnershipExists) return 'PARTNERSHIP_ALREADY_EXISTS';
  return null;
}

/** Who may create, revoke and remove on the provider side (§3.2): an ACTIVE indirect provider. */
export function canActAsProvider(organization: Pick<OrganizationFacts, 'partnerType' | 'programStatus'>): boolean {
  return organization.partnerType === 'INDIRECT_PROVIDER' && organization.programStatus === 'ACTIVE';
}

/** The personalised link and the draft email the provider edits and sends (§3.2, SEED "include the link"). */
export function invitationDraft(input: { providerName: string; url: string; expiresAt: Date }) {
  const subject = `${input.providerName} invites you to resell through them as your indirect provider`;
  const body = [
    'Hello,',
    '',
    `${input.providerName} would like to become your indirect provider in the Cloud Solution Provider program.`,
    'A global admin of your organization can open the link below, tick the checkbox and select',
    '"Authorize indirect provider". This will associate your account with the provider\'s account.',
    '',
    input.url,
    '',
    `The link can be used once and expires on ${input.expiresAt.toISOString().slice(0, 10)}.`,
  ].join('\n');
  return { subject, body, url: input.url };
}
