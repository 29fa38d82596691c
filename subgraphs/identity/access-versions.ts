import type { EntityManager } from 'typeorm';
import type { UserChange } from './audit.js';
import type { User } from './model/user.js';

/**
 * What a user change does to the access tokens already issued (issue 14, continuous access evaluation):
 * `reevaluate` — they are judged by the user's new roles from the next request on; `end-sessions` — they
 * are refused (SESSION_REVOKED), as the refresh tokens already are (§3.4: password reset, deactivation).
 */
const EFFECTS: Partial<Record<UserChange, 'reevaluate' | 'end-sessions'>> = {
  PartnerUserRolesChanged: 'reevaluate',
  PartnerUserPasswordReset: 'end-sessions',
  PartnerUserPasswordChanged: 'end-sessions',
  PartnerUserDeactivated: 'end-sessions',
  PartnerUserRestored: 'end-sessions',
  PartnerUserSignedOutEverywhere: 'end-sessions',
};

/**
 * Bumps the user's access version (and, for a change that ends sessions, the version its sessions are valid
 * from) in the caller's transaction, and sets both on `user`, so the event written next carries them and a
 * token issued next in the same transaction is valid.
 */
export async function bumpAccessVersion(manager: EntityManager, user: User, change: UserChange): Promise<void> {
  const effect = EFFECTS[change];
  if (!effect) return;
  // `access_version + 1` reads the row's old value in both assignments
  const [rows]: [{ access_version: number; sessions_valid_from: number }[], number] = await manager.query(
    `update identity.users set access_version = access_version + 1,
       sessions_valid_from = case when $2 then access_version + 1 else sessions_valid_from end
     where id = $1 returning access_version, sessions_valid_from`, [user.id, effect === 'end-sessions']);
  user.accessVersion = rows[0].access_version;
  user.sessionsValidFrom = rows[0].sessions_valid_from;
}
