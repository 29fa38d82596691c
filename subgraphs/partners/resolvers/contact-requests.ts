import { sqlList } from '../../kit/loaders.js';
import { keysetConnection } from '../../kit/pagination.js';
import { sendAfterCommit } from '../../kit/mail.js';
import type { PartnersDeps } from '../deps.js';
import { effectiveContactRequestState } from '../domain/contact-requests.js';
import type {
  MutationDeclineProviderContactArgs, MutationRequestProviderContactArgs, QueryProviderContactRequestsArgs, Resolvers,
} from '../generated/resolvers.js';
import { contactRequestsList } from '../listings.js';
import type { ContactRequest } from '../model/directory.js';
import { declineProviderContact, requestProviderContact, type ContactRequestChange } from '../services/contact-requests.js';
import { visibleInvitation } from '../visibility.js';
import { namedOrganization, partnerCallerOf, userRef, type Context } from './common.js';

/** P-21 / P-22: contact requests, one transaction per change, mail after commit. */
export function contactRequestResolvers(deps: PartnersDeps) {
  const afterCommit = async (change: ContactRequestChange, ctx: Context) => {
    await sendAfterCommit(deps.mailer, change.mail, ctx.logger);
    return change.request;
  };
  return {
    Query: {
      providerContactRequests(_: unknown, args: QueryProviderContactRequestsArgs, ctx: Context) {
        const list = contactRequestsList(partnerCallerOf(ctx).partnerId, args.direction, args.state ?? null, deps.now());
        return keysetConnection(args, sqlList(ctx.db, { ...list, nodes: ctx.loaders.contactRequest }));
      },
    },
    Mutation: {
      requestProviderContact: async (_: unknown, args: MutationRequestProviderContactArgs, ctx: Context) =>
        afterCommit(await ctx.db.transaction((tx) => requestProviderContact(tx, partnerCallerOf(ctx), args, deps)), ctx),
      declineProviderContact: async (_: unknown, args: MutationDeclineProviderContactArgs, ctx: Context) =>
        afterCommit(await ctx.db.transaction((tx) => declineProviderContact(tx, partnerCallerOf(ctx), args, deps)), ctx),
    },
    ProviderContactRequest: {
      state: (request: ContactRequest) => effectiveContactRequestState(request, deps.now()),
      // T-2: the other party's header only; the organization's own field rules hide the rest.
      provider: (request: ContactRequest, _: unknown, ctx: Context) => namedOrganization(request.providerId, ctx),
      reseller: (request: ContactRequest, _: unknown, ctx: Context) => namedOrganization(request.resellerId, ctx),
      createdBy: (request: ContactRequest) => userRef(request.createdBy),
      answeredBy: (request: ContactRequest) => userRef(request.answeredBy),
      invitation: (request: ContactRequest, _: unknown, ctx: Context) => visibleInvitation(request.invitationId, ctx),
    },
  } satisfies Resolvers;
}
