import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { bearerToken, type TokenVerifier } from '../platform/tokens.js';

export const UNAUTHENTICATED_BODY = JSON.stringify({
  errors: [{
    message: 'The access token is invalid or expired. Sign in again.',
    extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' },
  }],
});

/** Verifies an `Authorization` value: absent is anonymous (true), present must be a valid bearer token. */
export async function authorizationIsAcceptable(value: string | null | undefined, verifier: TokenVerifier) {
  if (value === null || value === undefined || value === '') return true;
  const token = bearerToken(value);
  if (!token) return false;
  try {
    await verifier.verifyAccessToken(token);
    return true;
  } catch {
    return false;
  }
}

/**
 * Rejects a request whose bearer token is forged, expired or malformed with 401 / UNAUTHENTICATED before any
 * planning; a request without a token goes on (public operations). The header is forwarded to subgraphs,
 * which verify it again.
 */
export function useAccessTokens(verifier: TokenVerifier): GatewayPlugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (await authorizationIsAcceptable(request.headers.get('authorization'), verifier)) return;
      endResponse(new fetchAPI.Response(UNAUTHENTICATED_BODY, {
        status: 401,
        headers: { 'content-type': 'application/json; charset=utf-8', 'www-authenticate': 'Bearer' },
      }));
    },
  };
}

/** Who is calling, whatever the transport: HTTP headers, or over WebSocket the connection_init payload. */
export interface CallerContext {
  authorization?: string;
  clientAddress?: string;
}

type BuildingContext = {
  request?: Request;
  req?: { socket?: { remoteAddress?: string } };
  connectionParams?: Record<string, unknown>;
};

/**
 * Puts the caller's credentials and address on the context and hands them to every subgraph request
 * (HTTP headers) and subscription (connectionParams). Header propagation alone only sees HTTP requests.
 */
export function useCallerContext(): GatewayPlugin {
  return {
    onContextBuilding({ context, extendContext }) {
      const ctx = context as BuildingContext;
      const fromParams = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      const authorization = ctx.request?.headers?.get('authorization')
        ?? (typeof fromParams === 'string' ? fromParams : undefined);
      const clientAddress = ctx.request?.headers?.get('x-forwarded-for') ?? ctx.req?.socket?.remoteAddress;
      extendContext({ authorization, clientAddress } satisfies CallerContext);
    },
    onSubgraphExecute({ executionRequest }) {
      const { authorization, clientAddress } = (executionRequest.context ?? {}) as CallerContext;
      const extensions = (executionRequest.extensions ??= {});
      const headers = { ...(extensions.headers as Record<string, string> | undefined) };
      if (authorization) headers.authorization = authorization;
      if (clientAddress) headers['x-forwarded-for'] = clientAddress;
      extensions.headers = headers;
    },
  };
}
