import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { isMpnId } from '../../kit/values.js';
import {
  canPartnerMoveSubscription, checkOffice365Rule, checkOrderLines, findOffer,
  type OrderLine, type SubscriptionStatus,
} from '../domain/commerce.js';
import { partnerActor, recordSubscriptionEvent, subscriptionSnapshot, type PartnerCaller } from '../events.js';
import { OrganizationFactEntity } from '../model/facts.js';
import { PartnershipFactEntity } from '../model/relationship.js';
import { CustomerSubscriptionEntity, type CustomerSubscription } from '../model/subscription.js';
import { subscriptionVisibleTo } from '../visibility.js';
import { activeRelationship, organizationFact, requireDelegatedAdmin } from './access.js';

/** R-37 (S-23, A-17): orders and customer creation belong to an indirect provider. */
export async function requireProvider(tx: EntityManager, caller: PartnerCaller): Promise<void> {
  const organization = await organizationFact(tx, caller.partnerId);
  if (organization?.partnerType !== 'INDIRECT_PROVIDER') throw new DomainError('RESELLER_CANNOT_SUBMIT_ORDERS');
}

/**
 * a customer the provider sees only through a partnered reseller is PRECONDITION_FAILED (the provider needs
 * its own relationship, S-24); any other customer does not exist for it (T-1).
 */
async function missingRelationship(tx: EntityManager, providerId: string, customerId: string): Promise<DomainError> {
  const rows: unknown[] = await tx.query(`
    select 1 from customers.customers c
    where c.id = $2 and (
      exists (select 1 from customers.partnerships p where p.provider_id = $1 and p.state = 'ACTIVE'
        and p.reseller_id = c.associated_reseller_id)
      or exists (select 1 from customers.relationships r join customers.partnerships p
        on p.reseller_id = r.partner_id and p.provider_id = $1 and p.state = 'ACTIVE'
        where r.customer_id = c.id and r.state = 'ACTIVE'))`, [providerId, customerId]);
  return rows.length
    ? new DomainError('NO_RESELLER_RELATIONSHIP', { partnerId: providerId, customerId })
    : new DomainError('NOT_FOUND');
}

/** the MPN ID must name a reseller in an ACTIVE partnership with the provider. */
async function partneredResellerByMpn(tx: EntityManager, providerId: string, mpnId: string): Promise<string> {
  const reseller = await tx.getRepository(OrganizationFactEntity).findOneBy({ mpnId: mpnId.trim(), partnerType: 'INDIRECT_RESELLER' });
  const partnered = reseller && await tx.getRepository(PartnershipFactEntity)
    .existsBy({ providerId, resellerId: reseller.id, state: 'ACTIVE' });
  if (!reseller || !partnered) throw new DomainError('RESELLER_NOT_PARTNERED', { resellerMpnId: mpnId });
  return reseller.id;
}

/**
 * C-14 submitOrder: a provider with its own ACTIVE relationship (S-24, R-36), for a partnered reseller's
 * MPN ID when given. Each line becomes a subscription PENDING, then ACTIVE once provisioned (§3.5).
 */
export async function submitOrder(
  tx: EntityManager, caller: PartnerCaller,
  input: { customerId: string; lines: (OrderLine & { friendlyName?: string | null })[]; resellerMpnId?: string | null },
  now: Date,
): Promise<{ orderId: string; subscriptions: CustomerSubscription[] }> {
  await requireProvider(tx, caller);
  if (!(await activeRelationship(tx, caller.partnerId, input.customerId))) {
    throw await missingRelationship(tx, caller.partnerId, input.customerId);
  }
  const lineFailure = checkOrderLines(input.lines);
  if (lineFailure) throw new DomainError(lineFailure.failure, { field: lineFailure.index === undefined ? 'lines' : `lines.${lineFailure.index}` });
  const resellerMpnId = input.resellerMpnId?.trim() || null;
  if (resellerMpnId && !isMpnId(resellerMpnId)) throw new DomainError('MPN_ID_NOT_NUMERIC', { argument: 'resellerMpnId' });
  const resellerId = resellerMpnId ? await partneredResellerByMpn(tx, caller.partnerId, resellerMpnId) : null;
  const orderId = randomUUID();
  const actor = partnerActor(caller);
  const repository = tx.getRepository(CustomerSubscriptionEntity);
  const subscriptions: CustomerSubscription[] = [];
  for (const line of input.lines) {
    const offer = findOffer(line.offerId)!;
    const subscription: CustomerSubscription = {
      id: randomUUID(), customerId: input.customerId, orderId, providerId: caller.partnerId, resellerId, resellerMpnId,
      offerId: offer.offerId, offerName: offer.offerName, friendlyName: line.friendlyName ?? null,
      productFamily: offer.productFamily, quantity: line.quantity, unitType: offer.unitType, status: 'PENDING',
      autoRenewEnabled: true, billingCycle: offer.billingCycle, creationDate: now,
      commitmentEndDate: new Date(now.getTime() + 365 * 24 * 3600 * 1000), updatedAt: now,
    };
    await repository.insert(subscription);
    await recordSubscriptionEvent(tx, subscription, actor, 'ORDERED', null);
    // v1 provisions at once: the PENDING→ACTIVE step of §3.5 happens in the same unit of work.
    const ordered = subscriptionSnapshot(subscription);
    subscription.status = 'ACTIVE';
    await repository.update({ id: subscription.id }, { status: 'ACTIVE' });
    await recordSubscriptionEvent(tx, subscription, actor, 'PROVISIONED', ordered);
    subscriptions.push(subscription);
  }
  return { orderId, subscriptions };
}

export interface SubscriptionChange {
  friendlyName?: string | null;
  autoRenewEnabled?: boolean | null;
  status?: SubscriptionStatus | null;
}

/**
 * C-13 updateCustomerSubscription: a subscription the caller may see (T-7), of a customer it has an ACTIVE
 * relationship (S-25) and DAP with; Office 365 needs an admin agent; ACTIVE↔SUSPENDED only (§3.5).
 */
export async function updateCustomerSubscription(
  tx: EntityManager, caller: PartnerCaller, id: string, change: SubscriptionChange, now: Date,
): Promise<CustomerSubscription> {
  const repository = tx.getRepository(CustomerSubscriptionEntity);
  const subscription = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!subscription || !subscriptionVisibleTo(subscription, caller.partnerId)
    || !(await activeRelationship(tx, caller.partnerId, subscription.customerId))) {
    throw new DomainError('NOT_FOUND');
  }
  await requireDelegatedAdmin(tx, caller.partnerId, subscription.customerId);
  const office = checkOffice365Rule(caller, subscription.productFamily);
  if (office) throw new DomainError(office);
  if (change.status && !canPartnerMoveSubscription(subscription.status, change.status)) {
    throw new DomainError('INVALID_SUBSCRIPTION_TRANSITION', { field: 'input.status', from: subscription.status, to: change.status });
  }
  const before = subscriptionSnapshot(subscription);
  if (change.friendlyName !== undefined) subscription.friendlyName = change.friendlyName?.trim() || null;
  if (typeof change.autoRenewEnabled === 'boolean') subscription.autoRenewEnabled = change.autoRenewEnabled;
  if (change.status) subscription.status = change.status;
  subscription.updatedAt = now;
  await repository.save(subscription);
  await recordSubscriptionEvent(tx, subscription, partnerActor(caller), 'UPDATED', before);
  return subscription;
}
