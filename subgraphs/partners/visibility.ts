import type DataLoader from 'dataloader';
import { holds } from '../kit/authorization.js';
import { isOwnOrganization } from '../kit/callers.js';
import type { SubgraphContext } from '../kit/context.js';
import type { Principal } from '../kit/principal.js';
import type { PartnersLoaders } from './loaders.js';
import type { ContactRequest } from './model/directory.js';
import type { Enrollment } from './model/enrollment.js';
import type { PartnershipInvitation } from './model/invitation.js';
import type { Organization } from './model/organization.js';
import type { Partnership } from './model/partnership.js';
import type { SupportTicket } from './model/support.js';
import { grants } from './permissions.js';

/**
 * Who may see a row of this subgraph (DOMAIN.md §4.4, T-rules): one rule per entity, read by the reference
 * resolvers (T-13), the field resolvers and the live events' objects. The listings' SQL (listings.ts) states the
 * same rules where they page, citing the predicate it mirrors; the row-level security policies (migrations
 * 1732407000000, 1732407600000) are the second lock. test/e2e/visibility-rls.test.ts keeps them in agreement.
 *
 * Predicates take the row and the caller's organization id (`null`/`undefined`: not a partner, who sees nothing);
 * those whose rule names a user (the enrollment application's, the ticket's) take the caller's principal.
 */

type PartnerId = string | null | undefined;

export { isOwnOrganization };
type Context = SubgraphContext<PartnersLoaders>;

/**
 * P-03 / §5 EnrollmentStatusChanged: an enrollment application is visible to its creator always; to the P-03 roles
 * (`grants.enrollmentReaders`) of its organization once the caller's token names that organization as its partner.
 * Never outside the application's tenant. A token of the tenant without a partner id (before approval reached it)
 * sees only the applications its user created.
 */
export function enrollmentVisibleTo(
  enrollment: Pick<Enrollment, 'tenantId' | 'createdBy'>,
  principal: Pick<Principal, 'userId' | 'tenantId' | 'partnerId' | 'agentRole' | 'adminRole'> | null | undefined,
): boolean {
  if (!principal || principal.tenantId !== enrollment.tenantId) return false;
  if (enrollment.createdBy === principal.userId) return true;
  return isOwnOrganization(enrollment.tenantId, principal.partnerId) && holds(principal, grants.enrollmentReaders);
}

/** T-2: a partnership is visible to its two parties (P-06 lists their ACTIVE ones: listings.ts `partnershipsList`). */
export function partnershipVisibleTo(partnership: Pick<Partnership, 'providerId' | 'resellerId'>, partnerId: PartnerId): boolean {
  return isOwnOrganization(partnership.providerId, partnerId) || isOwnOrganization(partnership.resellerId, partnerId);
}

/**
 * T-2: the caller's own organization, or one in an ACTIVE partnership with it (`partnerships`: the caller's,
 * any state); any other organization is invisible.
 */
export function organizationVisibleTo(id: string, partnerId: PartnerId, partnerships: readonly Partnership[]): boolean {
  if (!partnerId) return false;
  return isOwnOrganization(id, partnerId) || partnerships.some((p) => p.state === 'ACTIVE' && partnershipVisibleTo(p, partnerId)
    && (p.providerId === id || p.resellerId === id));
}

/**
 * T-12: the sending provider, the reseller that accepted or declined it, and (T-2) the organization it is addressed
 * to (listings.ts `invitationsList` pages the first two).
 */
export function invitationVisibleTo(
  invitation: Pick<PartnershipInvitation, 'providerId' | 'acceptedByOrg' | 'inviteePartnerId'>, partnerId: PartnerId,
): boolean {
  return Boolean(partnerId) && [invitation.providerId, invitation.acceptedByOrg, invitation.inviteePartnerId].includes(partnerId!);
}

/**
 * P-22: the provider a contact request is addressed to, the party that answers it; §5 providerContactRequested
 * reaches this side only.
 */
