import { DEFAULT_QUERY_LIMITS } from '../../gateway/limits.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const nested = (depth: number): string => (depth === 0 ? 'companyName'
  : `indirectProviders { edges { node { provider { ${nested(depth - 1)} } } } }`);

describe('limits on ad-hoc operations at the gateway (issue 8)', () => {
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack({ limits: DEFAULT_QUERY_LIMITS });
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(() => stack?.close());

  const reasonOf = async (query: string) => (await stack.query(query, { token })).errors?.[0]?.extensions;

  it('a realistic dashboard query passes', async () => {
    const result = await stack.query(`{ me { displayName organization { companyName
      customers(first: 10) { totalCount edges { node { companyProfile { companyName } } } } } } }`, { token });
    expect(result.errors).toBeUndefined();
  });

  it.each([
    { name: 'a depth bomb', query: `{ myOrganization { ${nested(3)} } }`, reason: 'MAX_DEPTH' },
    { name: 'an alias overload', query: `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, reason: 'MAX_ALIASES' },
    { name: 'a directive overload', query: `{ me ${'@include(if: true) '.repeat(60)} { id } }`, reason: 'MAX_DIRECTIVES' },
    { name: 'a token flood', query: `{ ${'me { id } '.repeat(800)} }`, reason: 'MAX_TOKENS' },
    {
      name: 'an expensive query within depth and tokens',
      query: `{ customers(first: 100) { edges { node { id companyProfile { companyName domain }
        subscriptions(first: 100) { edges { node { id offerName status quantity } } } } } } }`,
      reason: 'MAX_COST',
    },
    {
      // issue 13 kind 8: it executes once (merged), so it costs once; graphql-js refuses to compare so many fields
      name: 'one field repeated 1,500 times',
      query: `{ myOrganization { indirectProviders { edges { node { provider { indirectResellers { edges { node { reseller {
        ${'companyName '.repeat(1500)} } } } } } } } } } }`,
      reason: 'MAX_OVERLAPPING_FIELDS',
    },
  ])('$name → QUERY_TOO_COMPLEX / $reason', async ({ query, reason }) => {
    expect(await reasonOf(query)).toMatchObject({ code: 'QUERY_TOO_COMPLEX', reason });
  });

  it('first > 100 is refused by the subgraph with BAD_USER_INPUT', async () => {
    expect(await reasonOf('{ customers(first: 1000) { totalCount } }'))
      .toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAGE_SIZE_OUT_OF_RANGE' });
  });
});

describe('production mode (issue 8)', () => {
  let stack: TestStack;
  beforeAll(async () => { stack = await startTestStack({ production: true }); });
  afterAll(() => stack?.close());

  it('introspection is off', async () => {
    const result = await stack.query('{ __schema { types { name } } }');
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('field suggestions are off', async () => {
    const result = await stack.query('{ mee { id } }');
    expect(result.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });
});
