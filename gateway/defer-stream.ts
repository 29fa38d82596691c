import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler as rustQueryPlannerHandler } from '@graphql-hive/router-runtime';
import { handleFederationSupergraph, type UnifiedGraphHandler } from '@graphql-mesh/fusion-runtime';
import { executorFromSchema } from '@graphql-tools/executor';
import type { ExecutionRequest, Executor } from '@graphql-tools/utils';
import {
  BREAK, getDirectiveValues, getNullableType, getOperationAST, GraphQLError, isListType, Kind, TypeInfo, visit, visitWithTypeInfo,
  type DirectiveNode, type DocumentNode, type ExecutionResult, type FieldNode, type FragmentDefinitionNode, type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { coerceVariables, REQUEST_ERROR_HTTP } from './request-errors.js';

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
 * The JavaScript runtime is built on the first such operation, for each supergraph; its error paths are corrected
 * by `withErrorsAtSelectedPaths`, and `@defer` under a list is delivered inline (`withoutDeferUnderLists`).
 * A mutation runs on the Rust planner with its `@defer`/`@stream` removed (the deferred fields come inline in the
 * single result): the JavaScript runtime fails on it ("Failed to create a gateway request. The request must
 * contain at least one operation.", INTERNAL_SERVER_ERROR), and a mutation's answer is wanted whole anyway.
 */
export const deferAwareUnifiedGraphHandler: UnifiedGraphHandler = async (options) => {
  const rust = await rustQueryPlannerHandler(options);
  let javascript: { schema: GraphQLSchema; executor: Executor } | undefined;
  const rustExecutor = rust.executor!;
  const executor = ((incoming: ExecutionRequest) => {
    if (!usesIncrementalDelivery(incoming.document)) return rustExecutor(incoming);
    if (getOperationAST(incoming.document, incoming.operationName)?.operation === 'mutation') {
      return rustExecutor({ ...incoming, document: withoutIncrementalDirectives(incoming.document) });
    }
    if (!javascript) {
      const schema = handleFederationSupergraph(options).unifiedGraph;
      javascript = { schema, executor: executorFromSchema(schema) };
    }
    const document = withoutDeferUnderLists(incoming.document, javascript.schema);
    const request = document === incoming.document ? incoming : { ...incoming, document };
    if (!usesIncrementalDelivery(request.document)) return rustExecutor(request);
    const result = javascript.executor(request);
    const fix = (value: unknown) => withErrorsAtSelectedPaths(value, request.document, request.operationName);
    return result instanceof Promise ? result.then(fix) : fix(result);
  }) as Executor;
  return { ...rust, executor };
};

type Payload = ExecutionResult & { incremental?: { errors?: readonly GraphQLError[] }[] };

/** The selection sets reached from `selections` by the response key `key` (through fragments). */
function childSelections(selections: readonly SelectionSetNode[], key: string, fragments: Map<string, FragmentDefinitionNode>): SelectionSetNode[] {
  const found: SelectionSetNode[] = [];
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if ((selection.alias ?? selection.name).value === key && selection.selectionSet) found.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  selections.forEach(walk);
  return found;
}

/** Whether `path` (response keys and list indices) names a field the operation selected. */
function isSelected(path: readonly (string | number)[], document: DocumentNode, operationName: string | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (!operation) return true;
  const fragments = new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode =>
    definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]));
  let sets: SelectionSetNode[] = [operation.selectionSet];
  const keys = path.filter((segment): segment is string => typeof segment === 'string');
  for (const key of keys.slice(0, -1)) sets = childSelections(sets, key, fragments);
  const last = keys.at(-1)!;
  return sets.some((set) => set.selections.some((selection) => selection.kind !== Kind.FIELD
    || (selection.alias ?? selection.name).value === last));
}

/**
 * Corrects one fault of the JavaScript runtime (@graphql-tools/delegate 12.3, executeDelegationStage): when a
 * deferred field is resolved by an entity fetch that fails, its error's path repeats the field's name
 * (`me.organization.customers.customers`). An error path that ends in a repeated key naming no selected field
 * loses the repetition; every other error is left as it is.
 */
