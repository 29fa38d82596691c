import { DomainError } from '../../kit/errors.js';
import { isIsoCountryCode } from '../../kit/countries.js';
import { containsPattern } from '../../kit/values.js';
import { keysetConnection, type KeyedNode, type KeyPart, type PageArgs } from '../../kit/pagination.js';
import type { Customer } from '../model/customer.js';
import type { CustomerRelationship, DelegatedAdminGrant } from '../model/relationship.js';
import { countCustomersOf, countSharedCustomers, customersOf, sharedCustomers } from '../repository.js';
import type { ServiceRequestStatus } from '../domain/service-requests.js';
import { organizationRef, partnerCallerOf, visibleCustomerOf, type Context } from './common.js';

interface CustomerFilterInput {
  indirectReseller?: string | null;
  provider?: string | null;
  country?: string | null;
  establishedAfter?: Date | null;
  establishedBefore?: Date | null;
}

type ListArgs = PageArgs & { search?: string | null; filter?: CustomerFilterInput | null };

/** Customer lists are keyed by the company name as PostgreSQL lower-cased it, then the id. */
const NAME_AND_ID: readonly KeyPart[] = ['text', 'uuid'];

/** A page of customers, each put in the request's customer loader. */
async function primed(ctx: Context, page: Promise<KeyedNode<Customer>[]>): Promise<KeyedNode<Customer>[]> {
  const rows = await page;
  for (const { node } of rows) ctx.loaders.customer.prime(node.id, node);
  return rows;
}

function filterOf(args: ListArgs) {
  const filter = args.filter ?? {};
  const country = filter.country?.trim().toUpperCase() || null;
  if (country && !isIsoCountryCode(country)) throw new DomainError('INVALID_COUNTRY', { argument: 'filter.country' });
  return {
    search: args.search, indirectReseller: filter.indirectReseller ?? null, provider: filter.provider ?? null, country,
    establishedAfter: filter.establishedAfter ?? null, establishedBefore: filter.establishedBefore ?? null,
  };
}

/** The caller's customers (C-01), by company name then id, searched and filtered; `first`, the filter, `after` in that order. */
function customerPage(partnerId: string, args: ListArgs, ctx: Context) {
  return keysetConnection<Customer>(args, () => {
    const filter = filterOf(args);
    return {
      list: 'customers', scope: [partnerId, { ...filter, search: containsPattern(filter.search) }], key: NAME_AND_ID,
      rows: (after, limit) => primed(ctx, ctx.db.transaction((manager) =>
        customersOf(manager, partnerId, { limit, after, ...filter }))),
      count: () => ctx.db.transaction((manager) => countCustomersOf(manager, partnerId, filter)),
    };
  });
}

/** C-02 / T-5 / S-33: only the two sides of an ACTIVE partnership see what they share. */
async function sharedCustomerPage(ref: { providerId: string; resellerId: string }, args: PageArgs, ctx: Context) {
  const own = partnerCallerOf(ctx).partnerId;
  const other = own === ref.providerId ? ref.resellerId : own === ref.resellerId ? ref.providerId : null;
  if (!other || !(await ctx.loaders.partnersOf.load(own)).has(other)) throw new DomainError('NOT_FOUND');
  return keysetConnection<Customer>(args, {
    list: 'sharedCustomers', scope: [own, ref.providerId, ref.resellerId], key: NAME_AND_ID,
    rows: (after, limit) => primed(ctx, ctx.db.transaction((manager) =>
      sharedCustomers(manager, ref.providerId, ref.resellerId, { limit, after }))),
    count: () => ctx.db.transaction((manager) => countSharedCustomers(manager, ref.providerId, ref.resellerId)),
  });
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
      const customer = await visibleCustomerOf(args.id, ctx);
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
    __resolveReference: (ref: { id: string }, ctx: Context) => visibleCustomerOf(ref.id, ctx),
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
    // T-6: the caller's own relationship and those of organizations partnered with it (listings.ts).
    resellerRelationships: (customer: Customer, args: PageArgs, ctx: Context) =>
      keysetConnection(args, ctx.loaders.relationshipList(customer.id, null)),
    subscriptions: (customer: Customer, args: PageArgs, ctx: Context) =>
      keysetConnection(args, ctx.loaders.subscriptionList(customer.id, null)),
    serviceRequests: (customer: Customer, args: PageArgs & { status?: ServiceRequestStatus | null }, ctx: Context) =>
      keysetConnection(args, ctx.loaders.serviceRequestList(customer.id, args.status ?? null)),
    serviceHealth: (customer: Customer, args: PageArgs, ctx: Context) =>
      keysetConnection(args, ctx.loaders.incidentList(customer.id, null)),
  },
  CustomerResellerRelationship: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      const relationship = await ctx.loaders.relationship.load(ref.id);
      return relationship && relationship.partnerId === ctx.principal?.partnerId ? relationship : null;
    },
    customer: (r: CustomerRelationship, _: unknown, ctx: Context) => ctx.loaders.customer.load(r.customerId),
    partner: (r: CustomerRelationship) => organizationRef(r.partnerId),
    // The request and the DAP grant behind a relationship are the owning organization's own (T-12).
    request: (r: CustomerRelationship, _: unknown, ctx: Context) =>
      (r.requestId && r.partnerId === ctx.principal?.partnerId ? ctx.loaders.request.load(r.requestId) : null),
    delegatedAdmin: (r: CustomerRelationship, _: unknown, ctx: Context) =>
      (r.partnerId === ctx.principal?.partnerId ? ctx.loaders.latestGrant.load(`${r.partnerId}:${r.customerId}`) : null),
  },
  DelegatedAdminGrant: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      const grant = await ctx.loaders.grant.load(ref.id);
      return grant && grant.partnerId === ctx.principal?.partnerId ? grant : null;
    },
    partner: (grant: DelegatedAdminGrant) => organizationRef(grant.partnerId),
    customer: (grant: DelegatedAdminGrant, _: unknown, ctx: Context) => visibleCustomerOf(grant.customerId, ctx),
    roleMappings: () => DAP_ROLE_MAPPINGS,
  },
};
