import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { EntitySchema, ObjectLiteral } from 'typeorm';
import type { SubgraphName } from '../../platform/supergraph.js';
import { TENANT } from '../../scripts/seed/world.js';
import { SUBGRAPHS } from '../../scripts/stack.js';
import {
  customerRelationshipsList, customerServiceRequestsList, customerSubscriptionsList, leadsList, requestsList, serviceIncidentsList,
} from '../../subgraphs/customers/listings.js';
import { CustomerEntity } from '../../subgraphs/customers/model/customer.js';
import { CustomerUserEntity } from '../../subgraphs/customers/model/customer-user.js';
import { CustomerLeadEntity } from '../../subgraphs/customers/model/lead.js';
import {
  CustomerRelationshipEntity, DelegatedAdminGrantEntity, PartnershipFactEntity,
} from '../../subgraphs/customers/model/relationship.js';
import { RelationshipRequestEntity } from '../../subgraphs/customers/model/request.js';
import { CustomerSubscriptionEntity } from '../../subgraphs/customers/model/subscription.js';
import { CustomerServiceRequestEntity, ServiceIncidentEntity } from '../../subgraphs/customers/model/support.js';
import { customersOf } from '../../subgraphs/customers/repository.js';
import {
  grantVisibleTo, leadVisibleTo, relationshipListedFor, relationshipVisibleTo, requestVisibleTo, serviceRequestVisibleTo,
  subscriptionVisibleTo,
} from '../../subgraphs/customers/visibility.js';
import { UserEntity } from '../../subgraphs/identity/model/user.js';
import { partnerUserVisibleTo } from '../../subgraphs/identity/visibility.js';
import { inTransaction, SYSTEM_SCOPE } from '../../subgraphs/kit/database.js';
import type { SqlQuery } from '../../subgraphs/kit/loaders.js';
import { contactRequestsList, invitationsList, partnershipsList, ticketsList } from '../../subgraphs/partners/listings.js';
import { ContactRequestEntity } from '../../subgraphs/partners/model/directory.js';
import { EnrollmentEntity } from '../../subgraphs/partners/model/enrollment.js';
import { PartnershipInvitationEntity } from '../../subgraphs/partners/model/invitation.js';
import { OrganizationEntity } from '../../subgraphs/partners/model/organization.js';
import { PartnershipEntity } from '../../subgraphs/partners/model/partnership.js';
import { SupportTicketEntity } from '../../subgraphs/partners/model/support.js';
import {
  contactRequestVisibleTo, enrollmentVisibleTo, invitationVisibleTo, organizationVisibleTo, partnershipVisibleTo, ticketVisibleTo,
} from '../../subgraphs/partners/visibility.js';
import { rowLevelWorld, type RowLevelWorld } from '../helpers/row-level-security.js';

/**
 * §4.4 / issue 15: each entity's visibility function (subgraphs/<subgraph>/visibility.ts) and its row-level security
 * policy (the second lock) agree. For every partner organization of the demo world, widened below with rows for
 * every party and state, the rows a partner-scoped transaction reads equal the rows the function accepts for that
 * partner; where the policy is deliberately wider than the entity rule, the test names the difference. The
 * listings' SQL, which pages by the same rules, returns exactly the rows the function accepts.
 */

type Subgraph = SubgraphName;
type Row = ObjectLiteral;

const PARTNERS = { contoso: TENANT.contoso, fabrikam: TENANT.fabrikam, northwind: TENANT.northwind, woodgrove: TENANT.woodgrove };
const BERGWERK = randomUUID();
/** A work account enrolling: its tenant is no partner organization yet. */
const NEWCOMER = randomUUID();
const NOW = new Date();
const ids = (rows: Row[]) => new Set(rows.map((row) => row.id as string));

