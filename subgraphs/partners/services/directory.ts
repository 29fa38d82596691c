import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { PartnersDeps } from '../deps.js';
import { nextDirectoryProfile, type DirectoryProfileInput } from '../domain/directory.js';
import { DirectoryProfileEntity, type DirectoryProfile } from '../model/directory.js';
import type { PartnerCaller } from './partner-caller.js';
import { ownOrganization, publishProfileChange } from './profiles.js';

/** A directory profile as its change's `before`/`after` show it: what the provider presents, not who saved it. */
function directorySection(profile: DirectoryProfile): Record<string, unknown> {
  const { providerId: _providerId, updatedBy: _updatedBy, updatedAt: _updatedAt, ...section } = structuredClone(profile);
  return section;
}

/**
 * P-20: the caller's organization's directory profile, created on its first save (unlisted, serving its own
 * country) and changed field by field; an ACTIVE indirect provider only. A change is PartnerProfileChanged with
 * section DIRECTORY (§5, the organizationChanged stream), in the same transaction.
 */
export async function updateProviderDirectoryProfile(
  tx: EntityManager, caller: PartnerCaller, input: DirectoryProfileInput, deps: Pick<PartnersDeps, 'now'>,
): Promise<DirectoryProfile> {
  const organization = await ownOrganization(tx, caller);
  const profiles = tx.getRepository(DirectoryProfileEntity);
  const current = await profiles.findOneBy({ providerId: organization.id });
  const next = nextDirectoryProfile({ ...organization, country: organization.country.trim() }, current, input);
  if ('reason' in next) throw new DomainError(next.reason, next.argument ? { argument: next.argument } : {});
  const profile: DirectoryProfile = { ...next, providerId: organization.id, updatedBy: caller.userId, updatedAt: deps.now() };
  await profiles.save(profile);
  await publishProfileChange(tx, organization, caller, 'DIRECTORY', { before: current ? directorySection(current) : null,
    after: directorySection(profile) });
  return profile;
}