function relocated(errors: readonly GraphQLError[] | undefined, document: DocumentNode, operationName: string | undefined) {
  return errors?.map((error) => {
    const path = error.path;
    if (!path || path.length < 2 || typeof path.at(-1) !== 'string' || path.at(-1) !== path.at(-2)) return error;
    if (isSelected(path, document, operationName)) return error;
    return Object.assign(Object.create(Object.getPrototypeOf(error) as object) as GraphQLError, error, { path: path.slice(0, -1) });
  });
}

/** `result` (one payload, or a stream of incremental payloads) with its error paths corrected by `relocated`. */
function withErrorsAtSelectedPaths(result: unknown, document: DocumentNode, operationName: string | undefined): unknown {
  const fix = (payload: Payload): Payload => ({
    ...payload,
    ...(payload.errors ? { errors: relocated(payload.errors, document, operationName) } : {}),
    ...(payload.incremental ? {
      incremental: payload.incremental.map((part) => (part.errors ? { ...part, errors: relocated(part.errors, document, operationName) } : part)),
    } : {}),
  });
  if (result && typeof result === 'object' && Symbol.asyncIterator in result) {
    const source = result as AsyncIterable<Payload>;
    return (async function* fixed() {
      for await (const payload of source) yield fix(payload);
    })();
  }
  return result && typeof result === 'object' ? fix(result as Payload) : result;
}

/** The `@stream` fields of the operation `operationName` of `document`, through the fragments it spreads (each once). */
function streamedFields(document: DocumentNode, operationName: string | null | undefined): FieldNode[] {
  const operation = getOperationAST(document, operationName);
  if (!operation) return [];
  const fragments = new Map(document.definitions.filter((definition): definition is FragmentDefinitionNode =>
    definition.kind === Kind.FRAGMENT_DEFINITION).map((definition) => [definition.name.value, definition]));
  const fields: FieldNode[] = [];
  const spread = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.directives?.some((directive) => directive.name.value === 'stream')) fields.push(selection);
        if (selection.selectionSet) walk(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        walk(selection.selectionSet);
      } else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return fields;
}

/**
 * The request errors of the `@stream` arguments of an operation, with its variables coerced: an `initialCount`
 * that is negative or null (a literal, or a variable's value) is BAD_USER_INPUT / NUMBER_OUT_OF_RANGE naming
 * `initialCount`, whatever `if` says. Empty when every `@stream` is well-formed, or when the variables do not
 * coerce (gateway/request-errors.ts answers those). Source: @graphql-tools/executor 1.x `getStreamValues`
 * asserts `initialCount` is a number >= 0 during execution (an invariant, masked as INTERNAL_SERVER_ERROR);
 * the incremental delivery RFC (graphql/graphql-spec#742) makes a negative `initialCount` a request error.
 */
export function streamArgumentErrors(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined): GraphQLError[] {
  if (!usesIncrementalDelivery(document)) return [];
  // the definition the runtime's deferStream option added to the schema (@graphql-tools/utils GraphQLStreamDirective)
  const definition = schema.getDirective('stream');
  const fields = definition ? streamedFields(document, operationName) : [];
  if (!definition || !fields.length) return [];
  const coercion = coerceVariables(schema, document, operationName, variables);
  if ('errors' in coercion) return [];
  const errors: GraphQLError[] = [];
  for (const field of fields) {
    let stream: Record<string, unknown> | undefined;
    try {
      stream = getDirectiveValues(definition, field, coercion.coerced);
    } catch {
      continue; // a literal of the wrong type: refused by validation before this point
    }
    const initialCount = stream?.initialCount;
    if (typeof initialCount === 'number' && Number.isInteger(initialCount) && initialCount >= 0) continue;
    const directive = field.directives!.find((node) => node.name.value === 'stream')!;
    const argument = directive.arguments?.find((node) => node.name.value === 'initialCount');
    errors.push(new GraphQLError(
      `Argument "initialCount" of @stream on "${(field.alias ?? field.name).value}" must be a non-negative integer; got ${String(initialCount)}.`,
      { nodes: [argument ?? directive], extensions: { code: 'BAD_USER_INPUT', reason: 'NUMBER_OUT_OF_RANGE', argument: 'initialCount', http: REQUEST_ERROR_HTTP } },
    ));
  }
  return errors;
}

