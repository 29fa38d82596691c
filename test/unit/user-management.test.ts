import {
  assertMayCreate, assertMayDeactivate, assertMayManage, assertMaySetRoles, restoreWindowOpen, UserManagementDenied,
  type ManagedUser, type Manager,
} from '../../subgraphs/identity/domain/user-management.js';

const ga: Manager = { userId: 'ga', adminRole: 'GLOBAL_ADMIN' };
const uma: Manager = { userId: 'uma', adminRole: 'USER_MANAGEMENT_ADMIN' };
const globalAdmin: ManagedUser = { id: 'anna', adminRole: 'GLOBAL_ADMIN', state: 'ACTIVE' };
const agent: ManagedUser = { id: 'luca', adminRole: 'NONE', state: 'ACTIVE' };

function reasonOf(fn: () => void): string | undefined {
  try {
    fn();
    return undefined;
  } catch (error) {
    if (error instanceof UserManagementDenied) return error.reason;
    throw error;
  }
}

describe('user management rules (§3.4, I-04…I-08)', () => {
  it('I-04 / R-4: a user-management admin cannot create a global admin; a global admin can', () => {
    expect(reasonOf(() => assertMayCreate(uma, { agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' }))).toBe('CANNOT_MODIFY_GLOBAL_ADMIN');
    expect(reasonOf(() => assertMayCreate(uma, { agentRole: 'ADMIN_AGENT', adminRole: 'NONE' }))).toBeUndefined();
    expect(reasonOf(() => assertMayCreate(ga, { agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' }))).toBeUndefined();
  });

  it('I-05 / I-07: a user-management admin cannot touch a global admin', () => {
    expect(reasonOf(() => assertMayManage(uma, globalAdmin))).toBe('CANNOT_MODIFY_GLOBAL_ADMIN');
    expect(reasonOf(() => assertMayManage(uma, agent))).toBeUndefined();
    expect(reasonOf(() => assertMayManage(ga, globalAdmin))).toBeUndefined();
  });

  it('I-06: UMA neither grants nor revokes GA; R-5 keeps the last global admin', () => {
    expect(reasonOf(() => assertMaySetRoles(uma, agent, { agentRole: 'NONE', adminRole: 'GLOBAL_ADMIN' }, 1)))
      .toBe('CANNOT_MODIFY_GLOBAL_ADMIN');
    expect(reasonOf(() => assertMaySetRoles(uma, globalAdmin, { agentRole: 'NONE', adminRole: 'NONE' }, 2)))
      .toBe('CANNOT_MODIFY_GLOBAL_ADMIN');
    expect(reasonOf(() => assertMaySetRoles(ga, globalAdmin, { agentRole: 'ADMIN_AGENT', adminRole: 'NONE' }, 1)))
      .toBe('LAST_GLOBAL_ADMIN');
    expect(reasonOf(() => assertMaySetRoles(ga, globalAdmin, { agentRole: 'ADMIN_AGENT', adminRole: 'NONE' }, 2)))
      .toBeUndefined();
    // step 9b: a GA may give itself the admin agent role
    expect(reasonOf(() => assertMaySetRoles({ userId: 'anna', adminRole: 'GLOBAL_ADMIN' }, globalAdmin,
      { agentRole: 'ADMIN_AGENT', adminRole: 'GLOBAL_ADMIN' }, 1))).toBeUndefined();
  });

  it('I-08 / R-6 / R-5: never oneself, never the last global admin, UMA never a GA', () => {
    expect(reasonOf(() => assertMayDeactivate({ userId: 'anna', adminRole: 'GLOBAL_ADMIN' }, globalAdmin, 2)))
      .toBe('CANNOT_DEACTIVATE_SELF');
    expect(reasonOf(() => assertMayDeactivate(ga, globalAdmin, 1))).toBe('LAST_GLOBAL_ADMIN');
    expect(reasonOf(() => assertMayDeactivate(uma, globalAdmin, 3))).toBe('CANNOT_MODIFY_GLOBAL_ADMIN');
    expect(reasonOf(() => assertMayDeactivate(uma, agent, 1))).toBeUndefined();
  });

  it('A-28: restorable for 30 days', () => {
    const now = new Date('2026-11-24T00:00:00Z');
    expect(restoreWindowOpen(new Date('2026-10-26T00:00:00Z'), now)).toBe(true);
    expect(restoreWindowOpen(new Date('2026-10-24T00:00:00Z'), now)).toBe(false);
    expect(restoreWindowOpen(null, now)).toBe(false);
  });
});
