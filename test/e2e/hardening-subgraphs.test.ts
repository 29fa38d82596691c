import { randomUUID } from 'node:crypto';
import type { SubgraphName } from '../../platform/supergraph.js';
import { TENANT } from '../../scripts/seed/world.js';
import { graphql, startTestStack, type GraphQLResponse, type TestStack } from '../helpers/stack.js';

/**
 * Issue 13 kinds 2–4 on the subgraph side: a client's mistake is a client error naming the argument, through the
 * gateway and on a direct call to the subgraph alike; never INTERNAL_SERVER_ERROR. Literal arguments, so that the
 * gateway's own variable coercion (kind 1) is not what is tested.
 */
describe('issue 13: client input at the subgraphs', () => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    for (const email of ['anna@contoso.it', 'marco@contoso.it', 'paolo@northwind.it']) tokens[email] = await stack.signIn(email);
  });
  afterAll(() => stack?.close());

  /** The first error of `query` as `email`, sent through the gateway and straight to `subgraph`: both must agree. */
  async function errorBothWays(subgraph: SubgraphName, email: string | null, query: string, variables?: Record<string, unknown>) {
    const token = email ? tokens[email] : undefined;
    const results: GraphQLResponse[] = [
      await stack.query(query, { token, variables }),
      await graphql(stack.subgraphUrls[subgraph], query, { token, variables }),
    ];
    for (const result of results) {
      expect(result.status).toBeLessThan(500);
      expect(result.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    const [viaGateway, direct] = results.map((result) => {
      const { serviceName: _service, ...extensions } = result.errors?.[0]?.extensions ?? {};
      return { message: result.errors?.[0]?.message, extensions };
    });
    expect(direct).toEqual(viaGateway);
    return viaGateway;
  }

  describe('issue 13 kind 2: database rejections of client input are client errors', () => {
    it('U+0000 in a search string is BAD_USER_INPUT / INVALID_CHARACTERS naming `search`', async () => {
      const error = await errorBothWays('customers', 'anna@contoso.it', '{ customers(search: "Con\\u0000toso") { totalCount } }');
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHARACTERS', argument: 'search' });
      expect(error.message).toContain('"search"');
    });

    it('U+0000 inside an input object names its path (createCustomerServiceRequest input.primaryContact.firstName)', async () => {
      const error = await errorBothWays('customers', 'marco@contoso.it', `mutation { createCustomerServiceRequest(customerId: "${TENANT.adatum}",
        input: { productFamily: OFFICE_365, title: "t", description: "d", severity: MINIMAL, supportTopicId: "1",
          primaryContact: { firstName: "A\\u0000", lastName: "B", email: "a@b.it" } }) { id } }`);
      expect(error.extensions).toMatchObject({ reason: 'INVALID_CHARACTERS', argument: 'input.primaryContact.firstName' });
    });

    it.each([
      ['customers', '{ customer(id: "not-a-uuid") { id } }', 'id'],
      ['partners', 'mutation { revokeProviderTenantAdminAccess(providerId: "x") { id } }', 'providerId'],
      ['customers', 'mutation { removeCustomerRelationship(customerId: "x") { id } }', 'customerId'],
      ['identity', '{ partnerUser(id: "------------------------------------") { id } }', 'id'],
    ] as const)('%s: a malformed id in %s is NOT_FOUND / UNKNOWN_ID naming it', async (subgraph, query, argument) => {
      const error = await errorBothWays(subgraph, 'anna@contoso.it', query);
      expect(error.extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'UNKNOWN_ID', argument });
      expect(error.message).toContain(`"${argument}"`);
    });

    it('a malformed id used as a filter or inside a list is BAD_USER_INPUT / INVALID_ID', async () => {
      expect((await errorBothWays('customers', 'anna@contoso.it', '{ customers(filter: { indirectReseller: "x" }) { totalCount } }'))
        .extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', argument: 'filter.indirectReseller' });
      expect((await errorBothWays('customers', 'marco@contoso.it',
        `mutation { assignCustomerUserLicenses(id: "${randomUUID()}", add: ["${randomUUID()}", "nope"]) { id } }`))
        .extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', argument: 'add[1]' });
    });

    it('a forged cursor whose id part is not a UUID is INVALID_CURSOR', async () => {
      for (const values of [['adatum s.p.a.', 'not-a-uuid'], ['customers', 'adatum s.p.a.', 'not-a-uuid']]) {
        const forged = Buffer.from(JSON.stringify(values)).toString('base64url');
        const error = await errorBothWays('customers', 'anna@contoso.it', `{ customers(after: "${forged}") { totalCount } }`);
        expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' });
      }
    });

    it('a refresh token whose id part is 36 dashes is the usual INVALID_REFRESH_TOKEN, not a database error', async () => {
      const error = await errorBothWays('identity', null, `mutation { refreshAccessToken(refreshToken: "${'-'.repeat(36)}.secret") {
        accessToken } }`);
      expect(error.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_REFRESH_TOKEN' });
    });

    it('an entity representation with a malformed id, sent straight to a subgraph, is a client error (the backstop)', async () => {
      const result = await graphql(stack.subgraphUrls.customers,
        'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Customer { id } } }',
        { token: tokens['anna@contoso.it'], variables: { r: [{ __typename: 'Customer', id: 'not-a-uuid' }] } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_ID', argument: 'representations[0].id' });
    });
  });

  describe('issue 13 kind 3: DateTime takes only RFC 3339 date-times that exist', () => {
    const LIST = (value: string) => `{ customers(filter: { establishedAfter: ${JSON.stringify(value)} }) { totalCount } }`;

    it.each(['2026-02-30T00:00:00Z', '2025-02-29T00:00:00Z', 'yesterday', '2026-03-01', '2026-03-01T10:00:00', '2026-03-01 10:00:00Z',
      '2026-03-01T24:00:00Z', '03/01/2026'])('%s is BAD_USER_INPUT / INVALID_DATE_TIME naming the argument', async (value) => {
      const error = await errorBothWays('customers', 'anna@contoso.it', LIST(value));
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_DATE_TIME', argument: 'filter.establishedAfter' });
      expect(error.message).toContain('"filter.establishedAfter"');
    });

    it('a variable gets the same answer; a leap day and an offset are fine', async () => {
      const query = 'query ($d: DateTime) { customers(filter: { establishedAfter: $d }) { totalCount } }';
      const error = await errorBothWays('customers', 'anna@contoso.it', query, { d: '2026-02-30T00:00:00Z' });
      expect(error.extensions).toMatchObject({ reason: 'INVALID_DATE_TIME', argument: 'filter.establishedAfter' });
      for (const d of ['2024-02-29T00:00:00Z', '2026-03-01T10:00:00.123+01:00']) {
        const result = await stack.query(query, { token: tokens['anna@contoso.it'], variables: { d } });
        expect(result.errors).toBeUndefined();
      }
    });
  });

  describe('issue 13 kind 4: every free-text and list input is bounded', () => {
    it('createPartnerSupportTicket with a 200,000-character title is VALUE_TOO_LONG naming input.title', async () => {
      const error = await errorBothWays('partners', 'anna@contoso.it', `mutation ($t: String!) {
        createPartnerSupportTicket(input: { title: $t, description: "d", severity: MINIMAL }) { id } }`, { t: 'x'.repeat(200_000) });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_TOO_LONG', argument: 'input.title', max: 256 });
      expect(error.message).toBe('"input.title" is too long: at most 256 characters.');
      const tickets = await stack.query('{ partnerSupportTickets { totalCount } }', { token: tokens['anna@contoso.it'] });
      expect(tickets.data).toEqual({ partnerSupportTickets: { totalCount: 0 } });
    });

    it('a too-long displayName says VALUE_TOO_LONG, not REQUIRED_FIELD', async () => {
      const me = await stack.query<{ me: { id: string } }>('{ me { id } }', { token: tokens['anna@contoso.it'] });
      const error = await errorBothWays('identity', 'anna@contoso.it', `mutation {
        updatePartnerUser(id: "${me.data!.me.id}", input: { displayName: "${'n'.repeat(257)}" }) { id } }`);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_TOO_LONG', argument: 'input.displayName', max: 256 });
    });

    it('the limit counts characters, not UTF-16 units: 256 emoji are a valid display name', async () => {
      const me = await stack.query<{ me: { id: string } }>('{ me { id } }', { token: tokens['anna@contoso.it'] });
      const result = await stack.query(`mutation ($n: String) { updatePartnerUser(id: "${me.data!.me.id}", input: { displayName: $n }) {
        displayName } }`, { token: tokens['anna@contoso.it'], variables: { n: '😀'.repeat(256) } });
      expect(result.errors).toBeUndefined();
    });

    it('a 100,000-character password is refused before it is hashed', async () => {
      const error = await errorBothWays('identity', null, `mutation ($p: String!) { signIn(email: "anna@contoso.it", password: $p) {
        accessToken } }`, { p: 'p'.repeat(100_000) });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VALUE_TOO_LONG', argument: 'password' });
    });

    it('an oversized list is TOO_MANY_ITEMS naming it (submitOrder lines, assignCustomerUserLicenses add)', async () => {
      const lines = Array.from({ length: 101 }, () => ({ offerId: 'O365-E3', quantity: 1 }));
      const order = await errorBothWays('customers', 'paolo@northwind.it', `mutation ($l: [OrderLineInput!]!) {
        submitOrder(customerId: "${TENANT.litware}", lines: $l) { orderId } }`, { l: lines });
      expect(order.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TOO_MANY_ITEMS', argument: 'lines', max: 100 });
      const ids = Array.from({ length: 101 }, () => randomUUID());
      const licenses = await errorBothWays('customers', 'marco@contoso.it', `mutation ($a: [ID!]) {
        assignCustomerUserLicenses(id: "${randomUUID()}", add: $a) { id } }`, { a: ids });
      expect(licenses.extensions).toMatchObject({ reason: 'TOO_MANY_ITEMS', argument: 'add', max: 100 });
    });

    it('the services still answer afterwards', async () => {
      const result = await stack.query('{ me { displayName } customers(first: 1) { totalCount } myOrganization { companyName } }',
        { token: tokens['anna@contoso.it'] });
      expect(result.errors).toBeUndefined();
    });
  });
});
