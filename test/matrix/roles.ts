import { ROLES, type Role } from '../../subgraphs/kit/authorization.js';

/** The six columns of DOMAIN.md §4.3 (the role names of kit/authorization.ts), each played by a Contoso user who holds only that role. */
export const ROLE_COLUMNS = {
  ADMIN_AGENT: 'marco@contoso.it',
  HELPDESK_AGENT: 'luca@contoso.it',
  GLOBAL_ADMIN: 'bea@contoso.it',
  USER_MANAGEMENT_ADMIN: 'ugo@contoso.it',
  BILLING_ADMIN: 'bice@contoso.it',
  NONE: 'nora@contoso.it',
} as const satisfies Record<Role, string>;

export type RoleColumn = Role;
export const ALL_ROLES: RoleColumn[] = [...ROLES];
