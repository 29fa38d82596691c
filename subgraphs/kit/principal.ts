import { AccessStateUnavailable, type AccessState } from '../../platform/access-state.js';
import type { AccessClaims, AdminRole, AgentRole, ProgramStatus, TokenVerifier } from '../../platform/tokens.js';
import { bearerToken, InvalidTokenError } from '../../platform/tokens.js';
import { DomainError } from './errors.js';

/** The signed-in caller, as things stand now: the access token, re-evaluated against the access state. */
export interface Principal {
  userId: string;
  tenantId: string;
  /** set when the caller's tenant is a partner organization */
  partnerId: string | null;
  programStatus: ProgramStatus | null;
  agentRole: AgentRole;
  adminRole: AdminRole;
  mustChangePassword: boolean;
  tenantGlobalAdmin: boolean;
  /** when the access token expires: a subscription ends then */
  expiresAt: Date | null;
  /** the token's claims as signed: what a live stream re-evaluates on each access change (issue 14) */
  token: AccessClaims;
}

/** The principal of `current` claims (the token's, or what the access state made of them). */
export function principalFromClaims(current: AccessClaims, token: AccessClaims = current): Principal {
  return {
    userId: current.sub,
    tenantId: current.tid,
    partnerId: current.pid,
    programStatus: current.pst,
    agentRole: current.agr,
    adminRole: current.adr,
    mustChangePassword: current.mcp,
    tenantGlobalAdmin: current.tga,
    expiresAt: token.exp ? new Date(token.exp * 1000) : null,
    token,
  };
}

/**
 * The principal of a verified token as things stand now (issue 14: the one judgement of the gateway, every
 * subgraph's HTTP and graphql-ws paths and the live streams): its current roles and organization status,
 * or SESSION_REVOKED when its session has ended. Reads the view as it stands (no waiting).
 */
export function currentPrincipal(access: AccessState, token: AccessClaims): Principal {
  const current = access.currentClaims(token);
  if (!current) throw new DomainError('SESSION_REVOKED');
  return principalFromClaims(current, token);
}

/**
 * No `Authorization` header → anonymous (null); a header that is not a valid bearer token → UNAUTHENTICATED,
 * never silently anonymous; a token whose session has ended → UNAUTHENTICATED / SESSION_REVOKED; while the
 * access state catches up (and no longer than its wait) → SERVICE_UNAVAILABLE / ACCESS_STATE_UNAVAILABLE.
 */
export async function authenticate(
  authorization: string | null | undefined,
  verifier: TokenVerifier,
  access: AccessState,
): Promise<Principal | null> {
  if (authorization === undefined || authorization === null || authorization === '') return null;
  const token = bearerToken(authorization);
  if (!token) throw new DomainError('INVALID_TOKEN');
  let claims: AccessClaims;
  try {
    claims = await verifier.verifyAccessToken(token);
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new DomainError('INVALID_TOKEN');
    throw error;
  }
  return judgedPrincipal(access, claims);
}

/**
 * currentPrincipal on a view that is current: a request arriving while the access state catches up waits for
 * it (ACCESS_STATE_WAIT_MS at most), then gets SERVICE_UNAVAILABLE / ACCESS_STATE_UNAVAILABLE.
 */
export async function judgedPrincipal(access: AccessState, token: AccessClaims): Promise<Principal> {
  const current = await access.evaluate(token).catch(unavailable);
  if (!current) throw new DomainError('SESSION_REVOKED');
  return principalFromClaims(current, token);
}

function unavailable(error: unknown): never {
  if (error instanceof AccessStateUnavailable) throw new DomainError('ACCESS_STATE_UNAVAILABLE');
  throw error;
}

/** How many verified tokens a process remembers (the oldest is forgotten first). */
const VERIFIED_TOKENS_KEPT = 10_000;

/**
 * `verifier` with its signature checks remembered per token until the token expires (issue 16): a token seen
 * before is not verified again, a token past its `exp` is (and fails as before). Only the signature check is
 * remembered, never the decision: authenticate still judges every request's claims on the access state.
 * A token that fails is not remembered. At most `kept` tokens, the oldest forgotten first; `now`: the clock, ms.
 */
export function rememberingTokenVerifier(verifier: TokenVerifier, kept = VERIFIED_TOKENS_KEPT, now: () => number = Date.now): TokenVerifier {
  const verified = new Map<string, AccessClaims>();
  return {
    async verifyAccessToken(token) {
      const known = verified.get(token);
      if (known && known.exp !== undefined && known.exp * 1000 > now()) return known;
      verified.delete(token);
      const claims = await verifier.verifyAccessToken(token);
      if (claims.exp === undefined) return claims;
      if (verified.size >= kept) verified.delete(verified.keys().next().value as string);
      verified.set(token, claims);
      return claims;
    },
  };
}
