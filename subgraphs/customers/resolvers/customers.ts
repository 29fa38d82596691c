import { DomainError } from '../../kit/errors.js';
import { isIsoCountryCode } from '../../kit/countries.js';
import { containsPattern } from '../../kit/values.js';
import { keysetConnection, type KeyedNode, type KeyPart, type PageArgs } from '../../kit/pagination.js';
import type {
  CustomerResellerRelationshipsArgs, CustomerServiceHealthArgs, CustomerServiceRequestsArgs, CustomerSubscriptionsArgs,
  PartnerOrganizationCustomersArgs, PartnerOrganizationSharedCustomersArgs, ProviderResellerRelationshipSharedCustomersArgs,
  QueryCustomerArgs, QueryCustomersArgs, Resolvers, RoleMapping,
} from '../generated/resolvers.js';
import type { Customer } from '../model/customer.js';
import type { CustomerRelationship, DelegatedAdminGrant } from '../model/relationship.js';
import { countCustomersOf, countSharedCustomers, customersPage, sharedCustomers } from '../repository.js';
import {
  associatedResellerVisibleTo, delegatedAdminOnly, isOwnOrganization, relationshipVisibleTo, sharedCustomersVisibleTo, visible,
  visibleCustomer,
} from '../visibility.js';
import { namedCustomer, organizationRef, partnerCallerOf, type Context } from './common.js';

/** Customer lists are keyed by the company name as PostgreSQL lower-cased it, then the id. */
const NAME_AND_ID: readonly KeyPart[] = ['text', 'uuid'];

/** A page of customers, each put in the request's customer loader. */
async function primed(ctx: Context, page: Promise<KeyedNode<Customer>[]>): Promise<KeyedNode<Customer>[]> {
  const rows = await page;
  for (const { node } of rows) ctx.loaders.customer.prime(node.id, node);
  return rows;
}

function filterOf(args: QueryCustomersArgs) {
  const filter = args.filter ?? {};
  const country = filter.country?.trim().toUpperCase() || null;
  if (country && !isIsoCountryCode(country)) throw new DomainError('INVALID_COUNTRY', { argument: 'filter.country' });
  return {
    search: args.search, indirectReseller: filter.indirectReseller ?? null, provider: filter.provider ?? null, country,
    establishedAfter: filter.establishedAfter ?? null, establishedBefore: filter.establishedBefore ?? null,
  };
}

/** The caller's customers (C-01), by company name then id, searched and filtered; `first`, the filter, `after` in that order. */
function customerPage(partnerId: string, args: QueryCustomersArgs, ctx: Context) {
  return keysetConnection<Customer>(args, () => {
    const filter = filterOf(args);
    return {
      list: 'customers', scope: [partnerId, { ...filter, search: containsPattern(filter.search) }], key: NAME_AND_ID,
      rows: (after, limit) => primed(ctx, customersPage(ctx.db, partnerId, { limit, after, ...filter })),
      count: () => ctx.db.transaction((manager) => countCustomersOf(manager, partnerId, filter)),
    };
  });
}

/** C-02 / T-5 / S-33: only the two sides of an ACTIVE partnership see what they share. */
async function sharedCustomerPage(ref: { providerId: string; resellerId: string }, args: PageArgs, ctx: Context) {
  const own = partnerCallerOf(ctx).partnerId;
  if (!sharedCustomersVisibleTo(ref, own, await ctx.loaders.partnersOf.load(own))) throw new DomainError('NOT_FOUND');
  return keysetConnection<Customer>(args, {
    list: 'sharedCustomers', scope: [own, ref.providerId, ref.resellerId], key: NAME_AND_ID,
    rows: (after, limit) => primed(ctx, ctx.db.transaction((manager) =>
      sharedCustomers(manager, ref.providerId, ref.resellerId, { limit, after }))),
    count: () => ctx.db.transaction((manager) => countSharedCustomers(manager, ref.providerId, ref.resellerId)),
  });
}

/** `Customer.companyProfile`: the ungated fields, and the customer its DAP-gated fields are read from (T-8). */
export interface CompanyProfile {
  tenantId: string;
  domain: string;
  companyName: string;
  organizationRegistrationNumber: string | null;
  customer: Customer;
}

/** C-08: AdminAgents → Global administrator, HelpdeskAgents → Helpdesk administrator in the customer tenant (E: PC-DAP). */
const DAP_ROLE_MAPPINGS: RoleMapping[] = [
  { partnerGroup: 'ADMIN_AGENTS', customerRole: 'GLOBAL_ADMINISTRATOR' },
  { partnerGroup: 'HELPDESK_AGENTS', customerRole: 'HELPDESK_ADMINISTRATOR' },
];

