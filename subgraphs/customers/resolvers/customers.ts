import { DomainError } from '../../kit/errors.js';
import { isIsoCountryCode } from '../../kit/countries.js';
import { containsPattern } from '../../kit/values.js';
import { decodeCursor, pageSize, scopedList, toConnection, type PageArgs } from '../../kit/pagination.js';
import type { Customer } from '../model/customer.js';
import type { CustomerRelationship, DelegatedAdminGrant } from '../model/relationship.js';
import { countCustomersOf, countSharedCustomers, customersOf, sharedCustomers } from '../repository.js';
import type { ServiceRequestStatus } from '../domain/service-requests.js';
import { relationshipVisibleTo, visible, visibleCustomer } from '../visibility.js';
import { organizationRef, partnerCallerOf, type Context } from './common.js';

interface CustomerFilterInput {
  indirectReseller?: string | null;
  provider?: string | null;
  country?: string | null;
  establishedAfter?: Date | null;
  establishedBefore?: Date | null;
}

type ListArgs = PageArgs & { search?: string | null; filter?: CustomerFilterInput | null };

function filterOf(args: ListArgs) {
  const filter = args.filter ?? {};
  const country = filter.country?.trim().toUpperCase() || null;
  if (country && !isIsoCountryCode(country)) throw new DomainError('INVALID_COUNTRY', { argument: 'filter.country' });
  return {
    search: args.search, indirectReseller: filter.indirectReseller ?? null, provider: filter.provider ?? null, country,
    establishedAfter: filter.establishedAfter ?? null, establishedBefore: filter.establishedBefore ?? null,
  };
}

async function customerPage(partnerId: string, args: ListArgs, ctx: Context) {
  const size = pageSize(args.first);
  const filter = filterOf(args);
  const list = scopedList('customers', partnerId, { ...filter, search: containsPattern(filter.search) });
  const after = decodeCursor(args.after, list, ['text', 'uuid']);
  const rows = await ctx.db.transaction((manager) => customersOf(manager, partnerId, { size, after, ...filter }));
  for (const { node } of rows) ctx.loaders.customer.prime(node.id, node);
  const totalCount = () => ctx.db.transaction((manager) => countCustomersOf(manager, partnerId, filter));
  return toConnection(list, rows, size, { afterGiven: Boolean(after), totalCount });
}

/** C-02 / T-5 / S-33: only the two sides of an ACTIVE partnership see what they share. */
async function sharedCustomerPage(ref: { providerId: string; resellerId: string }, args: PageArgs, ctx: Context) {
  const own = partnerCallerOf(ctx).partnerId;
  const other = own === ref.providerId ? ref.resellerId : own === ref.resellerId ? ref.providerId : null;
  if (!other || !(await ctx.loaders.partnersOf.load(own)).has(other)) throw new DomainError('NOT_FOUND');
  const size = pageSize(args.first);
  const list = scopedList('sharedCustomers', own, ref.providerId, ref.resellerId);
  const after = decodeCursor(args.after, list, ['text', 'uuid']);
  const rows = await ctx.db.transaction((manager) => sharedCustomers(manager, ref.providerId, ref.resellerId, { size, after }));
  for (const { node } of rows) ctx.loaders.customer.prime(node.id, node);
  const totalCount = () => ctx.db.transaction((manager) => countSharedCustomers(manager, ref.providerId, ref.resellerId));
  return toConnection(list, rows, size, { afterGiven: Boolean(after), totalCount });
}

/** C-08: AdminAgents → Global administrator, HelpdeskAgents → Helpdesk administrator in the customer tenant (E: PC-DAP). */
const DAP_ROLE_MAPPINGS = [
  { partnerGroup: 'ADMIN_AGENTS', customerRole: 'GLOBAL_ADMINISTRATOR' },
  { partnerGroup: 'HELPDESK_AGENTS', customerRole: 'HELPDESK_ADMINISTRATOR' },
];

