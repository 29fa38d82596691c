import type { AccessClaims } from '../../platform/tokens.js';
import type { OrganizationFacts } from './model/tenant.js';
import type { User } from './model/user.js';

/** The session a token is issued in, and how current identity's organization read model is (issue 14). */
export interface SessionFacts {
  /** the refresh-token family */
  sessionId: string;
  /** the last partners event identity's organization read model has applied */
  organizationEventId: number;
}

/**
 * For a principal that only renders a payload inside the request that created it (a new work account): it is
 * never signed, so no session stands behind it.
 */
export const NO_SESSION: SessionFacts = { sessionId: '', organizationEventId: 0 };

/**
 * The claims DESIGN.md lists, from the user and its organization's facts (read model of partners' events), with
 * what continuous access evaluation needs to judge the token later: its session, the user's access version
 * and how current the organization facts were.
 */
export function claimsFor(user: User, organization: OrganizationFacts | null, session: SessionFacts): AccessClaims {
  return {
    sub: user.id,
    tid: user.tenantId,
    pid: organization ? organization.id : null,
    pst: organization ? organization.programStatus : null,
    agr: user.agentRole,
    adr: user.adminRole,
    mcp: user.mustChangePassword,
    tga: user.directoryRole === 'GLOBAL_ADMINISTRATOR',
    sid: session.sessionId,
    ver: user.accessVersion,
    oev: session.organizationEventId,
  };
}