describe('visibility functions and row-level security agree (§4.4, T-13)', () => {
  let world: RowLevelWorld;
  let owner: pg.Client;
  let pools: RowLevelWorld['pools'];

  /** Every row of the table, read with system scope (checked against the owner's count). */
  async function allRows<T extends Row>(subgraph: Subgraph, entity: EntitySchema<T>): Promise<T[]> {
    const rows = await inTransaction(pools[subgraph], SYSTEM_SCOPE, (tx) => tx.getRepository(entity).find());
    const table = `${SUBGRAPHS[subgraph].schema}.${entity.options.tableName}`;
    const { rows: [{ n }] } = await owner.query(`select count(*)::int as n from ${table}`);
    expect({ table, rows: rows.length }).toEqual({ table, rows: n });
    return rows as T[];
  }

  /** The rows the partner's own scoped transaction reads (the policy decides). */
  const rowsUnderPolicy = async <T extends Row>(subgraph: Subgraph, entity: EntitySchema<T>, partnerId: string) =>
    ids(await inTransaction(pools[subgraph], { partnerId }, (tx) => tx.getRepository(entity).find()));

  /** What a listing's page query returns, run with system scope so that only its own SQL filters. */
  const listed = async (subgraph: Subgraph, [sql, params]: SqlQuery) =>
    ids(await inTransaction(pools[subgraph], SYSTEM_SCOPE, (tx) => tx.query(sql, params as unknown[])));

  beforeAll(async () => {
    world = await rowLevelWorld();
    ({ owner, pools } = world);
    await widenTheWorld(owner);
  });
  afterAll(() => world?.close());

  /** Each entity whose policy is its T-rule: the two are the same set of rows for every partner. */
  type Case = [string, Subgraph, EntitySchema<Row>, (row: Row, partnerId: string) => boolean];
  const sameRule = <T extends Row>(
    label: string, subgraph: Subgraph, entity: EntitySchema<T>, rule: (row: T, partnerId: string) => boolean,
  ) => [label, subgraph, entity, rule] as unknown as Case;
  const SAME_RULE: Case[] = [
    sameRule('T-7 subscriptions', 'customers', CustomerSubscriptionEntity, subscriptionVisibleTo),
    sameRule('T-9 service requests', 'customers', CustomerServiceRequestEntity, serviceRequestVisibleTo),
    sameRule('T-12 leads', 'customers', CustomerLeadEntity, leadVisibleTo),
    sameRule('T-2 partnerships', 'partners', PartnershipEntity, partnershipVisibleTo),
    sameRule('T-12 partnership invitations', 'partners', PartnershipInvitationEntity, invitationVisibleTo),
    sameRule('T-12 provider contact requests', 'partners', ContactRequestEntity, contactRequestVisibleTo),
    sameRule('T-11 partner users', 'identity', UserEntity, (user, tenantId) => partnerUserVisibleTo(user, { tenantId })),
  ];

  it.each(SAME_RULE)('%s: the policy lets each partner read exactly what the function accepts', async (_, subgraph, entity, rule) => {
    const rows = await allRows(subgraph, entity);
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      const accepted = ids(rows.filter((row) => rule(row, partnerId)));
      expect({ name, rows: await rowsUnderPolicy(subgraph, entity, partnerId) }).toEqual({ name, rows: accepted });
    }
    // the widened world gives every rule something to accept and something to refuse
    expect(Object.values(PARTNERS).some((p) => rows.some((row) => rule(row, p)) && rows.some((row) => !rule(row, p)))).toBe(true);
  });

  it('T-10 partner support tickets: the policy is the organization\'s, the union of its users\' (the creator\'s alone)', async () => {
    const rows = await allRows('partners', SupportTicketEntity);
    const users = new Set(rows.map((row) => row.createdBy));
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      const accepted = ids(rows.filter((row) => [...users].some((userId) => ticketVisibleTo(row, { partnerId, userId }))));
      expect({ name, rows: await rowsUnderPolicy('partners', SupportTicketEntity, partnerId) }).toEqual({ name, rows: accepted });
    }
  });

  it('P-03 enrollment applications: the policy is the organization\'s, what its P-03 roles read; it is wider for the others', async () => {
    const rows = await allRows('partners', EnrollmentEntity);
    const creators = [...new Set(rows.map((row) => row.createdBy))];
    const member = (tenantId: string, partnerId: string | null, userId: string, adminRole: 'GLOBAL_ADMIN' | 'BILLING_ADMIN') =>
      ({ userId, tenantId, partnerId, agentRole: 'NONE' as const, adminRole });
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      const underPolicy = await rowsUnderPolicy('partners', EnrollmentEntity, partnerId);
      // A P-03 role of the organization (here its global admin, no creator) reads exactly what the policy lets through.
      const reader = member(partnerId, partnerId, randomUUID(), 'GLOBAL_ADMIN');
      expect({ name, rows: underPolicy }).toEqual({ name, rows: ids(rows.filter((row) => enrollmentVisibleTo(row, reader))) });
      // Wider by role: a member without a P-03 role reads the organization's every application under the policy, while
      // the function gives it only those it created.
      for (const userId of creators) {
        const billing = member(partnerId, partnerId, userId, 'BILLING_ADMIN');
        expect({ name, userId, rows: ids(rows.filter((row) => enrollmentVisibleTo(row, billing))) })
          .toEqual({ name, userId, rows: ids(rows.filter((row) => row.tenantId === partnerId && row.createdBy === userId)) });
      }
    }
    expect(rows.some((row) => rows.some((other) => other.tenantId === row.tenantId && other.createdBy !== row.createdBy))).toBe(true);
    // Wider by scope: a caller without a partner id (a tenant enrolling) runs in system scope, where the policy admits
    // every row; the function alone keeps it to what its user created, whatever its roles.
    const unscoped = ids(await inTransaction(pools.partners, { partnerId: null }, (tx) => tx.getRepository(EnrollmentEntity).find()));
    expect(unscoped).toEqual(ids(rows));
    for (const row of rows.filter((r) => r.tenantId === NEWCOMER)) {
      const creator = member(NEWCOMER, null, row.createdBy, 'GLOBAL_ADMIN');
      expect(ids(rows.filter((r) => enrollmentVisibleTo(r, creator)))).toEqual(ids(rows.filter((r) => r.createdBy === row.createdBy)));
      expect(rows.filter((r) => enrollmentVisibleTo(r, member(NEWCOMER, null, randomUUID(), 'GLOBAL_ADMIN')))).toEqual([]);
    }
    expect(rows.some((row) => row.tenantId === NEWCOMER)).toBe(true);
  });

  it('T-2 organizations: no policy, every header is readable; the function accepts the own and the ACTIVE partners P-06 lists', async () => {
    const organizations = await allRows('partners', OrganizationEntity);
    const partnerships = await allRows('partners', PartnershipEntity);
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      expect({ name, rows: await rowsUnderPolicy('partners', OrganizationEntity, partnerId) }).toEqual({ name, rows: ids(organizations) });
      const own = partnerships.filter((p) => partnershipVisibleTo(p, partnerId));
      const accepted = ids(organizations.filter((o) => organizationVisibleTo(o.id, partnerId, own)));
      const paged = new Set([
        ...await listed('partners', partnershipsList(partnerId, 'provider').page(null, 1000)),
        ...await listed('partners', partnershipsList(partnerId, 'reseller').page(null, 1000)),
      ]);
      const partnered = new Set(partnerships.filter((p) => paged.has(p.id))
        .map((p) => (p.providerId === partnerId ? p.resellerId : p.providerId)));
      expect({ name, rows: accepted }).toEqual({ name, rows: ids(organizations.filter((o) => o.id === partnerId || partnered.has(o.id))) });
    }
    // a REMOVED partnership (Woodgrove and Fabrikam) shows neither to the other
    expect(organizationVisibleTo(PARTNERS.woodgrove, PARTNERS.fabrikam, partnerships.filter((p) => partnershipVisibleTo(p, PARTNERS.fabrikam))))
      .toBe(false);
  });

  it('T-12 relationship requests: the policy adds the joint provider\'s reading of a joint request', async () => {
    const rows = await allRows('customers', RelationshipRequestEntity);
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      const accepted = ids(rows.filter((row) => requestVisibleTo(row, partnerId) || row.jointProviderId === partnerId));
      expect({ name, rows: await rowsUnderPolicy('customers', RelationshipRequestEntity, partnerId) }).toEqual({ name, rows: accepted });
    }
    expect(rows.some((row) => row.jointProviderId && !requestVisibleTo(row, row.jointProviderId))).toBe(true);
  });

  it('T-6 / T-9 relationships and DAP grants: own by id; the policy adds those of partnered organizations (any state)', async () => {
    const partnerships = await allRows('customers', PartnershipFactEntity);
    const partneredWith = (partnerId: string) => new Set(partnerships.flatMap((p) =>
      (p.providerId === partnerId ? [p.resellerId] : p.resellerId === partnerId ? [p.providerId] : [])));
    const rules = [[CustomerRelationshipEntity, relationshipVisibleTo], [DelegatedAdminGrantEntity, grantVisibleTo]] as const;
    for (const [entity, rule] of rules) {
      const rows = await allRows('customers', entity as EntitySchema<Row & { partnerId: string }>);
      for (const [name, partnerId] of Object.entries(PARTNERS)) {
        const accepted = ids(rows.filter((row) => rule(row, partnerId) || partneredWith(partnerId).has(row.partnerId)));
        expect({ name, rows: await rowsUnderPolicy('customers', entity as never, partnerId) }).toEqual({ name, rows: accepted });
      }
    }
  });

  it('T-4 / T-11 customers and their users: every one the caller may see is readable under the policy', async () => {
    const relationships = await allRows('customers', CustomerRelationshipEntity);
    const grants = await allRows('customers', DelegatedAdminGrantEntity);
    const customers = await allRows('customers', CustomerEntity);
    const users = await allRows('customers', CustomerUserEntity);
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      const related = (customerId: string) => relationships.some((r) => r.customerId === customerId && r.state === 'ACTIVE'
        && relationshipVisibleTo(r, partnerId));
      const delegated = (customerId: string) => grants.some((g) => g.customerId === customerId && g.state === 'ACTIVE'
        && grantVisibleTo(g, partnerId));
      const readableCustomers = await rowsUnderPolicy('customers', CustomerEntity, partnerId);
      const visibleCustomers = customers.filter((c) => related(c.id)).map((c) => c.id);
      expect({ name, missing: visibleCustomers.filter((id) => !readableCustomers.has(id)) }).toEqual({ name, missing: [] });
      // C-01's listing (repository.ts) pages exactly the customers visibleCustomer resolves.
      const listedCustomers = await inTransaction(pools.customers, SYSTEM_SCOPE,
        (tx) => customersOf(tx, partnerId, { limit: 1000, after: null }));
      expect({ name, listed: new Set(listedCustomers.map(({ node }) => node.id)) }).toEqual({ name, listed: new Set(visibleCustomers) });
      // C-18: the users' policy is the caller's own ACTIVE relationship; the resolver also asks for DAP.
      const readableUsers = await rowsUnderPolicy('customers', CustomerUserEntity, partnerId);
      expect({ name, rows: readableUsers }).toEqual({ name, rows: ids(users.filter((u) => related(u.customerId))) });
      expect(users.filter((u) => related(u.customerId) && delegated(u.customerId)).every((u) => readableUsers.has(u.id))).toBe(true);
    }
  });

  it('the listings\' SQL returns exactly what the customers functions accept', async () => {
    const customerIds = (await allRows('customers', CustomerEntity)).map((c) => c.id);
    const subscriptions = await allRows('customers', CustomerSubscriptionEntity);
    const relationships = await allRows('customers', CustomerRelationshipEntity);
    const serviceRequests = await allRows('customers', CustomerServiceRequestEntity);
    const requests = await allRows('customers', RelationshipRequestEntity);
    const leads = await allRows('customers', CustomerLeadEntity);
    const partnerships = await allRows('customers', PartnershipFactEntity);
    const incidents = await allRows('customers', ServiceIncidentEntity);
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      const partners = new Set(partnerships.filter((p) => p.state === 'ACTIVE' && partnershipVisibleTo(p, partnerId))
        .map((p) => (p.providerId === partnerId ? p.resellerId : p.providerId)));
      expect({ name, listed: await listed('customers', customerSubscriptionsList(partnerId).page(customerIds, null, null, 1000)) })
        .toEqual({ name, listed: ids(subscriptions.filter((s) => subscriptionVisibleTo(s, partnerId))) });
      expect({ name, listed: await listed('customers', customerRelationshipsList(partnerId).page(customerIds, null, null, 1000)) })
        .toEqual({ name, listed: ids(relationships.filter((r) => relationshipListedFor(r, partnerId, partners))) });
      expect({ name, listed: await listed('customers', customerServiceRequestsList(partnerId).page(customerIds, null, null, 1000)) })
        .toEqual({ name, listed: ids(serviceRequests.filter((r) => serviceRequestVisibleTo(r, partnerId))) });
      expect({ name, listed: await listed('customers', requestsList(partnerId, null, NOW).page(null, 1000)) })
        .toEqual({ name, listed: ids(requests.filter((r) => requestVisibleTo(r, partnerId))) });
      expect({ name, listed: await listed('customers', leadsList(partnerId, null).page(null, 1000)) })
        .toEqual({ name, listed: ids(leads.filter((l) => leadVisibleTo(l, partnerId))) });
      const related = (customerId: string) => relationships.some((r) => r.customerId === customerId && r.state === 'ACTIVE'
        && relationshipVisibleTo(r, partnerId));
      expect({ name, listed: await listed('customers', serviceIncidentsList(partnerId, null).page(null, 1000)) })
        .toEqual({ name, listed: ids(incidents.filter((i) => i.customerId === null || related(i.customerId))) });
    }
  });

  it('the listings\' SQL returns exactly what the partners functions accept', async () => {
    const partnerships = await allRows('partners', PartnershipEntity);
    const invitations = await allRows('partners', PartnershipInvitationEntity);
    const contactRequests = await allRows('partners', ContactRequestEntity);
    const tickets = await allRows('partners', SupportTicketEntity);
    const union = async (...lists: SqlQuery[]) => new Set((await Promise.all(lists.map((list) => listed('partners', list))))
      .flatMap((set) => [...set]));
    for (const [name, partnerId] of Object.entries(PARTNERS)) {
      expect({ name, listed: await union(partnershipsList(partnerId, 'provider').page(null, 1000),
        partnershipsList(partnerId, 'reseller').page(null, 1000)) })
        .toEqual({ name, listed: ids(partnerships.filter((p) => p.state === 'ACTIVE' && partnershipVisibleTo(p, partnerId))) });
      expect({ name, listed: await union(contactRequestsList(partnerId, 'SENT', null, NOW).page(null, 1000),
        contactRequestsList(partnerId, 'RECEIVED', null, NOW).page(null, 1000)) })
        .toEqual({ name, listed: ids(contactRequests.filter((r) => contactRequestVisibleTo(r, partnerId))) });
      // P-07 lists what was sent and answered; one still only addressed to the partner (T-2) resolves but is not listed.
      expect({ name, listed: await union(invitationsList(partnerId, 'SENT', null, NOW).page(null, 1000),
        invitationsList(partnerId, 'RECEIVED', null, NOW).page(null, 1000)) })
        .toEqual({ name, listed: ids(invitations.filter((i) => invitationVisibleTo({ ...i, inviteePartnerId: null }, partnerId))) });
      for (const userId of new Set(tickets.map((t) => t.createdBy))) {
        expect({ name, userId, listed: await listed('partners', ticketsList({ partnerId, userId }).page(null, 1000)) })
          .toEqual({ name, userId, listed: ids(tickets.filter((t) => ticketVisibleTo(t, { partnerId, userId }))) });
      }
    }
  });
});

