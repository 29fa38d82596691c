/**
 * The activity log of an organization (issue 18 §3, P-23): what each domain event of the three outboxes becomes in
 * it. Pure: no SQL, no GraphQL. Each event is one entry at most, named after the mutation or step that made the change
 * (PC audit records: OperationType, ResourceType, ResourceOldValue/NewValue; E: SDK `Auditing/OperationType.cs`).
 * An event that repeats a change another event already records, or that is nobody's privileged change, is in
 * NOT_LOGGED with its reason; test/unit/activity-entries.test.ts fails on an event type of docs/events.md that is in
 * neither.
 */
import { identityEntry, IDENTITY_OPERATIONS } from './activity-identity.js';
import { partnersEntry, PARTNERS_OPERATIONS } from './activity-partners.js';
import { customersEntry, CUSTOMERS_OPERATIONS } from './activity-customers.js';
import type { ActivityEntry, ActivitySource } from './activity-types.js';

export type { ActivityEntry, ActivitySource, Producer, Snapshot } from './activity-types.js';

/** Every operation an entry can have, in the order of the schema's `ActivityOperation` enum. */
export const ACTIVITY_OPERATIONS = [...IDENTITY_OPERATIONS, ...PARTNERS_OPERATIONS, ...CUSTOMERS_OPERATIONS] as const;

export type ActivityOperation = typeof ACTIVITY_OPERATIONS[number];

/** Event types that are not an entry of their own, by `producer:type`, with the reason. */
export const NOT_LOGGED: Readonly<Record<string, string>> = {
  'identity:TenantCreated': 'a new work account belongs to no organization yet; its first user is logged (CREATE_PARTNER_USER)',
  'identity:SessionRevoked': 'one session ending (a sign-out, or a refresh token spent twice) is session housekeeping, not a '
    + 'privileged change; ending every session of a user is logged (SIGN_OUT_ALL_SESSIONS)',
  'partners:MpnAssociationCreated': 'the same change as the SELECT_ORGANIZATION_PROFILE step (its `after.selectedMpnId`)',
  'partners:PartnerOrganizationActivated': 'the same change as APPROVE_ENROLLMENT (or an existing CSP partner\'s SUBMIT_ENROLLMENT)',
  'partners:PartnerOrganizationDeleted': 'the same change as CANCEL_ENROLLMENT',
  'partners:PartnerSupportTicketChanged': 'T-10: a Partner Center ticket is its creator\'s alone',
  'customers:ServiceIncidentChanged': 'Microsoft\'s incident feed, not a change a partner made',
};

/**
 * The entry an event makes in the activity log of each organization of its audience, or null when it makes none (see
 * NOT_LOGGED; also the PENDING→ACTIVE provisioning of an order line, a step of the same SUBMIT_ORDER, and the ACCEPTED
 * state of an invitation, the same change as ACCEPT_PARTNERSHIP_INVITATION).
 */
export function activityEntryOf(source: ActivitySource): ActivityEntry | null {
  if (`${source.producer}:${source.type}` in NOT_LOGGED) return null;
  switch (source.producer) {
    case 'identity': return identityEntry(source);
    case 'partners': return partnersEntry(source);
    default: return customersEntry(source);
  }
}

/** Whether an event type is classified: logged by its producer's mapping, or listed in NOT_LOGGED. */
export function isClassified(producer: ActivitySource['producer'], type: string): boolean {
  if (`${producer}:${type}` in NOT_LOGGED) return true;
  const mapped = { identity: identityEntry, partners: partnersEntry, customers: customersEntry }[producer];
  return mapped.handles(type);
}
