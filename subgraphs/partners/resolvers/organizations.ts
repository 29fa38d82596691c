import type { SubgraphContext } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import type { PartnersLoaders } from '../loaders.js';
import type { Organization } from '../model/organization.js';
import type { Partnership } from '../model/partnership.js';

type Context = SubgraphContext<PartnersLoaders>;

function callerOrganizationId(ctx: Context): string {
  const partnerId = ctx.principal?.partnerId;
  if (!partnerId) throw new DomainError('NOT_FOUND');
  return partnerId;
}

/** T-2: the caller's own organization, or one with an ACTIVE partnership with it; anything else is invisible. */
async function visibleOrganization(id: string, ctx: Context): Promise<Organization | null> {
  const own = ctx.principal?.partnerId;
  if (!own) return null;
  if (id !== own) {
    const partnerships = await ctx.loaders.partnershipsOf.load(own);
    const partnered = partnerships.some((p) => p.state === 'ACTIVE' && (p.providerId === id || p.resellerId === id));
    if (!partnered) return null;
  }
  return ctx.loaders.organization.load(id);
}

/** P-06 lists exist only for the caller's own organization. */
async function ownPartnerships(organization: Organization, ctx: Context, side: 'providerId' | 'resellerId') {
  if (organization.id !== callerOrganizationId(ctx)) throw new DomainError('NOT_FOUND');
  const partnerships = await ctx.loaders.partnershipsOf.load(organization.id);
  return partnerships.filter((p) => p[side] === organization.id);
}

const organizationRef = (id: string, ctx: Context) => ctx.loaders.organization.load(id);

export const organizationResolvers = {
  Query: {
    async myOrganization(_: unknown, __: unknown, ctx: Context) {
      const organization = await ctx.loaders.organization.load(callerOrganizationId(ctx));
      if (!organization) throw new DomainError('NOT_FOUND');
      return organization;
    },
    async partnerOrganization(_: unknown, args: { id: string }, ctx: Context) {
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
    // Reseller view (IsIndirectResellerOf): partnerships where this organization is the reseller.
    indirectProviders: (organization: Organization, _: unknown, ctx: Context) =>
      ownPartnerships(organization, ctx, 'resellerId'),
    // Provider view (IsIndirectCloudSolutionProviderOf).
    indirectResellers: (organization: Organization, _: unknown, ctx: Context) =>
      ownPartnerships(organization, ctx, 'providerId'),
  },
  ProviderResellerRelationship: {
    async __resolveReference(ref: { id?: string; providerId?: string; resellerId?: string }, ctx: Context) {
      const own = ctx.principal?.partnerId;
      if (!own) return null;
      const partnerships = await ctx.loaders.partnershipsOf.load(own);
      return partnerships.find((p) => (ref.id ? p.id === ref.id
        : p.providerId === ref.providerId && p.resellerId === ref.resellerId)) ?? null;
    },
    provider: (p: Partnership, _: unknown, ctx: Context) => organizationRef(p.providerId, ctx),
    reseller: (p: Partnership, _: unknown, ctx: Context) => organizationRef(p.resellerId, ctx),
    acceptedBy: (p: Partnership) => (p.acceptedBy ? { __typename: 'PartnerUser', id: p.acceptedBy } : null),
  },
};
