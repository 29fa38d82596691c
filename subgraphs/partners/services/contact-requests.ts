import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { clientErrorOfDatabase } from '../../kit/database-errors.js';
import { DomainError } from '../../kit/errors.js';
import type { Actor } from '../../kit/events.js';
import { claimExpired } from '../../kit/expiry-sweeper.js';
import type { MailMessage } from '../../kit/mail.js';
import type { PartnersDeps } from '../deps.js';
import {
  checkAnswer, checkContactRequest, CONTACT_REQUEST_TTL_MS, contactRequestText, effectiveContactRequestState, isBlankText,
} from '../domain/contact-requests.js';
import { contactDeclinedMail, contactRequestedMail } from '../domain/directory-mails.js';
import { isListedProvider } from '../domain/directory.js';
import { recordPartnersEvent } from '../events.js';
import { ContactRequestEntity, contactRequestSnapshot, DirectoryProfileEntity, type ContactRequest } from '../model/directory.js';
import { OrganizationEntity } from '../model/organization.js';
import { PartnershipEntity } from '../model/partnership.js';
import { actorOf, callerOrganization, type PartnerCaller } from './partner-caller.js';

type Deps = Pick<PartnersDeps, 'now' | 'publicUrl'>;

/** A changed request with the mail that goes out once the transaction commits. */
export interface ContactRequestChange { request: ContactRequest; mail: MailMessage[] }

/** §5 ProviderContactRequestChanged{state}: both parties are its audience; `before` is the request before the change. */
async function publishChange(
  tx: EntityManager, request: ContactRequest, actor: Actor, before: ReturnType<typeof contactRequestSnapshot>,
): Promise<void> {
  await recordPartnersEvent(tx, {
    type: 'ProviderContactRequestChanged', aggregateId: request.id, partnerIds: [request.providerId, request.resellerId], actor,
    payload: { state: request.state, request: contactRequestSnapshot(request), before },
  });
}

async function storeState(tx: EntityManager, request: ContactRequest, changes: Partial<ContactRequest>, actor: Actor): Promise<void> {
  const before = contactRequestSnapshot(request);
  Object.assign(request, changes);
  await tx.getRepository(ContactRequestEntity).save(request);
  await publishChange(tx, request, actor, before);
}

/**
 * The pair's OPEN request, locked, or null; one past its expiry is stored EXPIRED first (the reseller may then ask
 * again). The partial unique index keeps a concurrent second request out (CONTACT_REQUEST_EXISTS).
 */
async function openRequestOf(tx: EntityManager, providerId: string, resellerId: string, now: Date): Promise<ContactRequest | null> {
  const open = await tx.getRepository(ContactRequestEntity).findOne({
    where: { providerId, resellerId, state: 'OPEN' }, lock: { mode: 'pessimistic_write' },
  });
  if (open && effectiveContactRequestState(open, now) === 'EXPIRED') {
    await storeState(tx, open, { state: 'EXPIRED' }, { kind: 'SYSTEM' });
    return null;
  }
  return open;
}

/**
 * Serializes, until the transaction ends, what decides whether a provider and a reseller may have an OPEN request:
 * a contact request of the pair (P-21) and the pair's partnership starting (an invitation accepted). Without it a
 * request checked before an acceptance commits would be stored OPEN beside the new ACTIVE partnership. A
 * transaction-scoped advisory lock on the pair; taken before any row or outbox lock (lock order: pair, contact
 * request rows, outbox).
 */
export async function lockProviderResellerPair(tx: EntityManager, providerId: string, resellerId: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`partners.pair:${providerId}:${resellerId}`]);
}

const refusal = (failure: { reason: DomainError['reason']; argument?: string }) =>
  new DomainError(failure.reason, failure.argument ? { argument: failure.argument } : {});

/**
 * P-21: the caller's organization (an ACTIVE indirect reseller) asks a listed provider of its CSP region to get in
 * touch (domain/contact-requests.ts for the guards). ProviderContactRequested goes to both organizations in the
 * same transaction; the provider's public contact address is mailed after commit.
 */
