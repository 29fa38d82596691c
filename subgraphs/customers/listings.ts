import type { SqlQuery } from '../kit/loaders.js';
import { timeKey } from '../kit/pagination.js';
import { containsPattern, searchFold } from '../kit/values.js';
import type { CustomerUserState } from './domain/customer-users.js';
import type { LeadStatus } from './domain/leads.js';
import type { RequestState } from './domain/requests.js';
import type { ServiceRequestStatus } from './domain/service-requests.js';

/**
 * The keyset lists of this subgraph besides customers (repository.ts): each page query returns ids and sort keys
 * only, in an order an index serves (migration 1732406900000); the rows come from the id loaders.
 * Newest-first lists order by (timestamp, id) both descending, so one row comparison is the cursor condition.
 */

type After = [string, string] | null;

// T-6 (visibility.ts relationshipListedFor): the caller's own relationship and those of organizations in an ACTIVE
// partnership with it ($2).
const RELATIONSHIP_VISIBLE = `(r.partner_id = $2 or exists (select 1 from customers.partnerships p where p.state = 'ACTIVE'
  and ((p.provider_id = $2 and p.reseller_id = r.partner_id) or (p.reseller_id = $2 and p.provider_id = r.partner_id))))`;

/** Customer.resellerRelationships: ACTIVE relationships the caller may see, oldest first. */
export const customerRelationshipsList = (partnerId: string | null) => ({
  list: 'Customer.resellerRelationships',
  page: (customerIds: string[], _: unknown, after: After, limit: number): SqlQuery => [`
    select c.parent, r.id, ${timeKey('r.established_at')} as at from unnest($1::uuid[]) as c (parent)
    cross join lateral (select r.id, r.established_at from customers.relationships r
      where r.customer_id = c.parent and r.state = 'ACTIVE' and ${RELATIONSHIP_VISIBLE}
        and ($3::timestamptz is null or (r.established_at, r.id) > ($3::timestamptz, $4::uuid))
      order by r.established_at, r.id limit $5) r
    order by c.parent, r.established_at, r.id`, [customerIds, partnerId, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (customerIds: string[]): SqlQuery => [`
    select r.customer_id as parent, count(*)::int as n from customers.relationships r
    where r.customer_id = any($1::uuid[]) and r.state = 'ACTIVE' and ${RELATIONSHIP_VISIBLE} group by r.customer_id`,
  [customerIds, partnerId]],
  filterKey: () => '',
});

// T-7 (visibility.ts subscriptionVisibleTo): what the caller ($2) sold as provider or was sold as reseller.
const SUBSCRIPTION_VISIBLE = '(s.provider_id = $2 or s.reseller_id = $2)';

/** Customer.subscriptions: oldest first (index subscriptions_customer). */
export const customerSubscriptionsList = (partnerId: string | null) => ({
  list: 'Customer.subscriptions',
  page: (customerIds: string[], _: unknown, after: After, limit: number): SqlQuery => [`
    select c.parent, s.id, ${timeKey('s.creation_date')} as at from unnest($1::uuid[]) as c (parent)
    cross join lateral (select s.id, s.creation_date from customers.subscriptions s
      where s.customer_id = c.parent and ${SUBSCRIPTION_VISIBLE}
        and ($3::timestamptz is null or (s.creation_date, s.id) > ($3::timestamptz, $4::uuid))
      order by s.creation_date, s.id limit $5) s
    order by c.parent, s.creation_date, s.id`, [customerIds, partnerId, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (customerIds: string[]): SqlQuery => [`
    select s.customer_id as parent, count(*)::int as n from customers.subscriptions s
    where s.customer_id = any($1::uuid[]) and ${SUBSCRIPTION_VISIBLE} group by s.customer_id`, [customerIds, partnerId]],
  filterKey: () => '',
});

/** Customer.serviceRequests: the caller organization's own (T-9, visibility.ts serviceRequestVisibleTo), newest first. */
export const customerServiceRequestsList = (partnerId: string | null) => ({
  list: 'Customer.serviceRequests',
  page: (customerIds: string[], status: ServiceRequestStatus | null, after: After, limit: number): SqlQuery => [`
    select c.parent, s.id, ${timeKey('s.created_date')} as at from unnest($1::uuid[]) as c (parent)
    cross join lateral (select s.id, s.created_date from customers.service_requests s
      where s.customer_id = c.parent and s.partner_id = $2 and ($3::text is null or s.status = $3)
        and ($4::timestamptz is null or (s.created_date, s.id) < ($4::timestamptz, $5::uuid))
      order by s.created_date desc, s.id desc limit $6) s
    order by c.parent, s.created_date desc, s.id desc`,
  [customerIds, partnerId, status, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (customerIds: string[], status: ServiceRequestStatus | null): SqlQuery => [`
    select s.customer_id as parent, count(*)::int as n from customers.service_requests s
    where s.customer_id = any($1::uuid[]) and s.partner_id = $2 and ($3::text is null or s.status = $3)
    group by s.customer_id`, [customerIds, partnerId, status]],
  filterKey: (status: ServiceRequestStatus | null) => status ?? '',
});

export interface CustomerUserFilter { state: CustomerUserState | null; search: string | null }

// T-11 / R-35 (visibility.ts visibleCustomerUser; row-level security adds the relationship): a customer's users, only
// for a caller ($2) holding ACTIVE delegated admin privileges for it.
const USER_LISTED = `exists (select 1 from customers.delegated_admin_grants g where g.customer_id = u.customer_id and g.partner_id = $2
    and g.state = 'ACTIVE') and ($3::text is null or u.state = $3)
  and ($4::text is null or ${searchFold('u.user_principal_name')} like ${searchFold('$4')} escape '\\'
    or ${searchFold('u.display_name')} like ${searchFold('$4')} escape '\\')`;

/** Customer.users (C-18): oldest first, by state and a search of user name and display name. */
export const customerUsersList = (partnerId: string | null) => ({
  list: 'Customer.users',
  page: (customerIds: string[], filter: CustomerUserFilter, after: After, limit: number): SqlQuery => [`
    select c.parent, u.id, ${timeKey('u.created_at')} as at from unnest($1::uuid[]) as c (parent)
    cross join lateral (select u.id, u.created_at from customers.customer_users u
      where u.customer_id = c.parent and ${USER_LISTED}
        and ($5::timestamptz is null or (u.created_at, u.id) > ($5::timestamptz, $6::uuid))
      order by u.created_at, u.id limit $7) u
    order by c.parent, u.created_at, u.id`,
  [customerIds, partnerId, filter.state, containsPattern(filter.search), after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (customerIds: string[], filter: CustomerUserFilter): SqlQuery => [`
    select u.customer_id as parent, count(*)::int as n from customers.customer_users u
    where u.customer_id = any($1::uuid[]) and ${USER_LISTED} group by u.customer_id`,
  [customerIds, partnerId, filter.state, containsPattern(filter.search)]],
  filterKey: (filter: CustomerUserFilter) => JSON.stringify([filter.state, containsPattern(filter.search)]),
});

/** Customer.serviceHealth: incidents of the whole service (no customer) and of the customer, newest first. */
export const customerIncidentsList = {
  list: 'Customer.serviceHealth',
  page: (customerIds: string[], _: unknown, after: After, limit: number): SqlQuery => [`
    select c.parent, i.id, ${timeKey('i.start_time')} as at from unnest($1::uuid[]) as c (parent)
    cross join lateral (select i.id, i.start_time from customers.service_incidents i
      where (i.customer_id = c.parent or i.customer_id is null)
        and ($2::timestamptz is null or (i.start_time, i.id) < ($2::timestamptz, $3::uuid))
      order by i.start_time desc, i.id desc limit $4) i
    order by c.parent, i.start_time desc, i.id desc`, [customerIds, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (customerIds: string[]): SqlQuery => [`
    select c.parent, count(*)::int as n from unnest($1::uuid[]) as c (parent)
    join customers.service_incidents i on i.customer_id = c.parent or i.customer_id is null group by c.parent`, [customerIds]],
  filterKey: () => '',
};

// C-23 / T-4 (visibility.ts visibleIncident): incidents of the whole service, and of customers the caller ($1) has an
// ACTIVE relationship with.
const INCIDENT_VISIBLE = `(i.customer_id is null or exists (select 1 from customers.relationships r
  where r.customer_id = i.customer_id and r.partner_id = $1 and r.state = 'ACTIVE')) and ($2::boolean is null or i.resolved = $2)`;

/** Query.serviceIncidents, newest first. */
export const serviceIncidentsList = (partnerId: string, resolved: boolean | null) => ({
  list: 'serviceIncidents',
  scope: [resolved],
  page: (after: After, limit: number): SqlQuery => [`
    select i.id, ${timeKey('i.start_time')} as at from customers.service_incidents i
    where ${INCIDENT_VISIBLE} and ($3::timestamptz is null or (i.start_time, i.id) < ($3::timestamptz, $4::uuid))
    order by i.start_time desc, i.id desc limit $5`, [partnerId, resolved, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (): SqlQuery => [`select count(*)::int as n from customers.service_incidents i where ${INCIDENT_VISIBLE}`, [partnerId, resolved]],
});

// The effective state ($2) at $3: EXPIRED is also a PENDING request past its expiry (domain/requests.ts).
const REQUEST_IN_STATE = `q.requesting_partner_id = $1 and ($2::text is null
  or ($2 = 'PENDING' and q.state = 'PENDING' and q.expires_at > $3)
  or ($2 = 'EXPIRED' and (q.state = 'EXPIRED' or (q.state = 'PENDING' and q.expires_at <= $3)))
  or ($2 not in ('PENDING', 'EXPIRED') and q.state = $2))`;

/** C-05 / T-12 (visibility.ts requestVisibleTo): the caller organization's requests, newest first, by effective state. */
export const requestsList = (partnerId: string, state: RequestState | null, now: Date) => ({
  list: 'resellerRelationshipRequests',
  scope: [state],
  page: (after: After, limit: number): SqlQuery => [`
    select q.id, ${timeKey('q.created_at')} as at from customers.relationship_requests q
    where ${REQUEST_IN_STATE} and ($4::timestamptz is null or (q.created_at, q.id) < ($4::timestamptz, $5::uuid))
    order by q.created_at desc, q.id desc limit $6`, [partnerId, state, now, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (): SqlQuery => [`select count(*)::int as n from customers.relationship_requests q where ${REQUEST_IN_STATE}`,
    [partnerId, state, now]],
});

/** C-24 / T-12 (visibility.ts leadVisibleTo): the caller organization's leads, newest first. */
export const leadsList = (ownerId: string, status: LeadStatus | null) => ({
  list: 'customerLeads',
  scope: [ownerId, status],
  page: (after: After, limit: number): SqlQuery => [`
    select l.id, ${timeKey('l.created_at')} as at from customers.leads l
    where l.owner_id = $1 and ($2::text is null or l.status = $2)
      and ($3::timestamptz is null or (l.created_at, l.id) < ($3::timestamptz, $4::uuid))
    order by l.created_at desc, l.id desc limit $5`, [ownerId, status, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (): SqlQuery => [`select count(*)::int as n from customers.leads l where l.owner_id = $1 and ($2::text is null or l.status = $2)`,
    [ownerId, status]],
});
