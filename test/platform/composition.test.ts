import { readFile } from 'node:fs/promises';
import { composeSupergraph, SUPERGRAPH_FILE } from '../../platform/supergraph.js';

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
});
