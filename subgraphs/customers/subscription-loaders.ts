import DataLoader from 'dataloader';
import type { ScopedDatabase } from '../kit/context.js';
import { decodeTimeCursor, pageSize, timeKey, toConnection, type Connection, type PageArgs } from '../kit/pagination.js';
import type { CustomerSubscription } from './model/subscription.js';

/**
 * T-7 subscriptions per customer, batched: one query returns the first page of every customer in the batch
 * (a window per customer), one more counts them; `Customer.subscriptions` never costs a query per customer.
 */
export function subscriptionLoaders(db: ScopedDatabase, partnerId: string | null) {
  const pages = new Map<string, DataLoader<string, Connection<CustomerSubscription>>>();
  const counts = new DataLoader<string, number>(async (customerIds) => {
    if (!partnerId) return customerIds.map(() => 0);
    const rows: { customer_id: string; n: number }[] = await db.transaction((manager) => manager.query(`
      select customer_id, count(*)::int as n from customers.subscriptions
      where customer_id = any($1) and (provider_id = $2 or reseller_id = $2) group by customer_id`, [[...customerIds], partnerId]));
    return customerIds.map((id) => rows.find((row) => row.customer_id === id)?.n ?? 0);
  });
  function pageLoader(args: PageArgs) {
    const size = pageSize(args.first);
    const after = decodeTimeCursor(args.after);
    const key = `${size}:${args.after ?? ''}`;
    let loader = pages.get(key);
    if (!loader) {
      loader = new DataLoader(async (customerIds) => {
        const rows: Record<string, unknown>[] = partnerId ? await db.transaction((manager) => manager.query(`
          select * from (
            select s.*, ${timeKey('s.creation_date')} as sort_at, row_number() over (partition by s.customer_id order by s.creation_date, s.id) as position
            from customers.subscriptions s
            where s.customer_id = any($1) and (s.provider_id = $2 or s.reseller_id = $2)
              and ($3::timestamptz is null or (s.creation_date, s.id) > ($3::timestamptz, $4::uuid))
          ) ranked where position <= $5 order by customer_id, creation_date, id`,
        [[...customerIds], partnerId, after?.[0] ?? null, after?.[1] ?? null, size + 1])) : [];
        const subscriptions = rows.map(fromRaw);
        // the cursor keeps the stored microseconds (a JS Date would cut them to milliseconds and skip or repeat rows)
        const sortAt = new Map(rows.map((row) => [row.id as string, row.sort_at as string]));
        const sortKey = (subscription: CustomerSubscription) => [sortAt.get(subscription.id)!, subscription.id] as const;
        return customerIds.map((id) => toConnection(subscriptions.filter((s) => s.customerId === id), size, sortKey,
          { afterGiven: Boolean(after), totalCount: () => counts.load(id) }));
      });
      pages.set(key, loader);
    }
    return loader;
  }
  return { subscriptionCount: counts, subscriptionPage: pageLoader };
}

function fromRaw(row: Record<string, unknown>): CustomerSubscription {
  const value = (column: string) => row[column];
  return {
    id: value('id') as string, customerId: value('customer_id') as string, orderId: value('order_id') as string,
    providerId: value('provider_id') as string, resellerId: value('reseller_id') as string | null,
    resellerMpnId: value('reseller_mpn_id') as string | null, offerId: value('offer_id') as string,
    offerName: value('offer_name') as string, friendlyName: value('friendly_name') as string | null,
    productFamily: value('product_family') as CustomerSubscription['productFamily'], quantity: Number(value('quantity')),
    unitType: value('unit_type') as string | null, status: value('status') as CustomerSubscription['status'],
    autoRenewEnabled: Boolean(value('auto_renew_enabled')), billingCycle: value('billing_cycle') as string | null,
    creationDate: value('creation_date') as Date, commitmentEndDate: value('commitment_end_date') as Date | null,
    updatedAt: value('updated_at') as Date,
  };
}
