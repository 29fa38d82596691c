/**
 * Customers' events in the activity log: relationship requests and relationships (§3.3), DAP grants and revocations,
 * orders and subscriptions, customer profiles, users, service requests and leads. Pure.
 */
import { entry, fieldOf, objectOf, producerMapping, textOf, type Snapshot } from './activity-types.js';

export const CUSTOMERS_OPERATIONS = [
  'CREATE_RESELLER_RELATIONSHIP_REQUEST', 'REVOKE_RESELLER_RELATIONSHIP_REQUEST', 'ACCEPT_RESELLER_RELATIONSHIP_REQUEST',
  'EXPIRE_RESELLER_RELATIONSHIP_REQUEST', 'CREATE_CUSTOMER', 'ESTABLISH_CUSTOMER_RELATIONSHIP', 'REMOVE_CUSTOMER_RELATIONSHIP',
  'GRANT_DELEGATED_ADMIN', 'REMOVE_DELEGATED_ADMIN', 'ADMINISTER_ON_BEHALF_OF', 'SUBMIT_ORDER', 'UPDATE_SUBSCRIPTION',
  'UPDATE_CUSTOMER_COMPANY_PROFILE', 'UPDATE_CUSTOMER_BILLING_PROFILE', 'CREATE_CUSTOMER_USER', 'DELETE_CUSTOMER_USER',
  'RESTORE_CUSTOMER_USER', 'ASSIGN_CUSTOMER_USER_LICENSES', 'RESET_CUSTOMER_USER_PASSWORD', 'CREATE_CUSTOMER_SERVICE_REQUEST',
  'UPDATE_CUSTOMER_SERVICE_REQUEST', 'UPDATE_CUSTOMER_LEAD', 'INVITE_CUSTOMER_FROM_LEAD',
] as const;

const REQUEST_STATES: Record<string, string> = {
  PENDING: 'CREATE_RESELLER_RELATIONSHIP_REQUEST', REVOKED: 'REVOKE_RESELLER_RELATIONSHIP_REQUEST',
  ACCEPTED: 'ACCEPT_RESELLER_RELATIONSHIP_REQUEST', EXPIRED: 'EXPIRE_RESELLER_RELATIONSHIP_REQUEST',
};

function requestChange(payload: Snapshot) {
  const id = fieldOf(payload, 'request');
  const operation = REQUEST_STATES[textOf(payload.state) ?? ''];
  if (!id || !operation) return null;
  const customerId = fieldOf(payload, 'request', 'acceptedByCustomer') ?? fieldOf(payload, 'request', 'targetCustomerId');
  return entry(operation, { type: 'ResellerRelationshipRequest', id, name: fieldOf(payload, 'request', 'customerEmailHint') },
    payload.request, payload.before, customerId);
}

/** A provider's new customer (C-15) is recorded as its PROVIDER_CREATED relationship: logged as the customer's creation. */
function relationshipEstablished(payload: Snapshot) {
  const relationship = objectOf(payload.relationship);
  const id = fieldOf(payload, 'relationship');
  const customerId = fieldOf(payload, 'relationship', 'customerId');
  if (!relationship || !id || !customerId) return null;
  if (relationship.source === 'PROVIDER_CREATED') {
    return entry('CREATE_CUSTOMER', { type: 'Customer', id: customerId, name: fieldOf(payload, 'customer', 'companyName') },
      { ...objectOf(payload.customer), relationship }, null, customerId);
  }
  return entry('ESTABLISH_CUSTOMER_RELATIONSHIP', { type: 'CustomerResellerRelationship', id, name: null }, relationship,
    payload.before, customerId);
}

const onRelationship = (operation: string, key: string, type: string) => (payload: Snapshot) => {
  const id = fieldOf(payload, key);
  return id ? entry(operation, { type, id, name: null }, payload[key], payload.before, fieldOf(payload, key, 'customerId')) : null;
};

function administerOnBehalfOf(payload: Snapshot) {
  const customerId = textOf(payload.customerId);
  return customerId
    ? entry('ADMINISTER_ON_BEHALF_OF', { type: 'Customer', id: customerId, name: null }, { service: payload.service }, null, customerId)
    : null;
}

