import type { IRules } from 'graphql-shield';
import { admin, allow, isAuthenticated, matrixRow } from '../kit/rules.js';
import { structuralTypes } from '../kit/shield.js';

const userManagers = matrixRow(admin('GLOBAL_ADMIN'), admin('USER_MANAGEMENT_ADMIN'));

/** graphql-shield rules of the identity subgraph, by DOMAIN.md matrix row; anything not listed is denied. */
export const identityPermissions: IRules = {
  Query: {
    me: isAuthenticated, // I-01: G2 and G3 waived
    myTenant: userManagers, // I-09
  },
  Mutation: {
    signIn: allow, // public
  },
  // Reachable only through rows above or entity references; the resolvers keep users inside their tenant.
  PartnerUser: isAuthenticated,
  Tenant: isAuthenticated,
  PartnerOrganization: {
    id: isAuthenticated,
    tenant: userManagers, // I-09
    users: userManagers, // I-03
  },
  // C-01 (read) roles; the customers subgraph decides which customers a caller reaches at all.
  Customer: isAuthenticated,
  ...structuralTypes('SignInPayload', 'PartnerUserConnection', 'PartnerUserEdge', 'PageInfo'),
};
