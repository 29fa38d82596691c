import { readFile } from 'node:fs/promises';
import { composeServices as composeWithApollo } from '@apollo/composition';
import { buildSchema, lexicographicSortSchema, parse, printSchema, type GraphQLSchema } from 'graphql';
import { describeInputLimits } from '../../platform/input-limits-sdl.js';
import { composeSupergraph, readSubgraphSdl, SUBGRAPH_NAMES, SUPERGRAPH_FILE } from '../../platform/supergraph.js';
import { publicSchema } from '../../scripts/schema-release.js';

const printSorted = (schema: GraphQLSchema) => printSchema(lexicographicSortSchema(schema));

describe('supergraph composition', () => {
  it('composes the three subgraph SDLs without errors', async () => {
    await expect(composeSupergraph()).resolves.toContain('@join__graph(name: "identity"');
  });

  it('schema/supergraph.graphql is current (run `npm run compose` after changing a subgraph SDL)', async () => {
    const committed = await readFile(SUPERGRAPH_FILE, 'utf8');
    expect(committed).toBe(await composeSupergraph());
  });

  it('carries the entities and keys of DOMAIN.md §2.1', async () => {
    const supergraph = await composeSupergraph();
    for (const entity of ['Tenant', 'PartnerUser', 'PartnerOrganization', 'Customer',
      'CustomerResellerRelationship', 'ProviderResellerRelationship']) {
      expect(supergraph).toMatch(new RegExp(`type ${entity}\\b[^{]*@join__type\\(graph: \\w+, key: "id"`));
    }
    expect(supergraph).toMatch(/type ProviderResellerRelationship[^{]*key: "providerId resellerId"/);
  });

  it("issue 17: composes under Apollo's composer too, to the same public API (Apollo Router can serve these subgraphs)", async () => {
    // each subgraph serves its SDL with the input limits written into the descriptions (`_service { sdl }`)
    const services = await Promise.all(SUBGRAPH_NAMES.map(async (name) => ({
      name, url: `http://${name}/graphql`, typeDefs: describeInputLimits(parse(await readSubgraphSdl(name))),
    })));
    const result = composeWithApollo(services);
    expect(result.errors?.map((error) => error.message)).toBeUndefined();
    const apolloApi = printSorted(result.schema!.toAPISchema().toGraphQLJSSchema());
    expect(apolloApi).toBe(printSorted(buildSchema(await publicSchema())));
  });
});
