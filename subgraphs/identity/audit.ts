import type { EntityManager } from 'typeorm';
import { actorOf, recordEvent } from '../kit/events.js';
import type { Principal } from '../kit/principal.js';
import { bumpAccessVersion } from './access-versions.js';
import type { User } from './model/user.js';

/** What an audit record and a `PartnerUser*` event show of a user: never a password or its hash. */
export function userSnapshot(user: User) {
  return {
    id: user.id,
    tenantId: user.tenantId,
    email: user.email,
    displayName: user.displayName,
    agentRole: user.agentRole,
    adminRole: user.adminRole,
    state: user.state,
    mustChangePassword: user.mustChangePassword,
    accessVersion: user.accessVersion,
    sessionsValidFrom: user.sessionsValidFrom,
  };
}

export type UserChange =
  | 'PartnerUserCreated' | 'PartnerUserUpdated' | 'PartnerUserRolesChanged' | 'PartnerUserPasswordReset'
  | 'PartnerUserDeactivated' | 'PartnerUserRestored' | 'PartnerUserPasswordChanged' | 'PartnerUserSignedOutEverywhere';

/**
 * Every privileged change to a user leaves an audit record (who, what, when, before/after) and a domain
 * event (§5), both in the mutation's transaction; a change to what the user may do also bumps its access
 * version there (access-versions.ts), which the event carries to every service's access-state view.
 */
export async function recordUserChange(
  manager: EntityManager,
  change: UserChange,
  actor: Principal | null,
  before: User | null,
  after: User,
): Promise<void> {
  await bumpAccessVersion(manager, after, change);
  const beforeSnapshot = before ? userSnapshot(before) : null;
  const afterSnapshot = userSnapshot(after);
  await manager.query(`insert into identity.audit_log (tenant_id, actor_user_id, action, target_user_id, before, after)
    values ($1, $2, $3, $4, $5, $6)`, [after.tenantId, actor?.userId ?? null, change, after.id, beforeSnapshot, afterSnapshot]);
  await recordEvent(manager, 'identity', {
    type: change,
    aggregateId: after.id,
    partnerIds: [after.tenantId],
    actor: actorOf(actor),
    payload: { user: afterSnapshot, before: beforeSnapshot },
  });
}
