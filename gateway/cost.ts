import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getComplexity, type ComplexityEstimatorArgs } from 'graphql-query-complexity';
import { GraphQLError, type DocumentNode, type ExecutionResult, type GraphQLSchema, type ValidationRule } from 'graphql';
import { REQUEST_ERROR_HTTP } from './request-errors.js';

/** README "Lists": a page is 20 rows unless `first` says otherwise, and never more than 100 (the subgraphs refuse more). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** What one operation was estimated to cost, and the budget it was measured against (`extensions.cost`). */
export interface OperationCost {
  /** null: too large to measure (over 10,000 selections) */
  requested: number | null;
  limit: number;
}

/**
 * The cost of one field: 1 for the field itself plus its selections, which are multiplied by the page size
 * when the field is a page (`first`). The page size is the value the field will really receive: the literal,
 * the variable's value, or the schema's default (DOMAIN: 20), so `customers` and `customers(first: 20)` cost
 * the same; it is clamped to 0…100, since a larger `first` is refused by the subgraph (PAGE_SIZE_OUT_OF_RANGE)
 * before anything is read.
 */
export function pageEstimator({ field, args, childComplexity }: ComplexityEstimatorArgs): number {
  const isPage = field.args.some((argument) => argument.name === 'first');
  if (!isPage) return 1 + childComplexity;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
}

/**
 * The cost of the operation `operationName` of `document` with these (raw, client-sent) variables, computed by
 * graphql-query-complexity with `pageEstimator`: fields skipped by @skip/@include cost nothing, fragments count
 * where they are spread, and an abstract type costs its most expensive member. An operation too large to
 * measure (over 10,000 selections once fragments are spread) costs Infinity.
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined): number {
  try {
    return getComplexity({ schema, query: document, operationName: operationName ?? undefined, variables: variables ?? {}, estimators: [pageEstimator] });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) return Infinity;
    throw error;
  }
}

function withCost(result: ExecutionResult, cost: OperationCost): ExecutionResult {
  return { ...result, extensions: { ...result.extensions, cost } };
}

/** QUERY_TOO_COMPLEX / MAX_COST with the cost in `extensions.cost` (HTTP 400 under application/graphql-response+json). */
function overBudget(requested: number, limit: number): GraphQLError {
  const cost: OperationCost = { requested: Number.isFinite(requested) ? requested : null, limit };
  return new GraphQLError(`The operation costs ${cost.requested ?? 'more than can be measured'}, over the limit of ${limit}. `
    + 'Ask for smaller pages or fewer fields.', { extensions: { code: 'QUERY_TOO_COMPLEX', reason: 'MAX_COST', cost, http: REQUEST_ERROR_HTTP } });
}

/**
 * The cost check of an operation without variables, as a validation rule: its cost is the document's alone, so
 * the verdict may be cached with the validation, and it is reported before graphql-js's own rules give up on a
 * flood of fields (OverlappingFieldsCanBeMerged aborts with "Validation aborted.").
 */
export function costRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      if (operation.variableDefinitions?.length) return;
      let requested: number;
      try {
        requested = operationCost(context.getSchema(), context.getDocument(), operation.name?.value, {});
      } catch {
        return; // an argument that is not valid: graphql-js's own rules report it
      }
      if (requested > limit) context.reportError(overBudget(requested, limit));
    },
  });
}

/** The request asked for its cost: `"extensions": { "cost": true }` in the GraphQL request (POST body, GET, socket). */
function asksForCost(context: unknown): boolean {
  return (context as { params?: { extensions?: { cost?: unknown } } } | undefined)?.params?.extensions?.cost === true;
}

/**
 * Refuses an operation whose cost is over `limit` before it is planned (QUERY_TOO_COMPLEX / MAX_COST, with
 * `extensions.cost: { requested, limit }` on the error): at validation when it has no variables (`costRule`),
 * else once its variables are known and coerced (gateway/request-errors.ts runs first). An answered operation
 * carries `extensions.cost` when the request asked for it (`"extensions": { "cost": true }`), so that other
 * responses keep the plain `{ data }` shape.
 */
export function useOperationCost(limit: number): GatewayPlugin {
  const measure = ({ args, setResultAndStopExecution }: {
    args: {
      schema: GraphQLSchema; document: DocumentNode; operationName?: string | null;
      variableValues?: Record<string, unknown> | null; contextValue?: unknown;
    };
    setResultAndStopExecution(result: ExecutionResult): void;
  }) => {
    const requested = operationCost(args.schema, args.document, args.operationName, args.variableValues);
    if (requested > limit) {
      setResultAndStopExecution({ errors: [overBudget(requested, limit)] });
      return undefined;
    }
    if (!asksForCost(args.contextValue)) return undefined;
    return {
      onExecuteDone({ result, setResult }: { result: unknown; setResult(result: ExecutionResult): void }) {
        // a subscription's events are a stream: its cost was checked once, at subscribe time
        if (result && typeof result === 'object' && !(Symbol.asyncIterator in result)) setResult(withCost(result as ExecutionResult, { requested, limit }));
      },
    };
  };
  return {
    onValidate: ({ addValidationRule }) => { addValidationRule(costRule(limit)); },
    onExecute: (payload) => measure(payload),
    onSubscribe: (payload) => { measure(payload); },
  };
}
