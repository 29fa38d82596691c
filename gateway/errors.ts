import { GraphQLError } from 'graphql';
import { PUBLIC_ERROR_CODES } from '../platform/error-codes.js';
import type { Logger } from '../platform/logger.js';

interface ErrorLike {
  message?: string;
  path?: readonly (string | number)[];
  extensions?: Record<string, unknown>;
  originalError?: ErrorLike;
}

/**
 * Subgraph errors with a public code (FORBIDDEN, NOT_FOUND …) reach clients as they are, whatever path they
 * took (HTTP result, subscription event); anything else is logged and replaced by a generic error.
 */
export function maskError(error: unknown, fallbackMessage: string, logger: Logger): Error {
  const candidate = error as ErrorLike;
  const source = candidate?.extensions?.code ? candidate : candidate?.originalError;
  const code = source?.extensions?.code;
  if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
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
  const path = candidate?.path ?? source?.path;
  // A subgraph that cannot be reached: say so (its fields are null), never how (addresses, stack).
  if (/ECONNREFUSED|ECONNRESET|EHOSTUNREACH|socket hang up|fetch failed|timed? ?out/i.test(candidate?.message ?? '')) {
    return new GraphQLError('A service behind this part of the response is unavailable. Try again shortly.', {
      path, extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  }
  return new GraphQLError(fallbackMessage, { path, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
}
