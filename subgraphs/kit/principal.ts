import type { AccessClaims, AdminRole, AgentRole, ProgramStatus, TokenVerifier } from '../../platform/tokens.js';
import { bearerToken, InvalidTokenError } from '../../platform/tokens.js';
import { DomainError } from './errors.js';

/** The signed-in caller, as the access token describes it. */
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
}

export function principalFromClaims(claims: AccessClaims): Principal {
  return {
    userId: claims.sub,
    tenantId: claims.tid,
    partnerId: claims.pid,
    programStatus: claims.pst,
    agentRole: claims.agr,
    adminRole: claims.adr,
    mustChangePassword: claims.mcp,
    tenantGlobalAdmin: claims.tga,
    expiresAt: claims.exp ? new Date(claims.exp * 1000) : null,
  };
}

/**
 * No `Authorization` header → anonymous (null); a header that is not a valid bearer token → UNAUTHENTICATED,
 * never silently anonymous.
 */
export async function authenticate(
  authorization: string | null | undefined,
  verifier: TokenVerifier,
): Promise<Principal | null> {
  if (authorization === undefined || authorization === null || authorization === '') return null;
  const token = bearerToken(authorization);
  if (!token) throw new DomainError('INVALID_TOKEN');
  try {
    return principalFromClaims(await verifier.verifyAccessToken(token));
  } catch (error) {
    if (error instanceof InvalidTokenError) throw new DomainError('INVALID_TOKEN');
    throw error;
  }
}
