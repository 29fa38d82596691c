import { sendAfterCommit } from '../../kit/mail.js';
import type { PartnersDeps } from '../deps.js';
import { effectiveInvitationState } from '../domain/partnerships.js';
import type {
  MutationAcceptPartnershipInvitationArgs, MutationCreatePartnershipInvitationArgs, MutationDeclinePartnershipInvitationArgs,
  MutationRemoveIndirectResellerPartnershipArgs, MutationRevokePartnershipInvitationArgs, MutationRevokeProviderTenantAdminAccessArgs,
  DraftEmail, Resolvers,
} from '../generated/resolvers.js';
import type { PartnershipInvitation } from '../model/invitation.js';
import type { Partnership } from '../model/partnership.js';
import {
  acceptPartnershipInvitation, createPartnershipInvitation, declinePartnershipInvitation, revokePartnershipInvitation,
} from '../services/invitations.js';
import { removeIndirectResellerPartnership, revokeProviderTenantAdminAccess } from '../services/partnerships.js';
import { visibleInvitation } from '../visibility.js';
import { namedOrganization, partnerCallerOf, userRef, type Context } from './common.js';

/** §3.2 invitations and partnership changes (P-08…P-13): one transaction each. */
export function invitationResolvers(deps: PartnersDeps) {
  return {
    Mutation: {
      async createPartnershipInvitation(_: unknown, args: MutationCreatePartnershipInvitationArgs, ctx: Context) {
        const { invitation, mail } = await ctx.db.transaction((tx) => createPartnershipInvitation(tx, partnerCallerOf(ctx), args, deps));
        await sendAfterCommit(deps.mailer, mail, ctx.logger);
        return invitation;
      },
      revokePartnershipInvitation: (_: unknown, args: MutationRevokePartnershipInvitationArgs, ctx: Context) =>
        ctx.db.transaction((tx) => revokePartnershipInvitation(tx, partnerCallerOf(ctx), args.id, deps)),
      acceptPartnershipInvitation: (_: unknown, args: MutationAcceptPartnershipInvitationArgs, ctx: Context) =>
        // the invitation is the provider's row until accepted: found by its token (row-level security: system scope)
        ctx.db.system((tx) => acceptPartnershipInvitation(tx, partnerCallerOf(ctx), args, deps)),
      declinePartnershipInvitation: (_: unknown, args: MutationDeclinePartnershipInvitationArgs, ctx: Context) =>
        ctx.db.system((tx) => declinePartnershipInvitation(tx, partnerCallerOf(ctx), args.token, deps)),
      removeIndirectResellerPartnership: (_: unknown, args: MutationRemoveIndirectResellerPartnershipArgs, ctx: Context) =>
        ctx.db.transaction((tx) => removeIndirectResellerPartnership(tx, partnerCallerOf(ctx), args.resellerId, deps)),
      revokeProviderTenantAdminAccess: (_: unknown, args: MutationRevokeProviderTenantAdminAccessArgs, ctx: Context) =>
        ctx.db.transaction((tx) => revokeProviderTenantAdminAccess(tx, partnerCallerOf(ctx), args.providerId)),
    },
    PartnershipInvitation: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visibleInvitation(ref.id, ctx),
      state: (invitation: PartnershipInvitation) => effectiveInvitationState(invitation, deps.now()),
      provider: (invitation: PartnershipInvitation, _: unknown, ctx: Context) => namedOrganization(invitation.providerId, ctx),
      acceptedByOrg: (invitation: PartnershipInvitation, _: unknown, ctx: Context) =>
        (invitation.acceptedByOrg ? ctx.loaders.organization.load(invitation.acceptedByOrg) : null),
      createdBy: (invitation: PartnershipInvitation) => userRef(invitation.createdBy),
      acceptedBy: (invitation: PartnershipInvitation) => userRef(invitation.acceptedBy),
      url: (invitation: PartnershipInvitation & { url?: string }) => invitation.url ?? null,
      draftEmail: (invitation: PartnershipInvitation & { draftEmail?: DraftEmail }) => invitation.draftEmail ?? null,
    },
    ProviderResellerRelationship: {
      // One batch for the invitations of a whole page of partnerships (the N+1 guard, test/e2e/sql-statements.test.ts).
      invitation: (partnership: Partnership, _: unknown, ctx: Context) => visibleInvitation(partnership.invitationId, ctx),
    },
  } satisfies Resolvers;
}
