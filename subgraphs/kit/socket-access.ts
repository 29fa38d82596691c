import type { GraphQLError } from 'graphql';
import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { ACCESS_CLOSE_CODES, type AccessState } from '../../platform/access-state.js';
import type { AccessClaims, TokenVerifier } from '../../platform/tokens.js';
import { DomainError } from './errors.js';
import { authenticate, judgedPrincipal, type Principal } from './principal.js';

/** What a subgraph socket keeps about its caller. */
export type SocketCaller = {
  socket: WebSocket;
  /** the verified claims of connection_init's token; null: anonymous */
  token?: AccessClaims | null;
  /** each operation's principal, judged at its subscribe message, until its context is built */
  principals?: Map<string, Principal | null>;
};

type SocketContext = Context<Record<string, unknown> | undefined, SocketCaller>;

/**
 * The graphql-ws side of continuous access evaluation (issue 14) in a subgraph: connection_init is judged like
 * an HTTP request (a bad token → 4403 Forbidden; an ended session → 4403 `SESSION_REVOKED`), and so is every
 * operation the socket starts later, on the access state of that moment: a socket opened before a change
 * cannot start what the change forbids.
 */
export function socketAccess(verifier: TokenVerifier, access: AccessState) {
  return {
    async onConnect(ctx: SocketContext): Promise<boolean> {
      const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
      try {
        const principal = await authenticate(typeof authorization === 'string' ? authorization : undefined, verifier, access);
        ctx.extra.token = principal?.token ?? null;
        ctx.extra.principals = new Map();
        return true;
      } catch (error) {
        const reason = error instanceof DomainError ? error.reason : undefined;
        if (reason === 'SESSION_REVOKED' || reason === 'ACCESS_STATE_UNAVAILABLE') {
          ctx.extra.socket.close(ACCESS_CLOSE_CODES[reason], reason);
        }
        return false;
      }
    },

    /** Judges the operation's caller now; an ended session gets the operation's error, the socket stays. */
    async onSubscribe(ctx: SocketContext, id: string): Promise<readonly GraphQLError[] | void> {
      if (!ctx.extra.token) {
        ctx.extra.principals?.set(id, null);
        return;
      }
      try {
        ctx.extra.principals?.set(id, await judgedPrincipal(access, ctx.extra.token));
      } catch (error) {
        if (error instanceof DomainError) return [error];
        throw error;
      }
    },

    /** The principal onSubscribe judged for operation `id`. */
    principalOf(ctx: SocketContext, id: string): Principal | null {
      const principal = ctx.extra.principals?.get(id) ?? null;
      ctx.extra.principals?.delete(id);
      return principal;
    },
  };
}
