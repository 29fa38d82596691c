import type DataLoader from 'dataloader';
import { isOwnOrganization } from '../kit/callers.js';
import type { SubgraphContext } from '../kit/context.js';
import type { CustomersLoaders } from './loaders.js';
import type { CustomerLead } from './model/lead.js';
import type { CustomerRelationship, DelegatedAdminGrant } from './model/relationship.js';
import type { RelationshipRequest } from './model/request.js';
import type { CustomerSubscription } from './model/subscription.js';
import type { CustomerServiceRequest, ServiceIncident } from './model/support.js';
import type { CustomerUser } from './model/customer-user.js';

/**
 * Who may see a row of this subgraph (DOMAIN.md §4.4, T-rules): one rule per entity, read by the reference
 * resolvers (T-13), the field resolvers, the live events' objects and the services. The listings' SQL
 * (listings.ts, repository.ts) states the same rules where they page, citing the predicate it mirrors; the
 * row-level security policies (migration 1732407000000) are the second lock. test/e2e/visibility-rls.test.ts
 * keeps the three in agreement.
 *
 * Predicates take the row and the caller's organization id (`null`/`undefined`: not a partner, who sees nothing).
 */

type PartnerId = string | null | undefined;

export { isOwnOrganization };
type Context = SubgraphContext<CustomersLoaders>;

/**
 * T-5 / C-02 / S-33: the customers a provider and a reseller share are visible only to the pair's two sides, and
 * only while they are partnered (`partners`: the organizations in an ACTIVE partnership with the caller).
 */
export function sharedCustomersVisibleTo(
  pair: { providerId: string; resellerId: string }, partnerId: PartnerId, partners: ReadonlySet<string>,
): boolean {
  const other = isOwnOrganization(pair.providerId, partnerId) ? pair.resellerId
    : isOwnOrganization(pair.resellerId, partnerId) ? pair.providerId : null;
  return other !== null && partners.has(other);
}

/**
 * T-6: a customer's associated reseller is shown only when it is the caller or an organization in an ACTIVE
 * partnership with it (`partners`); another reseller of the same provider stays invisible.
 */
export function associatedResellerVisibleTo(resellerId: string | null, partnerId: PartnerId, partners: ReadonlySet<string>): boolean {
  return Boolean(resellerId) && (isOwnOrganization(resellerId!, partnerId) || partners.has(resellerId!));
}

/**
 * T-8: a DAP-gated value of the customer with this id (`companyProfile` address and email, `customDomains`, C-18
 * its users), or null unless the caller's organization holds ACTIVE DAP for it.
 */
export async function delegatedAdminOnly<T>(customerId: string, value: T, ctx: Context): Promise<T | null> {
  return (await ctx.loaders.myDelegatedAdmin.load(customerId)) ? value : null;
}

/** T-7: a provider sees the subscriptions it sold, a reseller those sold under its MPN ID. */
export function subscriptionVisibleTo(subscription: Pick<CustomerSubscription, 'providerId' | 'resellerId'>, partnerId: PartnerId): boolean {
  return Boolean(partnerId) && (subscription.providerId === partnerId || subscription.resellerId === partnerId);
}

/**
 * T-1 / T-9: a relationship by id, its request and its DAP grant are the owning organization's own
 * (`relationshipToMe`, `allowDelegatedAccess` are per caller organization). The wider T-6 list of a customer's
 * relationships is {@link relationshipListedFor}.
 */
export function relationshipVisibleTo(relationship: Pick<CustomerRelationship, 'partnerId'>, partnerId: PartnerId): boolean {
  return Boolean(partnerId) && relationship.partnerId === partnerId;
}

/**
 * T-6: `Customer.resellerRelationships` lists the ACTIVE relationships of the caller and of the organizations in an
 * ACTIVE partnership with it (`partners`), never those of another reseller of the same provider.
 * listings.ts `customerRelationshipsList` states this in SQL.
 */
