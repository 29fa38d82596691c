import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { ScopedDatabase } from '../kit/context.js';
import type { ReadStatement } from '../kit/database.js';
import { keyedEntities, requirePlainColumns } from '../kit/loaders.js';
import type { KeyedNode } from '../kit/pagination.js';
import { containsPattern, searchFold } from '../kit/values.js';
import { CustomerEntity, type Customer } from './model/customer.js';
import { CustomerRelationshipEntity } from './model/relationship.js';

export interface CustomerPageQuery {
  /** how many rows to read (a page and one more) */
  limit: number;
  /** the sort key (lower-cased company name, id) the page starts after */
  after: (string | number)[] | null;
  search?: string | null;
  /** provider view: customers shared with this reseller (PC filter IndirectReseller) */
  indirectReseller?: string | null;
  /** reseller view: customers shared with this provider (S-33) */
  provider?: string | null;
  country?: string | null;
  establishedAfter?: Date | null;
  establishedBefore?: Date | null;
}

/**
 * Customers with an ACTIVE relationship to `partnerId` (T-4, visibility.ts `visibleCustomer`), searched and filtered (no
 * order, no page).
 */
function customersOfQuery(
  manager: EntityManager, partnerId: string, page: Omit<CustomerPageQuery, 'limit' | 'after'>,
): SelectQueryBuilder<Customer> {
  const query = manager.getRepository(CustomerEntity).createQueryBuilder('c')
    .innerJoin(CustomerRelationshipEntity.options.name, 'r', 'r.customer_id = c.id')
    .where("r.partner_id = :partnerId and r.state = 'ACTIVE'", { partnerId });
  const search = containsPattern(page.search);
  if (search) {
    query.andWhere(`(${searchFold('c.company_name')} like ${searchFold(':search')} escape '\\'
      or ${searchFold('c.domain')} like ${searchFold(':search')} escape '\\')`,
      { search });
  }
  if (page.indirectReseller) {
    // T-5 / S-33 from the provider's side: shared with a reseller it is ACTIVE-partnered with.
    query.andWhere(`exists (select 1 from customers.partnerships p where p.provider_id = :partnerId
        and p.reseller_id = :reseller and p.state = 'ACTIVE')`, { reseller: page.indirectReseller })
      .andWhere(`(c.associated_reseller_id = :reseller or exists (select 1 from customers.relationships o
        where o.customer_id = c.id and o.partner_id = :reseller and o.state = 'ACTIVE'))`);
  }
  if (page.provider) {
    // T-5 / S-33 from the reseller's side: what it shares with a provider it is ACTIVE-partnered with.
    query.andWhere(`exists (select 1 from customers.partnerships p where p.provider_id = :provider
        and p.reseller_id = :partnerId and p.state = 'ACTIVE')`, { provider: page.provider })
      .andWhere(`(c.associated_reseller_id = :partnerId or exists (select 1 from customers.relationships o
        where o.customer_id = c.id and o.partner_id = :provider and o.state = 'ACTIVE'))`);
  }
  if (page.country) query.andWhere('c.country = :country', { country: page.country });
  if (page.establishedAfter) query.andWhere('r.established_at >= :establishedAfter', { establishedAfter: page.establishedAfter });
  if (page.establishedBefore) query.andWhere('r.established_at < :establishedBefore', { establishedBefore: page.establishedBefore });
  return query;
}

/** One page of the caller's customers, by company name then id (keyset), each with its sort key as PostgreSQL computed it. */
export function customersOf(manager: EntityManager, partnerId: string, page: CustomerPageQuery): Promise<KeyedNode<Customer>[]> {
  // r.customer_sort_name = lower(c.company_name), r.customer_id = c.id: the same order and cursor, read from
  // the relationships_partner_listing index instead of sorting every customer of the partner.
  const query = customersOfQuery(manager, partnerId, page)
    .orderBy('r.customer_sort_name').addOrderBy('r.customer_id')
    .limit(page.limit);
  if (page.after) {
    query.andWhere('(r.customer_sort_name, r.customer_id) > (:name, :id)', { name: page.after[0], id: page.after[1] });
  }
  return keyedEntities(query, ['r.customer_sort_name']);
}

