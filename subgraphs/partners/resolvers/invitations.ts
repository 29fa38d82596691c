import { sendAfterCommit, type PartnersRuntime } from '../deps.js';
import { effectiveInvitationState } from '../domain/partnerships.js';
import type { MutationCreatePartnershipInvitationArgs } from '../generated/resolvers.js';
import { PartnershipInvitationEntity, type PartnershipInvitation } from '../model/invitation.js';
import type { Partnership } from '../model/partnership.js';
import {
  acceptPartnershipInvitation, createPartnershipInvitation, declinePartnershipInvitation, revokePartnershipInvitation,
} from '../services/invitations.js';
import { removeIndirectResellerPartnership, revokeProviderTenantAdminAccess } from '../services/partnerships.js';
import { partnerCallerOf, userRef, type Context } from './common.js';

/** T-12: the sending provider, the reseller that accepted or declined it, and (T-2) the organization it is addressed to. */
export function visibleInvitation(invitation: PartnershipInvitation | null, ctx: Context): PartnershipInvitation | null {
  const own = ctx.principal?.partnerId;
  if (!invitation || !own) return null;
  const parties = [invitation.providerId, invitation.acceptedByOrg, invitation.inviteePartnerId];
  return parties.includes(own) ? invitation : null;
}

/** §3.2 invitations and partnership changes (P-08…P-13): one transaction each. */
export function invitationResolvers(runtime: PartnersRuntime) {
  return {
    Mutation: {
      async createPartnershipInvitation(_: unknown, args: MutationCreatePartnershipInvitationArgs, ctx: Context) {
        const { invitation, mail } = await ctx.db.transaction((tx) => createPartnershipInvitation(tx, partnerCallerOf(ctx), args, runtime));
        await sendAfterCommit(runtime.mailer, mail, ctx.logger);
        return invitation;
      },
      revokePartnershipInvitation: (_: unknown, args: { id: string }, ctx: Context) =>
        ctx.db.transaction((tx) => revokePartnershipInvitation(tx, partnerCallerOf(ctx), args.id, runtime)),
      acceptPartnershipInvitation: (_: unknown, args: { token: string; authorizeIndirectProvider: boolean }, ctx: Context) =>
        // the invitation is the provider's row until accepted: found by its token (row-level security: system scope)
        ctx.db.system((tx) => acceptPartnershipInvitation(tx, partnerCallerOf(ctx), args, runtime)),
      declinePartnershipInvitation: (_: unknown, args: { token: string }, ctx: Context) =>
        ctx.db.system((tx) => declinePartnershipInvitation(tx, partnerCallerOf(ctx), args.token, runtime)),
      removeIndirectResellerPartnership: (_: unknown, args: { resellerId: string }, ctx: Context) =>
        ctx.db.transaction((tx) => removeIndirectResellerPartnership(tx, partnerCallerOf(ctx), args.resellerId, runtime)),
      revokeProviderTenantAdminAccess: (_: unknown, args: { providerId: string }, ctx: Context) =>
        ctx.db.transaction((tx) => revokeProviderTenantAdminAccess(tx, partnerCallerOf(ctx), args.providerId)),
    },
    PartnershipInvitation: {
      async __resolveReference(ref: { id: string }, ctx: Context) {
        const invitation = await ctx.db.transaction((tx) => tx.getRepository(PartnershipInvitationEntity).findOneBy({ id: ref.id }));
        return visibleInvitation(invitation, ctx);
      },
      state: (invitation: PartnershipInvitation) => effectiveInvitationState(invitation, runtime.now()),
      provider: (invitation: PartnershipInvitation, _: unknown, ctx: Context) => ctx.loaders.organization.load(invitation.providerId),
      acceptedByOrg: (invitation: PartnershipInvitation, _: unknown, ctx: Context) =>
        (invitation.acceptedByOrg ? ctx.loaders.organization.load(invitation.acceptedByOrg) : null),
      createdBy: (invitation: PartnershipInvitation) => userRef(invitation.createdBy),
      acceptedBy: (invitation: PartnershipInvitation) => userRef(invitation.acceptedBy),
      url: (invitation: PartnershipInvitation & { url?: string }) => invitation.url ?? null,
      draftEmail: (invitation: PartnershipInvitation & { draftEmail?: unknown }) => invitation.draftEmail ?? null,
    },
    ProviderResellerRelationship: {
      async invitation(partnership: Partnership, _: unknown, ctx: Context) {
        if (!partnership.invitationId) return null;
        const invitation = await ctx.db.transaction((tx) =>
          tx.getRepository(PartnershipInvitationEntity).findOneBy({ id: partnership.invitationId! }));
        return visibleInvitation(invitation, ctx);
      },
    },
  };
}
