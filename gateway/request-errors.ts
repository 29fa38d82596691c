import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST, getVariableValues, GraphQLError, type DocumentNode, type GraphQLSchema } from 'graphql';

/**
 * `extensions.http` of a request error (graphql-yoga's convention): 400 under `application/graphql-response+json`;
 * `spec: true` lets yoga answer 200 under `application/json`, as GraphQL over HTTP §7.1.2 asks of a well-formed
 * request whatever its GraphQL errors.
 */
export const REQUEST_ERROR_HTTP = { status: 400, spec: true } as const;

/**
 * The operation's variables coerced against the public schema (graphql-js `getVariableValues`, GraphQL spec
 * §6.1.2 CoerceVariableValues): `{ coerced }`, or `{ errors }` as BAD_USER_INPUT / INVALID_VARIABLE request errors
 * carrying graphql-js's own messages (`Variable "$n" got invalid value "10"; Int cannot represent …`).
 */
export function coerceVariables(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined): { coerced: Record<string, unknown> } | { errors: GraphQLError[] } {
  const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  if (!definitions.length) return { coerced: {} };
  const result = getVariableValues(schema, definitions, variables ?? {}, { maxErrors: 20 });
  if (!result.errors) return { coerced: result.coerced };
  return {
    errors: result.errors.map((error) => new GraphQLError(error.message, {
      nodes: error.nodes, extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VARIABLE', http: REQUEST_ERROR_HTTP },
    })),
  };
}

/** A parameter the client sent as text that is not JSON (`variables=%7Bx` in a GET or form body). */
function asMalformedParameter(error: unknown): unknown {
  if (!(error instanceof SyntaxError)) return error;
  // the parser's own message would echo the client's text and the parser's internals; a request that cannot be
  // read is not well-formed (GraphQL over HTTP §7.1.2), so it is 400 under application/json too, as a malformed POST body
  return new GraphQLError('A request parameter (variables or extensions) is not valid JSON.', {
    extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
  });
}

/**
 * The client's own request mistakes answered as client errors before anything is planned (issue 13 kind 1):
 * - variables that do not coerce to their declared types → BAD_USER_INPUT (the Rust planner's executor throws
 *   them as bare errors, which would otherwise be masked as INTERNAL_SERVER_ERROR);
 * - `variables` / `extensions` parameters that are not JSON (GET query string, form body) → BAD_REQUEST.
 * The first is 400 under application/graphql-response+json (200 under application/json, GraphQL over HTTP §7.1.2),
 * the second 400 under every media type, as a POST body that is not JSON.
 */
export function useClientRequestErrors(): GatewayPlugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          throw asMalformedParameter(error);
        }
      });
    },
    onExecute({ args, setResultAndStopExecution }) {
      const result = coerceVariables(args.schema, args.document, args.operationName, args.variableValues);
      if ('errors' in result) setResultAndStopExecution({ errors: result.errors });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const result = coerceVariables(args.schema, args.document, args.operationName, args.variableValues);
      if ('errors' in result) setResultAndStopExecution({ errors: result.errors });
    },
  };
}
