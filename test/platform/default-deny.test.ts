import { createLogger } from '../../platform/logger.js';
import { createMetrics } from '../../platform/metrics.js';
import { createTokenSigner, createTokenVerifier } from '../../platform/tokens.js';
import { allow, isAuthenticated } from '../../subgraphs/kit/rules.js';
import { startSubgraphServer, type RunningServer } from '../../subgraphs/kit/server.js';
import { buildSubgraph } from '../../subgraphs/kit/subgraph.js';
import { memoryAccessState } from '../helpers/access.js';
import { generateTestKeys, graphql, testConfig } from '../helpers/stack.js';

const SDL = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.5", import: ["@key"])
  type Widget @key(fields: "id") { id: ID! name: String! secretCode: String! }
  type Query { open: String  unlisted: String  widget: Widget }
  type Mutation { unlistedMutation: Boolean }
`;

let mutationRuns = 0;

const resolvers = {
  Query: { open: () => 'open', unlisted: () => 'leaked', widget: () => ({ id: 'w1', name: 'Widget', secretCode: 'leaked' }) },
  Mutation: { unlistedMutation: () => { mutationRuns += 1; return true; } },
  Widget: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, name: `Widget ${ref.id}`, secretCode: 'leaked' }) },
};

// Entity ids are UUIDs, as everywhere in the graph: _entities refuses others (kit/entities.ts).
describe('graphql-shield default-deny (fallbackRule: deny)', () => {
  let server: RunningServer;
  let token: string;

  beforeAll(async () => {
    const keys = await generateTestKeys();
    const config = testConfig();
    const dataSource = { query: async () => [] } as never; // this subgraph never touches a database
    const service = buildSubgraph({
      name: 'widgets',
      sdl: SDL,
      resolvers: [resolvers],
      // Only these fields have rules; everything else must be denied.
      permissions: { Query: { open: allow, widget: isAuthenticated }, Widget: { id: isAuthenticated, name: isAuthenticated } },
      createLoaders: () => ({}),
    }, dataSource);
    server = await startSubgraphServer(service, {
      host: '127.0.0.1', port: 0, verifier: createTokenVerifier(keys, config.jwt),
      logger: createLogger('test', 'silent'), production: false, metrics: createMetrics('widgets'),
      access: (await memoryAccessState()).access,
    });
    ({ token } = await createTokenSigner(keys, config.jwt).signAccessToken({
      sub: 'u1', tid: 't1', pid: 't1', pst: 'ACTIVE', agr: 'ADMIN_AGENT', adr: 'GLOBAL_ADMIN', mcp: false, tga: true,
      sid: 's1', ver: 0, oev: 0,
    }));
  });
  afterAll(() => server?.close());

  it('a query field with no rule is FORBIDDEN / NOT_AUTHORISED, even for a global admin', async () => {
    const result = await graphql(server.url, '{ open unlisted }', { token });
    expect(result.data).toEqual({ open: 'open', unlisted: null });
    expect(result.errors?.[0]).toMatchObject({
      path: ['unlisted'],
      message: "You don't have permission to do this. Ask your global admin.",
      extensions: { code: 'FORBIDDEN', reason: 'NOT_AUTHORISED' },
    });
  });

  it('a mutation with no rule is denied and never runs', async () => {
    const result = await graphql(server.url, 'mutation { unlistedMutation }', { token });
    expect(result.data).toEqual({ unlistedMutation: null });
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(mutationRuns).toBe(0);
  });

  it('an entity field with no rule is denied, the allowed fields still return', async () => {
    const result = await graphql(server.url, '{ widget { id name secretCode } }', { token });
    expect(result.data).toEqual({ widget: null }); // secretCode is non-null, so the denial nulls its parent
    expect(result.errors?.[0]).toMatchObject({ path: ['widget', 'secretCode'], extensions: { code: 'FORBIDDEN' } });
  });

  it('_service and _entities are allowed and __resolveReference still works after applyMiddleware', async () => {
    const sdl = await graphql<{ _service: { sdl: string } }>(server.url, '{ _service { sdl } }');
    expect(sdl.data?._service.sdl).toContain('type Widget');
    const entities = await graphql(server.url,
      '{ _entities(representations: [{ __typename: "Widget", id: "00000000-0000-4000-8000-000000000007" }]) { ... on Widget { id name } } }', { token });
    expect(entities).toMatchObject({ data: { _entities: [{ id: '00000000-0000-4000-8000-000000000007', name: 'Widget 00000000-0000-4000-8000-000000000007' }] } });
    const anonymous = await graphql(server.url,
      '{ _entities(representations: [{ __typename: "Widget", id: "00000000-0000-4000-8000-000000000007" }]) { ... on Widget { name } } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
