/** Identity's events in the activity log (§3.4, §5 `PartnerUser*`): user, role and password changes. Pure. */
import { entry, fieldOf, objectOf, producerMapping, type Snapshot } from './activity-types.js';

export const IDENTITY_OPERATIONS = [
  'CREATE_PARTNER_USER', 'UPDATE_PARTNER_USER', 'SET_PARTNER_USER_ROLES', 'RESET_PARTNER_USER_PASSWORD', 'CHANGE_PASSWORD',
  'DEACTIVATE_PARTNER_USER', 'RESTORE_PARTNER_USER', 'SIGN_OUT_ALL_SESSIONS',
] as const;

type IdentityOperation = typeof IDENTITY_OPERATIONS[number];

/** A `PartnerUser*` event carries the user after (`user`) and before (`before`) the change, never a password. */
const userChange = (operation: IdentityOperation) => (payload: Snapshot) => {
  const user = objectOf(payload.user);
  const id = fieldOf(payload, 'user');
  if (!user || !id) return null;
  return entry(operation, { type: 'PartnerUser', id, name: fieldOf(payload, 'user', 'email') }, user, payload.before);
};

export const identityEntry = producerMapping({
  PartnerUserCreated: userChange('CREATE_PARTNER_USER'),
  PartnerUserUpdated: userChange('UPDATE_PARTNER_USER'),
  PartnerUserRolesChanged: userChange('SET_PARTNER_USER_ROLES'),
  PartnerUserPasswordReset: userChange('RESET_PARTNER_USER_PASSWORD'),
  PartnerUserPasswordChanged: userChange('CHANGE_PASSWORD'),
  PartnerUserDeactivated: userChange('DEACTIVATE_PARTNER_USER'),
  PartnerUserRestored: userChange('RESTORE_PARTNER_USER'),
  PartnerUserSignedOutEverywhere: userChange('SIGN_OUT_ALL_SESSIONS'),
});
