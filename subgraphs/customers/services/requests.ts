import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { isWellFormedEmail } from '../../kit/values.js';
import type { Actor } from '../../kit/events.js';
import { claimExpired } from '../../kit/expiry-sweeper.js';
import type { MailMessage } from '../../kit/mail.js';
import type { Principal } from '../../kit/principal.js';
import { newSecretToken } from '../../kit/secret-tokens.js';
import { findByLinkToken, usableOwnLink } from '../../kit/single-use-link.js';
import type { CustomersDeps } from '../deps.js';
import {
  checkDraftBody, checkRequestAcceptance, checkRequestCreation, checkRequestUse, REQUEST_TTL_MS, requestDraft,
} from '../domain/requests.js';
import { partnerActor, recordRequestEvent, requestSnapshot, type PartnerCaller } from '../events.js';
import { OrganizationFactEntity } from '../model/facts.js';
import { RelationshipRequestEntity, type RelationshipRequest } from '../model/request.js';
import { organizationFact, partnershipIsActive } from './access.js';
import { customerForTenant, establishRelationship, grantDelegatedAdmin } from './relationships.js';

type Deps = Pick<CustomersDeps, 'now' | 'publicUrl'>;

export interface NewRequestInput {
  includeDelegatedAdminPrivileges: boolean;
  customerEmailHint?: string | null;
  draftEmail?: { subject?: string | null; body: string; send?: boolean | null } | null;
  jointProviderId?: string | null;
  targetCustomerId?: string | null;
  leadId?: string | null;
}

/** A request as its creator sees it once: with the link, the draft email, and the mail to send after commit. */
export type CreatedRequest = RelationshipRequest & { url: string; draftEmail: ReturnType<typeof requestDraft>; mail: MailMessage | null };

function personalisedUrl(deps: Deps, request: RelationshipRequest, token: string): string {
  const query = new URLSearchParams({ partnerId: request.requestingPartnerId });
  if (request.jointProviderId) query.set('providerId', request.jointProviderId);
  query.set('dap', String(request.includeDelegatedAdminPrivileges));
  query.set('token', token);
  return `${deps.publicUrl}/customers/relationship-requests/accept?${query.toString()}`;
}

/**
 * §3.3 create (C-03, C-04, C-09, C-26): R-40 for DAP without the admin agent role, R-46 for an edited body without
 * the link, R-39 for a joint request without an ACTIVE partnership. The token is returned once and stored hashed.
 */
export async function createRelationshipRequest(
  tx: EntityManager, caller: PartnerCaller, input: NewRequestInput, deps: Deps,
): Promise<CreatedRequest> {
  const roleFailure = checkRequestCreation(caller, input.includeDelegatedAdminPrivileges);
  if (roleFailure) throw new DomainError(roleFailure);
  const bodyFailure = checkDraftBody(input.draftEmail?.body);
  if (bodyFailure) throw new DomainError(bodyFailure, { field: 'draftEmail.body' });
  const hint = input.customerEmailHint?.trim().toLowerCase() || null;
  if (input.draftEmail?.send && !hint) throw new DomainError('REQUIRED_FIELD', { field: 'customerEmailHint' });
  if (hint && !isWellFormedEmail(hint)) throw new DomainError('INVALID_EMAIL', { field: 'customerEmailHint' });
  const jointProviderId = input.jointProviderId ?? null;
  if (jointProviderId && !(await partnershipIsActive(tx, jointProviderId, caller.partnerId))) {
    throw new DomainError('PROVIDER_NOT_PARTNERED', { providerId: jointProviderId });
  }
  const now = deps.now();
  const { token, hash } = newSecretToken();
  const request: RelationshipRequest = {
    id: randomUUID(), requestingPartnerId: caller.partnerId, jointProviderId,
    includeDelegatedAdminPrivileges: input.includeDelegatedAdminPrivileges, customerEmailHint: hint,
    targetCustomerId: input.targetCustomerId ?? null, leadId: input.leadId ?? null, tokenHash: hash, state: 'PENDING',
    createdBy: caller.userId, createdAt: now, expiresAt: new Date(now.getTime() + REQUEST_TTL_MS),
    acceptedByCustomer: null, acceptedBy: null, acceptedAt: null, closedAt: null,
  };
  await tx.getRepository(RelationshipRequestEntity).insert(request);
  await recordRequestEvent(tx, request, partnerActor(caller), null);
  const [partner, provider] = await Promise.all([
    organizationFact(tx, caller.partnerId), jointProviderId ? organizationFact(tx, jointProviderId) : null,
  ]);
  const url = personalisedUrl(deps, request, token);
  const draftEmail = requestDraft({
    partnerName: partner?.companyName ?? 'Your partner', providerName: provider?.companyName ?? null,
    includeDelegatedAdminPrivileges: request.includeDelegatedAdminPrivileges, url, expiresAt: request.expiresAt,
    subject: input.draftEmail?.subject, body: input.draftEmail?.body,
  });
  const mail = input.draftEmail?.send && hint
    ? { to: hint, subject: draftEmail.subject, text: draftEmail.body, tag: 'reseller-relationship-request' }
    : null;
  return { ...request, url, draftEmail, mail };
}

