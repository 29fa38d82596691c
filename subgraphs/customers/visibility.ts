import type DataLoader from 'dataloader';
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
type Context = SubgraphContext<CustomersLoaders>;

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

/** The row with this id if `rule` lets the caller's organization see it, else null (T-1: null, never FORBIDDEN). */
async function visibleRow<T>(
  loader: DataLoader<string, T | null>, id: string | null | undefined, ctx: Context, rule: (row: T, partnerId: PartnerId) => boolean,
): Promise<T | null> {
  const partnerId = ctx.principal?.partnerId;
  if (!id || !partnerId) return null;
  const row = await loader.load(id);
  return row && rule(row, partnerId) ? row : null;
}

/** T-1 / T-4: a customer is visible only through the caller organization's own ACTIVE relationship with it. */
export async function visibleCustomer(id: string | null | undefined, ctx: Context) {
  if (!id || !ctx.principal?.partnerId) return null;
  const relationship = await ctx.loaders.myRelationship.load(id);
  return relationship ? ctx.loaders.customer.load(id) : null;
}

/** {@link subscriptionVisibleTo} by id. */
export const visibleSubscription = (id: string | null | undefined, ctx: Context): Promise<CustomerSubscription | null> =>
  visibleRow(ctx.loaders.subscription, id, ctx, subscriptionVisibleTo);

/** {@link relationshipVisibleTo} by id. */
export const visibleRelationship = (id: string | null | undefined, ctx: Context): Promise<CustomerRelationship | null> =>
  visibleRow(ctx.loaders.relationship, id, ctx, relationshipVisibleTo);

/** {@link grantVisibleTo} by id. */
export const visibleGrant = (id: string | null | undefined, ctx: Context): Promise<DelegatedAdminGrant | null> =>
  visibleRow(ctx.loaders.grant, id, ctx, grantVisibleTo);

/** {@link requestVisibleTo} by id. */
export const visibleRequest = (id: string | null | undefined, ctx: Context): Promise<RelationshipRequest | null> =>
  visibleRow(ctx.loaders.request, id, ctx, requestVisibleTo);

/** {@link serviceRequestVisibleTo} by id. */
export const visibleServiceRequest = (id: string | null | undefined, ctx: Context): Promise<CustomerServiceRequest | null> =>
  visibleRow(ctx.loaders.serviceRequest, id, ctx, serviceRequestVisibleTo);

/** {@link leadVisibleTo} by id. */
export const visibleLead = (id: string | null | undefined, ctx: Context): Promise<CustomerLead | null> =>
  visibleRow(ctx.loaders.lead, id, ctx, leadVisibleTo);

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
  return (await ctx.loaders.myDelegatedAdmin.load(user.customerId)) ? user : null;
}
