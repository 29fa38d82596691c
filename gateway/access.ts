import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError } from 'graphql';
import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { ACCESS_CLOSE_CODES, ACCESS_REFUSALS as REFUSALS, AccessStateUnavailable, type AccessState } from '../platform/access-state.js';
import type { AccessClaims } from '../platform/tokens.js';
import type { VerifiedTokens } from './auth.js';

type Refusal = keyof typeof REFUSALS;

/**
 * The gateway's judgement of a verified token (issue 14), on the process's access state, like every subgraph's
 * (platform/access-view.ts): null when the token may go on, else why not. A view that is catching up is waited
 * for (ACCESS_STATE_WAIT_MS at most), never trusted.
 */
export async function refusalOf(claims: AccessClaims, access: AccessState): Promise<Refusal | null> {
  return (await judgementOf(claims, access)).refusal;
}

/** refusalOf, with the claims as things stand now when the token may go on (`current`, else null). */
async function judgementOf(claims: AccessClaims, access: AccessState): Promise<{ refusal: Refusal | null; current: AccessClaims | null }> {
  try {
    const current = await access.evaluate(claims);
    return { refusal: current ? null : 'SESSION_REVOKED', current };
  } catch (error) {
    if (error instanceof AccessStateUnavailable) return { refusal: 'ACCESS_STATE_UNAVAILABLE', current: null };
    throw error;
  }
}

const accessKeys = new WeakMap<Request, string>();

/**
 * The caller's access (organization, its status, roles, password and tenant-admin flags) as the gateway judged it for
 * this HTTP request, or undefined (anonymous, WebSocket): part of the in-flight deduplication key (gateway/upstreams.ts
 * ACCESS_KEY_HEADER), so a request judged on other roles never shares a fetch with one judged before the change.
 */
export const accessKeyOf = (request: Request | undefined): string | undefined => (request ? accessKeys.get(request) : undefined);

const refusalError = (refusal: Refusal) => new GraphQLError(REFUSALS[refusal].message,
  { extensions: { code: REFUSALS[refusal].code, reason: refusal } });

/**
 * HTTP (POST, GET, SSE): after the token check, a token whose session has ended gets 401 / SESSION_REVOKED
 * before any planning; roles and organization status are judged by the subgraph that owns each field.
 */
export function useAccessEvaluation(tokens: VerifiedTokens, access: AccessState): GatewayPlugin {
  return {
    async onRequest({ request, endResponse, fetchAPI }) {
      const claims = tokens.claimsOf(request);
      if (!claims) return;
      const { refusal, current } = await judgementOf(claims, access);
      if (current) accessKeys.set(request, [current.pid, current.pst, current.agr, current.adr, current.mcp, current.tga].join('|'));
      if (!refusal) return;
      const { status } = REFUSALS[refusal];
      endResponse(new fetchAPI.Response(JSON.stringify({ errors: [refusalError(refusal).toJSON()] }), {
        status,
        headers: { 'content-type': 'application/json; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) },
      }));
    },
  };
}

type SocketContext = Context<Record<string, unknown> | undefined, { socket: unknown }>;

const authorizationOf = (ctx: SocketContext) => {
  const value = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
  return typeof value === 'string' ? value : undefined;
};

/**
 * WebSocket: connection_init needs a valid token (else 4403 Forbidden) of a live session (else 4403
 * `SESSION_REVOKED`); each later subscribe message is judged again, so a socket opened before a session ended
 * cannot start anything after it.
 */
export function socketAccess(tokens: VerifiedTokens, access: AccessState) {
  return {
    async onConnect(ctx: SocketContext): Promise<boolean> {
      const authorization = authorizationOf(ctx);
      const claims = authorization ? await tokens.check(authorization) : null;
      if (!claims || claims === 'anonymous') return false;
      const refusal = await refusalOf(claims, access);
      if (refusal) (ctx.extra.socket as WebSocket).close(ACCESS_CLOSE_CODES[refusal], refusal);
      return !refusal;
    },

    async refuseSubscribe(ctx: SocketContext): Promise<readonly GraphQLError[] | null> {
      // a token that expired since connection_init is the subgraph's to refuse (INVALID_TOKEN), as before
      const claims = await tokens.check(authorizationOf(ctx));
      if (!claims || claims === 'anonymous') return null;
      const refusal = await refusalOf(claims, access);
      return refusal ? [refusalError(refusal)] : null;
    },
  };
}
