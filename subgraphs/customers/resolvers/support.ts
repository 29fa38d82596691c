import { DomainError } from '../../kit/errors.js';
import { sqlList } from '../../kit/loaders.js';
import { keysetConnection } from '../../kit/pagination.js';
import type {
  MutationCreateCustomerServiceRequestArgs, MutationInviteCustomerFromLeadArgs, MutationUpdateCustomerLeadArgs,
  MutationUpdateCustomerServiceRequestArgs, PartnerOrganizationCustomerLeadsArgs, QueryCustomerLeadArgs, QueryCustomerLeadsArgs,
  QueryServiceIncidentsArgs, RequireFields, Resolvers,
} from '../generated/resolvers.js';
import { leadsList, serviceIncidentsList } from '../listings.js';
import type { CustomerLead } from '../model/lead.js';
import type { CustomerServiceRequest } from '../model/support.js';
import { inviteCustomerFromLead, updateCustomerLead } from '../services/leads.js';
import { createServiceRequest, updateServiceRequest } from '../services/support.js';
import { sendAfterCommit } from '../../kit/mail.js';
import { isOwnOrganization, leadVisibleTo, visible, visibleIncident } from '../visibility.js';
import { namedCustomer, organizationRef, partnerCallerOf, userRef, type Context, type Deps } from './common.js';

/** C-23: incidents of the whole service and of the caller's customers (T-4), newest first. */
const serviceIncidents = (ctx: Context, args: QueryServiceIncidentsArgs) => keysetConnection(args,
  sqlList(ctx.db, { ...serviceIncidentsList(partnerCallerOf(ctx).partnerId, args.resolved ?? null), nodes: ctx.loaders.incident }));

/** C-24 / T-12: the caller organization's leads, newest first. */
const leadsOf = (ctx: Context, args: QueryCustomerLeadsArgs) =>
  keysetConnection(args, sqlList(ctx.db, { ...leadsList(partnerCallerOf(ctx).partnerId, args.status ?? null), nodes: ctx.loaders.lead }));

export function supportResolvers(deps: Deps) {
  return {
    Query: {
      serviceIncidents: (_: unknown, args: QueryServiceIncidentsArgs, ctx: Context) => serviceIncidents(ctx, args),
      customerLeads: (_: unknown, args: QueryCustomerLeadsArgs, ctx: Context) => leadsOf(ctx, args),
      async customerLead(_: unknown, args: QueryCustomerLeadArgs, ctx: Context) {
        const lead = await ctx.loaders.lead.load(args.id);
        if (!lead || !leadVisibleTo(lead, partnerCallerOf(ctx).partnerId)) throw new DomainError('NOT_FOUND');
        return lead;
      },
    },
    PartnerOrganization: {
      customerLeads(organization: { id: string }, args: PartnerOrganizationCustomerLeadsArgs, ctx: Context) {
        if (!isOwnOrganization(organization.id, ctx.principal?.partnerId)) throw new DomainError('NOT_FOUND');
        return leadsOf(ctx, args);
      },
    },
    Mutation: {
      createCustomerServiceRequest: (_: unknown, args: MutationCreateCustomerServiceRequestArgs, ctx: Context) =>
        ctx.db.transaction((tx) => createServiceRequest(tx, partnerCallerOf(ctx), args.customerId, args.input, deps.now())),
      updateCustomerServiceRequest: (_: unknown, args: MutationUpdateCustomerServiceRequestArgs, ctx: Context) =>
        ctx.db.transaction((tx) => updateServiceRequest(tx, partnerCallerOf(ctx), args.id, args.input, deps.now())),
      updateCustomerLead: (_: unknown, args: MutationUpdateCustomerLeadArgs, ctx: Context) =>
        ctx.db.transaction((tx) => updateCustomerLead(tx, partnerCallerOf(ctx), args.id, args.input, deps.now())),
      async inviteCustomerFromLead(
        _: unknown, args: RequireFields<MutationInviteCustomerFromLeadArgs, 'includeDelegatedAdminPrivileges'>, ctx: Context,
      ) {
        const created = await ctx.db.transaction((tx) =>
          inviteCustomerFromLead(tx, partnerCallerOf(ctx), args.leadId, args.includeDelegatedAdminPrivileges, deps));
        if (created.mail) await sendAfterCommit(deps.mailer, [created.mail], ctx.logger);
        return created;
      },
    },
    CustomerServiceRequest: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visible('serviceRequest', ref.id, ctx),
      customer: (r: CustomerServiceRequest, _: unknown, ctx: Context) => namedCustomer(r.customerId, ctx),
      createdByPartner: (r: CustomerServiceRequest) => organizationRef(r.partnerId),
      createdBy: (r: CustomerServiceRequest) => userRef(r.createdBy),
      notes: (r: CustomerServiceRequest) => r.notes.map((note) => ({ ...note, createdBy: userRef(note.createdBy) })),
    },
    ServiceIncident: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visibleIncident(ref.id, ctx),
    },
    CustomerLead: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visible('lead', ref.id, ctx),
      owner: (lead: CustomerLead) => organizationRef(lead.ownerId),
      assignedTo: (lead: CustomerLead) => userRef(lead.assignedTo),
      createdDateTime: (lead: CustomerLead) => lead.createdAt,
      updatedDateTime: (lead: CustomerLead) => lead.updatedAt,
      expirationDateTime: (lead: CustomerLead) => lead.expiresAt,
      convertedToRequest: (lead: CustomerLead, _: unknown, ctx: Context) =>
        (lead.convertedRequestId ? ctx.loaders.request.load(lead.convertedRequestId) : null),
    },
  } satisfies Resolvers;
}
