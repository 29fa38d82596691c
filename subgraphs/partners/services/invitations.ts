import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { Actor } from '../../kit/events.js';
import { claimExpired } from '../../kit/expiry-sweeper.js';
import { hashSecretToken, newSecretToken } from '../../kit/secret-tokens.js';
import type { PartnersRuntime } from '../deps.js';
import { emailDomain, isWellFormedEmail, normalizeEmail } from '../domain/contacts.js';
import {
  canActAsProvider, checkAcceptance, checkInvitationUse, INVITATION_TTL_MS, invitationDraft,
} from '../domain/partnerships.js';
import { recordPartnersEvent } from '../events.js';
import { PartnershipInvitationEntity, invitationSnapshot, type PartnershipInvitation } from '../model/invitation.js';
import { OrganizationEntity, type Organization } from '../model/organization.js';
import { PartnershipEntity, partnershipSnapshot, type Partnership } from '../model/partnership.js';
import { TenantFactsEntity } from '../model/tenant.js';

type Runtime = Pick<PartnersRuntime, 'now' | 'publicUrl'>;

/** An invitation as the creating provider sees it once: with the link and the draft email. */
export type CreatedInvitation = PartnershipInvitation & { url: string; draftEmail: ReturnType<typeof invitationDraft> };

export interface PartnerCaller { userId: string; partnerId: string }

const actorOf = (caller: PartnerCaller): Actor => ({ kind: 'PARTNER_USER', userId: caller.userId, partnerId: caller.partnerId });

async function callerOrganization(tx: EntityManager, caller: PartnerCaller): Promise<Organization> {
  const organization = await tx.getRepository(OrganizationEntity).findOneBy({ id: caller.partnerId });
  if (!organization) throw new DomainError('NOT_FOUND');
  return organization;
}

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

/** §3.2 create: an ACTIVE indirect provider; the link's token is returned once and stored hashed. */
export async function createPartnershipInvitation(
  tx: EntityManager, caller: PartnerCaller, inviteeEmail: string | null | undefined, runtime: Runtime,
): Promise<CreatedInvitation> {
  const provider = await callerOrganization(tx, caller);
  if (!canActAsProvider(provider)) throw new DomainError('NOT_AN_INDIRECT_PROVIDER');
  const email = inviteeEmail?.trim() ? normalizeEmail(inviteeEmail) : null;
  if (email && !isWellFormedEmail(email)) throw new DomainError('INVALID_EMAIL', { field: 'inviteeEmail' });
  const tenant = await tx.getRepository(TenantFactsEntity).findOneBy({ id: provider.id });
  // R-30 at creation: an invitee in the provider's own domains would be the provider inviting itself.
  if (email && tenant?.verifiedDomains.some((domain) => domain.toLowerCase() === emailDomain(email))) {
    throw new DomainError('SELF_RELATIONSHIP', { field: 'inviteeEmail' });
  }
  const now = runtime.now();
  const { token, hash } = newSecretToken();
  const invitation = tx.getRepository(PartnershipInvitationEntity).create({
    id: randomUUID(), providerId: provider.id, inviteeEmail: email, tokenHash: hash, state: 'PENDING',
    createdBy: caller.userId, createdAt: now, expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
    acceptedByOrg: null, acceptedBy: null, acceptedAt: null, closedAt: null,
  });
  await tx.getRepository(PartnershipInvitationEntity).insert(invitation);
  await publishInvitation(tx, invitation, actorOf(caller), null);
  const url = `${runtime.publicUrl}/partnerships/invitations/accept?token=${encodeURIComponent(token)}`;
  return { ...invitation, url, draftEmail: invitationDraft({ providerName: provider.companyName, url, expiresAt: invitation.expiresAt }) };
}

/** The invitation behind a link, locked: two acceptances of one link queue here and the second sees it used. */
async function invitationForToken(tx: EntityManager, token: string, now: Date): Promise<PartnershipInvitation> {
  const invitation = await tx.getRepository(PartnershipInvitationEntity).findOne({
    where: { tokenHash: hashSecretToken(token.trim()) }, lock: { mode: 'pessimistic_write' },
  });
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
  tx: EntityManager, caller: PartnerCaller, input: { token: string; authorizeIndirectProvider: boolean }, runtime: Runtime,
): Promise<{ invitation: PartnershipInvitation; partnership: Partnership }> {
  const now = runtime.now();
  const invitation = await invitationForToken(tx, input.token, now);
  const organizations = tx.getRepository(OrganizationEntity);
  const provider = await organizations.findOneByOrFail({ id: invitation.providerId });
  const reseller = await callerOrganization(tx, caller);
  const partnerships = tx.getRepository(PartnershipEntity);
  const active = await partnerships.existsBy({ providerId: provider.id, resellerId: reseller.id, state: 'ACTIVE' });
  const failure = checkAcceptance({
    authorizeIndirectProvider: input.authorizeIndirectProvider, activePartnershipExists: active,
    provider: { ...provider, country: provider.country.trim() }, reseller: { ...reseller, country: reseller.country.trim() },
  });
  if (failure) throw new DomainError(failure);
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
  return { invitation, partnership };
}

/** §3.2 decline: the reseller's global admin says no; the link stops working. */
export async function declinePartnershipInvitation(
  tx: EntityManager, caller: PartnerCaller, token: string, runtime: Runtime,
): Promise<PartnershipInvitation> {
  const now = runtime.now();
  const invitation = await invitationForToken(tx, token, now);
  if (invitation.providerId === caller.partnerId) throw new DomainError('SELF_RELATIONSHIP');
  const before = invitationSnapshot(invitation);
  Object.assign(invitation, { state: 'DECLINED', acceptedByOrg: caller.partnerId, acceptedBy: caller.userId, closedAt: now });
  await tx.getRepository(PartnershipInvitationEntity).save(invitation);
  await publishInvitation(tx, invitation, actorOf(caller), before);
  return invitation;
}

/** §3.2 revoke: only the sending provider's own invitations (another org's is NOT_FOUND, T-1). */
export async function revokePartnershipInvitation(
  tx: EntityManager, caller: PartnerCaller, id: string, runtime: Runtime,
): Promise<PartnershipInvitation> {
  const invitation = await tx.getRepository(PartnershipInvitationEntity).findOne({
    where: { id, providerId: caller.partnerId }, lock: { mode: 'pessimistic_write' },
  });
  if (!invitation) throw new DomainError('NOT_FOUND');
  const failure = checkInvitationUse(invitation, runtime.now());
  if (failure) throw new DomainError(failure);
  const before = invitationSnapshot(invitation);
  Object.assign(invitation, { state: 'REVOKED', closedAt: runtime.now() });
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
