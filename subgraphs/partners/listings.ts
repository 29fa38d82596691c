import type { SqlQuery } from '../kit/loaders.js';
import { timeKey } from '../kit/pagination.js';
import type { ContactRequestState } from './domain/contact-requests.js';
import type { InvitationState } from './domain/partnerships.js';

/**
 * The keyset lists of this subgraph: each page query returns ids and sort keys only, in an order an index serves
 * (migration 1732406900000); the rows come from the id loaders. Newest-first lists order by (timestamp, id) both
 * descending, so one row comparison is the cursor condition.
 */

type After = [string, string] | null;

/**
 * P-06 / T-2 (visibility.ts partnershipVisibleTo): the organization's ACTIVE partnerships on one side (reseller: its
 * providers; provider: its resellers), oldest first.
 */
export const partnershipsList = (organizationId: string, side: 'provider' | 'reseller') => {
  const column = side === 'provider' ? 'provider_id' : 'reseller_id';
  return {
    list: side === 'provider' ? 'indirectResellers' : 'indirectProviders',
    scope: [organizationId],
    page: (after: After, limit: number): SqlQuery => [`
      select p.id, ${timeKey('p.established_at')} as at from partners.partnerships p
      where p.${column} = $1 and p.state = 'ACTIVE'
        and ($2::timestamptz is null or (p.established_at, p.id) > ($2::timestamptz, $3::uuid))
      order by p.established_at, p.id limit $4`, [organizationId, after?.[0] ?? null, after?.[1] ?? null, limit]],
    count: (): SqlQuery => [`select count(*)::int as n from partners.partnerships p where p.${column} = $1 and p.state = 'ACTIVE'`,
      [organizationId]],
  };
};

/**
 * Rows of `table` whose `column` is the organization, in the effective state $2 at $3 (all states when null), newest
 * first. EXPIRED is also an `open` (PENDING, OPEN) row past its expiry, whether or not the sweep stored it so (§3.2,
 * domain/partnerships.ts; P-22, domain/contact-requests.ts).
 */
function newestInEffectiveState(table: string, column: string, list: string, open: 'PENDING' | 'OPEN') {
  const inState = `($2::text is null
    or ($2 = '${open}' and i.state = '${open}' and i.expires_at > $3)
    or ($2 = 'EXPIRED' and (i.state = 'EXPIRED' or (i.state = '${open}' and i.expires_at <= $3)))
    or ($2 not in ('${open}', 'EXPIRED') and i.state = $2))`;
  return (organizationId: string, state: string | null, now: Date) => ({
    list,
    scope: [organizationId, state],
    page: (after: After, limit: number): SqlQuery => [`
      select i.id, ${timeKey('i.created_at')} as at from ${table} i
      where i.${column} = $1 and ${inState}
        and ($4::timestamptz is null or (i.created_at, i.id) < ($4::timestamptz, $5::uuid))
      order by i.created_at desc, i.id desc limit $6`, [organizationId, state, now, after?.[0] ?? null, after?.[1] ?? null, limit]],
    count: (): SqlQuery => [`select count(*)::int as n from ${table} i where i.${column} = $1 and ${inState}`,
      [organizationId, state, now]],
  });
}

/**
 * P-07 / T-12 (visibility.ts invitationVisibleTo): invitations the organization sent (provider) or accepted or declined
 * (reseller), newest first.
 */
export const invitationsList = (organizationId: string, direction: 'SENT' | 'RECEIVED', state: InvitationState | null, now: Date) =>
  newestInEffectiveState('partners.partnership_invitations', direction === 'SENT' ? 'provider_id' : 'accepted_by_org',
    `partnershipInvitations:${direction}`, 'PENDING')(organizationId, state, now);

/**
 * P-22 / T-12 (visibility.ts contactRequestVisibleTo): contact requests the organization sent (reseller) or received
 * (provider), newest first.
 */
export const contactRequestsList = (
  organizationId: string, direction: 'SENT' | 'RECEIVED', state: ContactRequestState | null, now: Date,
) => newestInEffectiveState('partners.provider_contact_requests', direction === 'SENT' ? 'reseller_id' : 'provider_id',
  `providerContactRequests:${direction}`, 'OPEN')(organizationId, state, now);

/** P-15 / T-10 (visibility.ts ticketVisibleTo): the tickets the caller created, newest first. */
export const ticketsList = (caller: { partnerId: string; userId: string }) => ({
  list: 'partnerSupportTickets',
  scope: [caller.partnerId, caller.userId],
  page: (after: After, limit: number): SqlQuery => [`
    select t.id, ${timeKey('t.created_date')} as at from partners.support_tickets t
    where t.organization_id = $1 and t.created_by = $2
      and ($3::timestamptz is null or (t.created_date, t.id) < ($3::timestamptz, $4::uuid))
    order by t.created_date desc, t.id desc limit $5`, [caller.partnerId, caller.userId, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (): SqlQuery => ['select count(*)::int as n from partners.support_tickets t where t.organization_id = $1 and t.created_by = $2',
    [caller.partnerId, caller.userId]],
});

/** P-17: the organization's invoices, newest first (invoice ids are Microsoft's text ids). */
export const invoicesList = (organizationId: string) => ({
  list: 'invoices',
  scope: [organizationId],
  id: 'text' as const,
  page: (after: After, limit: number): SqlQuery => [`
    select v.id, ${timeKey('v.invoice_date')} as at from partners.invoices v
    where v.organization_id = $1 and ($2::timestamptz is null or (v.invoice_date, v.id) < ($2::timestamptz, $3::text))
    order by v.invoice_date desc, v.id desc limit $4`, [organizationId, after?.[0] ?? null, after?.[1] ?? null, limit]],
  count: (): SqlQuery => ['select count(*)::int as n from partners.invoices v where v.organization_id = $1', [organizationId]],
});
