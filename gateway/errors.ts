import { GraphQLError } from 'graphql';
import { PUBLIC_ERROR_CODES } from '../platform/error-codes.js';
import type { Logger } from '../platform/logger.js';

interface ErrorLike {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
  originalError?: ErrorLike;
}

/** Codes and messages of a subgraph that could not be reached or did not answer within SUBGRAPH_TIMEOUT_MS. */
const UNAVAILABLE_CODES = new Set(['SERVICE_UNAVAILABLE', 'GATEWAY_TIMEOUT']);
const UNAVAILABLE_MESSAGE = /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|socket hang up|fetch failed|timed? ?out|aborted due to timeout/i;

/**
 * What every error becomes before it reaches a client (README "Errors"):
 * - a subgraph that is down or did not answer in time: SERVICE_UNAVAILABLE at the path it would have filled,
 *   never how (addresses, stack); logged as a warning (a subgraph's own SERVICE_UNAVAILABLE with a `reason`,
 *   ACCESS_STATE_UNAVAILABLE, is its answer: passed on as it is, like any public code);
 * - a public code (FORBIDDEN, NOT_FOUND, BAD_USER_INPUT …), whatever path it took: as it is, not logged;
 * - a request error of the HTTP layer (4xx without a code: CSRF, bad body …): BAD_REQUEST, not logged;
 * - anything else: logged at error level (a real internal fault) and replaced by INTERNAL_SERVER_ERROR.
 */
export function maskError(error: unknown, fallbackMessage: string, logger: Logger): Error {
  const candidate = error as ErrorLike;
  const source = candidate?.extensions?.code ? candidate : candidate?.originalError;
  const code = source?.extensions?.code;
  const path = candidate?.path ?? source?.path;
  const isPublic = typeof code === 'string' && PUBLIC_ERROR_CODES.has(code);
  // a subgraph's own refusal with a reason (ACCESS_STATE_UNAVAILABLE, issue 14) is its answer, not an outage
  const answered = typeof source?.extensions?.reason === 'string';
  if ((typeof code === 'string' && UNAVAILABLE_CODES.has(code) && !answered) || (!isPublic && UNAVAILABLE_MESSAGE.test(candidate?.message ?? ''))) {
    logger.warn({ err: error, path }, 'subgraph unavailable');
    return new GraphQLError('A service behind this part of the response is unavailable. Try again shortly.', {
      path, extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  if (isPublic) {
    // `http` (a status for the HTTP layer) is kept: the server reads it and leaves it out of the response.
    const { stacktrace: _stacktrace, ...extensions } = source!.extensions!;
    return new GraphQLError(source!.message ?? fallbackMessage, { path: candidate.path ?? source!.path, extensions });
  }
  // Request errors raised by the HTTP layer (CSRF, bad body …) carry their status but no code.
  const status = (source ?? candidate)?.extensions?.http as { status?: number } | undefined;
  if (status?.status && status.status >= 400 && status.status < 500) {
    const reason = /CSRF/.test(candidate.message ?? '') ? 'CSRF_HEADER_REQUIRED' : undefined;
    return new GraphQLError(candidate.message ?? fallbackMessage, {
      extensions: { code: 'BAD_REQUEST', ...(reason ? { reason } : {}), http: { status: status.status } },
    });
  }
  logger.error({ err: error }, 'internal error');
  return new GraphQLError(fallbackMessage, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
