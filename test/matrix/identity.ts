import type { RoleColumn } from './roles.js';

/**
 * Expectations of DOMAIN.md §4.3 rows I-01…I-09: which role columns are allowed. `foreign` is the same
 * operation aimed at another partner's object: allowed roles get NOT_FOUND (T-1), the others FORBIDDEN.
 * Operations use `$target` (a Contoso user created for the test) or `$foreign` (a Northwind user).
 */
export interface MatrixRow {
  id: string;
  operation: string;
  allowed: RoleColumn[];
  own: string;
  foreign?: string;
}

const MANAGERS: RoleColumn[] = ['GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'];
const EVERYONE: RoleColumn[] = ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN', 'BILLING_ADMIN', 'NONE'];

export const IDENTITY_MATRIX: MatrixRow[] = [
  { id: 'I-01', operation: 'Query.me', allowed: EVERYONE, own: '{ me { id displayName agentRole adminRole } }' },
  {
    id: 'I-02', operation: 'Mutation.changeMyPassword', allowed: EVERYONE,
    own: 'mutation { changeMyPassword(currentPassword: "not-my-password", newPassword: "Another-Secret-9") { accessToken } }',
  },
  {
    id: 'I-03', operation: 'Query.partnerUsers', allowed: MANAGERS,
    own: '{ partnerUsers(first: 5) { totalCount edges { node { displayName agentRole } } } }',
  },
  {
    id: 'I-03', operation: 'Query.partnerUser', allowed: MANAGERS,
    own: '{ partnerUser(id: "$target") { displayName adminRole } }',
    foreign: '{ partnerUser(id: "$foreign") { displayName } }',
  },
  {
    id: 'I-04', operation: 'Mutation.createPartnerUser', allowed: MANAGERS,
    own: `mutation { createPartnerUser(input: { displayName: "New $role", email: "new-$role@contoso.it",
      agentRole: NONE, adminRole: NONE }) { user { id } temporaryPassword } }`,
    foreign: `mutation { createPartnerUser(input: { displayName: "Intruder", email: "intruder-$role@northwind.it",
      agentRole: NONE, adminRole: NONE }) { user { id } } }`,
  },
  {
    id: 'I-05', operation: 'Mutation.updatePartnerUser', allowed: MANAGERS,
    own: 'mutation { updatePartnerUser(id: "$target", input: { firstName: "$role" }) { firstName } }',
    foreign: 'mutation { updatePartnerUser(id: "$foreign", input: { firstName: "X" }) { firstName } }',
  },
  {
    id: 'I-06', operation: 'Mutation.setPartnerUserRoles', allowed: MANAGERS,
    own: 'mutation { setPartnerUserRoles(userId: "$target", agentRole: NONE, adminRole: NONE) { agentRole } }',
    foreign: 'mutation { setPartnerUserRoles(userId: "$foreign", agentRole: NONE, adminRole: NONE) { agentRole } }',
  },
  {
    id: 'I-07', operation: 'Mutation.resetPartnerUserPassword', allowed: MANAGERS,
    own: 'mutation { resetPartnerUserPassword(userId: "$target") { temporaryPassword } }',
    foreign: 'mutation { resetPartnerUserPassword(userId: "$foreign") { temporaryPassword } }',
  },
  {
    id: 'I-08', operation: 'Mutation.deactivatePartnerUser', allowed: MANAGERS,
    own: 'mutation { deactivatePartnerUser(userId: "$target") { state } }',
    foreign: 'mutation { deactivatePartnerUser(userId: "$foreign") { state } }',
  },
  {
    id: 'I-08', operation: 'Mutation.restorePartnerUser', allowed: MANAGERS,
    own: 'mutation { restorePartnerUser(userId: "$target") { user { state } } }',
    foreign: 'mutation { restorePartnerUser(userId: "$foreign") { user { state } } }',
  },
  { id: 'I-09', operation: 'Query.myTenant', allowed: MANAGERS, own: '{ myTenant { defaultDomain verifiedDomains } }' },
];
