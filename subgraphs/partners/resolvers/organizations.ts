import { DomainError } from '../../kit/errors.js';
import { sqlList } from '../../kit/loaders.js';
import { keysetConnection, type PageArgs } from '../../kit/pagination.js';
import type { PartnersDeps } from '../deps.js';
import type {
  PartnerOrganizationIndirectProvidersArgs, PartnerOrganizationIndirectResellersArgs, PartnerOrganizationPartnershipInvitationsArgs,
  QueryPartnerOrganizationArgs, Resolvers,
} from '../generated/resolvers.js';
import { invitationsList, partnershipsList } from '../listings.js';
import type { Organization } from '../model/organization.js';
import type { Partnership } from '../model/partnership.js';
import { enrollmentVisibleTo, isOwnOrganization, visibleOrganization, visiblePartnership } from '../visibility.js';
import { namedOrganization, userRef, type Context } from './common.js';

/** {@link isOwnOrganization} for the caller of this request. */
const isOwn = (organization: Organization, ctx: Context) => isOwnOrganization(organization.id, ctx.principal?.partnerId);

/** P-06: ACTIVE partnerships of the caller's own organization only (T-2), oldest first. */
function ownPartnerships(organization: Organization, args: PageArgs, ctx: Context, side: 'provider' | 'reseller') {
  if (!isOwn(organization, ctx)) throw new DomainError('NOT_FOUND');
  return keysetConnection(args, sqlList(ctx.db, { ...partnershipsList(organization.id, side), nodes: ctx.loaders.partnership }));
}

export function organizationResolvers(deps: PartnersDeps) {
  return {
    Query: {
      // P-01. Organization id = tenant id (§0), so a creator whose token predates the organization still finds it.
      async myOrganization(_: unknown, __: unknown, ctx: Context) {
        const id = ctx.principal?.partnerId ?? ctx.principal?.tenantId;
        const organization = id ? await ctx.loaders.organization.load(id) : null;
        if (!organization) throw new DomainError('NOT_FOUND');
        return organization;
      },
      async partnerOrganization(_: unknown, args: QueryPartnerOrganizationArgs, ctx: Context) {
        const organization = await visibleOrganization(args.id, ctx);
        if (!organization) throw new DomainError('NOT_FOUND');
        return organization;
      },
    },
    PartnerOrganization: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visibleOrganization(ref.id, ctx),
      country: (organization: Organization) => organization.country.trim(),
      mpnProfile: (organization: Organization) =>
        organization.mpnId ? { mpnId: organization.mpnId, partnerName: organization.companyName } : null,
      // P-02 on the own organization; T-2: never a partnered organization's profiles.
      legalBusinessProfile: (organization: Organization, _: unknown, ctx: Context) =>
        (isOwn(organization, ctx) && organization.legalBusinessProfile ? {
          ...organization.legalBusinessProfile, vettingStatus: organization.vettingStatus, vettingSubStatus: organization.vettingSubStatus,
        } : null),
      supportProfile: (organization: Organization, _: unknown, ctx: Context) =>
        (isOwn(organization, ctx) ? organization.supportProfile : null),
      async organizationProfile(organization: Organization, _: unknown, ctx: Context) {
        if (!isOwn(organization, ctx)) return null;
        const tenant = await ctx.loaders.tenant.load(organization.id);
        return {
          companyName: organization.companyName, tenantId: organization.id,
          defaultAddress: organization.legalBusinessProfile?.address ?? null, domain: tenant?.defaultDomain ?? null,
          email: organization.legalBusinessProfile?.primaryContact.email ?? null,
        };
      },
      // P-03
      async enrollment(organization: Organization, _: unknown, ctx: Context) {
        if (!isOwn(organization, ctx)) return null;
        const enrollment = await ctx.loaders.latestEnrollment.load(organization.id);
        return enrollment && enrollmentVisibleTo(enrollment, ctx.principal) ? enrollment : null;
      },
      // Reseller view (IsIndirectResellerOf): partnerships where this organization is the reseller.
      indirectProviders: (organization: Organization, args: PartnerOrganizationIndirectProvidersArgs, ctx: Context) =>
        ownPartnerships(organization, args, ctx, 'reseller'),
      // Provider view (IsIndirectCloudSolutionProviderOf).
      indirectResellers: (organization: Organization, args: PartnerOrganizationIndirectResellersArgs, ctx: Context) =>
        ownPartnerships(organization, args, ctx, 'provider'),
      // P-07 / T-12: EXPIRED is PENDING past expiresAt, whether or not it was stored so (§3.2).
      partnershipInvitations(organization: Organization, args: PartnerOrganizationPartnershipInvitationsArgs, ctx: Context) {
        if (!isOwn(organization, ctx)) throw new DomainError('NOT_FOUND');
        const list = invitationsList(organization.id, args.direction, args.state ?? null, deps.now());
        return keysetConnection(args, sqlList(ctx.db, { ...list, nodes: ctx.loaders.invitation }));
      },
    },
    ProviderResellerRelationship: {
      __resolveReference: (ref: { id?: string; providerId?: string; resellerId?: string }, ctx: Context) => visiblePartnership(ref, ctx),
      provider: (p: Partnership, _: unknown, ctx: Context) => namedOrganization(p.providerId, ctx),
      reseller: (p: Partnership, _: unknown, ctx: Context) => namedOrganization(p.resellerId, ctx),
      relationshipType: (p: Partnership, _: unknown, ctx: Context) =>
        (p.providerId === ctx.principal?.partnerId ? 'IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF' : 'IS_INDIRECT_RESELLER_OF'),
      acceptedBy: (p: Partnership) => userRef(p.acceptedBy),
    },
  } satisfies Resolvers;
}
