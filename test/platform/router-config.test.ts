import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, parseAllDocuments } from 'yaml';
import { DEFAULT_TRAFFIC_LIMITS } from '../../gateway/guards.js';
import { DEFAULT_QUERY_LIMITS } from '../../gateway/limits.js';
import { projectRoot } from '../../platform/config.js';
import { SUBGRAPH_NAMES, SUPERGRAPH_FILE } from '../../platform/supergraph.js';

const CONFIG_FILE = path.join(projectRoot, 'deploy', 'router', 'router.config.yaml');

/** The sections of hive-router 0.2's configuration (HiveRouterConfig: unknown top-level keys stop the router). */
const ROUTER_SECTIONS = new Set(['log', 'laboratory', 'supergraph', 'query_planner', 'http', 'traffic_shaping', 'headers',
  'response_extensions', 'csrf', 'cors', 'jwt', 'override_subgraph_urls', 'override_labels', 'authorization', 'limits',
  'introspection', 'telemetry', 'demand_control', 'plugins', 'subscriptions', 'websocket', 'persisted_documents',
  'coprocessor', 'storages', 'error_masking']);

/** The request headers a subgraph reads (subgraphs/kit/server.ts): each must reach it through the router. */
function headersSubgraphsRead(): string[] {
  const server = readFileSync(path.join(projectRoot, 'subgraphs', 'kit', 'server.ts'), 'utf8');
  const names = [...server.matchAll(/request\.headers(?:\.(\w+)|\['([\w-]+)'\])/g)].map((match) => match[1] ?? match[2]);
  return [...new Set(names)].sort();
}

/** The port each subgraph's Kubernetes Service exposes (deploy/kubernetes/<name>.yaml). */
function servicePort(name: string): number {
  const documents = parseAllDocuments(readFileSync(path.join(projectRoot, 'deploy', 'kubernetes', `${name}.yaml`), 'utf8'))
    .map((document) => document.toJS());
  return documents.find((document) => document.kind === 'Service').spec.ports[0].port;
}

describe('deploy/router (issue 17): a Hive Router configuration for the same supergraph', () => {
  const config = parse(readFileSync(CONFIG_FILE, 'utf8'));

  it('uses only sections the router knows', () => {
    expect(Object.keys(config).filter((section) => !ROUTER_SECTIONS.has(section))).toEqual([]);
  });

  it('serves schema/supergraph.graphql from the file, at /graphql', () => {
    expect(config.supergraph.source).toBe('file');
    expect(path.resolve(path.dirname(CONFIG_FILE), config.supergraph.path)).toBe(SUPERGRAPH_FILE);
    expect(existsSync(SUPERGRAPH_FILE)).toBe(true);
    expect(config.http.graphql_endpoint).toBe('/graphql');
  });

  it('reaches every subgraph of the supergraph at its Kubernetes Service', () => {
    expect(Object.keys(config.override_subgraph_urls.subgraphs).sort()).toEqual([...SUBGRAPH_NAMES].sort());
    for (const name of SUBGRAPH_NAMES) {
      expect(config.override_subgraph_urls.subgraphs[name].url).toBe(`http://${name}:${servicePort(name)}/graphql`);
    }
  });

  it('propagates to every subgraph each header a subgraph reads: the token, the request id, the client address', () => {
    const propagated = (config.headers.all.request as { propagate?: { named: string[] } }[])
      .flatMap((rule) => rule.propagate?.named ?? []).map((name) => name.toLowerCase());
    expect(headersSubgraphsRead()).toEqual(['authorization', 'x-forwarded-for', 'x-request-id']);
    expect(propagated.sort()).toEqual(headersSubgraphsRead());
  });

  it('bounds operations and bodies as the gateway does by default, and asks for the same CSRF headers', () => {
    expect(config.limits).toEqual({
      max_depth: { n: DEFAULT_QUERY_LIMITS.maxDepth, flatten_fragments: true },
      max_aliases: { n: DEFAULT_QUERY_LIMITS.maxAliases },
      max_directives: { n: DEFAULT_QUERY_LIMITS.maxDirectives },
      max_tokens: { n: DEFAULT_QUERY_LIMITS.maxTokens },
      max_request_body_size: `${DEFAULT_TRAFFIC_LIMITS.maxBodyBytes / 2 ** 20}MiB`,
    });
    expect(config.csrf).toEqual({ enabled: true, required_headers: ['x-graphql-csrf', 'authorization'] });
    expect(config.introspection).toBe(false);
  });

  it('passes subgraph errors through (each subgraph masks its own) and carries subscriptions over WebSocket', () => {
    expect(config.error_masking).toEqual({ enabled: false });
    expect(config.websocket).toEqual({ enabled: true, headers: { source: 'connection' } });
    expect(config.subscriptions).toEqual({ enabled: true, websocket: { all: {} } });
  });
});
