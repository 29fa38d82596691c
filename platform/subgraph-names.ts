/**
 * The subgraphs of the graph, in composition order: the one list every other place derives from (the supergraph's
 * services and URLs, the `<NAME>_URL` variables, the composition root's registry in scripts/stack.ts).
 */
export const SUBGRAPH_NAMES = ['identity', 'partners', 'customers'] as const;

/** One of {@link SUBGRAPH_NAMES}. */
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** The port a subgraph listens on unless `<NAME>_PORT` says otherwise: 4001 for the first, then one more each. */
export function defaultSubgraphPort(name: SubgraphName): number {
  return 4001 + SUBGRAPH_NAMES.indexOf(name);
}
