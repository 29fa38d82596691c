import type {
  MutationCreateCustomerArgs, MutationSubmitOrderArgs, MutationUpdateCustomerBillingProfileArgs, MutationUpdateCustomerCompanyProfileArgs,
  MutationUpdateCustomerSubscriptionArgs, Resolvers,
} from '../generated/resolvers.js';
import type { CustomerSubscription } from '../model/subscription.js';
import { submitOrder, updateCustomerSubscription } from '../services/commerce.js';
import { createCustomer, updateBillingProfile, updateCompanyProfile } from '../services/profiles.js';
import { visible } from '../visibility.js';
import { namedCustomer, organizationRef, partnerCallerOf, type Context, type Deps } from './common.js';

export function commerceResolvers(deps: Deps) {
  return {
    Mutation: {
      submitOrder: (_: unknown, args: MutationSubmitOrderArgs, ctx: Context) =>
        ctx.db.transaction((tx) => submitOrder(tx, partnerCallerOf(ctx), args, deps.now())),
      updateCustomerSubscription: (_: unknown, args: MutationUpdateCustomerSubscriptionArgs, ctx: Context) =>
        ctx.db.transaction((tx) => updateCustomerSubscription(tx, partnerCallerOf(ctx), args.id, args.input, deps.now())),
      createCustomer: (_: unknown, args: MutationCreateCustomerArgs, ctx: Context) =>
        ctx.db.transaction((tx) => createCustomer(tx, partnerCallerOf(ctx), args.input, args.associatedResellerId, deps.now())),
      updateCustomerCompanyProfile: (_: unknown, args: MutationUpdateCustomerCompanyProfileArgs, ctx: Context) =>
        ctx.db.transaction((tx) => updateCompanyProfile(tx, partnerCallerOf(ctx), args.customerId, args.input)),
      updateCustomerBillingProfile(_: unknown, args: MutationUpdateCustomerBillingProfileArgs, ctx: Context) {
        return ctx.db.transaction((tx) => updateBillingProfile(tx, partnerCallerOf(ctx), args.customerId, args.input));
      },
    },
    CustomerSubscription: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visible('subscription', ref.id, ctx),
      customer: (s: CustomerSubscription, _: unknown, ctx: Context) => namedCustomer(s.customerId, ctx),
      provider: (s: CustomerSubscription) => organizationRef(s.providerId),
    },
  } satisfies Resolvers;
}
