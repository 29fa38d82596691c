import { keysetPage } from '../../kit/loaders.js';
import { sendAfterCommit, type PartnersRuntime } from '../deps.js';
import { effectiveContactRequestState } from '../domain/contact-requests.js';
import type {
  MutationDeclineProviderContactArgs, MutationRequestProviderContactArgs, QueryProviderContactRequestsArgs,
} from '../generated/resolvers.js';
import { contactRequestsList } from '../listings.js';
import type { ContactRequest } from '../model/directory.js';
import { declineProviderContact, requestProviderContact, type ContactRequestChange } from '../services/contact-requests.js';
import { partnerCallerOf, userRef, type Context } from './common.js';
import { visibleInvitation } from './invitations.js';

/** T-12: a contact request is its two parties' only. */
export async function visibleContactRequest(ref: { id: string }, ctx: Context): Promise<ContactRequest | null> {
  const request = await ctx.loaders.contactRequest.load(ref.id);
  const own = ctx.principal?.partnerId;
  return request && own && (request.providerId === own || request.resellerId === own) ? request : null;
}

/** P-21 / P-22: contact requests, one transaction per change, mail after commit. */
export function contactRequestResolvers(runtime: PartnersRuntime) {
  const afterCommit = async (change: ContactRequestChange, ctx: Context) => {
    await sendAfterCommit(runtime.mailer, change.mail, ctx.logger);
    return change.request;
  };
  return {
    Query: {
      providerContactRequests(_: unknown, args: QueryProviderContactRequestsArgs, ctx: Context) {
        const list = contactRequestsList(partnerCallerOf(ctx).partnerId, args.direction, args.state ?? null, runtime.now());
        return keysetPage(ctx.db, { ...list, nodes: ctx.loaders.contactRequest }, args);
      },
    },
    Mutation: {
      requestProviderContact: async (_: unknown, args: MutationRequestProviderContactArgs, ctx: Context) =>
        afterCommit(await ctx.db.transaction((tx) => requestProviderContact(tx, partnerCallerOf(ctx), args, runtime)), ctx),
      declineProviderContact: async (_: unknown, args: MutationDeclineProviderContactArgs, ctx: Context) =>
        afterCommit(await ctx.db.transaction((tx) => declineProviderContact(tx, partnerCallerOf(ctx), args, runtime)), ctx),
    },
    ProviderContactRequest: {
      state: (request: ContactRequest) => effectiveContactRequestState(request, runtime.now()),
      // T-2: the other party's header only; the organization's own field rules hide the rest.
      provider: (request: ContactRequest, _: unknown, ctx: Context) => ctx.loaders.organization.load(request.providerId),
      reseller: (request: ContactRequest, _: unknown, ctx: Context) => ctx.loaders.organization.load(request.resellerId),
      createdBy: (request: ContactRequest) => userRef(request.createdBy),
      answeredBy: (request: ContactRequest) => userRef(request.answeredBy),
      async invitation(request: ContactRequest, _: unknown, ctx: Context) {
        if (!request.invitationId) return null;
        return visibleInvitation(await ctx.loaders.invitation.load(request.invitationId), ctx);
      },
    },
  };
}
