import type { GatewayRuntime } from '@graphql-hive/gateway-runtime';
import type { AccessState } from '../platform/access-state.js';

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

/**
 * Ready = the supergraph is loaded, every subgraph answers its own /readyz (database and access state included)
 * and the gateway's own access-state view is current (issue 14): a gateway that would answer every signed-in
 * request ACCESS_STATE_UNAVAILABLE is taken out of rotation, though /healthz still says it is alive.
 * `{ subgraphs: false }` (`/readyz?exclude=subgraphs`, the Kubernetes API server's `?exclude=<check>` form) leaves
 * the subgraphs out: the gateway's own readiness, for a load balancer that must keep the gateways in rotation while
 * one subgraph is down (they still answer the other subgraphs' fields, issue 13 kind 6).
 * Answers `{ ready, supergraph, accessState, subgraphs: { <name>: 'ready' | 'unreachable' } | 'excluded' }`.
 */
export function subgraphReadiness(supergraph: string, access?: Pick<AccessState, 'current'>) {
  const endpoints = subgraphEndpoints(supergraph);
  return async (runtime: GatewayRuntime, checks: { subgraphs: boolean } = { subgraphs: true }) => {
    const [schemaLoaded, ...states] = await Promise.all([
      Promise.resolve(runtime.fetch('http://localhost/runtime-readyz')).then((response) => response.ok, () => false),
      ...(checks.subgraphs ? Object.values(endpoints).map(probe) : []),
    ]);
    const subgraphs = checks.subgraphs
      ? Object.fromEntries(Object.keys(endpoints).map((name, i) => [name, states[i] ? 'ready' : 'unreachable']))
      : 'excluded';
    const accessCurrent = access?.current ?? true;
    return {
      ready: schemaLoaded && states.every(Boolean) && accessCurrent,
      supergraph: schemaLoaded ? 'loaded' : 'not loaded',
      accessState: accessCurrent ? 'current' : 'catching up',
      subgraphs,
    };
  };
}
