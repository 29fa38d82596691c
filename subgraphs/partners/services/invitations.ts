import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { Actor } from '../../kit/events.js';
import { claimExpired } from '../../kit/expiry-sweeper.js';
import type { MailMessage } from '../../kit/mail.js';
import { newSecretToken } from '../../kit/secret-tokens.js';
import { findByLinkToken, usableOwnLink } from '../../kit/single-use-link.js';
import type { PartnersDeps } from '../deps.js';
import { emailDomain, isWellFormedEmail, normalizeEmail } from '../domain/contacts.js';
import { contactInvitationMail } from '../domain/directory-mails.js';
import {
  canActAsProvider, checkAcceptance, checkInvitationUse, INVITATION_TTL_MS, invitationDraft, isAddressedTo,
} from '../domain/partnerships.js';
import { recordPartnersEvent } from '../events.js';
import { PartnershipInvitationEntity, invitationSnapshot, type PartnershipInvitation } from '../model/invitation.js';
import { OrganizationEntity } from '../model/organization.js';
import { PartnershipEntity, partnershipSnapshot, type Partnership } from '../model/partnership.js';
import { TenantFactsEntity } from '../model/tenant.js';
import {
  answerWithInvitation, closeOpenRequestsOnPartnership, lockOpenRequestsOfPair, lockProviderResellerPair, receivedOpenRequest,
} from './contact-requests.js';
import { actorOf, callerOrganization, type PartnerCaller } from './partner-caller.js';

type Deps = Pick<PartnersDeps, 'now' | 'publicUrl'>;

/** An invitation as the creating provider sees it once: with the link and the draft email. */
export type CreatedInvitation = PartnershipInvitation & { url: string; draftEmail: ReturnType<typeof invitationDraft> };

/** PartnershipInvitationChanged{state}, with `before`: the invitation's snapshot before the change (null when created). */
async function publishInvitation(
  tx: EntityManager, invitation: PartnershipInvitation, actor: Actor, before: ReturnType<typeof invitationSnapshot> | null,
): Promise<void> {
  const audience = [invitation.providerId, ...(invitation.acceptedByOrg ? [invitation.acceptedByOrg] : [])];
  await recordPartnersEvent(tx, {
    type: 'PartnershipInvitationChanged', aggregateId: invitation.id, partnerIds: audience, actor,
    payload: { state: invitation.state, invitation: invitationSnapshot(invitation), before, inviteeEmail: invitation.inviteeEmail },
  });
}

/** What createPartnershipInvitation is given (P-08); `contactRequestId` answers a contact request (P-22). */
export interface InvitationInput { inviteeEmail?: string | null; contactRequestId?: string | null }

/**
 * §3.2 create: an ACTIVE indirect provider; the link's token is returned once and stored hashed. Given a
 * contact request the provider received, still OPEN, the invitation answers it: addressed to the requesting
 * organization, to the request's reply address unless another is given, mailed there after commit, and the request
 * becomes INVITED in the same transaction.
 */
