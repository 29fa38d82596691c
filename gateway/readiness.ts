import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';

/** The subgraphs named in the supergraph, with the URL of each (`@join__graph(name:, url:)`). */
export function subgraphUrls(supergraph: string): Record<string, string> {
  return Object.fromEntries([...supergraph.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)].map((match) => [match[1], match[2]]));
}

/** The subgraphs named in the supergraph, with the readiness URL of each. */
export function subgraphEndpoints(supergraph: string): Record<string, string> {
  return Object.fromEntries(Object.entries(subgraphUrls(supergraph)).map(([name, url]) => [name, new URL('/readyz', url).toString()]));
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
