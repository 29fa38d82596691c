import { DEFAULT_QUERY_LIMITS } from '../../gateway/limits.js';
import { startTestStack, type TestStack } from '../helpers/stack.js';

const nested = (depth: number): string => (depth === 0 ? 'companyName'
  : `indirectProviders { provider { ${nested(depth - 1)} } }`);

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
    ['a depth bomb', `{ myOrganization { ${nested(6)} } }`, 'MAX_DEPTH'],
    ['an alias overload', `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: me { id }`).join(' ')} }`, 'MAX_ALIASES'],
    ['a directive overload', `{ me ${'@include(if: true) '.repeat(60)} { id } }`, 'MAX_DIRECTIVES'],
    ['a token flood', `{ ${'me { id } '.repeat(800)} }`, 'MAX_TOKENS'],
    ['an expensive query (within depth and tokens)', `{ me { organization { indirectProviders { provider {
      indirectResellers { reseller { indirectProviders { provider { ${'companyName '.repeat(200)} } } } } } } } } }`, 'MAX_COST'],
  ])('%s → QUERY_TOO_COMPLEX / %s', async (_case, query, reason) => {
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
