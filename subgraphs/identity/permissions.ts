import type { IRules } from 'graphql-shield';
import type { Grant } from '../kit/authorization.js';
import { allow, and, grantRules, isAuthenticated, or, rule, signedIn, tenantGlobalAdmin } from '../kit/rules.js';
import { structuralTypes } from '../kit/shield.js';
import type { IdentityContext } from './context.js';

/**
 * The identity subgraph's authorization table (DOMAIN.md §4.3 I-rows, §5 streams): read by the shield rules
 * below and the subscription grants (resolvers/live.ts). I-01 and I-02 are `isAuthenticated` (G2, G3 waived).
 */
export const grants = {
  // I-03…I-09: Global admin, User management admin; §5 partnerUserChanged: GA, UMA of the same organization.
  userManagers: {
    rows: ['I-03', 'I-04', 'I-05', 'I-06', 'I-07', 'I-08', 'I-09', '§5 partnerUserChanged'],
    roles: ['GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'],
  },
} as const satisfies Record<string, Grant>;

const { userManagers } = grantRules(grants);

/** The user being read is the caller (depends on the parent: never cached per context). */
const isSelf = rule('isSelf', { cache: 'strict' })(
  (parent: { id?: string }, _args, ctx: IdentityContext) => Boolean(ctx.principal && parent.id === ctx.principal.userId),
);


const selfOrUserManager = or(isSelf, userManagers);

/** graphql-shield rules of the identity subgraph, by DOMAIN.md matrix row; anything not listed is denied. */
export const identityPermissions: IRules = {
  Query: {
    me: isAuthenticated, // I-01: G2 and G3 waived
    // I-09; a work account's own global admin too (seed step 3: G3 waived, G2 not)
    myTenant: or(userManagers, and(signedIn, tenantGlobalAdmin())),
    partnerUsers: userManagers, // I-03
    partnerUser: userManagers, // I-03
  },
  Mutation: {
    signIn: allow, // public, throttled
    refreshAccessToken: allow, // holder of a refresh token
    signOut: allow,
    createWorkAccount: allow, // outside the matrix: anonymous, rate-limited (§4.3 principals)
    changeMyPassword: isAuthenticated, // I-02: G2 and G3 waived
    createPartnerUser: userManagers, // I-04 (+ R-4 in the domain rule)
    updatePartnerUser: userManagers, // I-05
    setPartnerUserRoles: userManagers, // I-06
    resetPartnerUserPassword: userManagers, // I-07
    deactivatePartnerUser: userManagers, // I-08
    restorePartnerUser: userManagers, // I-08
  },
  // §5 streams: the audience (grants.userManagers) is checked at subscribe time and per event (resolvers/live.ts).
  Subscription: isAuthenticated,
  PartnerUserChangedEvent: allow,
  // Users are only ever resolved inside the caller's tenant (T-11); names travel with references,
  // everything else is for the user themself or the organization's user managers.
  PartnerUser: {
    id: isAuthenticated,
    displayName: isAuthenticated,
    userPrincipalName: isAuthenticated,
    partnerId: selfOrUserManager,
    firstName: selfOrUserManager,
    lastName: selfOrUserManager,
    agentRole: selfOrUserManager,
    adminRole: selfOrUserManager,
    state: selfOrUserManager,
    mustChangePassword: selfOrUserManager,
    createdAt: selfOrUserManager,
    createdBy: selfOrUserManager,
    lastSignInAt: selfOrUserManager,
    softDeletionTime: selfOrUserManager,
    organization: isAuthenticated,
    tenant: isAuthenticated,
  },
  Tenant: {
    id: isAuthenticated,
    displayName: isAuthenticated,
    defaultDomain: isAuthenticated,
    countryCode: isAuthenticated,
    createdAt: isAuthenticated,
    verifiedDomains: or(userManagers, tenantGlobalAdmin()), // I-09
  },
  PartnerOrganization: {
    id: isAuthenticated,
    tenant: userManagers, // I-09
    users: userManagers, // I-03
  },
  // A customer tenant is shown only to its own users (resolver); C-01 governs the customer itself.
  Customer: isAuthenticated,
  ...structuralTypes('SignInPayload', 'CreatePartnerUserPayload', 'ResetPasswordPayload', 'CreateWorkAccountPayload',
    'PartnerUserConnection', 'PartnerUserEdge', 'PageInfo'),
};
