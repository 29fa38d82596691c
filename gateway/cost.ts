import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import {
  getNamedType, getOperationAST, getVariableValues, GraphQLError, isAbstractType, isCompositeType, isObjectType, Kind,
  type DocumentNode, type ExecutionResult, type FieldNode, type FragmentDefinitionNode, type GraphQLField,
  type GraphQLObjectType, type GraphQLSchema, type SelectionSetNode, type ValidationRule,
} from 'graphql';
import { collectFields, collectSubfields } from 'graphql/execution/collectFields.js';
import { getArgumentValues } from 'graphql/execution/values.js';
import { REQUEST_ERROR_HTTP } from './request-errors.js';

/** README "Lists": a page is 20 rows unless `first` says otherwise, and never more than 100 (the subgraphs refuse more). */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;
/** Beyond this many merged fields an operation is not measured: it costs Infinity. */
const MAX_MEASURED_FIELDS = 10_000;

/** What one operation was estimated to cost, and the budget it was measured against (`extensions.cost`). */
export interface OperationCost {
  /** null: too large to measure (over 10,000 merged fields) */
  requested: number | null;
  limit: number;
}

/** One field as executed: its definition, its argument values and the cost of its merged selections. */
export interface FieldCostArgs {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  field: GraphQLField<any, any>;
  args: Record<string, unknown>;
  childComplexity: number;
}

/**
 * The cost of one field: 1 for the field itself plus its selections, which are multiplied by the page size
 * when the field is a page (`first`). The page size is the value the field will really receive: the literal,
 * the variable's value, or the schema's default (DOMAIN: 20), so `customers` and `customers(first: 20)` cost
 * the same; it is clamped to 0…100, since a larger `first` is refused by the subgraph (PAGE_SIZE_OUT_OF_RANGE)
 * before anything is read.
 */
export function pageEstimator({ field, args, childComplexity }: FieldCostArgs): number {
  const isPage = field.args.some((argument) => argument.name === 'first');
  if (!isPage) return 1 + childComplexity;
  const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
  return 1 + Math.min(Math.max(first, 0), MAX_PAGE_SIZE) * childComplexity;
}

class TooLargeToMeasure extends Error {}

/** The walk over an operation's fields as the executor merges them (graphql-js CollectFields, GraphQL spec §6.3.2). */
class MergedCost {
  private fieldsSeen = 0;

  constructor(private readonly schema: GraphQLSchema, private readonly fragments: Record<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>) {}

  root(type: GraphQLObjectType, operation: { selectionSet: SelectionSetNode }): number {
    return this.sum(type, collectFields(this.schema, this.fragments, this.variables, type, operation.selectionSet));
  }

  /** Σ cost of the fields one response object holds: same response key, one field, selections merged. */
  private sum(type: GraphQLObjectType, fields: Map<string, readonly FieldNode[]>): number {
    let total = 0;
    for (const nodes of fields.values()) {
      this.fieldsSeen += 1;
      if (this.fieldsSeen > MAX_MEASURED_FIELDS) throw new TooLargeToMeasure();
      const name = nodes[0].name.value;
      const field = name === '__typename' ? undefined : type.getFields()[name] ?? undefined;
      if (!field) { total += 1; continue; } // __typename, or an unknown field validation reports
      const args = getArgumentValues(field, nodes[0], this.variables);
      total += pageEstimator({ field, args, childComplexity: this.children(getNamedType(field.type), nodes) });
    }
    return total;
  }

  /** The merged selections of a field: an interface or union costs its most expensive member. */
  private children(type: ReturnType<typeof getNamedType>, nodes: readonly FieldNode[]): number {
    if (!isCompositeType(type)) return 0;
    const members = isAbstractType(type) ? this.schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
    let most = 0;
    for (const member of members) most = Math.max(most, this.sum(member, collectSubfields(this.schema, this.fragments, this.variables, member, nodes)));
    return most;
  }
}

/**
 * The cost of the operation `operationName` of `document` with these (raw, client-sent) variables, with
 * `pageEstimator` over the fields **as they execute**: selections of the same response key merged (a field
 * selected twice, directly and through a fragment, or by two spreads of one fragment, is one field), fields
 * skipped by @skip/@include left out, and an abstract type costs its most expensive member. An operation too
 * large to measure (over 10,000 merged fields) costs Infinity. Throws the first coercion error of a variable
 * or an argument (both reported to the client by validation or gateway/request-errors.ts first).
 */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) throw coerced.errors[0];
  const fragments = Object.fromEntries(document.definitions
    .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
    .map((fragment) => [fragment.name.value, fragment]));
  try {
    return new MergedCost(schema, fragments, coerced.coerced).root(root, operation);
  } catch (error) {
    if (error instanceof TooLargeToMeasure) return Infinity;
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

/**
 * `operationCost` of operations sent without variables, measured once per schema, document and operation name: it
 * depends on nothing else then (the parse cache hands out one document per query text), and such an operation is
 * the common case of a dashboard (issue 16: every request walked its whole document again). With variables it is
 * measured each time.
 */
class CostsWithoutVariables {
  private readonly bySchema = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();

  of(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined,
    variables: Record<string, unknown> | null | undefined): number {
    if (variables && Object.keys(variables).length) return operationCost(schema, document, operationName, variables);
    let byDocument = this.bySchema.get(schema);
    if (!byDocument) this.bySchema.set(schema, byDocument = new WeakMap());
    let byOperation = byDocument.get(document);
    if (!byOperation) byDocument.set(document, byOperation = new Map());
    let cost = byOperation.get(operationName ?? '');
    if (cost === undefined) byOperation.set(operationName ?? '', cost = operationCost(schema, document, operationName, variables));
    return cost;
  }
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
  const costs = new CostsWithoutVariables();
  const measure = ({ args, setResultAndStopExecution }: {
    args: {
      schema: GraphQLSchema; document: DocumentNode; operationName?: string | null;
      variableValues?: Record<string, unknown> | null; contextValue?: unknown;
    };
    setResultAndStopExecution(result: ExecutionResult): void;
  }) => {
    const requested = costs.of(args.schema, args.document, args.operationName, args.variableValues);
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