export async function createPartnershipInvitation(
  tx: EntityManager, caller: PartnerCaller, input: InvitationInput, deps: Deps,
): Promise<{ invitation: CreatedInvitation; mail: MailMessage[] }> {
  const provider = await callerOrganization(tx, caller);
  if (!canActAsProvider(provider)) throw new DomainError('NOT_AN_INDIRECT_PROVIDER');
  const now = deps.now();
  const request = input.contactRequestId ? await requestToAnswer(tx, caller, input.contactRequestId, now) : null;
  const email = input.inviteeEmail?.trim() ? normalizeEmail(input.inviteeEmail) : request?.replyTo ?? null;
  if (email && !isWellFormedEmail(email)) throw new DomainError('INVALID_EMAIL', { field: 'inviteeEmail' });
  const tenant = await tx.getRepository(TenantFactsEntity).findOneBy({ id: provider.id });
  // R-30 at creation: an invitee in the provider's own domains would be the provider inviting itself.
  if (email && tenant?.verifiedDomains.some((domain) => domain.toLowerCase() === emailDomain(email))) {
    throw new DomainError('SELF_RELATIONSHIP', { field: 'inviteeEmail' });
  }
  const { token, hash } = newSecretToken();
  const invitation = tx.getRepository(PartnershipInvitationEntity).create({
    id: randomUUID(), providerId: provider.id, inviteeEmail: email, tokenHash: hash, state: 'PENDING',
    createdBy: caller.userId, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    acceptedByOrg: null, acceptedBy: null, acceptedAt: null, closedAt: null, inviteePartnerId: request?.resellerId ?? null,
  });
  await tx.getRepository(PartnershipInvitationEntity).insert(invitation);
  await publishInvitation(tx, invitation, actorOf(caller), null);
  if (request) await answerWithInvitation(tx, request, invitation, actorOf(caller));
  const url = `${deps.publicUrl}/partnerships/invitations/accept?token=${encodeURIComponent(token)}`;
  const draftEmail = invitationDraft({ providerName: provider.companyName, url, expiresAt: invitation.expiresAt });
  return {
    invitation: { ...invitation, url, draftEmail },
    mail: request && email ? [contactInvitationMail({ to: email, draft: draftEmail })] : [],
  };
}

/** The contact request an invitation answers: received, OPEN, and the pair not partnered yet. */
async function requestToAnswer(tx: EntityManager, caller: PartnerCaller, id: string, now: Date) {
  const request = await receivedOpenRequest(tx, caller, id, 'contactRequestId', now);
  const partnered = await tx.getRepository(PartnershipEntity)
    .existsBy({ providerId: request.providerId, resellerId: request.resellerId, state: 'ACTIVE' });
  if (partnered) throw new DomainError('PARTNERSHIP_ALREADY_EXISTS', { argument: 'contactRequestId' });
  return request;
}

/**
 * The invitation behind a link, locked: two acceptances of one link queue here and the second sees it used. An
 * invitation addressed to another organization is, for this caller, no invitation at all.
 */
async function invitationForToken(tx: EntityManager, token: string, caller: PartnerCaller, now: Date): Promise<PartnershipInvitation> {
  const found = await findByLinkToken(tx, PartnershipInvitationEntity, token);
  const invitation = found && isAddressedTo(found, caller.partnerId) ? found : null;
  const failure = checkInvitationUse(invitation, now);
  if (failure) throw new DomainError(failure);
  return invitation!;
}

const isUniqueViolation = (error: unknown) => (error as { driverError?: { code?: string } }).driverError?.code === '23505';

/**
 * §3.2 accept (S-16): the reseller's global admin (shield, R-27) ticks the box; not itself, an
 * ACTIVE indirect reseller, same CSP region, no ACTIVE partnership yet. The partnership is
 * created ACTIVE with provider tenant admin access (S-23) and the link is consumed.
 */
