import { randomUUID } from 'node:crypto';
import type { SubgraphName } from '../../platform/supergraph.js';
import { MAX_ENTITY_REPRESENTATIONS } from '../../subgraphs/kit/entities.js';
import { graphql, startTestStack, type TestStack } from '../helpers/stack.js';

/** One entity type each subgraph resolves, and one with a compound key where there is one. */
const ENTITY: Record<SubgraphName, string> = { identity: 'PartnerUser', partners: 'PartnerOrganization', customers: 'Customer' };
const QUERY = 'query ($r: [_Any!]!) { _entities(representations: $r) { __typename } }';

/**
 * Issue 13: `_entities` called straight on each subgraph, as any holder of a token can: representations of an unknown
 * type, without their key, with a malformed id or of the wrong shape are client errors naming `representations[i]…`,
 * never INTERNAL_SERVER_ERROR; more than MAX_ENTITY_REPRESENTATIONS is TOO_MANY_ITEMS.
 */
describe('issue 13: _entities on each subgraph refuses malformed representations as client errors, and is bounded', () => {
  let stack: TestStack;
  let token: string;

  beforeAll(async () => {
    stack = await startTestStack();
    token = await stack.signIn('anna@contoso.it');
  });
  afterAll(async () => {
    await stack?.close();
  });

  const entities = (subgraph: SubgraphName, representations: unknown) =>
    graphql(stack.subgraphUrls[subgraph], QUERY, { token, variables: { r: representations } });

  const expectRefused = async (subgraph: SubgraphName, representations: unknown, reason: string, argument: string) => {
    const result = await entities(subgraph, representations);
    expect(result.status).toBeLessThan(500);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason, argument });
    expect(result.errors![0].message).toContain(`"${argument}"`);
  };

  describe.each(['identity', 'partners', 'customers'] as const)('%s', (subgraph) => {
    const typename = ENTITY[subgraph];

    it('an unknown or missing __typename is INVALID_VALUE at representations[i].__typename', async () => {
      await expectRefused(subgraph, [{ __typename: 'Nope', id: randomUUID() }], 'INVALID_VALUE', 'representations[0].__typename');
      await expectRefused(subgraph, [{ __typename: typename, id: randomUUID() }, { id: randomUUID() }], 'INVALID_VALUE',
        'representations[1].__typename');
      await expectRefused(subgraph, [{ __typename: '__Schema', id: randomUUID() }], 'INVALID_VALUE', 'representations[0].__typename');
    });

    it('a representation without its key is REQUIRED_FIELD at the key field', async () => {
      await expectRefused(subgraph, [{ __typename: typename }], 'REQUIRED_FIELD', 'representations[0].id');
      await expectRefused(subgraph, [{ __typename: typename, id: null }], 'REQUIRED_FIELD', 'representations[0].id');
    });

    it('a malformed id is INVALID_ID; a representation that is not an object INVALID_VALUE', async () => {
      for (const id of ['not-a-uuid', '', 5, { a: 1 }, [randomUUID()], `${randomUUID()}\u0000`]) {
        await expectRefused(subgraph, [{ __typename: typename, id }], 'INVALID_ID', 'representations[0].id');
      }
      for (const representation of [5, 'x', [], true]) {
        await expectRefused(subgraph, [representation], 'INVALID_VALUE', 'representations[0]');
      }
    });

    it(`at most ${MAX_ENTITY_REPRESENTATIONS} representations: one more is TOO_MANY_ITEMS; that many answer`, async () => {
      const many = (n: number) => Array.from({ length: n }, () => ({ __typename: typename, id: randomUUID() }));
      await expectRefused(subgraph, many(MAX_ENTITY_REPRESENTATIONS + 1), 'TOO_MANY_ITEMS', 'representations');
      const result = await entities(subgraph, many(MAX_ENTITY_REPRESENTATIONS));
      expect(result.status).toBe(200);
      expect(result.errors?.find((error) => error.extensions?.code === 'INTERNAL_SERVER_ERROR')).toBeUndefined();
      expect((result.data as { _entities: unknown[] })._entities).toHaveLength(MAX_ENTITY_REPRESENTATIONS);
    });
  });

  it('a compound key needs all its fields: ProviderResellerRelationship(providerId resellerId)', async () => {
    await expectRefused('customers', [{ __typename: 'ProviderResellerRelationship', providerId: randomUUID() }], 'REQUIRED_FIELD',
      'representations[0].resellerId');
    await expectRefused('partners', [{ __typename: 'ProviderResellerRelationship', providerId: randomUUID(), resellerId: 'x' }], 'INVALID_ID',
      'representations[0].resellerId');
  });

  it('the subgraphs still answer afterwards', async () => {
    for (const subgraph of ['identity', 'partners', 'customers'] as const) {
      const result = await entities(subgraph, [{ __typename: ENTITY[subgraph], id: randomUUID() }]);
      expect(result.errors).toBeUndefined();
    }
  });
});