export async function requestProviderContact(
  tx: EntityManager, caller: PartnerCaller, input: { providerId: string; message: string; replyTo: string }, deps: Deps,
): Promise<ContactRequestChange> {
  const text = contactRequestText(input);
  if ('reason' in text) throw refusal(text);
  const now = deps.now();
  const reseller = await callerOrganization(tx, caller);
  const provider = await tx.getRepository(OrganizationEntity).findOneBy({ id: input.providerId });
  if (provider) await lockProviderResellerPair(tx, provider.id, reseller.id);
  // Row-level security shows another organization's profile only while it is listed.
  const profile = provider ? await tx.getRepository(DirectoryProfileEntity).findOneBy({ providerId: provider.id }) : null;
  const listed = isListedProvider(provider, profile);
  const failure = checkContactRequest({
    reseller: { ...reseller, country: reseller.country.trim() },
    provider: provider && { ...provider, country: provider.country.trim() },
    providerListed: listed,
    partnered: listed && await tx.getRepository(PartnershipEntity)
      .existsBy({ providerId: input.providerId, resellerId: reseller.id, state: 'ACTIVE' }),
    openRequestExists: listed && Boolean(await openRequestOf(tx, input.providerId, reseller.id, now)),
  });
  if (failure) throw refusal(failure);
  const request: ContactRequest = {
    id: randomUUID(), providerId: provider!.id, resellerId: reseller.id, state: 'OPEN', ...text, createdBy: caller.userId,
    createdAt: now, expiresAt: new Date(now.getTime() + CONTACT_REQUEST_TTL_MS), answeredBy: null, answeredAt: null,
    declineReason: null, invitationId: null,
  };
  try {
    await tx.getRepository(ContactRequestEntity).insert(request);
  } catch (error) {
    // A concurrent request of the pair committed first (the partial unique index): the same refusal as when it is
    // found above, naming the argument (issue 13), rather than the index's bare CONFLICT.
    throw clientErrorOfDatabase(error, 'providerId') ?? error;
  }
  await recordPartnersEvent(tx, {
    type: 'ProviderContactRequested', aggregateId: request.id, partnerIds: [request.providerId, request.resellerId],
    actor: actorOf(caller), payload: { request: contactRequestSnapshot(request) },
  });
  // A listed profile has a contact address (P-20); the stream reaches the provider's desk in any case.
  const to = profile!.contactEmail;
  const mail = to ? [contactRequestedMail({
    to, providerName: provider!.companyName, resellerName: reseller.companyName, resellerCountry: reseller.country.trim(),
    message: request.message, replyTo: request.replyTo, url: `${deps.publicUrl}/partners/contact-requests/${request.id}`,
  })] : [];
  return { request, mail };
}

/** The OPEN request `id` the caller's organization received, locked; another's or none: NOT_FOUND naming `argument` (T-1). */
export async function receivedOpenRequest(
  tx: EntityManager, caller: PartnerCaller, id: string, argument: string, now: Date,
): Promise<ContactRequest> {
  const request = await tx.getRepository(ContactRequestEntity).findOne({
    where: { id, providerId: caller.partnerId }, lock: { mode: 'pessimistic_write' },
  });
  if (!request) throw new DomainError('NOT_FOUND', { argument });
  const failure = checkAnswer(request, now);
  if (failure) throw new DomainError(failure, { argument });
  return request;
}

/** P-22: the provider declines an OPEN request with a reason; the requester is mailed it after commit. */
export async function declineProviderContact(
  tx: EntityManager, caller: PartnerCaller, input: { id: string; reason: string }, deps: Deps,
): Promise<ContactRequestChange> {
  const reason = input.reason.trim();
  if (isBlankText(reason)) throw new DomainError('REQUIRED_FIELD', { argument: 'reason' });
  const now = deps.now();
  const request = await receivedOpenRequest(tx, caller, input.id, 'id', now);
  await storeState(tx, request, { state: 'DECLINED', answeredBy: caller.userId, answeredAt: now, declineReason: reason }, actorOf(caller));
  const provider = await callerOrganization(tx, caller);
  return { request, mail: [contactDeclinedMail({ to: request.replyTo, providerName: provider.companyName, reason })] };
}

/** P-22: `invitation` answers the request, which becomes INVITED (in the invitation's transaction). */
export async function answerWithInvitation(
  tx: EntityManager, request: ContactRequest, invitation: { id: string; createdBy: string; createdAt: Date }, actor: Actor,
): Promise<void> {
  await storeState(tx, request, {
    state: 'INVITED', invitationId: invitation.id, answeredBy: invitation.createdBy, answeredAt: invitation.createdAt,
  }, actor);
}

/**
 * The pair's OPEN requests, locked: an acceptance takes them before it writes any event, as a decline or an answer
 * does (row, then outbox), so the two wait for each other instead of deadlocking. Call under `lockProviderResellerPair`.
 */
export function lockOpenRequestsOfPair(tx: EntityManager, providerId: string, resellerId: string): Promise<ContactRequest[]> {
  return tx.getRepository(ContactRequestEntity).find({
    where: { providerId, resellerId, state: 'OPEN' }, lock: { mode: 'pessimistic_write' },
  });
}

/**
 * A partnership that starts answers whatever the reseller still asked of that provider: the pair's OPEN requests
 * (`lockOpenRequestsOfPair`) become INVITED by the invitation that was accepted, so an ACTIVE partnership never sits
 * beside an OPEN request.
 */
export async function closeOpenRequestsOnPartnership(
  tx: EntityManager, open: ContactRequest[], invitation: { id: string; createdBy: string }, now: Date, actor: Actor,
): Promise<void> {
  for (const request of open) await answerWithInvitation(tx, request, { ...invitation, createdAt: now }, actor);
}

/** P-22 "30 days without an answer": stores OPEN requests past their expiry as EXPIRED and publishes each change. */
export async function expireContactRequests(tx: EntityManager, now: Date, batch: number): Promise<number> {
  const due = await claimExpired(tx, ContactRequestEntity, now, batch, 'OPEN');
  for (const request of due) await storeState(tx, request, { state: 'EXPIRED' }, { kind: 'SYSTEM' });
  return due.length;
}
