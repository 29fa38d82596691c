import { unifiedGraphHandler as rustQueryPlannerHandler } from '@graphql-hive/router-runtime';
import { handleFederationSupergraph, type UnifiedGraphHandler } from '@graphql-mesh/fusion-runtime';
import { executorFromSchema } from '@graphql-tools/executor';
import type { Executor } from '@graphql-tools/utils';
import { BREAK, visit, type DocumentNode } from 'graphql';

const incremental = new WeakMap<DocumentNode, boolean>();

/** Whether the document uses `@defer` or `@stream` anywhere (cached per parsed document). */
export function usesIncrementalDelivery(document: DocumentNode): boolean {
  let found = incremental.get(document);
  if (found === undefined) {
    found = false;
    visit(document, {
      Directive(node) {
        if (node.name.value !== 'defer' && node.name.value !== 'stream') return undefined;
        found = true;
        return BREAK;
      },
    });
    incremental.set(document, found);
  }
  return found;
}

/**
 * The Rust query planner (@graphql-hive/router-runtime), except for operations using `@defer` or `@stream`:
 * its planner and executor ignore them (router-runtime 1.4.23 answers the whole result in one payload), so those
 * operations run on Hive Gateway's JavaScript federation runtime (@graphql-mesh/fusion-runtime
 * `handleFederationSupergraph`, executed by @graphql-tools/executor), which delivers the deferred parts
 * incrementally. Both planners fetch from the subgraphs through the same `onSubgraphExecute`, so transports,
 * header forwarding, timeouts and every plugin hook apply alike; the runtime's `deferStream` option
 * (@graphql-yoga/plugin-defer-stream) adds the directives, their validation and the multipart/SSE responses.
 * The JavaScript runtime is built on the first such operation, for each supergraph.
 */
export const deferAwareUnifiedGraphHandler: UnifiedGraphHandler = async (options) => {
  const rust = await rustQueryPlannerHandler(options);
  let javascript: Executor | undefined;
  const rustExecutor = rust.executor!;
  return {
    ...rust,
    executor(request) {
      if (!usesIncrementalDelivery(request.document)) return rustExecutor(request);
      javascript ??= executorFromSchema(handleFederationSupergraph(options).unifiedGraph);
      return javascript(request);
    },
  };
};
