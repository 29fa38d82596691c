import type { EntityManager } from 'typeorm';
import type { PartnerCaller as KitPartnerCaller } from '../../kit/callers.js';
import { DomainError } from '../../kit/errors.js';
import { OrganizationEntity, type Organization } from '../model/organization.js';

/** A member of a partner organization, as the services act for it (T-1: every query is scoped by `partnerId`). */
export type PartnerCaller = Pick<KitPartnerCaller, 'userId' | 'partnerId'>;

/** The envelope's actor for a partner user's change (§5). */
export { partnerActor as actorOf } from '../../kit/callers.js';

/** The caller's organization; NOT_FOUND when it has none (T-1). */
export async function callerOrganization(tx: EntityManager, caller: PartnerCaller): Promise<Organization> {
  const organization = await tx.getRepository(OrganizationEntity).findOneBy({ id: caller.partnerId });
  if (!organization) throw new DomainError('NOT_FOUND');
  return organization;
}
