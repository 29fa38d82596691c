import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective, Kind, visit, BREAK,
  type DirectiveNode, type DocumentNode, type ExecutionResult, type GraphQLSchema, type SelectionSetNode, type validate,
} from 'graphql';
import { withUnconditionalSubscriptionRoots } from '../platform/subscription-root.js';
import { coerceVariables } from './request-errors.js';

/** Stands in for a selection set every field of which was skipped (a selection set may not be empty). */
export const PLACEHOLDER = '_skipped_';
const PLACEHOLDER_SELECTION: SelectionSetNode = {
  kind: Kind.SELECTION_SET,
  selections: [{ kind: Kind.FIELD, alias: { kind: Kind.NAME, value: PLACEHOLDER }, name: { kind: Kind.NAME, value: '__typename' } }],
};

const isCondition = (directive: DirectiveNode) => directive.name.value === 'skip' || directive.name.value === 'include';

const hasConditions = new WeakMap<DocumentNode, boolean>();
function usesConditions(document: DocumentNode): boolean {
  let found = hasConditions.get(document);
  if (found === undefined) {
    found = false;
    visit(document, { Directive(node) { if (isCondition(node)) { found = true; return BREAK; } return undefined; } });
    hasConditions.set(document, found);
  }
  return found;
}

/** A document without @skip/@include: the selections they exclude removed, the others kept without them. */
export interface DecidedDocument {
  document: DocumentNode;
  /** whether PLACEHOLDER fields were added (and must be taken out of the result) */
  placeholders: boolean;
}

/**
 * Applies every @skip/@include of `document` with the operation's coerced `variables` (GraphQL spec §3.13):
 * an excluded field, inline fragment or fragment spread is removed; a selection set left empty gets a
 * `_skipped_: __typename` placeholder so that the document stays valid.
 */
export function decideConditions(document: DocumentNode, variables: Record<string, unknown>): DecidedDocument {
  let placeholders = false;
  const decided = visit(document, {
    enter(node) {
      if (!('directives' in node) || !node.directives?.some(isCondition)) return undefined;
      if (node.kind !== Kind.FIELD && node.kind !== Kind.INLINE_FRAGMENT && node.kind !== Kind.FRAGMENT_SPREAD) return undefined;
      const skipped = getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true;
      const included = getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
      if (skipped || !included) return null;
      return { ...node, directives: node.directives.filter((directive) => !isCondition(directive)) };
    },
    SelectionSet: {
      leave(node) {
        if (node.selections.length) return undefined;
        placeholders = true;
        return PLACEHOLDER_SELECTION;
      },
    },
  });
  return { document: decided, placeholders };
}

function withoutPlaceholders(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPlaceholders);
  if (!value || typeof value !== 'object') return value;
  const entries = Object.entries(value).filter(([key]) => key !== PLACEHOLDER);
  return Object.fromEntries(entries.map(([key, child]) => [key, withoutPlaceholders(child)]));
}

/** Decided documents per document and condition values, so that each is planned (and its plan cached) once. */
class DecidedDocuments {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, DecidedDocument>>();

  decide(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined): DecidedDocument | undefined {
    if (!usesConditions(document)) return undefined;
    const coercion = coerceVariables(schema, document, operationName, variables);
    if ('errors' in coercion) return undefined;
    const key = JSON.stringify(Object.entries(coercion.coerced).filter(([, value]) => typeof value === 'boolean'));
    let byKey = this.byDocument.get(document);
    if (!byKey) this.byDocument.set(document, byKey = new Map());
    let decided = byKey.get(key);
    if (!decided) {
      decided = decideConditions(document, coercion.coerced);
      // a handful of boolean combinations per document in practice; bounded all the same
      if (byKey.size < 64) byKey.set(key, decided);
    }
    return decided;
  }
}

/**
 * Decides @skip/@include at the gateway, before the query planner sees the document (issue 13 kind 7): the
 * Rust planner (@graphql-hive/router-query-planner 0.0.38) cannot plan a root selection that is skipped
 * outright (graphql-hive/router#1189), answers `{}` without `data` when every root field is skipped by a
 * variable, and drops the condition of a root field fetched together with another (the field then runs).
 * A skipped field is never sent to any subgraph, with either planner. A subscription's root field may not be
 * conditional at all (platform/subscription-root.ts).
 */
export function useStaticConditions(): GatewayPlugin {
  const documents = new DecidedDocuments();
  const apply = (args: { schema: GraphQLSchema; document: DocumentNode; operationName?: string | null; variableValues?: Record<string, unknown> | null }) => {
    const decided = documents.decide(args.schema, args.document, args.operationName, args.variableValues);
    // The executor receives `args` after every onExecute hook: replacing the document here reaches it whatever
    // the order of the plugins that wrap the execute function.
    if (decided) args.document = decided.document;
    return decided?.placeholders;
  };
  const strip = (result: ExecutionResult): ExecutionResult => ({ ...result, data: withoutPlaceholders(result.data) as ExecutionResult['data'] });
  return {
    onValidate({ validateFn, setValidationFn }) {
      setValidationFn(((schema, document, rules, ...rest) =>
        validateFn(schema, document, withUnconditionalSubscriptionRoots(rules), ...rest)) as typeof validate);
    },
    onExecute({ args }) {
      if (!apply(args)) return undefined;
      return {
        onExecuteDone({ result, setResult }) {
          if (Symbol.asyncIterator in result) return { onNext: ({ result: next, setResult: setNext }) => setNext(strip(next)) };
          setResult(strip(result));
          return undefined;
        },
      };
    },
    onSubscribe({ args }) {
      if (!apply(args)) return undefined;
      return {
        onSubscribeResult({ result, setResult }) {
          if (Symbol.asyncIterator in result) return { onNext: ({ result: next, setResult: setNext }) => setNext(strip(next)) };
          setResult(strip(result));
          return undefined;
        },
      };
    },
  };
}
