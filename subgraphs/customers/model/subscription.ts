import { EntitySchema } from 'typeorm';
import type { ProductFamily, SubscriptionStatus } from '../domain/commerce.js';

/** PC Subscription: sold by a provider (S-23), for a reseller identified by its MPN ID in indirect scenarios. */
export interface CustomerSubscription {
  id: string;
  customerId: string;
  orderId: string;
  providerId: string;
  /** the reseller the MPN ID named at order time (T-7 visibility) */
  resellerId: string | null;
  resellerMpnId: string | null;
  offerId: string;
  offerName: string;
  friendlyName: string | null;
  productFamily: ProductFamily;
  quantity: number;
  unitType: string | null;
  status: SubscriptionStatus;
  autoRenewEnabled: boolean;
  billingCycle: string | null;
  creationDate: Date;
  commitmentEndDate: Date | null;
  updatedAt: Date;
}

export const CustomerSubscriptionEntity = new EntitySchema<CustomerSubscription>({
  name: 'CustomerSubscription',
  tableName: 'subscriptions',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    customerId: { type: 'uuid', name: 'customer_id' },
    orderId: { type: 'uuid', name: 'order_id' },
    providerId: { type: 'uuid', name: 'provider_id' },
    resellerId: { type: 'uuid', name: 'reseller_id', nullable: true },
    resellerMpnId: { type: 'text', name: 'reseller_mpn_id', nullable: true },
    offerId: { type: 'text', name: 'offer_id' },
    offerName: { type: 'text', name: 'offer_name' },
    friendlyName: { type: 'text', name: 'friendly_name', nullable: true },
    productFamily: { type: 'text', name: 'product_family' },
    quantity: { type: 'int' },
    unitType: { type: 'text', name: 'unit_type', nullable: true },
    status: { type: 'text' },
    autoRenewEnabled: { type: 'boolean', name: 'auto_renew_enabled' },
    billingCycle: { type: 'text', name: 'billing_cycle', nullable: true },
    creationDate: { type: 'timestamptz', name: 'creation_date' },
    commitmentEndDate: { type: 'timestamptz', name: 'commitment_end_date', nullable: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});
