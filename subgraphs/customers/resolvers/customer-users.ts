import { DomainError } from '../../kit/errors.js';
import { keysetConnection } from '../../kit/pagination.js';
import { restorableUntil } from '../domain/customer-users.js';
import type {
  CustomerUsersArgs, MutationAssignCustomerUserLicensesArgs, MutationCreateCustomerUserArgs, MutationDeleteCustomerUserArgs,
  MutationResetCustomerUserPasswordArgs, MutationRestoreCustomerUserArgs, Resolvers,
} from '../generated/resolvers.js';
import type { Customer } from '../model/customer.js';
import type { CustomerUser } from '../model/customer-user.js';
import {
  assignCustomerUserLicenses, createCustomerUser, deleteCustomerUser, resetCustomerUserPassword, restoreCustomerUser,
} from '../services/customer-users.js';
import { visible, visibleCustomerUser } from '../visibility.js';
import { namedCustomer, partnerCallerOf, type Context, type Deps } from './common.js';

type License = { subscriptionId: string };

/** T-7: a license of a subscription another partner sold shows its id only. */
const licensedSubscription = (license: License, ctx: Context) => visible('subscription', license.subscriptionId, ctx);

/** T-11 / R-35: a customer's users exist for the caller only while its organization holds DAP for the customer. */
async function requireDelegatedAdminFor(customerId: string, ctx: Context) {
  if (!(await ctx.loaders.myDelegatedAdmin.load(customerId))) throw new DomainError('DELEGATED_ADMIN_REQUIRED', { customerId });
}

/** C-18…C-20: the customer's directory users, read and managed through delegated admin privileges. */
export function customerUserResolvers(deps: Deps) {
  return {
    Customer: {
      async users(customer: Customer, args: CustomerUsersArgs, ctx: Context) {
        await requireDelegatedAdminFor(customer.id, ctx);
        const filter = { state: args.state ?? null, search: args.search ?? null };
        return keysetConnection(args, ctx.loaders.customerUserList(customer.id, filter));
      },
    },
    Mutation: {
      createCustomerUser: (_: unknown, args: MutationCreateCustomerUserArgs, ctx: Context) =>
        ctx.db.transaction((tx) => createCustomerUser(tx, partnerCallerOf(ctx), args.customerId, args.input, deps.now())),
      deleteCustomerUser: (_: unknown, args: MutationDeleteCustomerUserArgs, ctx: Context) =>
        ctx.db.transaction((tx) => deleteCustomerUser(tx, partnerCallerOf(ctx), args.id, deps.now())),
      restoreCustomerUser: (_: unknown, args: MutationRestoreCustomerUserArgs, ctx: Context) =>
        ctx.db.transaction((tx) => restoreCustomerUser(tx, partnerCallerOf(ctx), args.id, deps.now())),
      assignCustomerUserLicenses: (_: unknown, args: MutationAssignCustomerUserLicensesArgs, ctx: Context) =>
        ctx.db.transaction((tx) => assignCustomerUserLicenses(tx, partnerCallerOf(ctx), args.id, args, deps.now())),
      resetCustomerUserPassword: (_: unknown, args: MutationResetCustomerUserPasswordArgs, ctx: Context) =>
        ctx.db.transaction((tx) => resetCustomerUserPassword(tx, partnerCallerOf(ctx), args.id, deps.now())),
    },
    CustomerUser: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visibleCustomerUser(ref.id, ctx),
      customer: (user: CustomerUser, _: unknown, ctx: Context) => namedCustomer(user.customerId, ctx),
      licenses: (user: CustomerUser) => user.licenses.map((subscriptionId) => ({ subscriptionId })),
      restorableUntil: (user: CustomerUser) => (user.deletedAt ? restorableUntil(new Date(user.deletedAt)) : null),
    },
    CustomerUserLicense: {
      subscription: (license: License, _: unknown, ctx: Context) => licensedSubscription(license, ctx),
      offerId: async (license: License, _: unknown, ctx: Context) => (await licensedSubscription(license, ctx))?.offerId ?? null,
      offerName: async (license: License, _: unknown, ctx: Context) => (await licensedSubscription(license, ctx))?.offerName ?? null,
    },
  } satisfies Resolvers;
}
