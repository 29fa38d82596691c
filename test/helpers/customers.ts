import pg from 'pg';
import type { AccessClaims } from '../../platform/tokens.js';
import { startTestStack, waitFor, type GraphQLResponse, type TestStack } from './stack.js';

export { errorOf, waitFor } from './stack.js';

export interface CustomersWorld {
  stack: TestStack;
  db: pg.Client;
  /** a cached access token of a demo user */
  as(email: string): Promise<string>;
  /** runs an operation as a demo user */
  run<T = Record<string, unknown>>(email: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** signs an access token with the stack's keys: for principals the fixture world has no user for */
  tokenFor(claims: Partial<AccessClaims> & Pick<AccessClaims, 'sub' | 'tid'>): Promise<string>;
  /**
   * A partners event, as the partners subgraph would publish it (docs/events.md), once customers' consumer has
   * applied it to its read model.
   */
  publishPartnersEvent(event: { type: string; aggregateId: string; partnerIds: string[]; payload: Record<string, unknown> }): Promise<void>;
  /** a new customer tenant with its global admin (identity's createWorkAccount), once customers has read TenantCreated */
  newCustomerTenant(prefix: string, countryCode?: string): Promise<{ tenantId: string; email: string; token: string }>;
  close(): Promise<void>;
}

const NEWCOMER_PASSWORD = 'Customer-Secret-2026';

export async function startCustomersWorld(options: { demo?: boolean } = {}): Promise<CustomersWorld> {
  const stack = await startTestStack(options);
  const db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  const tokens = new Map<string, string>();
  const as = async (email: string) => {
    let token = tokens.get(email);
    if (!token) {
      token = await stack.signIn(email);
      tokens.set(email, token);
    }
    return token;
  };
  return {
    stack,
    db,
    as,
    run: async (email, query, variables) => stack.query(query, { token: await as(email), variables }),
    tokenFor: (claims) => stack.tokenFor(claims),
    async publishPartnersEvent(event) {
      const { rows } = await db.query<{ id: string }>(`insert into partners.events (type, aggregate_id, partner_ids, actor, payload)
        values ($1, $2, $3, '{"kind":"SYSTEM"}', $4) returning id`, [event.type, event.aggregateId, event.partnerIds, event.payload]);
      await db.query("select pg_notify('partners_events', $1)", [String(rows[0].id)]);
      await waitFor(async () => {
        const { rows: checkpoint } = await db.query<{ last_event_id: string }>(
          "select last_event_id from customers.consumed_events where producer = 'partners'");
        return checkpoint[0] && BigInt(checkpoint[0].last_event_id) >= BigInt(rows[0].id);
      }, `customers to apply ${event.type}`);
    },
    async newCustomerTenant(prefix, countryCode = 'IT') {
      const result = await stack.query<{ createWorkAccount: { tenant: { id: string }; user: { userPrincipalName: string } } }>(
        `mutation ($input: CreateWorkAccountInput!) { createWorkAccount(input: $input) { tenant { id } user { userPrincipalName } } }`,
        { variables: { input: { companyName: `${prefix} company`, domainPrefix: prefix, countryCode, firstName: 'Customer',
          lastName: 'Admin', userName: 'admin', password: NEWCOMER_PASSWORD } } });
      if (!result.data?.createWorkAccount) throw new Error(`createWorkAccount failed: ${JSON.stringify(result.errors)}`);
      const { tenant, user } = result.data.createWorkAccount;
      await waitFor(async () => (await db.query('select 1 from customers.tenants where id = $1', [tenant.id])).rowCount,
        'customers to read TenantCreated');
      const token = await stack.signIn(user.userPrincipalName, NEWCOMER_PASSWORD);
      return { tenantId: tenant.id, email: user.userPrincipalName, token };
    },
    async close() {
      await db.end();
      await stack.close();
    },
  };
}

/** The single-use token in a personalised request link. */
export function tokenOf(url: string): string {
  const token = new URL(url).searchParams.get('token');
  if (!token) throw new Error(`no token in ${url}`);
  return token;
}

export const CREATE_REQUEST = `mutation ($dap: Boolean!, $hint: String, $draft: RequestDraftEmailInput) {
  createResellerRelationshipRequest(includeDelegatedAdminPrivileges: $dap, customerEmailHint: $hint, draftEmail: $draft) {
    id state url expiresAt includeDelegatedAdminPrivileges draftEmail { subject body url } jointProvider { id } } }`;

export const CREATE_JOINT_REQUEST = `mutation ($provider: ID!, $dap: Boolean!) {
  createJointResellerRelationshipRequest(providerId: $provider, includeDelegatedAdminPrivileges: $dap) {
    id state url jointProvider { id } draftEmail { body url } } }`;

export const ACCEPT_REQUEST = `mutation ($token: String!) { acceptResellerRelationshipRequest(token: $token) {
  requestId state customerId requestingPartnerId requestingPartnerName jointProviderId delegatedAdminGranted } }`;

export interface CreatedRequestData { id: string; state: string; url: string; expiresAt: string; draftEmail: { subject: string; body: string; url: string } }
