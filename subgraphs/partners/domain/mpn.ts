/** MPN ID rules (§0, A-21, §3.1 row 4). Pure: no I/O. */
import { isMpnId } from '../../kit/values.js';

/** A Partner Membership Center organization profile, as the directory returns it. */
export interface MpnOrgProfile {
  mpnId: string;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  isActive: boolean;
}

/** numeric, 1–10 digits. */
export function isNumericMpnId(mpnId: string): boolean {
  return isMpnId(mpnId);
}

export type ProfileSelectionFailure =
  | 'MPN_ID_NOT_NUMERIC' | 'MPN_ID_NOT_FOUND' | 'MPN_PROFILE_INACTIVE' | 'MPN_COUNTRY_MISMATCH';

/**
 * §3.1 row 4 guards, in the order a user fixes them: a numeric id among the linked account's profiles
 * active, in the tenant's country. "Not already linked" needs the database.
 */
export function checkProfileSelection(
  mpnId: string,
  candidates: readonly MpnOrgProfile[],
  tenantCountry: string,
): { ok: true; profile: MpnOrgProfile } | { ok: false; reason: ProfileSelectionFailure } {
  if (!isNumericMpnId(mpnId)) return { ok: false, reason: 'MPN_ID_NOT_NUMERIC' };
  const profile = candidates.find((candidate) => candidate.mpnId === mpnId);
  if (!profile) return { ok: false, reason: 'MPN_ID_NOT_FOUND' };
  if (!profile.isActive) return { ok: false, reason: 'MPN_PROFILE_INACTIVE' };
  if (profile.country.toUpperCase() !== tenantCountry.toUpperCase()) return { ok: false, reason: 'MPN_COUNTRY_MISMATCH' };
  return { ok: true, profile };
}
