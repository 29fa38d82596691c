import type { SubgraphContext } from '../../kit/context.js';
import { DomainError } from '../../kit/errors.js';
import { decodeCursor, pageSize, toConnection, type PageArgs } from '../../kit/pagination.js';
import type { CustomersLoaders } from '../loaders.js';
import type { Customer } from '../model/customer.js';
import type { CustomerRelationship } from '../model/relationship.js';
import { countCustomersOf, customerSortKey, customersOf, sharedCustomers } from '../repository.js';

type Context = SubgraphContext<CustomersLoaders>;
type ListArgs = PageArgs & { search?: string | null };

function callerOrganizationId(ctx: Context): string {
  const partnerId = ctx.principal?.partnerId;
  if (!partnerId) throw new DomainError('NOT_FOUND');
  return partnerId;
}

/** T-1 / T-4: a customer is visible only through the caller organization's own ACTIVE relationship. */
async function visibleCustomer(id: string, ctx: Context): Promise<Customer | null> {
  if (!ctx.principal?.partnerId) return null;
  const relationship = await ctx.loaders.myRelationship.load(id);
  return relationship ? ctx.loaders.customer.load(id) : null;
}

async function customerPage(partnerId: string, args: ListArgs, ctx: Context) {
  const size = pageSize(args.first);
  const after = decodeCursor(args.after, 2);
  const rows = await ctx.db.transaction((manager) => customersOf(manager, partnerId, { size, after, search: args.search }));
  for (const row of rows) ctx.loaders.customer.prime(row.id, row);
  const totalCount = () => ctx.db.transaction((manager) => countCustomersOf(manager, partnerId, args.search));
  return toConnection(rows, size, customerSortKey, { afterGiven: Boolean(after), totalCount });
}

export const customerResolvers = {
  Query: {
    customers: (_: unknown, args: ListArgs, ctx: Context) => customerPage(callerOrganizationId(ctx), args, ctx),
    async customer(_: unknown, args: { id: string }, ctx: Context) {
      const customer = await visibleCustomer(args.id, ctx);
      if (!customer) throw new DomainError('NOT_FOUND');
      return customer;
    },
  },
  PartnerOrganization: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    customers(organization: { id: string }, args: ListArgs, ctx: Context) {
      if (organization.id !== callerOrganizationId(ctx)) throw new DomainError('NOT_FOUND');
      return customerPage(organization.id, args, ctx);
    },
  },
  ProviderResellerRelationship: {
    __resolveReference: (ref: { providerId: string; resellerId: string }) => ref,
    async sharedCustomers(ref: { providerId: string; resellerId: string }, args: PageArgs, ctx: Context) {
      const own = callerOrganizationId(ctx);
      const other = own === ref.providerId ? ref.resellerId : own === ref.resellerId ? ref.providerId : null;
      if (!other || !(await ctx.loaders.partnersOf.load(own)).has(other)) throw new DomainError('NOT_FOUND');
      const size = pageSize(args.first);
      const after = decodeCursor(args.after, 2);
      const rows = await ctx.db.transaction((manager) =>
        sharedCustomers(manager, ref.providerId, ref.resellerId, { size, after }));
      return toConnection(rows, size, customerSortKey, { afterGiven: Boolean(after) });
    },
  },
  Customer: {
    __resolveReference: (ref: { id: string }, ctx: Context) => visibleCustomer(ref.id, ctx),
    companyProfile: (customer: Customer) => ({
      tenantId: customer.id,
      domain: customer.domain,
      companyName: customer.companyName,
      organizationRegistrationNumber: customer.registrationNumber,
    }),
    // T-8: DAP-gated.
    customDomains: async (customer: Customer, _: unknown, ctx: Context) =>
      ((await ctx.loaders.myDelegatedAdmin.load(customer.id)) ? customer.customDomains : null),
    relationshipToMe: async (customer: Customer, _: unknown, ctx: Context) =>
      (await ctx.loaders.myRelationship.load(customer.id))?.type ?? 'NONE',
    allowDelegatedAccess: async (customer: Customer, _: unknown, ctx: Context) =>
      Boolean(await ctx.loaders.myDelegatedAdmin.load(customer.id)),
    // T-6: the caller's own relationship and those of organizations partnered with it.
    async resellerRelationships(customer: Customer, _: unknown, ctx: Context) {
      const own = callerOrganizationId(ctx);
      const [relationships, partners] = await Promise.all([
        ctx.loaders.relationshipsOfCustomer.load(customer.id),
        ctx.loaders.partnersOf.load(own),
      ]);
      return relationships.filter((r) => r.partnerId === own || partners.has(r.partnerId));
    },
  },
  CustomerResellerRelationship: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      const relationship = await ctx.loaders.relationship.load(ref.id);
      return relationship && relationship.partnerId === ctx.principal?.partnerId ? relationship : null;
    },
    customer: (r: CustomerRelationship, _: unknown, ctx: Context) => ctx.loaders.customer.load(r.customerId),
    partner: (r: CustomerRelationship) => ({ __typename: 'PartnerOrganization', id: r.partnerId }),
  },
};