/**
 * The demo world (Northwind provides for Contoso) plus rows for every party and state: Northwind also provides for
 * Fabrikam (two resellers of one provider, T-6), Woodgrove and Fabrikam were partners once (REMOVED), and each table
 * holds rows of several partners.
 */
async function widenTheWorld(db: pg.Client) {
  const { contoso, fabrikam, northwind, woodgrove, adatum, litware } = TENANT;
  const user = () => randomUUID();
  const ticketCreators = [user(), user(), user()];
  await db.query(`insert into partners.partnerships (id, provider_id, reseller_id, state) values
    ($1, $3, $4, 'ACTIVE'), ($2, $5, $4, 'REMOVED')`, [randomUUID(), randomUUID(), northwind, fabrikam, woodgrove]);
  await db.query(`insert into customers.partnerships (id, provider_id, reseller_id, state) values
    ($1, $3, $4, 'ACTIVE'), ($2, $5, $4, 'REMOVED')`, [randomUUID(), randomUUID(), northwind, fabrikam, woodgrove]);
  await db.query(`insert into customers.customers (id, company_name, domain, country) values ($1, 'Bergwerk GmbH', 'bergwerk.de', 'DE')`,
    [BERGWERK]);
  for (const [partnerId, customerId, state] of [[fabrikam, litware, 'ACTIVE'], [fabrikam, adatum, 'REMOVED'],
    [woodgrove, BERGWERK, 'ACTIVE']]) {
    await db.query(`insert into customers.relationships (id, customer_id, partner_id, state, source) values ($1, $2, $3, $4, 'IMPORTED')`,
      [randomUUID(), customerId, partnerId, state]);
    await db.query('insert into customers.delegated_admin_grants (id, partner_id, customer_id, state) values ($1, $2, $3, $4)',
      [randomUUID(), partnerId, customerId, state]);
  }
  for (const [customerId, providerId, resellerId] of [[litware, northwind, fabrikam], [BERGWERK, woodgrove, null],
    [adatum, woodgrove, contoso]]) {
    await db.query(`insert into customers.subscriptions (id, customer_id, order_id, provider_id, reseller_id, offer_id, offer_name,
        product_family, quantity, unit_type, status, billing_cycle, creation_date)
      values ($1, $2, $3, $4, $5, 'AZURE-PLAN', 'Azure plan', 'AZURE', 1, 'Usage-based', 'ACTIVE', 'MONTHLY', now())`,
    [randomUUID(), customerId, randomUUID(), providerId, resellerId]);
  }
  for (const partnerId of [contoso, northwind, fabrikam]) {
    await db.query(`insert into customers.service_requests (id, customer_id, partner_id, created_by, product_family, title, description,
        severity, support_topic_id, status, primary_contact, created_date)
      values ($1, $2, $3, $4, 'AZURE', 'Slow VM', 'A VM is slow.', 'MINIMAL', 'vm', 'OPEN', '{}', now())`,
    [randomUUID(), litware, partnerId, user()]);
  }
  for (const [requestingPartnerId, jointProviderId] of [[contoso, null], [fabrikam, northwind], [woodgrove, null]]) {
    await db.query(`insert into customers.relationship_requests (id, requesting_partner_id, joint_provider_id, include_dap, token_hash,
        state, created_by, created_at, expires_at) values ($1, $2, $3, false, $4, 'PENDING', $5, now(), now() + interval '7 days')`,
    [randomUUID(), requestingPartnerId, jointProviderId, randomUUID(), user()]);
  }
  await db.query(`insert into customers.leads (id, owner_id, name, status, substatus, qualification, customer_profile, consent,
      created_at, updated_at) select $1, $2, name, status, substatus, qualification, customer_profile, consent, now(), now()
    from customers.leads limit 1`, [randomUUID(), northwind]);
  for (const [providerId, acceptedByOrg, inviteePartnerId, state] of [[northwind, fabrikam, null, 'ACCEPTED'],
    [woodgrove, null, contoso, 'PENDING'], [northwind, null, null, 'PENDING'], [woodgrove, fabrikam, null, 'DECLINED']]) {
    await db.query(`insert into partners.partnership_invitations (id, provider_id, token_hash, state, created_by, created_at, expires_at,
        accepted_by_org, invitee_partner_id) values ($1, $2, $3, $4, $5, now(), now() + interval '30 days', $6, $7)`,
    [randomUUID(), providerId, randomUUID(), state, user(), acceptedByOrg, inviteePartnerId]);
  }
  for (const [providerId, resellerId, state] of [[northwind, fabrikam, 'OPEN'], [woodgrove, contoso, 'DECLINED']]) {
    await db.query(`insert into partners.provider_contact_requests (id, provider_id, reseller_id, state, message, reply_to, created_by,
        created_at, expires_at) values ($1, $2, $3, $4, 'Hello', 'a@b.it', $5, now(), now() + interval '30 days')`,
    [randomUUID(), providerId, resellerId, state, user()]);
  }
  for (const [tenantId, status, createdBy] of [[contoso, 'REJECTED', user()], [contoso, 'APPROVED', user()],
    [northwind, 'APPROVED', user()], [NEWCOMER, 'CANCELLED', user()], [NEWCOMER, 'STARTED', user()]]) {
    await db.query(`insert into partners.enrollments (id, tenant_id, program, kind, status, created_by)
      values ($1, $2, 'INDIRECT_RESELLER', 'NEW_PARTNER', $3, $4)`, [randomUUID(), tenantId, status, createdBy]);
  }
  for (const [organizationId, createdBy] of [[contoso, ticketCreators[0]], [contoso, ticketCreators[1]], [northwind, ticketCreators[2]]]) {
    await db.query(`insert into partners.support_tickets (id, organization_id, created_by, title, description, severity, status)
      values ($1, $2, $3, 'Help', 'Please help.', 'MINIMAL', 'OPEN')`, [randomUUID(), organizationId, createdBy]);
  }
}
