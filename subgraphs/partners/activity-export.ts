import type { ServerResponse } from 'node:http';
import { pipeline } from 'node:stream/promises';
import { stringify } from 'csv-stringify';
import { execute, getVariableValues, GraphQLError, parse, type OperationDefinitionNode } from 'graphql';
import { DEFAULT_ACTIVITY_EXPORT_MAX_ROWS } from '../../platform/config.js';
import { PUBLIC_ERROR_CODES } from '../../platform/error-codes.js';
import { DomainError } from '../kit/errors.js';
import { sendJson } from '../kit/http.js';
import type { SubgraphRoute } from '../kit/server.js';
import { ACTIVITY_COLUMNS, activityFilterOf, activityList } from './activity-log.js';
import type { Context } from './resolvers/common.js';

/**
 * Issue 18 §3: the activity log as CSV, `GET /exports/activity.csv?from=&to=&operation=&actorId=&customerId=` (the
 * gateway proxies it with the caller's Authorization). Authorization and the filter are the query's own: the request
 * first runs `activityLog(first: 0, filter:)` through this subgraph's schema (shield P-23, argument limits, the filter's
 * checks), so an export refuses exactly what the query refuses. Then it streams the same keyset pages the query reads,
 * in the caller's row-level-security scope, a page of `batchSize` entries at a time through csv-stringify, waiting for
 * the client to drain each write: memory stays one page whatever the log holds.
 *
 * CSV: RFC 4180 (CRLF, fields quoted when they hold a comma, quote or line break, quotes doubled), UTF-8 with a byte
 * order mark so spreadsheets read it as UTF-8, a header row. Cells starting with = + - @ tab or CR are prefixed with
 * `'` (csv-stringify's `escape_formulas`, OWASP "CSV injection"): a spreadsheet shows them as text, never runs them.
 */

export const ACTIVITY_EXPORT_PATH = '/exports/activity.csv';

/** The query string parameters, the fields of `ActivityLogFilter`. */
const PARAMETERS = ['from', 'to', 'operation', 'actorId', 'customerId'] as const;

/** The CSV's columns, in order: the scalar fields of `ActivityLogEntry` (test/e2e/activity-export compares them). */
export const CSV_COLUMNS = ['id', 'occurredAt', 'operation', 'actorKind', 'actorUserId', 'actorPartnerId', 'targetType', 'targetId',
  'targetName', 'customerId', 'organizationId', 'before', 'after'] as const;

export interface ActivityExportLimits {
  /** the most entries one export may hold: a larger one is refused (EXPORT_TOO_LARGE) before it starts */
  maxRows: number;
  /** entries read per page (one short transaction each) */
  batchSize: number;
  /** exports this process streams at once; each holds no connection between pages, but reads pages back to back */
  concurrent: number;
}

export const DEFAULT_EXPORT_LIMITS: ActivityExportLimits = { maxRows: DEFAULT_ACTIVITY_EXPORT_MAX_ROWS, batchSize: 500, concurrent: 4 };

const AUTHORIZATION = parse('query ActivityExport($filter: ActivityLogFilter) { activityLog(first: 0, filter: $filter) { __typename } }');
const FILTER_VARIABLES = (AUTHORIZATION.definitions[0] as OperationDefinitionNode).variableDefinitions ?? [];

interface Row {
  id: string; partner_id: string; occurred_at: Date; operation: string; actor_kind: string; actor_user_id: string | null;
  actor_partner_id: string | null; target_type: string; target_id: string; target_name: string | null; customer_id: string | null;
  before: object | null; after: object | null; at: string;
}

const STATUS_OF: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, RATE_LIMITED: 429 };

function sendError(response: ServerResponse, error: GraphQLError | DomainError) {
  const code = String(error.extensions?.code ?? 'BAD_USER_INPUT');
  const { http: _http, ...extensions } = { ...error.extensions, code };
  sendJson(response, STATUS_OF[code] ?? 400, { errors: [{ message: error.message, extensions }] });
}

/** A filter value that does not coerce to its type (an unknown operation, an id of the wrong type): the message names it. */
const invalidValue = (error: GraphQLError) =>
  new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' } });

/** The first error of the authorizing query as the client's error; null when it is ours (then it is thrown: a 500). */
function clientErrorOf(errors: readonly GraphQLError[]): GraphQLError | null {
  const code = errors[0].extensions?.code;
  return typeof code === 'string' && PUBLIC_ERROR_CODES.has(code) ? errors[0] : null;
}

