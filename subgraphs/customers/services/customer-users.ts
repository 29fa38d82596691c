import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import { isIsoCountryCode } from '../../kit/countries.js';
import { hashPassword } from '../../kit/password-hashing.js';
import { generateTemporaryPassword } from '../../kit/temporary-password.js';
import { isUuid } from '../../kit/values.js';
import {
  canRestore, changedLicenses, checkPasswordReset, checkUserPrincipalName, hasFreeSeat, normalizeUserPrincipalName,
} from '../domain/customer-users.js';
import { customerUserSnapshot, partnerActor, recordCustomersEvent, type PartnerCaller } from '../events.js';
import { CustomerUserEntity, type CustomerUser } from '../model/customer-user.js';
import { CustomerSubscriptionEntity } from '../model/subscription.js';
import { subscriptionVisibleTo } from '../visibility.js';
import { activeRelationship, administeredCustomer, isUniqueViolation, requireDelegatedAdmin } from './access.js';

export interface NewCustomerUser {
  userPrincipalName: string;
  firstName: string;
  lastName: string;
  displayName?: string | null;
  usageLocation: string;
  isAdmin?: boolean | null;
}

export type CustomerUserChange = 'CREATED' | 'DELETED' | 'RESTORED' | 'LICENSES_CHANGED' | 'PASSWORD_RESET';


/** CustomerUserChanged{change}: the acting organization's audience only (§5). */
function recordUserEvent(
  tx: EntityManager, caller: PartnerCaller, user: CustomerUser, change: CustomerUserChange,
  before: ReturnType<typeof customerUserSnapshot> | null,
) {
  return recordCustomersEvent(tx, {
    type: 'CustomerUserChanged', aggregateId: user.id, partnerIds: [caller.partnerId], actor: partnerActor(caller),
    payload: { change, user: customerUserSnapshot(user), before },
  });
}

function required(value: string | null | undefined, field: string): string {
  const trimmed = value?.trim();
  if (!trimmed) throw new DomainError('REQUIRED_FIELD', { field });
  return trimmed;
}

/**
 * ᴰ by user id: a user of a customer the caller has an ACTIVE relationship with (T-1: anything else is NOT_FOUND),
 * and DAP for it. The row stays locked to the end of the transaction.
 */
async function administeredUser(tx: EntityManager, caller: PartnerCaller, id: string): Promise<CustomerUser> {
  const user = isUuid(id)
    ? await tx.getRepository(CustomerUserEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!user || !(await activeRelationship(tx, caller.partnerId, user.customerId))) throw new DomainError('NOT_FOUND');
  await requireDelegatedAdmin(tx, caller.partnerId, user.customerId);
  return user;
}

function requireActive(user: CustomerUser) {
  if (user.state !== 'ACTIVE') throw new DomainError('USER_NOT_ACTIVE');
}

async function principalNameTaken(tx: EntityManager, customerId: string, userPrincipalName: string, except?: string) {
  const rows: unknown[] = await tx.query(`select 1 from customers.customer_users where customer_id = $1 and user_principal_name = $2
    and state = 'ACTIVE' and id is distinct from $3`, [customerId, userPrincipalName, except ?? null]);
  return rows.length > 0;
}

/** C-19 create: a user in one of the customer's domains; its temporary password is returned once and kept hashed. */
export async function createCustomerUser(
  tx: EntityManager, caller: PartnerCaller, customerId: string, input: NewCustomerUser, now: Date,
): Promise<{ user: CustomerUser; temporaryPassword: string }> {
  const customer = await administeredCustomer(tx, caller.partnerId, customerId);
  const userPrincipalName = normalizeUserPrincipalName(required(input.userPrincipalName, 'userPrincipalName'));
  const failure = checkUserPrincipalName(userPrincipalName, [customer.domain, ...customer.customDomains]);
  if (failure) throw new DomainError(failure, { field: 'userPrincipalName' });
  const firstName = required(input.firstName, 'firstName');
  const lastName = required(input.lastName, 'lastName');
  const usageLocation = required(input.usageLocation, 'usageLocation').toUpperCase();
  if (!isIsoCountryCode(usageLocation)) throw new DomainError('INVALID_COUNTRY', { field: 'usageLocation' });
  if (await principalNameTaken(tx, customer.id, userPrincipalName)) throw new DomainError('DUPLICATE_EMAIL', { field: 'userPrincipalName' });
  const temporaryPassword = generateTemporaryPassword();
  const user: CustomerUser = {
    id: randomUUID(), customerId: customer.id, userPrincipalName, firstName, lastName,
    displayName: input.displayName?.trim() || `${firstName} ${lastName}`, usageLocation, isAdmin: Boolean(input.isAdmin),
    state: 'ACTIVE', licenses: [], passwordHash: await hashPassword(temporaryPassword), createdAt: now, updatedAt: now, deletedAt: null,
  };
  try {
    await tx.createQueryBuilder().insert().into(CustomerUserEntity).values(user).updateEntity(false).execute();
  } catch (error) {
    // Two creations of one name at once: the partial unique index decides.
    if (isUniqueViolation(error)) throw new DomainError('DUPLICATE_EMAIL', { field: 'userPrincipalName' });
    throw error;
  }
  await recordUserEvent(tx, caller, user, 'CREATED', null);
  const { passwordHash: _secret, ...readable } = user;
  return { user: readable as CustomerUser, temporaryPassword };
}

