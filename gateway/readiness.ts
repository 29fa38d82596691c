import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';

/** The subgraphs named in the supergraph, with the readiness URL of each. */
export function subgraphEndpoints(supergraph: string): Record<string, string> {
  const endpoints: Record<string, string> = {};
  for (const match of supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    endpoints[match[1]] = new URL('/readyz', match[2]).toString();
  }
  return endpoints;
}

async function probe(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1000) });
    return response.ok;
  } catch {
    return false;
  }
}

/** Ready = the supergraph is loaded and every subgraph answers its own /readyz (database included). */
export function subgraphReadiness(supergraph: string) {
  const endpoints = subgraphEndpoints(supergraph);
  return async (runtime: GatewayRuntime) => {
    const [schemaLoaded, ...states] = await Promise.all([
      Promise.resolve(runtime.fetch('http://localhost/runtime-readyz')).then((response) => response.ok, () => false),
      ...Object.values(endpoints).map(probe),
    ]);
    const subgraphs = Object.fromEntries(Object.keys(endpoints).map((name, i) => [name, states[i] ? 'ready' : 'unreachable']));
    return { ready: schemaLoaded && states.every(Boolean), supergraph: schemaLoaded ? 'loaded' : 'not loaded', subgraphs };
  };
}