export async function acceptPartnershipInvitation(
  tx: EntityManager, caller: PartnerCaller, input: { token: string; authorizeIndirectProvider: boolean }, deps: Deps,
): Promise<{ invitation: PartnershipInvitation; partnership: Partnership }> {
  const now = deps.now();
  const invitation = await invitationForToken(tx, input.token, caller, now);
  const organizations = tx.getRepository(OrganizationEntity);
  const provider = await organizations.findOneByOrFail({ id: invitation.providerId });
  const reseller = await callerOrganization(tx, caller);
  // A contact request of the pair sent meanwhile waits, then finds the partnership (P-21); its OPEN requests are
  // locked before any event is written (lock order: pair, requests, outbox).
  await lockProviderResellerPair(tx, provider.id, reseller.id);
  const openRequests = await lockOpenRequestsOfPair(tx, provider.id, reseller.id);
  const partnerships = tx.getRepository(PartnershipEntity);
  const active = await partnerships.existsBy({ providerId: provider.id, resellerId: reseller.id, state: 'ACTIVE' });
  const failure = checkAcceptance({
    authorizeIndirectProvider: input.authorizeIndirectProvider, activePartnershipExists: active,
    provider: { ...provider, country: provider.country.trim() }, reseller: { ...reseller, country: reseller.country.trim() },
  });
  if (failure) throw new DomainError(failure, failure === 'AUTHORIZATION_CONSENT_REQUIRED' ? { field: 'authorizeIndirectProvider' } : {});
  const partnership: Partnership = partnerships.create({
    id: randomUUID(), providerId: provider.id, resellerId: reseller.id, state: 'ACTIVE', establishedAt: now,
    acceptedBy: caller.userId, providerTenantAdminAccess: true, removedAt: null, invitationId: invitation.id,
  });
  try {
    await partnerships.insert(partnership);
  } catch (error) {
    // Two different links of one provider accepted at once: the partial unique index keeps one partnership.
    if (isUniqueViolation(error)) throw new DomainError('PARTNERSHIP_ALREADY_EXISTS');
    throw error;
  }
  const before = invitationSnapshot(invitation);
  Object.assign(invitation, { state: 'ACCEPTED', acceptedByOrg: reseller.id, acceptedBy: caller.userId, acceptedAt: now, closedAt: now });
  await tx.getRepository(PartnershipInvitationEntity).save(invitation);
  const actor = actorOf(caller);
  await publishInvitation(tx, invitation, actor, before);
  await recordPartnersEvent(tx, {
    type: 'PartnershipEstablished', aggregateId: partnership.id, partnerIds: [provider.id, reseller.id], actor,
    payload: { partnership: partnershipSnapshot(partnership), invitationId: invitation.id },
  });
  await closeOpenRequestsOnPartnership(tx, openRequests, invitation, now, actor);
  return { invitation, partnership };
}

/** §3.2 decline: the reseller's global admin says no; the link stops working. */
export async function declinePartnershipInvitation(
  tx: EntityManager, caller: PartnerCaller, token: string, deps: Deps,
): Promise<PartnershipInvitation> {
  const now = deps.now();
  const invitation = await invitationForToken(tx, token, caller, now);
  if (invitation.providerId === caller.partnerId) throw new DomainError('SELF_RELATIONSHIP', { field: 'token' });
  const before = invitationSnapshot(invitation);
  Object.assign(invitation, { state: 'DECLINED', acceptedByOrg: caller.partnerId, acceptedBy: caller.userId, closedAt: now });
  await tx.getRepository(PartnershipInvitationEntity).save(invitation);
  await publishInvitation(tx, invitation, actorOf(caller), before);
  return invitation;
}

/** §3.2 revoke: only the sending provider's own invitations (another org's is NOT_FOUND, T-1). */
export async function revokePartnershipInvitation(
  tx: EntityManager, caller: PartnerCaller, id: string, deps: Deps,
): Promise<PartnershipInvitation> {
  const invitation = await usableOwnLink(tx, PartnershipInvitationEntity, { id, providerId: caller.partnerId }, deps.now());
  const before = invitationSnapshot(invitation);
  Object.assign(invitation, { state: 'REVOKED', closedAt: deps.now() });
  await tx.getRepository(PartnershipInvitationEntity).save(invitation);
  await publishInvitation(tx, invitation, actorOf(caller), before);
  return invitation;
}


/** §3.2 "expiresAt passed": stores PENDING invitations past their expiry as EXPIRED and publishes each change. */
export async function expireInvitations(tx: EntityManager, now: Date, batch: number): Promise<number> {
  const due = await claimExpired(tx, PartnershipInvitationEntity, now, batch);
  for (const invitation of due) {
    const before = invitationSnapshot(invitation, 'PENDING');
    invitation.state = 'EXPIRED';
    await tx.getRepository(PartnershipInvitationEntity).save(invitation);
    await publishInvitation(tx, invitation, { kind: 'SYSTEM' }, before);
  }
  return due.length;
}