/** C-19 delete: a soft delete, restorable for 30 days; its licenses go back to their subscriptions. */
export async function deleteCustomerUser(tx: EntityManager, caller: PartnerCaller, id: string, now: Date): Promise<CustomerUser> {
  const user = await administeredUser(tx, caller, id);
  requireActive(user);
  const before = customerUserSnapshot(user);
  Object.assign(user, { state: 'DELETED', deletedAt: now, licenses: [], updatedAt: now });
  await tx.getRepository(CustomerUserEntity).update({ id: user.id }, { state: user.state, deletedAt: now, licenses: [], updatedAt: now });
  await recordUserEvent(tx, caller, user, 'DELETED', before);
  return user;
}

/** C-19 restore: within 30 days of the deletion, and while no ACTIVE user has taken its name; it comes back unlicensed. */
export async function restoreCustomerUser(tx: EntityManager, caller: PartnerCaller, id: string, now: Date): Promise<CustomerUser> {
  const user = await administeredUser(tx, caller, id);
  if (user.state !== 'DELETED' || !user.deletedAt) throw new DomainError('USER_NOT_DEACTIVATED');
  if (!canRestore(user.deletedAt, now)) throw new DomainError('RESTORE_WINDOW_PASSED');
  if (await principalNameTaken(tx, user.customerId, user.userPrincipalName, user.id)) {
    throw new DomainError('DUPLICATE_EMAIL', { field: 'userPrincipalName' });
  }
  const before = customerUserSnapshot(user);
  Object.assign(user, { state: 'ACTIVE', deletedAt: null, updatedAt: now });
  await tx.getRepository(CustomerUserEntity).update({ id: user.id }, { state: 'ACTIVE', deletedAt: null, updatedAt: now });
  await recordUserEvent(tx, caller, user, 'RESTORED', before);
  return user;
}

/**
 * C-19 licenses: each added subscription must be one of the user's customer's, visible to the caller (T-7, else
 * NOT_FOUND), ACTIVE, with a free seat. The subscription row is locked while its seats are counted, so two
 * assignments at once cannot both take the last one.
 */
export async function assignCustomerUserLicenses(
  tx: EntityManager, caller: PartnerCaller, id: string, change: { add?: string[] | null; remove?: string[] | null }, now: Date,
): Promise<CustomerUser> {
  const user = await administeredUser(tx, caller, id);
  requireActive(user);
  const { licenses, added } = changedLicenses(user.licenses, change.add ?? [], change.remove ?? []);
  for (const subscriptionId of added) await takeSeat(tx, caller, user, subscriptionId);
  if (licenses.length === user.licenses.length && added.length === 0) return user;
  const before = customerUserSnapshot(user);
  Object.assign(user, { licenses, updatedAt: now });
  await tx.getRepository(CustomerUserEntity).update({ id: user.id }, { licenses, updatedAt: now });
  await recordUserEvent(tx, caller, user, 'LICENSES_CHANGED', before);
  return user;
}

async function takeSeat(tx: EntityManager, caller: PartnerCaller, user: CustomerUser, subscriptionId: string) {
  const subscription = isUuid(subscriptionId)
    ? await tx.getRepository(CustomerSubscriptionEntity).findOne({ where: { id: subscriptionId }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!subscription || subscription.customerId !== user.customerId || !subscriptionVisibleTo(subscription, caller.partnerId)) {
    throw new DomainError('NOT_FOUND', { argument: 'add', subscriptionId });
  }
  if (subscription.status !== 'ACTIVE') throw new DomainError('SUBSCRIPTION_NOT_ACTIVE', { subscriptionId });
  const [{ n }]: { n: number }[] = await tx.query(`select count(*)::int as n from customers.customer_users
    where customer_id = $1 and state = 'ACTIVE' and $2 = any(licenses)`, [user.customerId, subscriptionId]);
  if (!hasFreeSeat(subscription.quantity, n)) {
    throw new DomainError('NO_AVAILABLE_LICENSES', { subscriptionId, quantity: subscription.quantity });
  }
}

/** C-20: a new temporary password, returned once; a helpdesk agent may not reset a customer admin's (C-20ᶜ, A-19). */
export async function resetCustomerUserPassword(
  tx: EntityManager, caller: PartnerCaller, id: string, now: Date,
): Promise<{ user: CustomerUser; temporaryPassword: string }> {
  const user = await administeredUser(tx, caller, id);
  requireActive(user);
  const refusal = checkPasswordReset(caller, user);
  if (refusal) throw new DomainError(refusal);
  const temporaryPassword = generateTemporaryPassword();
  await tx.getRepository(CustomerUserEntity).update({ id: user.id },
    { passwordHash: await hashPassword(temporaryPassword), updatedAt: now });
  user.updatedAt = now;
  await recordUserEvent(tx, caller, user, 'PASSWORD_RESET', customerUserSnapshot(user));
  return { user, temporaryPassword };
}
