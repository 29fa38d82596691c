import type { AdminRole, AgentRole } from '../../../platform/tokens.js';

/** A rule of §3.4 / §4.3 rows I-04…I-08 said no; the resolver turns the reason into a DomainError. */
export class UserManagementDenied extends Error {
  constructor(readonly reason: 'CANNOT_MODIFY_GLOBAL_ADMIN' | 'LAST_GLOBAL_ADMIN' | 'CANNOT_DEACTIVATE_SELF') {
    super(reason);
  }
}

export interface Manager {
  userId: string;
  adminRole: AdminRole;
}

export interface ManagedUser {
  id: string;
  adminRole: AdminRole;
  state: 'ACTIVE' | 'INACTIVE';
}

export interface Roles {
  agentRole: AgentRole;
  adminRole: AdminRole;
}

const isGlobalAdmin = (role: AdminRole) => role === 'GLOBAL_ADMIN';

/** a user-management admin neither touches global admins nor hands out the global admin role. */
function assertMayTouch(manager: Manager, targetAdminRole: AdminRole): void {
  if (!isGlobalAdmin(manager.adminRole) && isGlobalAdmin(targetAdminRole)) {
    throw new UserManagementDenied('CANNOT_MODIFY_GLOBAL_ADMIN');
  }
}

/** I-04: creating a user. */
export function assertMayCreate(manager: Manager, roles: Roles): void {
  assertMayTouch(manager, roles.adminRole);
}

/** I-05, I-07: changing names, resetting a password. */
export function assertMayManage(manager: Manager, target: ManagedUser): void {
  assertMayTouch(manager, target.adminRole);
}

/**
 * I-06: a GA may change anyone's roles, its own included (step 9b); a UMA may not grant or revoke GA.
 * the organization keeps at least one ACTIVE global admin.
 */
export function assertMaySetRoles(manager: Manager, target: ManagedUser, next: Roles, activeGlobalAdmins: number): void {
  assertMayTouch(manager, target.adminRole);
  assertMayTouch(manager, next.adminRole);
  const removesActiveGlobalAdmin = target.state === 'ACTIVE' && isGlobalAdmin(target.adminRole) && !isGlobalAdmin(next.adminRole);
  if (removesActiveGlobalAdmin && activeGlobalAdmins <= 1) throw new UserManagementDenied('LAST_GLOBAL_ADMIN');
}

/** I-08 / R-5 / R-6 / A-29: never oneself, never the last active global admin. */
export function assertMayDeactivate(manager: Manager, target: ManagedUser, activeGlobalAdmins: number): void {
  if (manager.userId === target.id) throw new UserManagementDenied('CANNOT_DEACTIVATE_SELF');
  assertMayTouch(manager, target.adminRole);
  if (target.state === 'ACTIVE' && isGlobalAdmin(target.adminRole) && activeGlobalAdmins <= 1) {
    throw new UserManagementDenied('LAST_GLOBAL_ADMIN');
  }
}

/** I-08: restoring. */
export function assertMayRestore(manager: Manager, target: ManagedUser): void {
  assertMayTouch(manager, target.adminRole);
}

/** deactivated users can be restored for 30 days. */
export const RESTORE_WINDOW_DAYS = 30;

export function restoreWindowOpen(softDeletionTime: Date | null, now: Date): boolean {
  if (!softDeletionTime) return false;
  return now.getTime() - softDeletionTime.getTime() <= RESTORE_WINDOW_DAYS * 24 * 3600 * 1000;
}
