import type { CustomerAddress, CustomerBillingProfile } from '../model/customer.js';
import type { CustomerSubscription } from '../model/subscription.js';
import { submitOrder, updateCustomerSubscription, type SubscriptionChange } from '../services/commerce.js';
import { createCustomer, updateBillingProfile, updateCompanyProfile, type CreateCustomerInput } from '../services/profiles.js';
import { visible } from '../visibility.js';
import { inTransaction, organizationRef, partnerCallerOf, type Context, type Runtime } from './common.js';

interface OrderArgs { customerId: string; lines: { offerId: string; quantity: number; friendlyName?: string | null }[]; resellerMpnId?: string | null }

export function commerceResolvers(runtime: Runtime) {
  return {
    Mutation: {
      submitOrder: (_: unknown, args: OrderArgs, ctx: Context) =>
        inTransaction(ctx, (tx) => submitOrder(tx, partnerCallerOf(ctx), args, runtime.now())),
      updateCustomerSubscription: (_: unknown, args: { id: string; input: SubscriptionChange }, ctx: Context) =>
        inTransaction(ctx, (tx) => updateCustomerSubscription(tx, partnerCallerOf(ctx), args.id, args.input, runtime.now())),
      createCustomer: (_: unknown, args: { input: CreateCustomerInput; associatedResellerId?: string | null }, ctx: Context) =>
        inTransaction(ctx, (tx) => createCustomer(tx, partnerCallerOf(ctx), args.input, args.associatedResellerId, runtime.now())),
      updateCustomerCompanyProfile: (_: unknown, args: { customerId: string; input: Parameters<typeof updateCompanyProfile>[3] }, ctx: Context) =>
        inTransaction(ctx, (tx) => updateCompanyProfile(tx, partnerCallerOf(ctx), args.customerId, args.input)),
      updateCustomerBillingProfile(_: unknown, args: { customerId: string; input: Partial<Omit<CustomerBillingProfile, 'defaultAddress'>> & { defaultAddress?: CustomerAddress | null } }, ctx: Context) {
        return inTransaction(ctx, (tx) => updateBillingProfile(tx, partnerCallerOf(ctx), args.customerId, args.input));
      },
    },
    CustomerSubscription: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visible('subscription', ref.id, ctx),
      customer: (s: CustomerSubscription, _: unknown, ctx: Context) => ctx.loaders.customer.load(s.customerId),
      provider: (s: CustomerSubscription) => organizationRef(s.providerId),
    },
  };
}
