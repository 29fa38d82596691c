/** The six columns of DOMAIN.md §4.3, each played by a Contoso user who holds only that role. */
export const ROLE_COLUMNS = {
  ADMIN_AGENT: 'marco@contoso.it',
  HELPDESK_AGENT: 'luca@contoso.it',
  GLOBAL_ADMIN: 'bea@contoso.it',
  USER_MANAGEMENT_ADMIN: 'ugo@contoso.it',
  BILLING_ADMIN: 'bice@contoso.it',
  NONE: 'nora@contoso.it',
} as const;

export type RoleColumn = keyof typeof ROLE_COLUMNS;
export const ALL_ROLES = Object.keys(ROLE_COLUMNS) as RoleColumn[];
