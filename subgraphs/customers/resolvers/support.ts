import { DomainError } from '../../kit/errors.js';
import { keysetPage } from '../../kit/loaders.js';
import type { PageArgs } from '../../kit/pagination.js';
import type { LeadStatus } from '../domain/leads.js';
import type { ServiceRequestStatus } from '../domain/service-requests.js';
import { leadsList, serviceIncidentsList } from '../listings.js';
import type { CustomerLead } from '../model/lead.js';
import type { CustomerServiceRequest } from '../model/support.js';
import { inviteCustomerFromLead, updateCustomerLead, type LeadChange } from '../services/leads.js';
import { createServiceRequest, updateServiceRequest, type NewServiceRequest } from '../services/support.js';
import { sendAfterCommit } from '../deps.js';
import { inTransaction, organizationRef, partnerCallerOf, userRef, visibleCustomerOf, type Context, type Runtime } from './common.js';

type IncidentArgs = PageArgs & { resolved?: boolean | null };
type LeadArgs = PageArgs & { status?: LeadStatus | null };

/** C-23: incidents of the whole service and of the caller's customers (T-4), newest first. */
const serviceIncidents = (ctx: Context, args: IncidentArgs) =>
  keysetPage(ctx.db, { ...serviceIncidentsList(partnerCallerOf(ctx).partnerId, args.resolved ?? null), nodes: ctx.loaders.incident }, args);

/** C-24 / T-12: the caller organization's leads, newest first. */
const leadsOf = (ctx: Context, args: LeadArgs) =>
  keysetPage(ctx.db, { ...leadsList(partnerCallerOf(ctx).partnerId, args.status ?? null), nodes: ctx.loaders.lead }, args);

export function supportResolvers(runtime: Runtime) {
  return {
    Query: {
      serviceIncidents: (_: unknown, args: IncidentArgs, ctx: Context) => serviceIncidents(ctx, args),
      customerLeads: (_: unknown, args: LeadArgs, ctx: Context) => leadsOf(ctx, args),
      async customerLead(_: unknown, args: { id: string }, ctx: Context) {
        const lead = await ctx.loaders.lead.load(args.id);
        if (!lead || lead.ownerId !== partnerCallerOf(ctx).partnerId) throw new DomainError('NOT_FOUND');
        return lead;
      },
    },
    PartnerOrganization: {
      customerLeads(organization: { id: string }, args: LeadArgs, ctx: Context) {
        if (organization.id !== partnerCallerOf(ctx).partnerId) throw new DomainError('NOT_FOUND');
        return leadsOf(ctx, args);
      },
    },
    Mutation: {
      createCustomerServiceRequest: (_: unknown, args: { customerId: string; input: NewServiceRequest }, ctx: Context) =>
        inTransaction(ctx, (tx) => createServiceRequest(tx, partnerCallerOf(ctx), args.customerId, args.input, runtime.now())),
      updateCustomerServiceRequest: (_: unknown, args: { id: string; input: { status?: ServiceRequestStatus | null; note?: string | null } }, ctx: Context) =>
        inTransaction(ctx, (tx) => updateServiceRequest(tx, partnerCallerOf(ctx), args.id, args.input, runtime.now())),
      updateCustomerLead: (_: unknown, args: { id: string; input: LeadChange }, ctx: Context) =>
        inTransaction(ctx, (tx) => updateCustomerLead(tx, partnerCallerOf(ctx), args.id, args.input, runtime.now())),
      async inviteCustomerFromLead(_: unknown, args: { leadId: string; includeDelegatedAdminPrivileges: boolean }, ctx: Context) {
        const created = await inTransaction(ctx, (tx) =>
          inviteCustomerFromLead(tx, partnerCallerOf(ctx), args.leadId, args.includeDelegatedAdminPrivileges, runtime));
        if (created.mail) await sendAfterCommit(runtime.mailer, [created.mail], ctx.logger);
        return created;
      },
    },
    CustomerServiceRequest: {
      // T-9: only the creating organization's requests resolve.
      async __resolveReference(ref: { id: string }, ctx: Context) {
        const request = await ctx.loaders.serviceRequest.load(ref.id);
        return request && request.partnerId === ctx.principal?.partnerId ? request : null;
      },
      customer: (r: CustomerServiceRequest, _: unknown, ctx: Context) => ctx.loaders.customer.load(r.customerId),
      createdByPartner: (r: CustomerServiceRequest) => organizationRef(r.partnerId),
      createdBy: (r: CustomerServiceRequest) => userRef(r.createdBy),
      notes: (r: CustomerServiceRequest) => r.notes.map((note) => ({ ...note, createdBy: userRef(note.createdBy) })),
    },
    ServiceIncident: {
      async __resolveReference(ref: { id: string }, ctx: Context) {
        const incident = await ctx.loaders.incident.load(ref.id);
        if (!incident) return null;
        return incident.customerId === null || (await visibleCustomerOf(incident.customerId, ctx)) ? incident : null;
      },
    },
    CustomerLead: {
      async __resolveReference(ref: { id: string }, ctx: Context) {
        const lead = await ctx.loaders.lead.load(ref.id);
        return lead && lead.ownerId === ctx.principal?.partnerId ? lead : null;
      },
      owner: (lead: CustomerLead) => organizationRef(lead.ownerId),
      assignedTo: (lead: CustomerLead) => userRef(lead.assignedTo),
      createdDateTime: (lead: CustomerLead) => lead.createdAt,
      updatedDateTime: (lead: CustomerLead) => lead.updatedAt,
      expirationDateTime: (lead: CustomerLead) => lead.expiresAt,
      convertedToRequest: (lead: CustomerLead, _: unknown, ctx: Context) =>
        (lead.convertedRequestId ? ctx.loaders.request.load(lead.convertedRequestId) : null),
    },
  };
}