/** An order line is ORDERED, then PROVISIONED in the same unit of work (§3.5): one SUBMIT_ORDER entry, not two. */
function subscriptionChange(payload: Snapshot) {
  const subscription = objectOf(payload.subscription);
  const id = fieldOf(payload, 'subscription');
  const change = textOf(payload.change) ?? (subscription?.status === 'PENDING' ? 'ORDERED' : 'UPDATED');
  if (!subscription || !id || change === 'PROVISIONED') return null;
  const name = textOf(subscription.friendlyName) ?? textOf(subscription.offerName);
  return entry(change === 'ORDERED' ? 'SUBMIT_ORDER' : 'UPDATE_SUBSCRIPTION', { type: 'CustomerSubscription', id, name },
    subscription, payload.before, textOf(subscription.customerId));
}

function profileChange(payload: Snapshot) {
  const customerId = textOf(payload.customerId);
  const operation = { COMPANY: 'UPDATE_CUSTOMER_COMPANY_PROFILE', BILLING: 'UPDATE_CUSTOMER_BILLING_PROFILE' }[textOf(payload.section) ?? ''];
  if (!customerId || !operation) return null;
  const changed = Array.isArray(payload.changedFields) && payload.changedFields.length ? { changedFields: payload.changedFields } : {};
  return entry(operation, { type: 'Customer', id: customerId, name: null },
    { ...(objectOf(payload.after) ?? { section: payload.section }), ...changed }, payload.before, customerId);
}

const CUSTOMER_USER_CHANGES: Record<string, string> = {
  CREATED: 'CREATE_CUSTOMER_USER', DELETED: 'DELETE_CUSTOMER_USER', RESTORED: 'RESTORE_CUSTOMER_USER',
  LICENSES_CHANGED: 'ASSIGN_CUSTOMER_USER_LICENSES', PASSWORD_RESET: 'RESET_CUSTOMER_USER_PASSWORD',
};

/** A customer's directory user without its name: the log's readers may not read customer users (C-18, A-15). */
function customerUserView(user: unknown) {
  const snapshot = objectOf(user);
  return snapshot && { state: snapshot.state, isAdmin: snapshot.isAdmin, licenses: snapshot.licenses };
}

function customerUserChange(payload: Snapshot) {
  const id = fieldOf(payload, 'user');
  const operation = CUSTOMER_USER_CHANGES[textOf(payload.change) ?? ''];
  if (!id || !operation) return null;
  return entry(operation, { type: 'CustomerUser', id, name: null }, customerUserView(payload.user), customerUserView(payload.before),
    fieldOf(payload, 'user', 'customerId'));
}

function serviceRequestChange(payload: Snapshot) {
  const id = fieldOf(payload, 'serviceRequest');
  if (!id) return null;
  const created = 'before' in payload && payload.before === null;
  return entry(created ? 'CREATE_CUSTOMER_SERVICE_REQUEST' : 'UPDATE_CUSTOMER_SERVICE_REQUEST',
    { type: 'CustomerServiceRequest', id, name: null }, { ...objectOf(payload.serviceRequest), newNote: payload.newNote === true },
    payload.before, fieldOf(payload, 'serviceRequest', 'customerId'));
}

function leadChange(payload: Snapshot) {
  const id = fieldOf(payload, 'lead');
  if (!id) return null;
  return entry(payload.change === 'CONVERTED' ? 'INVITE_CUSTOMER_FROM_LEAD' : 'UPDATE_CUSTOMER_LEAD',
    { type: 'CustomerLead', id, name: fieldOf(payload, 'lead', 'name') }, payload.lead, payload.before);
}

export const customersEntry = producerMapping({
  ResellerRelationshipRequestChanged: requestChange,
  CustomerRelationshipEstablished: relationshipEstablished,
  CustomerRelationshipRemoved: onRelationship('REMOVE_CUSTOMER_RELATIONSHIP', 'relationship', 'CustomerResellerRelationship'),
  DelegatedAdminGranted: onRelationship('GRANT_DELEGATED_ADMIN', 'grant', 'DelegatedAdminGrant'),
  DelegatedAdminRemoved: onRelationship('REMOVE_DELEGATED_ADMIN', 'grant', 'DelegatedAdminGrant'),
  AdministerOnBehalfOfStarted: administerOnBehalfOf,
  SubscriptionChanged: subscriptionChange,
  CustomerProfileChanged: profileChange,
  CustomerUserChanged: customerUserChange,
  CustomerServiceRequestChanged: serviceRequestChange,
  CustomerLeadChanged: leadChange,
});