/**
 * Refuses malformed `@stream` arguments (`streamArgumentErrors`) before anything is planned or executed (issue 13
 * kind 1: `edges @stream(initialCount: -1)` was INTERNAL_SERVER_ERROR over every transport), for queries
 * (HTTP, multipart/mixed, SSE) and subscriptions (SSE, graphql-ws) alike.
 */
export function useStreamArguments(): GatewayPlugin {
  const apply = ({ args, setResultAndStopExecution }: {
    args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null };
    setResultAndStopExecution(result: ExecutionResult): void;
  }) => {
    const errors = streamArgumentErrors(args.schema, args.document, args.operationName, args.variableValues);
    if (errors.length) setResultAndStopExecution({ errors });
  };
  return { onExecute: apply, onSubscribe: apply };
}

const isIncrementalDirective = (directive: DirectiveNode) => directive.name.value === 'defer' || directive.name.value === 'stream';

/**
 * `document` without its `@defer`/`@stream` directives (the same document when it has none). Delivering a deferred or streamed part inline is always a correct answer (GraphQL incremental delivery
 * RFC: a server may ignore `@defer`/`@stream`), only a less incremental one.
 */
export function withoutIncrementalDirectives(document: DocumentNode): DocumentNode {
  let changed = false;
  const result = visit(document, {
    Directive(node) {
      if (!isIncrementalDirective(node)) return undefined;
      changed = true;
      return null;
    },
  });
  return changed ? result : document;
}

/**
 * `document` with `@defer` removed from every fragment reached through a list-typed field (`schema` gives the
 * types; a named fragment counts when any of its spreads is under a list). Works around a fault of the JavaScript
 * runtime (@graphql-tools/delegate 12.3 with @graphql-mesh/fusion-runtime, not yet reported upstream; its cause
 * inside the delegation planner is not pinned down): a deferred fragment on another subgraph's entity inside a
 * list item leaves the entity null ("Cannot return null for non-nullable field CustomerResellerRelationship.partner",
 * INTERNAL_SERVER_ERROR at `…edges.0.node.partner`, the whole list field null), both for a named and an inline
 * fragment; it happens when the deferred fragment is the entity's whole selection (with `partner { id ... @defer {
 * companyName } }` the runtime answers correctly and incrementally). Such fragments are delivered
 * inline, with the rest of their list; `@defer` outside lists (the dashboard's "slow nested lists later") and
 * `@stream` stay incremental. Test: test/e2e/defer-stream.test.ts (review F1).
 */
export function withoutDeferUnderLists(document: DocumentNode, schema: GraphQLSchema): DocumentNode {
  const underList = new Set<string>();
  const pass = (rewrite: boolean): DocumentNode => {
    const typeInfo = new TypeInfo(schema);
    const listDepth: number[] = [];
    let depth = 0;
    let changed = false;
    const fragment = (node: { directives?: readonly DirectiveNode[] }) => {
      if (!rewrite || depth === 0 || !node.directives?.some((directive) => directive.name.value === 'defer')) return undefined;
      changed = true;
      return { ...node, directives: node.directives.filter((directive) => directive.name.value !== 'defer') };
    };
    const result = visit(document, visitWithTypeInfo(typeInfo, {
      OperationDefinition: { enter() { depth = 0; } },
      FragmentDefinition: { enter(node) { depth = underList.has(node.name.value) ? 1 : 0; } },
      Field: {
        enter() {
          const type = typeInfo.getType();
          const list = type !== null && type !== undefined && isListType(getNullableType(type)) ? 1 : 0;
          listDepth.push(list);
          depth += list;
        },
        leave() { depth -= listDepth.pop() ?? 0; },
      },
      InlineFragment: { enter: fragment },
      FragmentSpread: {
        enter(node) {
          if (depth > 0) underList.add(node.name.value);
          return fragment(node);
        },
      },
    }));
    return changed ? result : document;
  };
  // named fragments spread under lists, through fragments spread in fragments (a fixed point: at most one pass each)
  for (let size = -1; size !== underList.size;) {
    size = underList.size;
    pass(false);
  }
  return pass(true);
}