/** §3.3 revoke (C-06): only the requesting organization's own PENDING requests (another org's is NOT_FOUND, T-1). */
export async function revokeRelationshipRequest(
  tx: EntityManager, caller: PartnerCaller, id: string, deps: Deps,
): Promise<RelationshipRequest> {
  const now = deps.now();
  const request = await usableOwnLink(tx, RelationshipRequestEntity, { id, requestingPartnerId: caller.partnerId }, now);
  const before = requestSnapshot(request);
  Object.assign(request, { state: 'REVOKED', closedAt: now });
  await tx.getRepository(RelationshipRequestEntity).save(request);
  await recordRequestEvent(tx, request, partnerActor(caller), before);
  return request;
}

export interface AcceptedRequest {
  request: RelationshipRequest;
  customerId: string;
  delegatedAdminGranted: boolean;
  partnerNames: Map<string, string | null>;
}

/**
 * §3.3 accept: a global admin homed in the customer tenant uses a valid link (R-24…R-26) for a customer that
 * is not the requester itself and sells in the same market. Relationships are created or reactivated,
 * never duplicated; DAP goes to the requester only; a joint request associates the reseller (S-33).
 */
export async function acceptRelationshipRequest(
  tx: EntityManager, principal: Principal, token: string, deps: Deps,
): Promise<AcceptedRequest> {
  if (!principal.tenantGlobalAdmin) throw new DomainError('CUSTOMER_GLOBAL_ADMIN_REQUIRED');
  const now = deps.now();
  const requests = tx.getRepository(RelationshipRequestEntity);
  const request = await findByLinkToken(tx, RelationshipRequestEntity, token);
  const useFailure = checkRequestUse(request, now);
  if (useFailure || !request) throw new DomainError(useFailure ?? 'INVITATION_NOT_FOUND');
  if (request.targetCustomerId && request.targetCustomerId !== principal.tenantId && !principal.partnerId) {
    throw new DomainError('CUSTOMER_GLOBAL_ADMIN_REQUIRED');
  }
  const partnerIds = [request.requestingPartnerId, ...(request.jointProviderId ? [request.jointProviderId] : [])];
  const partners = await tx.getRepository(OrganizationFactEntity).findBy(partnerIds.map((id) => ({ id })));
  const tenantCountry = await tenantCountryOf(tx, principal);
  const failure = checkRequestAcceptance({
    acceptor: principal, requestingPartnerId: request.requestingPartnerId, jointProviderId: request.jointProviderId,
    customerCountry: tenantCountry, partnerCountries: partners.map((partner) => partner.country),
  });
  if (failure) throw new DomainError(failure);
  const customer = await customerForTenant(tx, principal.tenantId);
  const actor: Actor = { kind: 'CUSTOMER_ADMIN', userId: principal.userId, partnerId: null };
  await establishRelationship(tx, { partnerId: request.requestingPartnerId, customerId: customer.id,
    source: request.jointProviderId ? 'JOINT_INVITATION' : 'INVITATION', requestId: request.id, now }, actor);
  if (request.jointProviderId) {
    await establishRelationship(tx, { partnerId: request.jointProviderId, customerId: customer.id,
      source: 'JOINT_INVITATION', requestId: request.id, now }, actor);
    await tx.query('update customers.customers set associated_reseller_id = $2, updated_at = now() where id = $1',
      [customer.id, request.requestingPartnerId]);
  }
  if (request.includeDelegatedAdminPrivileges) await grantDelegatedAdmin(tx, request.requestingPartnerId, customer.id, now, actor);
  const before = requestSnapshot(request);
  Object.assign(request, { state: 'ACCEPTED', acceptedByCustomer: customer.id, acceptedBy: principal.userId, acceptedAt: now, closedAt: now });
  await requests.save(request);
  await recordRequestEvent(tx, request, actor, before);
  return {
    request, customerId: customer.id, delegatedAdminGranted: request.includeDelegatedAdminPrivileges,
    partnerNames: new Map(partners.map((partner) => [partner.id, partner.companyName])),
  };
}

/** The acceptor's tenant country: from its Customer row, else from identity's tenant read model. */
async function tenantCountryOf(tx: EntityManager, principal: Principal): Promise<string | null> {
  const rows: { country: string }[] = await tx.query(`
    select country from customers.customers where id = $1
    union all select country_code as country from customers.tenants where id = $1 limit 1`, [principal.tenantId]);
  return rows[0]?.country ?? null;
}

/** §3.3 "expiresAt passed": stores PENDING requests past their expiry as EXPIRED and publishes each change. */
export async function expireRelationshipRequests(tx: EntityManager, now: Date, batch: number): Promise<number> {
  const due = await claimExpired(tx, RelationshipRequestEntity, now, batch);
  for (const request of due) {
    const before = { ...requestSnapshot(request), state: 'PENDING' as const };
    request.state = 'EXPIRED';
    await tx.getRepository(RelationshipRequestEntity).save(request);
    await recordRequestEvent(tx, request, { kind: 'SYSTEM' }, before);
  }
  return due.length;
}