export const customerResolvers = {
  Query: {
    customers: (_: unknown, args: ListArgs, ctx: Context) => customerPage(partnerCallerOf(ctx).partnerId, args, ctx),
    async customer(_: unknown, args: { id: string }, ctx: Context) {
      const customer = await visibleCustomer(args.id, ctx);
      if (!customer) throw new DomainError('NOT_FOUND');
      return customer;
    },
  },
  PartnerOrganization: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    customers(organization: { id: string }, args: ListArgs, ctx: Context) {
      if (organization.id !== partnerCallerOf(ctx).partnerId) throw new DomainError('NOT_FOUND');
      return customerPage(organization.id, args, ctx);
    },
    // A reseller's "View customers" per provider (S-33), reachable by every C-02 role from its own organization.
    sharedCustomers(organization: { id: string }, args: PageArgs & { providerId: string }, ctx: Context) {
      if (organization.id !== partnerCallerOf(ctx).partnerId) throw new DomainError('NOT_FOUND');
      return sharedCustomerPage({ providerId: args.providerId, resellerId: organization.id }, args, ctx);
    },
  },
  ProviderResellerRelationship: {
    __resolveReference: (ref: { providerId: string; resellerId: string }) => ref,
    sharedCustomers: (ref: { providerId: string; resellerId: string }, args: PageArgs, ctx: Context) =>
      sharedCustomerPage(ref, args, ctx),
  },
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visibleCustomer(ref.id, ctx),
    // T-8: address and email only with DAP.
    async companyProfile(customer: Customer, _: unknown, ctx: Context) {
      const dap = await ctx.loaders.myDelegatedAdmin.load(customer.id);
      return {
        tenantId: customer.id, domain: customer.domain, companyName: customer.companyName,
        organizationRegistrationNumber: customer.registrationNumber,
        address: dap ? customer.companyAddress : null, email: dap ? customer.companyEmail : null,
      };
    },
    billingProfile: (customer: Customer) => customer.billingProfile,
    // T-8: DAP-gated.
    customDomains: async (customer: Customer, _: unknown, ctx: Context) =>
      ((await ctx.loaders.myDelegatedAdmin.load(customer.id)) ? customer.customDomains : null),
    relationshipToMe: async (customer: Customer, _: unknown, ctx: Context) =>
      (await ctx.loaders.myRelationship.load(customer.id))?.type ?? 'NONE',
    allowDelegatedAccess: async (customer: Customer, _: unknown, ctx: Context) =>
      Boolean(await ctx.loaders.myDelegatedAdmin.load(customer.id)),
    delegatedAdmin: (customer: Customer, _: unknown, ctx: Context) =>
      ctx.loaders.latestGrant.load(`${partnerCallerOf(ctx).partnerId}:${customer.id}`),
    // T-6: the associated reseller is shown only when it is the caller or partnered with it.
    async associatedReseller(customer: Customer, _: unknown, ctx: Context) {
      const own = partnerCallerOf(ctx).partnerId;
      const id = customer.associatedResellerId;
      if (!id || (id !== own && !(await ctx.loaders.partnersOf.load(own)).has(id))) return null;
      return organizationRef(id);
    },
    // T-6 (relationshipListedFor): the caller's own relationship and those of organizations partnered with it.
    resellerRelationships: (customer: Customer, args: PageArgs, ctx: Context) =>
      ctx.loaders.relationshipPage(args, null).load(customer.id),
    subscriptions: (customer: Customer, args: PageArgs, ctx: Context) => ctx.loaders.subscriptionPage(args, null).load(customer.id),
    serviceRequests: (customer: Customer, args: PageArgs & { status?: ServiceRequestStatus | null }, ctx: Context) =>
      ctx.loaders.serviceRequestPage(args, args.status ?? null).load(customer.id),
    serviceHealth: (customer: Customer, args: PageArgs, ctx: Context) => ctx.loaders.incidentPage(args, null).load(customer.id),
  },
  CustomerResellerRelationship: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visible('relationship', ref.id, ctx),
    customer: (r: CustomerRelationship, _: unknown, ctx: Context) => ctx.loaders.customer.load(r.customerId),
    partner: (r: CustomerRelationship) => organizationRef(r.partnerId),
    // The request and the DAP grant behind a relationship are the owning organization's own (T-12).
    request: (r: CustomerRelationship, _: unknown, ctx: Context) =>
      (r.requestId && relationshipVisibleTo(r, ctx.principal?.partnerId) ? ctx.loaders.request.load(r.requestId) : null),
    delegatedAdmin: (r: CustomerRelationship, _: unknown, ctx: Context) =>
      (relationshipVisibleTo(r, ctx.principal?.partnerId) ? ctx.loaders.latestGrant.load(`${r.partnerId}:${r.customerId}`) : null),
  },
  DelegatedAdminGrant: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visible('grant', ref.id, ctx),
    partner: (grant: DelegatedAdminGrant) => organizationRef(grant.partnerId),
    customer: (grant: DelegatedAdminGrant, _: unknown, ctx: Context) => visibleCustomer(grant.customerId, ctx),
    roleMappings: () => DAP_ROLE_MAPPINGS,
  },
};
