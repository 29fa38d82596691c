import { DomainError } from '../../kit/errors.js';
import { sqlList } from '../../kit/loaders.js';
import { keysetConnection } from '../../kit/pagination.js';
import { sendAfterCommit } from '../../kit/mail.js';
import { effectiveRequestState } from '../domain/requests.js';
import type {
  MutationAcceptResellerRelationshipRequestArgs, MutationAdministerOnBehalfOfArgs, MutationCreateJointResellerRelationshipRequestArgs,
  MutationCreateResellerRelationshipRequestArgs, MutationRemoveCustomerRelationshipArgs, MutationRemoveDelegatedAdminPrivilegesArgs,
  MutationRequestDelegatedAdminPrivilegesArgs, MutationRevokePartnerDelegatedAdminArgs, MutationRevokeResellerRelationshipRequestArgs,
  PartnerOrganizationResellerRelationshipRequestsArgs, QueryResellerRelationshipRequestsArgs, RequestDraftEmail, RequireFields, Resolvers,
} from '../generated/resolvers.js';
import { requestsList } from '../listings.js';
import type { RelationshipRequest } from '../model/request.js';
import {
  administerOnBehalfOf, removeCustomerRelationship, removeDelegatedAdminPrivileges, revokePartnerDelegatedAdmin,
} from '../services/relationships.js';
import {
  acceptRelationshipRequest, createRelationshipRequest, revokeRelationshipRequest, type CreatedRequest,
  type NewRequestInput,
} from '../services/requests.js';
import { visibleCustomer } from '../services/access.js';
import { isOwnOrganization, visible, visibleCustomer as visibleCustomerOf } from '../visibility.js';
import { organizationRef, partnerCallerOf, principalOf, userRef, type Context, type Deps } from './common.js';

/** Creates a request in one transaction, then sends its mail (if asked) once committed. */
export async function createAndSend(ctx: Context, deps: Deps, input: NewRequestInput): Promise<CreatedRequest> {
  const caller = partnerCallerOf(ctx);
  const created = await ctx.db.transaction((tx) => createRelationshipRequest(tx, caller, input, deps));
  if (created.mail) await sendAfterCommit(deps.mailer, [created.mail], ctx.logger);
  return created;
}

export function requestResolvers(deps: Deps) {
  // C-05 / T-12: the caller organization's requests, newest first, by effective state.
  const listRequests = (ctx: Context, args: QueryResellerRelationshipRequestsArgs) => keysetConnection(args, sqlList(ctx.db,
    { ...requestsList(partnerCallerOf(ctx).partnerId, args.state ?? null, deps.now()), nodes: ctx.loaders.request }));
  return {
    Query: {
      resellerRelationshipRequests: (_: unknown, args: QueryResellerRelationshipRequestsArgs, ctx: Context) => listRequests(ctx, args),
    },
    PartnerOrganization: {
      resellerRelationshipRequests(organization: { id: string }, args: PartnerOrganizationResellerRelationshipRequestsArgs, ctx: Context) {
        if (!isOwnOrganization(organization.id, ctx.principal?.partnerId)) throw new DomainError('NOT_FOUND');
        return listRequests(ctx, args);
      },
    },
    Mutation: {
      createResellerRelationshipRequest: (
        _: unknown, args: RequireFields<MutationCreateResellerRelationshipRequestArgs, 'includeDelegatedAdminPrivileges'>, ctx: Context,
      ) => createAndSend(ctx, deps, args),
      createJointResellerRelationshipRequest: (
        _: unknown, args: RequireFields<MutationCreateJointResellerRelationshipRequestArgs, 'includeDelegatedAdminPrivileges'>, ctx: Context,
      ) => createAndSend(ctx, deps, { ...args, jointProviderId: args.providerId }),
      revokeResellerRelationshipRequest: (_: unknown, args: MutationRevokeResellerRelationshipRequestArgs, ctx: Context) =>
        ctx.db.transaction((tx) => revokeRelationshipRequest(tx, partnerCallerOf(ctx), args.id, deps)),
      async acceptResellerRelationshipRequest(_: unknown, args: MutationAcceptResellerRelationshipRequestArgs, ctx: Context) {
        const accepted = await ctx.db.transaction((tx) => acceptRelationshipRequest(tx, principalOf(ctx), args.token, deps));
        const { request } = accepted;
        return {
          requestId: request.id, state: request.state, customerId: accepted.customerId,
          requestingPartnerId: request.requestingPartnerId, requestingPartnerName: accepted.partnerNames.get(request.requestingPartnerId) ?? null,
          jointProviderId: request.jointProviderId,
          jointProviderName: request.jointProviderId ? accepted.partnerNames.get(request.jointProviderId) ?? null : null,
          delegatedAdminGranted: accepted.delegatedAdminGranted,
        };
      },
      removeCustomerRelationship: (_: unknown, args: MutationRemoveCustomerRelationshipArgs, ctx: Context) =>
        ctx.db.transaction((tx) => removeCustomerRelationship(tx, partnerCallerOf(ctx), args.customerId, deps.now())),
      // C-09: the customer must be one the caller already has a relationship with.
      async requestDelegatedAdminPrivileges(_: unknown, args: MutationRequestDelegatedAdminPrivilegesArgs, ctx: Context) {
        await ctx.db.transaction((tx) => visibleCustomer(tx, partnerCallerOf(ctx).partnerId, args.customerId));
        return createAndSend(ctx, deps, {
          includeDelegatedAdminPrivileges: true, customerEmailHint: args.customerEmailHint, targetCustomerId: args.customerId,
        });
      },
      removeDelegatedAdminPrivileges: (_: unknown, args: MutationRemoveDelegatedAdminPrivilegesArgs, ctx: Context) =>
        ctx.db.transaction((tx) => removeDelegatedAdminPrivileges(tx, partnerCallerOf(ctx), args.customerId, deps.now())),
      async revokePartnerDelegatedAdmin(_: unknown, args: MutationRevokePartnerDelegatedAdminArgs, ctx: Context) {
        const grant = await ctx.db.transaction((tx) => revokePartnerDelegatedAdmin(tx, principalOf(ctx), args.partnerId, deps.now()));
        return { customerId: grant.customerId, partnerId: grant.partnerId, state: grant.state, removedAt: grant.removedAt };
      },
      administerOnBehalfOf: (_: unknown, args: MutationAdministerOnBehalfOfArgs, ctx: Context) =>
        ctx.db.transaction((tx) => administerOnBehalfOf(tx, partnerCallerOf(ctx), args.customerId, args.service)),
    },
    ResellerRelationshipRequest: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visible('request', ref.id, ctx),
      requestingPartner: (r: RelationshipRequest) => organizationRef(r.requestingPartnerId),
      jointProvider: (r: RelationshipRequest) => organizationRef(r.jointProviderId),
      state: (r: RelationshipRequest) => effectiveRequestState(r, deps.now()),
      createdBy: (r: RelationshipRequest) => userRef(r.createdBy),
      url: (r: RelationshipRequest & { url?: string }) => r.url ?? null,
      draftEmail: (r: RelationshipRequest & { draftEmail?: RequestDraftEmail }) => r.draftEmail ?? null,
      acceptedByCustomer: (r: RelationshipRequest, _: unknown, ctx: Context) =>
        (r.acceptedByCustomer ? visibleCustomerOf(r.acceptedByCustomer, ctx) : null),
    },
  } satisfies Resolvers;
}