export function contactRequestReceivedBy(request: Pick<ContactRequest, 'providerId'>, partnerId: PartnerId): boolean {
  return isOwnOrganization(request.providerId, partnerId);
}

/** T-12 (P-22): a provider contact request is its two parties' only (listings.ts `contactRequestsList`). */
export function contactRequestVisibleTo(request: Pick<ContactRequest, 'providerId' | 'resellerId'>, partnerId: PartnerId): boolean {
  return contactRequestReceivedBy(request, partnerId) || isOwnOrganization(request.resellerId, partnerId);
}

/** T-10: a partner support ticket is visible only to the user who created it (listings.ts `ticketsList`). */
export function ticketVisibleTo(
  ticket: Pick<SupportTicket, 'organizationId' | 'createdBy'>, viewer: Pick<Principal, 'partnerId' | 'userId'> | null | undefined,
): boolean {
  return Boolean(viewer?.partnerId) && ticket.organizationId === viewer!.partnerId && ticket.createdBy === viewer!.userId;
}

/** The row with this id if `rule` lets the caller see it, else null (T-1: null, never FORBIDDEN). */
async function visibleRow<T>(
  loader: DataLoader<string, T | null>, id: string | null | undefined, ctx: Context, rule: (row: T) => boolean,
): Promise<T | null> {
  if (!id || !ctx.principal?.partnerId) return null;
  const row = await loader.load(id);
  return row && rule(row) ? row : null;
}

/** {@link organizationVisibleTo} by id. */
export async function visibleOrganization(id: string | null | undefined, ctx: Context): Promise<Organization | null> {
  const own = ctx.principal?.partnerId;
  if (!id || !own) return null;
  if (!isOwnOrganization(id, own) && !organizationVisibleTo(id, own, await ctx.loaders.partnershipsOf.load(own))) return null;
  return ctx.loaders.organization.load(id);
}

/** {@link enrollmentVisibleTo} by id (T-13): the application, or null. */
export async function visibleEnrollment(id: string | null | undefined, ctx: Context): Promise<Enrollment | null> {
  const enrollment = id ? await ctx.loaders.enrollment.load(id) : null;
  return enrollment && enrollmentVisibleTo(enrollment, ctx.principal) ? enrollment : null;
}

/**
 * {@link partnershipVisibleTo}: by id (any state), or by its two parties (the ACTIVE one), among the caller's own
 * partnerships.
 */
export async function visiblePartnership(
  ref: { id?: string | null; providerId?: string; resellerId?: string }, ctx: Context,
): Promise<Partnership | null> {
  const own = ctx.principal?.partnerId;
  if (!own) return null;
  const partnerships = (await ctx.loaders.partnershipsOf.load(own)).filter((p) => partnershipVisibleTo(p, own));
  return partnerships.find((p) => (ref.id ? p.id === ref.id
    : p.providerId === ref.providerId && p.resellerId === ref.resellerId && p.state === 'ACTIVE')) ?? null;
}

/** {@link invitationVisibleTo} by id. */
export const visibleInvitation = (id: string | null | undefined, ctx: Context): Promise<PartnershipInvitation | null> =>
  visibleRow(ctx.loaders.invitation, id, ctx, (invitation) => invitationVisibleTo(invitation, ctx.principal?.partnerId));

/** {@link contactRequestVisibleTo} by id. */
export const visibleContactRequest = (id: string | null | undefined, ctx: Context): Promise<ContactRequest | null> =>
  visibleRow(ctx.loaders.contactRequest, id, ctx, (request) => contactRequestVisibleTo(request, ctx.principal?.partnerId));

/** {@link ticketVisibleTo} by id. */
export const visibleTicket = (id: string | null | undefined, ctx: Context): Promise<SupportTicket | null> =>
  visibleRow(ctx.loaders.ticket, id, ctx, (ticket) => ticketVisibleTo(ticket, ctx.principal));