export const customerResolvers = {
  Query: {
    customers: (_: unknown, args: QueryCustomersArgs, ctx: Context) => customerPage(partnerCallerOf(ctx).partnerId, args, ctx),
    async customer(_: unknown, args: QueryCustomerArgs, ctx: Context) {
      const customer = await visibleCustomer(args.id, ctx);
      if (!customer) throw new DomainError('NOT_FOUND');
      return customer;
    },
  },
  PartnerOrganization: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    customers(organization: { id: string }, args: PartnerOrganizationCustomersArgs, ctx: Context) {
      if (!isOwnOrganization(organization.id, ctx.principal?.partnerId)) throw new DomainError('NOT_FOUND');
      return customerPage(organization.id, args, ctx);
    },
    // A reseller's "View customers" per provider (S-33), reachable by every C-02 role from its own organization.
    sharedCustomers(organization: { id: string }, args: PartnerOrganizationSharedCustomersArgs, ctx: Context) {
      if (!isOwnOrganization(organization.id, ctx.principal?.partnerId)) throw new DomainError('NOT_FOUND');
      return sharedCustomerPage({ providerId: args.providerId, resellerId: organization.id }, args, ctx);
    },
  },
  ProviderResellerRelationship: {
    __resolveReference: (ref: { providerId: string; resellerId: string }) => ref,
    sharedCustomers: (
      ref: { providerId: string; resellerId: string }, args: ProviderResellerRelationshipSharedCustomersArgs, ctx: Context,
    ) =>
      sharedCustomerPage(ref, args, ctx),
  },
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visibleCustomer(ref.id, ctx),
    // T-8: address and email are resolved on CustomerCompanyProfile, so only they look up DAP.
    companyProfile: (customer: Customer): CompanyProfile => ({
      tenantId: customer.id, domain: customer.domain, companyName: customer.companyName,
      organizationRegistrationNumber: customer.registrationNumber, customer,
    }),
    billingProfile: (customer: Customer) => customer.billingProfile,
    customDomains: (customer: Customer, _: unknown, ctx: Context) => delegatedAdminOnly(customer.id, customer.customDomains, ctx),
    relationshipToMe: async (customer: Customer, _: unknown, ctx: Context) =>
      (await ctx.loaders.myRelationship.load(customer.id))?.type ?? 'NONE',
    allowDelegatedAccess: async (customer: Customer, _: unknown, ctx: Context) =>
      Boolean(await ctx.loaders.myDelegatedAdmin.load(customer.id)),
    delegatedAdmin: (customer: Customer, _: unknown, ctx: Context) =>
      ctx.loaders.latestGrant.load(`${partnerCallerOf(ctx).partnerId}:${customer.id}`),
    async associatedReseller(customer: Customer, _: unknown, ctx: Context) {
      const own = partnerCallerOf(ctx).partnerId;
      const id = customer.associatedResellerId;
      return associatedResellerVisibleTo(id, own, await ctx.loaders.partnersOf.load(own)) ? organizationRef(id) : null;
    },
    // T-6 (relationshipListedFor): the caller's own relationship and those of organizations partnered with it.
    resellerRelationships: (customer: Customer, args: CustomerResellerRelationshipsArgs, ctx: Context) =>
      keysetConnection(args, ctx.loaders.relationshipList(customer.id, null)),
    subscriptions: (customer: Customer, args: CustomerSubscriptionsArgs, ctx: Context) =>
      keysetConnection(args, ctx.loaders.subscriptionList(customer.id, null)),
    serviceRequests: (customer: Customer, args: CustomerServiceRequestsArgs, ctx: Context) =>
      keysetConnection(args, ctx.loaders.serviceRequestList(customer.id, args.status ?? null)),
    serviceHealth: (customer: Customer, args: CustomerServiceHealthArgs, ctx: Context) =>
      keysetConnection(args, ctx.loaders.incidentList(customer.id, null)),
  },
  CustomerCompanyProfile: {
    address: (profile: CompanyProfile, _: unknown, ctx: Context) =>
      delegatedAdminOnly(profile.customer.id, profile.customer.companyAddress, ctx),
    email: (profile: CompanyProfile, _: unknown, ctx: Context) =>
      delegatedAdminOnly(profile.customer.id, profile.customer.companyEmail, ctx),
  },
  CustomerResellerRelationship: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visible('relationship', ref.id, ctx),
    customer: (r: CustomerRelationship, _: unknown, ctx: Context) => namedCustomer(r.customerId, ctx),
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
} satisfies Resolvers;
