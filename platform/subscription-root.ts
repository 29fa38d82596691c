import {
  GraphQLError, Kind, SingleFieldSubscriptionsRule, specifiedRules,
  type OperationDefinitionNode, type SelectionNode, type ValidationContext, type ValidationRule,
} from 'graphql';

const isCondition = (directive: { name: { value: string } }) => directive.name.value === 'skip' || directive.name.value === 'include';

/** The first root selection of a subscription carrying @skip/@include, fragments at the root followed. */
function conditionalRootSelection(context: ValidationContext, selections: readonly SelectionNode[], seen = new Set<string>()): SelectionNode | undefined {
  for (const selection of selections) {
    if (selection.directives?.some(isCondition)) return selection;
    if (selection.kind === Kind.INLINE_FRAGMENT) {
      const found = conditionalRootSelection(context, selection.selectionSet.selections, seen);
      if (found) return found;
    } else if (selection.kind === Kind.FRAGMENT_SPREAD && !seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = context.getFragment(selection.name.value);
      const found = fragment && conditionalRootSelection(context, fragment.selectionSet.selections, seen);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * A subscription's root field may not be conditional (GraphQL spec, September 2025 edition, §5.2.3.1 Single Root
 * Field; graphql-js 17's SingleFieldSubscriptionsRule): a subscription always has exactly one source stream.
 * Reported as a validation error (GRAPHQL_VALIDATION_FAILED, HTTP 400), with graphql-js 17's wording. It stands in
 * for graphql-js 16's SingleFieldSubscriptionsRule, which it runs for every other subscription: that one collects
 * the root fields without variables and throws (an internal error) on `@skip(if: $variable)`.
 */
export const SingleUnconditionalSubscriptionRootRule: ValidationRule = (context) => {
  const graphqlJs = SingleFieldSubscriptionsRule(context) as { OperationDefinition(node: OperationDefinitionNode): void };
  return {
    OperationDefinition(operation) {
      if (operation.operation !== 'subscription') return;
      const selection = conditionalRootSelection(context, operation.selectionSet.selections);
      if (!selection) {
        graphqlJs.OperationDefinition(operation);
        return;
      }
      const name = operation.name ? `Subscription "${operation.name.value}"` : 'Anonymous Subscription';
      context.reportError(new GraphQLError(`${name} must not use \`@skip\` or \`@include\` directives in the top level selection.`,
        { nodes: [selection] }));
    },
  };
};

/**
 * The validation rules (graphql-js's `specifiedRules` by default) with SingleUnconditionalSubscriptionRootRule in
 * place of graphql-js 16's SingleFieldSubscriptionsRule: used by the gateway and by every subgraph's graphql-ws server.
 */
export function withUnconditionalSubscriptionRoots(rules: readonly ValidationRule[] = specifiedRules): ValidationRule[] {
  const replaced = rules.map((rule) => (rule === SingleFieldSubscriptionsRule ? SingleUnconditionalSubscriptionRootRule : rule));
  return replaced.includes(SingleUnconditionalSubscriptionRootRule) ? replaced : [...replaced, SingleUnconditionalSubscriptionRootRule];
}