export function relationshipListedFor(
  relationship: Pick<CustomerRelationship, 'partnerId' | 'state'>, partnerId: PartnerId, partners: ReadonlySet<string>,
): boolean {
  return relationship.state === 'ACTIVE' && (relationshipVisibleTo(relationship, partnerId) || partners.has(relationship.partnerId));
}

/** T-9: a delegated admin grant is the granted organization's own. */
export function grantVisibleTo(grant: Pick<DelegatedAdminGrant, 'partnerId'>, partnerId: PartnerId): boolean {
  return Boolean(partnerId) && grant.partnerId === partnerId;
}

/** T-12: a reseller relationship request is the requesting organization's (listings.ts `requestsList`). */
export function requestVisibleTo(request: Pick<RelationshipRequest, 'requestingPartnerId'>, partnerId: PartnerId): boolean {
  return Boolean(partnerId) && request.requestingPartnerId === partnerId;
}

/** T-9: a customer service request is the creating organization's; P never sees R's, nor R P's. */
export function serviceRequestVisibleTo(request: Pick<CustomerServiceRequest, 'partnerId'>, partnerId: PartnerId): boolean {
  return Boolean(partnerId) && request.partnerId === partnerId;
}

/** T-12: a lead is its owner organization's (listings.ts `leadsList`). */
export function leadVisibleTo(lead: Pick<CustomerLead, 'ownerId'>, partnerId: PartnerId): boolean {
  return Boolean(partnerId) && lead.ownerId === partnerId;
}

type Kind = 'subscription' | 'relationship' | 'grant' | 'request' | 'serviceRequest' | 'lead';
type RowOf<K extends Kind> = CustomersLoaders[K] extends DataLoader<string, infer V> ? NonNullable<V> : never;

/** Each rule above, by the name of the loader that reads its entity by id. */
const RULES: { [K in Kind]: (row: RowOf<K>, partnerId: PartnerId) => boolean } = {
  subscription: subscriptionVisibleTo, relationship: relationshipVisibleTo, grant: grantVisibleTo,
  request: requestVisibleTo, serviceRequest: serviceRequestVisibleTo, lead: leadVisibleTo,
};

/**
 * The `kind` row with this id if its rule lets the caller's organization see it, else null (T-1: null, never
 * FORBIDDEN): `visible('subscription', id, ctx)` is a subscription {@link subscriptionVisibleTo} accepts.
 */
export async function visible<K extends Kind>(kind: K, id: string | null | undefined, ctx: Context): Promise<RowOf<K> | null> {
  const partnerId = ctx.principal?.partnerId;
  if (!id || !partnerId) return null;
  const loader = ctx.loaders[kind] as DataLoader<string, RowOf<K> | null>;
  const row = await loader.load(id);
  return row && RULES[kind](row, partnerId) ? row : null;
}

/** T-1 / T-4: a customer is visible only through the caller organization's own ACTIVE relationship with it. */
export async function visibleCustomer(id: string | null | undefined, ctx: Context) {
  if (!id || !ctx.principal?.partnerId) return null;
  const relationship = await ctx.loaders.myRelationship.load(id);
  return relationship ? ctx.loaders.customer.load(id) : null;
}

/** C-23 / T-4: an incident of the whole service, or of a customer the caller may see. */
export async function visibleIncident(id: string | null | undefined, ctx: Context): Promise<ServiceIncident | null> {
  const incident = id ? await ctx.loaders.incident.load(id) : null;
  if (!incident) return null;
  return incident.customerId === null || (await visibleCustomer(incident.customerId, ctx)) ? incident : null;
}

/** T-11 / C-18: a customer's user, of a visible customer the caller's organization holds ACTIVE DAP for. */
export async function visibleCustomerUser(id: string | null | undefined, ctx: Context): Promise<CustomerUser | null> {
  const user = id ? await ctx.loaders.customerUser.load(id) : null;
  if (!user || !(await visibleCustomer(user.customerId, ctx))) return null;
  return delegatedAdminOnly(user.customerId, user, ctx);
}
