import type { AccessClaims } from '../../platform/tokens.js';
import type { OrganizationFacts } from './model/tenant.js';
import type { User } from './model/user.js';

/** The claims DESIGN.md lists, from the user and its organization's facts (read model of partners' events). */
export function claimsFor(user: User, organization: OrganizationFacts | null): AccessClaims {
  return {
    sub: user.id,
    tid: user.tenantId,
    pid: organization ? organization.id : null,
    pst: organization ? organization.programStatus : null,
    agr: user.agentRole,
    adr: user.adminRole,
    mcp: user.mustChangePassword,
    tga: user.directoryRole === 'GLOBAL_ADMINISTRATOR',
  };
}
