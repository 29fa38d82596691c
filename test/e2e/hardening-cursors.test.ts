import { buildSchema, getNamedType, isNonNullType, isObjectType, type GraphQLField, type GraphQLObjectType } from 'graphql';
import { publicSchema } from '../../scripts/schema-release.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

type Page = { totalCount?: number; pageInfo: { hasNextPage: boolean; endCursor: string | null; startCursor: string | null }; edges: { cursor: string }[] };
const PAGE = 'pageInfo { hasNextPage startCursor endCursor } edges { cursor }';
const USERS = ['anna@contoso.it', 'paolo@northwind.it', 'ada@adatum.it', 'fabio@fabrikam.it'];

/**
 * Issue 13 kind 5 (cursors) and the paging of `first: 0`, through the gateway: a cursor is valid only for the list, the
 * caller's partner, the parent and the filter it was minted for; anything else, forged or not canonical base64url,
 * is INVALID_CURSOR naming `after`. `first: 0` is an empty page with no next page, so no client pages forever.
 */
describe('issue 13 kind 5: cursors are signed for one list, partner, parent and filter', () => {
  let stack: TestStack;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    stack = await startTestStack();
    for (const email of USERS) tokens[email] = await stack.signIn(email);
  });
  afterAll(async () => {
    await stack?.close();
  });

  const ask = (email: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql(stack.gatewayUrl, query, { token: tokens[email], variables });

  const expectInvalidCursor = (result: Awaited<ReturnType<typeof ask>>) => {
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_CURSOR', argument: 'after' });
    expect(result.errors?.[0]?.message).toContain('"after"');
  };

  const CUSTOMERS = `query ($after: String, $search: String) { customers(first: 1, after: $after, search: $search) { ${PAGE} } }`;

  async function customersCursor(email = 'anna@contoso.it', search: string | null = null): Promise<string> {
    const result = await ask(email, CUSTOMERS, { search });
    expect(result.errors).toBeUndefined();
    const cursor = (result.data!.customers as Page).pageInfo.endCursor;
    expect(cursor).toEqual(expect.any(String));
    return cursor!;
  }

  it('a cursor minted for the same list with another search (or none) is INVALID_CURSOR', async () => {
    const cursor = await customersCursor('anna@contoso.it', 'a');
    expect((await ask('anna@contoso.it', CUSTOMERS, { after: cursor, search: 'a' })).errors).toBeUndefined();
    expectInvalidCursor(await ask('anna@contoso.it', CUSTOMERS, { after: cursor }));
    expectInvalidCursor(await ask('anna@contoso.it', CUSTOMERS, { after: cursor, search: 'b' }));
  });

  it('a cursor minted for another partner is INVALID_CURSOR, the same list of the same partner takes it', async () => {
    const cursor = await customersCursor('anna@contoso.it');
    expectInvalidCursor(await ask('paolo@northwind.it', CUSTOMERS, { after: cursor }));
    const nested = `query ($after: String) { myOrganization { customers(first: 1, after: $after) { ${PAGE} } } }`;
    expect((await ask('anna@contoso.it', nested, { after: cursor })).errors).toBeUndefined();
  });

  it('a cursor minted for another filter of partnerUsers is INVALID_CURSOR', async () => {
    const query = `query ($after: String, $filter: PartnerUserFilter) { partnerUsers(first: 1, after: $after, filter: $filter) { ${PAGE} } }`;
    const first = await ask('anna@contoso.it', query, { filter: { state: 'ACTIVE' } });
    expect(first.errors).toBeUndefined();
    const cursor = (first.data!.partnerUsers as Page).pageInfo.endCursor;
    expect((await ask('anna@contoso.it', query, { after: cursor, filter: { state: 'ACTIVE' } })).errors).toBeUndefined();
    expectInvalidCursor(await ask('anna@contoso.it', query, { after: cursor }));
    expectInvalidCursor(await ask('anna@contoso.it', query, { after: cursor, filter: { state: 'ACTIVE', search: 'a' } }));
  });

  it('a nested list\'s cursor is valid under its own parent only', async () => {
    const customers = await ask('anna@contoso.it', '{ customers(first: 2) { edges { node { id } } } }');
    const [a, b] = (customers.data!.customers as { edges: { node: { id: string } }[] }).edges.map((edge) => edge.node.id);
    expect(b).toBeDefined();
    const query = `query ($id: ID!, $after: String) { customer(id: $id) { serviceHealth(first: 1, after: $after) { ${PAGE} } } }`;
    const page = await ask('anna@contoso.it', query, { id: a });
    expect(page.errors).toBeUndefined();
    const cursor = (page.data!.customer as { serviceHealth: Page }).serviceHealth.pageInfo.endCursor;
    expect(cursor).toEqual(expect.any(String));
    expect((await ask('anna@contoso.it', query, { id: a, after: cursor })).errors).toBeUndefined();
    const other = await ask('anna@contoso.it', query, { id: b, after: cursor });
    expectInvalidCursor(other);
    expect(other.errors![0].path).toEqual(['customer', 'serviceHealth']);
  });

  it('a forged cursor of a valid shape, or a real one in non-canonical base64, is INVALID_CURSOR', async () => {
    const cursor = await customersCursor();
    const [payload, signature] = cursor.split('.');
    const standard = (text: string) => Buffer.from(text, 'base64url').toString('base64');
    const forgedKey = Buffer.from(JSON.stringify(['zzz', '00000000-0000-4000-8000-000000000000'])).toString('base64url');
    for (const variant of [forgedKey, `${forgedKey}.${signature}`, `${standard(payload)}.${signature}`, `${payload}.${standard(signature)}`,
      `${payload}=.${signature}`, `${cursor}=`, `${cursor}AA`, `${cursor}.`, `${cursor} `]) {
      expectInvalidCursor(await ask('anna@contoso.it', CUSTOMERS, { after: variant }));
    }
    expect((await ask('anna@contoso.it', CUSTOMERS, { after: cursor })).errors).toBeUndefined();
  });

  it('every list of the public schema answers first: 0 with an empty page, no next page and no cursors', async () => {
    const schema = buildSchema(await publicSchema());
    const connections = (type: GraphQLObjectType) => Object.values(type.getFields()).filter((field: GraphQLField<unknown, unknown>) =>
      getNamedType(field.type).name.endsWith('Connection') && field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
    const organization = schema.getType('PartnerOrganization');
    const queries = [
      ...connections(schema.getQueryType()!).map((field) => `{ ${field.name}(first: 0) { totalCount ${PAGE} } }`),
      ...(isObjectType(organization) ? connections(organization) : [])
        .map((field) => `{ myOrganization { ${field.name}(first: 0) { totalCount ${PAGE} } } }`),
    ];
    expect(queries.length).toBeGreaterThanOrEqual(10);
    let answered = 0;
    for (const query of queries) {
      for (const email of USERS) {
        const result = await ask(email, query);
        const root = result.data && Object.values(result.data)[0] as Record<string, unknown> | null;
        const page = (root && ('pageInfo' in root ? root : Object.values(root)[0])) as Page | null;
        if (!page) continue;
        expect({ query, edges: page.edges, pageInfo: page.pageInfo })
          .toEqual({ query, edges: [], pageInfo: { hasNextPage: false, startCursor: null, endCursor: null } });
        expect(page.totalCount).toEqual(expect.any(Number));
        answered += 1;
        break;
      }
    }
    expect(answered).toBeGreaterThanOrEqual(queries.length - 2);
  });
});
