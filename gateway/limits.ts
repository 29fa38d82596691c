import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, type ValidationContext } from 'graphql';
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../platform/gateway-config.js';
import { useOperationCost } from './cost.js';
import { REQUEST_ERROR_HTTP } from './request-errors.js';

export { DEFAULT_QUERY_LIMITS, type QueryLimits };

/**
 * The reason each graphql-armor rejection is reported under (its messages are fixed by our configuration), and
 * graphql-js's own bound: OverlappingFieldsCanBeMergedRule gives up ("Validation aborted.", graphql-js 16.11) on a
 * flood of fields to compare, e.g. one field selected 1,500 times (it executes once, so it costs once).
 */
const REJECTIONS: [RegExp, string, string?][] = [
  [/Query depth limit/, 'MAX_DEPTH'],
  [/Aliases limit/, 'MAX_ALIASES'],
  [/Directives limit/, 'MAX_DIRECTIVES'],
  [/Token limit/, 'MAX_TOKENS'],
  [/^Validation aborted\.$/, 'MAX_OVERLAPPING_FIELDS',
    'The operation repeats too many fields to be checked. Select each field once in a selection set.'],
];

function asLimitError<E extends Error>(error: E): E | GraphQLError {
  const match = REJECTIONS.find(([pattern]) => pattern.test(error.message));
  if (!match) return error;
  return new GraphQLError(match[2] ?? error.message.replace(/^Syntax Error: /, ''), {
    nodes: (error as Partial<GraphQLError>).nodes, extensions: { code: 'QUERY_TOO_COMPLEX', reason: match[1], http: REQUEST_ERROR_HTTP },
  });
}

/**
 * graphql-armor's depth, alias, directive and token limits, and (in production) no field suggestions; then the
 * operation's cost with its variables known (gateway/cost.ts: graphql-armor's cost limit reads neither variables
 * nor schema defaults, so `first: 20` and the default page of 20 cost differently there).
 * Rejections carry `extensions.code: QUERY_TOO_COMPLEX` and the limit as `reason`, with HTTP 400.
 */
export function useQueryLimits(limits: QueryLimits, production: boolean): GatewayPlugin[] {
  // Report rejections as validation errors (the default throws from inside validation: a 500 to clients).
  const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true, exposeLimits: true, ...report },
    maxAliases: { n: limits.maxAliases, exposeLimits: true, ...report },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true, ...report },
    maxTokens: { n: limits.maxTokens, exposeLimits: true },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: production },
  });
  const relabel: GatewayPlugin = {
    onValidate() {
      return ({ result, setResult }) => {
        if (result.length) setResult(result.map((error) => asLimitError(error)) as GraphQLError[]);
      };
    },
    onParse() {
      return ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) replaceParseResult(asLimitError(result));
      };
    },
  };
  return [...(armor.protect().plugins as GatewayPlugin[]), relabel, useOperationCost(limits.maxCost)];
}