/** The filter of the query string, or the parameter it does not know. */
function filterOf(search: URLSearchParams): Record<string, string> | DomainError {
  const unknown = [...search.keys()].find((name) => !(PARAMETERS as readonly string[]).includes(name));
  if (unknown !== undefined) return new DomainError('UNKNOWN_PARAMETER', { argument: unknown.slice(0, 64) });
  return Object.fromEntries(PARAMETERS.filter((name) => search.has(name)).map((name) => [name, search.get(name)!]));
}

const record = (row: Row) => [row.id, row.occurred_at.toISOString(), row.operation, row.actor_kind, row.actor_user_id,
  row.actor_partner_id, row.target_type, row.target_id, row.target_name, row.customer_id, row.partner_id,
  row.before && JSON.stringify(row.before), row.after && JSON.stringify(row.after)];

/** Resolves when the CSV stream can take more, or the client has gone (then the loop stops); leaves no listener behind. */
function drained(csv: NodeJS.EventEmitter, response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      csv.off('drain', done);
      response.off('close', done);
      resolve();
    };
    csv.once('drain', done);
    response.once('close', done);
  });
}

/** Streams every page of the filter's entries as CSV into `response`, waiting for the client between writes. */
async function streamCsv(context: Context, list: ReturnType<typeof activityList>, batchSize: number, response: ServerResponse) {
  response.writeHead(200, {
    'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="activity.csv"', 'cache-control': 'no-store',
  });
  const csv = stringify({ header: true, columns: [...CSV_COLUMNS], bom: true, record_delimiter: 'windows', escape_formulas: true });
  const delivered = pipeline(csv, response);
  let rows = 0;
  try {
    for (let after: [string, string] | null = null; !response.destroyed;) {
      const [sql, params] = list.page(after, batchSize);
      const page: Row[] = await context.db.transaction((tx) => tx.query(sql, params));
      for (const row of page) {
        if (!csv.write(record(row))) await drained(csv, response);
      }
      rows += page.length;
      if (page.length < batchSize) break;
      const last = page[page.length - 1];
      after = [last.at, last.id];
    }
    csv.end();
  } catch (error) {
    // Headers are out: a failure mid-stream aborts the transfer, so the client cannot take a truncated file as whole.
    csv.destroy(error as Error);
  }
  await delivered.catch(() => undefined);
  return rows;
}

/** The route (kit/server.ts) serving ACTIVITY_EXPORT_PATH. */
export function activityExportRoute(limits: ActivityExportLimits = DEFAULT_EXPORT_LIMITS): SubgraphRoute<Context> {
  let streaming = 0;
  return async ({ request, response, context, schema }) => {
    if (request.method !== 'GET') {
      return sendJson(response, 405, { errors: [{ message: 'Use GET.', extensions: { code: 'BAD_REQUEST' } }] }, { allow: 'GET' });
    }
    const filter = filterOf(new URL(request.url ?? '/', 'http://localhost').searchParams);
    if (filter instanceof DomainError) return sendError(response, filter);
    // Who may export comes first: a filter that does not even coerce is checked with no filter, then refused.
    const variables = getVariableValues(schema, FILTER_VARIABLES, { filter });
    const authorized = await execute({
      schema, document: AUTHORIZATION, variableValues: { filter: variables.errors ? null : filter }, contextValue: context,
    });
    if (authorized.errors?.length) {
      const error = clientErrorOf(authorized.errors);
      if (!error) throw authorized.errors[0];
      return sendError(response, error);
    }
    if (variables.errors) return sendError(response, invalidValue(variables.errors[0]));
    const list = activityList(context.principal!.partnerId!, activityFilterOf(variables.coerced.filter as never), ACTIVITY_COLUMNS);
    const [countSql, countParams] = list.countUpTo(limits.maxRows + 1);
    const [{ n }]: { n: number }[] = await context.db.transaction((tx) => tx.query(countSql, countParams));
    if (n > limits.maxRows) return sendError(response, new DomainError('EXPORT_TOO_LARGE', { argument: 'filter', max: limits.maxRows }));
    if (streaming >= limits.concurrent) {
      return sendError(response, new GraphQLError('Too many exports at once. Try again shortly.', { extensions: { code: 'RATE_LIMITED' } }));
    }
    streaming += 1;
    const started = performance.now();
    try {
      const rows = await streamCsv(context, list, limits.batchSize, response);
      context.logger.info({ requestId: context.requestId, rows, durationMs: Math.round(performance.now() - started) }, 'activity export');
    } finally {
      streaming -= 1;
    }
  };
}
