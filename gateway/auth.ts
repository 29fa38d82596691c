import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { bearerToken, type AccessClaims, type TokenVerifier } from '../platform/tokens.js';

export const UNAUTHENTICATED_BODY = JSON.stringify({
  errors: [{
    message: 'The access token is invalid or expired. Sign in again.',
    extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' },
  }],
});

/** The verified claims of each request's bearer token, for the plugins after the check (rate limits). */
const verifiedClaims = new WeakMap<Request, AccessClaims>();

export function claimsOf(request: Request): AccessClaims | undefined {
  return verifiedClaims.get(request);
}

/** Verifies an `Authorization` value: absent is anonymous, present must be a valid bearer token. */
async function verifyAuthorization(value: string | null | undefined, verifier: TokenVerifier): Promise<AccessClaims | 'anonymous' | null> {
  if (value === null || value === undefined || value === '') return 'anonymous';
  const token = bearerToken(value);
  if (!token) return null;
  return verifier.verifyAccessToken(token).catch(() => null);
}

export async function authorizationIsAcceptable(value: string | null | undefined, verifier: TokenVerifier) {
  return (await verifyAuthorization(value, verifier)) !== null;
}

/**
 * Rejects a request whose bearer token is forged, expired or malformed with 401 / UNAUTHENTICATED before any
 * planning; a request without a token goes on (public operations). The header is forwarded to subgraphs,
 * which verify it again.
 */
export function useAccessTokens(verifier: TokenVerifier): GatewayPlugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const verified = await verifyAuthorization(request.headers.get('authorization'), verifier);
      if (verified === 'anonymous') return;
      if (verified) {
        verifiedClaims.set(request, verified);
        return;
      }
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
