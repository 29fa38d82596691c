import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { ScopedDatabase } from '../kit/context.js';
import { batchedSqlLists, byIdLoader, requirePlainColumns } from '../kit/loaders.js';
import type { Principal } from '../kit/principal.js';
import { customerRelationshipsList, customerSubscriptionsList, customerUsersList } from './listings.js';
import { CustomerEntity } from './model/customer.js';
import { CustomerUserEntity } from './model/customer-user.js';
import { OrganizationFactEntity } from './model/facts.js';
import { CustomerLeadEntity } from './model/lead.js';
import {
  CustomerRelationshipEntity, DelegatedAdminGrantEntity, PartnershipFactEntity,
  type CustomerRelationship, type DelegatedAdminGrant,
} from './model/relationship.js';
import { RelationshipRequestEntity } from './model/request.js';
import { CustomerSubscriptionEntity } from './model/subscription.js';
import { supportLoaders } from './support-loaders.js';

/** The caller organization's ACTIVE rows of `table` for the customers `$2` (an array), `$1` the partner: plain rows, named. */
const myActiveRows = (name: string, columns: string | null, table: string) => ({
  name,
  text: `select ${columns} from ${table} t where t.partner_id = $1 and t.customer_id = any($2::uuid[]) and t.state = 'ACTIVE'`,
});

/** The caller's ACTIVE grants of customers (issue 16): `Customer.allowDelegatedAccess` and every DAP-gated field ask for it. */
export const MY_DELEGATED_ADMIN = myActiveRows('customers:my-delegated-admin', requirePlainColumns(DelegatedAdminGrantEntity, 't'),
  'customers.delegated_admin_grants');

/** The caller's ACTIVE relationships with customers (issue 16): `Customer.relationshipToMe` asks for it. */
const MY_RELATIONSHIP = myActiveRows('customers:my-relationship', requirePlainColumns(CustomerRelationshipEntity, 't'), 'customers.relationships');

/** Per customer id, the caller's row of `statement` (myActiveRows), or null; none without a partner. */
function myActiveLoader<T extends { customerId: string }>(
  db: ScopedDatabase, partnerId: string | null, statement: { name: string; text: string },
) {
  return new DataLoader<string, T | null>(async (customerIds) => {
    if (!partnerId) return customerIds.map(() => null);
    const rows = await db.read<T>({ ...statement, values: [partnerId, [...customerIds]] });
    const byCustomer = new Map<string, T>();
    for (const row of rows) if (!byCustomer.has(row.customerId)) byCustomer.set(row.customerId, row);
    return customerIds.map((id) => byCustomer.get(id) ?? null);
  });
}

/** Per-request DataLoaders: every entity and list field of this subgraph costs one query per batch. */
export function createCustomersLoaders(db: ScopedDatabase, principal: Principal | null) {
  const partnerId = principal?.partnerId ?? null;
  const relationship = byIdLoader(db, CustomerRelationshipEntity);
  const customerUser = byIdLoader(db, CustomerUserEntity);
  const subscription = byIdLoader(db, CustomerSubscriptionEntity);
  return {
    customer: byIdLoader(db, CustomerEntity),
    relationship,
    request: byIdLoader(db, RelationshipRequestEntity),
    grant: byIdLoader(db, DelegatedAdminGrantEntity),
    subscription,
    lead: byIdLoader(db, CustomerLeadEntity),
    organization: byIdLoader(db, OrganizationFactEntity),
    /** the caller organization's ACTIVE relationship with each customer */
    myRelationship: myActiveLoader<CustomerRelationship>(db, partnerId, MY_RELATIONSHIP),
    /** the caller organization's ACTIVE delegated admin grant for each customer */
    myDelegatedAdmin: myActiveLoader<DelegatedAdminGrant>(db, partnerId, MY_DELEGATED_ADMIN),
    /** each `partnerId:customerId` pair's latest grant, ACTIVE first (C-08) */
    latestGrant: new DataLoader<string, DelegatedAdminGrant | null>(async (pairs) => {
      const wanted = pairs.map((pair) => pair.split(':'));
      const rows = await db.transaction((manager) => manager.getRepository(DelegatedAdminGrantEntity).find({
        where: wanted.map(([partner, customer]) => ({ partnerId: partner, customerId: customer })),
        order: { grantedAt: 'DESC' },
      }));
      return wanted.map(([partner, customer]) => {
        const own = rows.filter((row) => row.partnerId === partner && row.customerId === customer);
        return own.find((row) => row.state === 'ACTIVE') ?? own[0] ?? null;
      });
    }),
    /** organizations in an ACTIVE partnership with each organization (read model) */
    partnersOf: new DataLoader<string, Set<string>>(async (orgIds) => {
      const ids = [...orgIds];
      const rows = await db.transaction((manager) => manager.getRepository(PartnershipFactEntity).find({
        where: [{ providerId: In(ids), state: 'ACTIVE' }, { resellerId: In(ids), state: 'ACTIVE' }],
      }));
      return ids.map((id) => new Set(rows.flatMap((row) => {
        if (row.providerId === id) return [row.resellerId];
        if (row.resellerId === id) return [row.providerId];
        return [];
      })));
    }),
    /** T-7: each customer's subscriptions the caller sold or was sold, paged in batches */
    subscriptionList: batchedSqlLists(db, { ...customerSubscriptionsList(partnerId), nodes: subscription }),
    /** T-6: each customer's relationships the caller may see, paged in batches */
    relationshipList: batchedSqlLists(db, { ...customerRelationshipsList(partnerId), nodes: relationship }),
    ...supportLoaders(db, partnerId),
    customerUser,
    /** C-18 / T-11: each customer's users, for customers the caller holds DAP for, paged in batches */
    customerUserList: batchedSqlLists(db, { ...customerUsersList(partnerId), nodes: customerUser }),
  };
}

export type CustomersLoaders = ReturnType<typeof createCustomersLoaders>;
