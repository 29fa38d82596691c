import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { ScopedDatabase } from '../kit/context.js';
import { batchedSqlLists, byIdLoader, plainColumns } from '../kit/loaders.js';
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

/**
 * The caller organization's ACTIVE grants for the customers `$2` (an array), `$1` the partner, as plain rows
 * (issue 16): `Customer.allowDelegatedAccess` and every DAP-gated field of a page ask for it.
 */
export const MY_DELEGATED_ADMIN = {
  name: 'customers:my-delegated-admin',
  text: `select ${plainColumns(DelegatedAdminGrantEntity, 'g')} from customers.delegated_admin_grants g
    where g.partner_id = $1 and g.customer_id = any($2::uuid[]) and g.state = 'ACTIVE'`,
};

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
    myRelationship: new DataLoader<string, CustomerRelationship | null>(async (customerIds) => {
      if (!partnerId) return customerIds.map(() => null);
      const rows = await db.transaction((manager) => manager.getRepository(CustomerRelationshipEntity)
        .findBy({ partnerId, customerId: In([...customerIds]), state: 'ACTIVE' }));
      return customerIds.map((id) => rows.find((row) => row.customerId === id) ?? null);
    }),
    /** the caller organization's ACTIVE delegated admin grant for each customer */
    myDelegatedAdmin: new DataLoader<string, DelegatedAdminGrant | null>(async (customerIds) => {
      if (!partnerId) return customerIds.map(() => null);
      const rows = await db.read<DelegatedAdminGrant>({ ...MY_DELEGATED_ADMIN, values: [partnerId, [...customerIds]] });
      return customerIds.map((id) => rows.find((row) => row.customerId === id) ?? null);
    }),
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