const unfilteredPage = (partnerAfter: string) => `select ${requirePlainColumns(CustomerEntity, 'c')}, r.customer_sort_name as "cursorKey"
  from customers.customers c join customers.relationships r on r.customer_id = c.id
  where r.partner_id = $1 and r.state = 'ACTIVE'${partnerAfter}
  order by r.customer_sort_name, r.customer_id limit $2`;

/**
 * customersOf without a search or filter, C-01's usual page (issue 16): the same rows and keys as plain rows, a
 * named statement each, `$1` the partner, `$2` the limit, `$3`/`$4` the cursor's name and id.
 */
export const UNFILTERED_CUSTOMER_PAGES = {
  first: { name: 'customers:page', text: unfilteredPage('') },
  after: { name: 'customers:page-after', text: unfilteredPage(' and (r.customer_sort_name, r.customer_id) > ($3, $4::uuid)') },
} satisfies Record<string, Omit<ReadStatement, 'values'>>;

const isUnfiltered = (page: CustomerPageQuery) => !containsPattern(page.search) && !page.indirectReseller && !page.provider
  && !page.country && !page.establishedAfter && !page.establishedBefore;

/**
 * customersOf for a request: without a search or filter one plain-row statement outside a transaction
 * (UNFILTERED_CUSTOMER_PAGES), otherwise TypeORM's query in a transaction.
 */
export async function customersPage(db: ScopedDatabase, partnerId: string, page: CustomerPageQuery): Promise<KeyedNode<Customer>[]> {
  if (!isUnfiltered(page)) return db.transaction((manager) => customersOf(manager, partnerId, page));
  const statement = page.after
    ? { ...UNFILTERED_CUSTOMER_PAGES.after, values: [partnerId, page.limit, page.after[0], page.after[1]] }
    : { ...UNFILTERED_CUSTOMER_PAGES.first, values: [partnerId, page.limit] };
  const rows = await db.read<Customer & { cursorKey: string }>(statement);
  return rows.map(({ cursorKey, ...node }) => ({ node, key: [cursorKey, node.id] }));
}

export function countCustomersOf(manager: EntityManager, partnerId: string, page: Omit<CustomerPageQuery, 'limit' | 'after'>) {
  return customersOfQuery(manager, partnerId, page).getCount();
}

function sharedCustomersQuery(manager: EntityManager, providerId: string, resellerId: string): SelectQueryBuilder<Customer> {
  return manager.getRepository(CustomerEntity).createQueryBuilder('c')
    .innerJoin(CustomerRelationshipEntity.options.name, 'p', "p.customer_id = c.id and p.partner_id = :providerId and p.state = 'ACTIVE'",
      { providerId })
    .where(`(c.associated_reseller_id = :resellerId or exists (select 1 from customers.relationships r
      where r.customer_id = c.id and r.partner_id = :resellerId and r.state = 'ACTIVE'))`, { resellerId });
}

/**
 * S-33 / T-5: customers a provider and a reseller share: both hold ACTIVE relationships, or the customer's
 * associated reseller is the reseller and the provider holds a relationship.
 */
export function sharedCustomers(
  manager: EntityManager,
  providerId: string,
  resellerId: string,
  page: CustomerPageQuery,
): Promise<KeyedNode<Customer>[]> {
  const query = sharedCustomersQuery(manager, providerId, resellerId)
    .orderBy('lower(c.company_name)').addOrderBy('c.id')
    .limit(page.limit);
  if (page.after) query.andWhere('(lower(c.company_name), c.id) > (:name, :id)', { name: page.after[0], id: page.after[1] });
  return keyedEntities(query, ['lower(c.company_name)']);
}

export function countSharedCustomers(manager: EntityManager, providerId: string, resellerId: string): Promise<number> {
  return sharedCustomersQuery(manager, providerId, resellerId).getCount();
}
