import { DomainError } from '../../kit/errors.js';
import { keysetPage } from '../../kit/loaders.js';
import type { PageArgs } from '../../kit/pagination.js';
import { sendAfterCommit } from '../deps.js';
import { effectiveRequestState, type RequestState } from '../domain/requests.js';
import { requestsList } from '../listings.js';
import type { RelationshipRequest } from '../model/request.js';
import {
  administerOnBehalfOf, removeCustomerRelationship, removeDelegatedAdminPrivileges, revokePartnerDelegatedAdmin,
  type AdminService,
} from '../services/relationships.js';
import {
  acceptRelationshipRequest, createRelationshipRequest, revokeRelationshipRequest, type CreatedRequest,
  type NewRequestInput,
} from '../services/requests.js';
import { visibleCustomer } from '../services/access.js';
import { inTransaction, organizationRef, partnerCallerOf, principalOf, userRef, visibleCustomerOf, type Context, type Runtime } from './common.js';

type CreateArgs = Omit<NewRequestInput, 'jointProviderId' | 'targetCustomerId' | 'leadId'>;
type ListArgs = PageArgs & { state?: RequestState | null };

/** Creates a request in one transaction, then sends its mail (if asked) once committed. */
export async function createAndSend(ctx: Context, runtime: Runtime, input: NewRequestInput): Promise<CreatedRequest> {
  const caller = partnerCallerOf(ctx);
  const created = await inTransaction(ctx, (tx) => createRelationshipRequest(tx, caller, input, runtime));
  if (created.mail) await sendAfterCommit(runtime.mailer, [created.mail], ctx.logger);
  return created;
}

export function requestResolvers(runtime: Runtime) {
  // C-05 / T-12: the caller organization's requests, newest first, by effective state.
  const listRequests = (ctx: Context, args: ListArgs) => keysetPage(ctx.db,
    { ...requestsList(partnerCallerOf(ctx).partnerId, args.state ?? null, runtime.now()), nodes: ctx.loaders.request }, args);
  return {
    Query: {
      resellerRelationshipRequests: (_: unknown, args: ListArgs, ctx: Context) => listRequests(ctx, args),
    },
    PartnerOrganization: {
      resellerRelationshipRequests(organization: { id: string }, args: ListArgs, ctx: Context) {
        if (organization.id !== partnerCallerOf(ctx).partnerId) throw new DomainError('NOT_FOUND');
        return listRequests(ctx, args);
      },
    },
    Mutation: {
      createResellerRelationshipRequest: (_: unknown, args: CreateArgs, ctx: Context) => createAndSend(ctx, runtime, args),
      createJointResellerRelationshipRequest: (_: unknown, args: CreateArgs & { providerId: string }, ctx: Context) =>
        createAndSend(ctx, runtime, { ...args, jointProviderId: args.providerId }),
      revokeResellerRelationshipRequest: (_: unknown, args: { id: string }, ctx: Context) =>
        inTransaction(ctx, (tx) => revokeRelationshipRequest(tx, partnerCallerOf(ctx), args.id, runtime)),
      async acceptResellerRelationshipRequest(_: unknown, args: { token: string }, ctx: Context) {
        const accepted = await inTransaction(ctx, (tx) => acceptRelationshipRequest(tx, principalOf(ctx), args.token, runtime));
        const { request } = accepted;
        return {
          requestId: request.id, state: request.state, customerId: accepted.customerId,
          requestingPartnerId: request.requestingPartnerId, requestingPartnerName: accepted.partnerNames.get(request.requestingPartnerId) ?? null,
          jointProviderId: request.jointProviderId,
          jointProviderName: request.jointProviderId ? accepted.partnerNames.get(request.jointProviderId) ?? null : null,
          delegatedAdminGranted: accepted.delegatedAdminGranted,
        };
      },
      removeCustomerRelationship: (_: unknown, args: { customerId: string }, ctx: Context) =>
        inTransaction(ctx, (tx) => removeCustomerRelationship(tx, partnerCallerOf(ctx), args.customerId, runtime.now())),
      // C-09: the customer must be one the caller already has a relationship with.
      async requestDelegatedAdminPrivileges(_: unknown, args: { customerId: string; customerEmailHint?: string | null }, ctx: Context) {
        await inTransaction(ctx, (tx) => visibleCustomer(tx, partnerCallerOf(ctx).partnerId, args.customerId));
        return createAndSend(ctx, runtime, {
          includeDelegatedAdminPrivileges: true, customerEmailHint: args.customerEmailHint, targetCustomerId: args.customerId,
        });
      },
      removeDelegatedAdminPrivileges: (_: unknown, args: { customerId: string }, ctx: Context) =>
        inTransaction(ctx, (tx) => removeDelegatedAdminPrivileges(tx, partnerCallerOf(ctx), args.customerId, runtime.now())),
      async revokePartnerDelegatedAdmin(_: unknown, args: { partnerId: string }, ctx: Context) {
        const grant = await inTransaction(ctx, (tx) => revokePartnerDelegatedAdmin(tx, principalOf(ctx), args.partnerId, runtime.now()));
        return { customerId: grant.customerId, partnerId: grant.partnerId, state: grant.state, removedAt: grant.removedAt };
      },
      administerOnBehalfOf: (_: unknown, args: { customerId: string; service: AdminService }, ctx: Context) =>
        inTransaction(ctx, (tx) => administerOnBehalfOf(tx, partnerCallerOf(ctx), args.customerId, args.service)),
    },
    ResellerRelationshipRequest: {
      async __resolveReference(ref: { id: string }, ctx: Context) {
        const request = await ctx.loaders.request.load(ref.id);
        return request && request.requestingPartnerId === ctx.principal?.partnerId ? request : null;
      },
      requestingPartner: (r: RelationshipRequest) => organizationRef(r.requestingPartnerId),
      jointProvider: (r: RelationshipRequest) => organizationRef(r.jointProviderId),
      state: (r: RelationshipRequest) => effectiveRequestState(r, runtime.now()),
      createdBy: (r: RelationshipRequest) => userRef(r.createdBy),
      url: (r: RelationshipRequest & { url?: string }) => r.url ?? null,
      draftEmail: (r: RelationshipRequest & { draftEmail?: unknown }) => r.draftEmail ?? null,
      acceptedByCustomer: (r: RelationshipRequest, _: unknown, ctx: Context) =>
        (r.acceptedByCustomer ? visibleCustomerOf(r.acceptedByCustomer, ctx) : null),
    },
  };
}
