import type { EntityManager } from 'typeorm';
import { DomainError } from '../../kit/errors.js';
import type { PartnersDeps } from '../deps.js';
import { recordPartnersEvent } from '../events.js';
import { OrganizationEntity } from '../model/organization.js';
import { PartnershipEntity, partnershipSnapshot, type Partnership } from '../model/partnership.js';
import type { PartnerCaller } from './partner-caller.js';

type Deps = Pick<PartnersDeps, 'now'>;

/** A partnership event with `before`, the partnership's snapshot before the change (docs/events.md). */
async function publish(
  tx: EntityManager, type: string, partnership: Partnership, caller: PartnerCaller, before: ReturnType<typeof partnershipSnapshot>,
): Promise<void> {
  await recordPartnersEvent(tx, {
    type, aggregateId: partnership.id, partnerIds: [partnership.providerId, partnership.resellerId],
    actor: { kind: 'PARTNER_USER', userId: caller.userId, partnerId: caller.partnerId },
    payload: { partnership: partnershipSnapshot(partnership), before },
  });
}

/**
 * §3.2 removal by the provider. Customers and delegated admin privileges are not touched (E: PC-IP); a
 * reseller cannot end it here.
 */
export async function removeIndirectResellerPartnership(
  tx: EntityManager, caller: PartnerCaller, resellerId: string, deps: Deps,
): Promise<Partnership> {
  const organization = await tx.getRepository(OrganizationEntity).findOneBy({ id: caller.partnerId });
  if (!organization) throw new DomainError('NOT_FOUND');
  if (organization.partnerType === 'INDIRECT_RESELLER') throw new DomainError('REQUIRES_MICROSOFT_SUPPORT');
  const partnerships = tx.getRepository(PartnershipEntity);
  const partnership = await partnerships.findOne({
    where: { providerId: caller.partnerId, resellerId, state: 'ACTIVE' }, lock: { mode: 'pessimistic_write' },
  });
  if (!partnership) throw new DomainError('NOT_FOUND');
  const before = partnershipSnapshot(partnership);
  Object.assign(partnership, { state: 'REMOVED', removedAt: deps.now() });
  await partnerships.save(partnership);
  await publish(tx, 'PartnershipRemoved', partnership, caller, before);
  return partnership;
}

/** §3.2: the reseller's global admin removes the provider's admin access to its tenant; the partnership stays. */
export async function revokeProviderTenantAdminAccess(
  tx: EntityManager, caller: PartnerCaller, providerId: string,
): Promise<Partnership> {
  const partnerships = tx.getRepository(PartnershipEntity);
  const partnership = await partnerships.findOne({
    where: { providerId, resellerId: caller.partnerId, state: 'ACTIVE' }, lock: { mode: 'pessimistic_write' },
  });
  if (!partnership) throw new DomainError('NOT_FOUND');
  if (!partnership.providerTenantAdminAccess) return partnership;
  const before = partnershipSnapshot(partnership);
  partnership.providerTenantAdminAccess = false;
  await partnerships.save(partnership);
  await publish(tx, 'ProviderTenantAdminAccessRevoked', partnership, caller, before);
  return partnership;
}
