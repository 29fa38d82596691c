import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType, GraphQLError, GraphQLFloat, GraphQLID, Kind, TypeInfo, visit, visitWithTypeInfo,
  type DocumentNode, type ExecutionResult, type GraphQLSchema, type IntValueNode,
} from 'graphql';
import { REQUEST_ERROR_HTTP } from './request-errors.js';

/** The range of integer literals the Rust query planner's parser reads (a 64-bit signed integer). */
const PLANNER_INT_MIN = -(2n ** 63n);
const PLANNER_INT_MAX = 2n ** 63n - 1n;

const outOfPlannerRange = (node: IntValueNode) => {
  const value = BigInt(node.value);
  return value < PLANNER_INT_MIN || value > PLANNER_INT_MAX;
};

/** A document as the planner can read it, or the client errors that keep it from being planned. */
export type PlannableDocument = { document: DocumentNode } | { errors: GraphQLError[] };

/**
 * Rewrites the integer literals of a (valid) document so that the Rust query planner can read them:
 * - an integer literal given to an `ID` is written as the string it means (GraphQL spec §3.5.5: an ID accepts an
 *   integer literal as its string form), whatever its size;
 * - an integer literal given to a `Float` beyond the 64-bit range is written as the same number in float form;
 * - any other integer literal beyond the 64-bit range (a custom scalar such as JSONObject takes any literal) is a
 *   BAD_USER_INPUT / INTEGER_TOO_LARGE request error naming its argument.
 * Int literals are already bounded to 32 bits by validation. Source: the planner answered
 * "Failed to parse query: number too large to fit in target type" (@graphql-hive/router-query-planner 0.0.38).
 */
export function plannableLiterals(schema: GraphQLSchema, document: DocumentNode): PlannableDocument {
  const typeInfo = new TypeInfo(schema);
  const errors: GraphQLError[] = [];
  const rewritten = visit(document, visitWithTypeInfo(typeInfo, {
    IntValue(node) {
      const type = getNamedType(typeInfo.getInputType());
      if (type === GraphQLID) return { kind: Kind.STRING, value: String(BigInt(node.value)), loc: node.loc };
      if (!outOfPlannerRange(node)) return undefined;
      if (type === GraphQLFloat) return { kind: Kind.FLOAT, value: `${node.value}.0`, loc: node.loc };
      const argument = typeInfo.getArgument()?.name ?? 'an argument';
      errors.push(new GraphQLError(`Argument "${argument}" has an integer too large to be read: ${node.value.slice(0, 40)}.`, {
        nodes: [node], extensions: { code: 'BAD_USER_INPUT', reason: 'INTEGER_TOO_LARGE', argument, http: REQUEST_ERROR_HTTP },
      }));
      return undefined;
    },
  }));
  return errors.length ? { errors } : { document: rewritten };
}

/**
 * Hands the query planner documents whose integer literals it can read (`plannableLiterals`, issue 13 kind 1:
 * `customer(id: 99999999999999999999)` was INTERNAL_SERVER_ERROR). Decided once per document, before
 * gateway/conditions.ts and the planner see it.
 */
export function usePlannableLiterals(): GatewayPlugin {
  const decided = new WeakMap<DocumentNode, PlannableDocument>();
  const apply = ({ args, setResultAndStopExecution }: {
    args: { schema: GraphQLSchema; document: DocumentNode };
    setResultAndStopExecution(result: ExecutionResult): void;
  }) => {
    let outcome = decided.get(args.document);
    if (!outcome) decided.set(args.document, outcome = plannableLiterals(args.schema, args.document));
    if ('errors' in outcome) setResultAndStopExecution({ errors: outcome.errors });
    else args.document = outcome.document;
  };
  return { onExecute: apply, onSubscribe: apply };
}
