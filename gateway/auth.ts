import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { bearerToken, type AccessClaims, type TokenVerifier } from '../platform/tokens.js';
import { accessKeyOf } from './access.js';
import { ACCESS_KEY_HEADER } from './upstreams.js';

export const UNAUTHENTICATED_BODY = JSON.stringify({
  errors: [{
    message: 'The access token is invalid or expired. Sign in again.',
    extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_TOKEN' },
  }],
});

/**
 * The tokens one gateway has verified, with their claims (bounded, dropped at expiry): a dashboard sends the
 * same token many times, and the plugins after the check (rate limits) read the claims from here.
 */
export class VerifiedTokens {
  private readonly claims = new Map<string, AccessClaims>();

  constructor(private readonly verifier: TokenVerifier, private readonly capacity = 10_000) {}

  /** absent → anonymous; present → its claims, or null when it is not a valid bearer token */
  async check(authorization: string | null | undefined): Promise<AccessClaims | 'anonymous' | null> {
    if (authorization === null || authorization === undefined || authorization === '') return 'anonymous';
    const token = bearerToken(authorization);
    if (!token) return null;
    const known = this.recall(token);
    if (known) return known;
    const claims = await this.verifier.verifyAccessToken(token).catch(() => null);
    if (claims) {
      if (this.claims.size >= this.capacity) this.claims.delete(this.claims.keys().next().value!);
      this.claims.set(token, claims);
    }
    return claims;
  }

  /** The claims of the request's bearer token, once the access-token check let it through. */
  claimsOf(request: Request | undefined): AccessClaims | undefined {
    // operations over WebSocket carry no HTTP request: their token was checked at connection_init
    const token = bearerToken(request?.headers?.get('authorization'));
    return token ? this.recall(token) : undefined;
  }

  private recall(token: string): AccessClaims | undefined {
    const claims = this.claims.get(token);
    if (claims?.exp !== undefined && claims.exp * 1000 <= Date.now()) {
      this.claims.delete(token);
      return undefined;
    }
    return claims;
  }
}

/**
 * Rejects a request whose bearer token is forged, expired or malformed with 401 / UNAUTHENTICATED before any
 * planning; a request without a token goes on (public operations). The header is forwarded to subgraphs,
 * which verify it again.
 */
export function useAccessTokens(tokens: VerifiedTokens): GatewayPlugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      if (await tokens.check(request.headers.get('authorization'))) return;
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
      const accessKey = accessKeyOf((executionRequest.context as { request?: Request } | undefined)?.request);
      if (accessKey) headers[ACCESS_KEY_HEADER] = accessKey;
      extensions.headers = headers;
    },
  };
}
