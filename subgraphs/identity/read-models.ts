import type { EntityManager } from 'typeorm';
import type { StoredEvent } from '../kit/events.js';
import { recordUserChange } from './audit.js';
import { UserEntity } from './model/user.js';

interface OrganizationSnapshot {
  id: string;
  partnerType: 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';
  programStatus: 'ENROLLING' | 'PENDING_VERIFICATION' | 'ACTIVE' | 'REJECTED' | 'SUSPENDED';
}

interface EnrollmentSnapshot {
  id: string;
  organizationId: string;
  status: string;
  createdBy: string;
}

/**
 * Identity's reading of the partners subgraph's events (docs/events.md): organization facts for the tokens
 * (G3), and §3.1 step 9 — on approval the enrollment's creator becomes global admin and admin agent.
 */
export async function applyPartnersEvent(event: StoredEvent, manager: EntityManager): Promise<void> {
  // §3.1 row 12: a cancelled enrollment deletes its organization; the tenant's tokens lose the partner id.
  if (event.type === 'PartnerOrganizationDeleted') {
    await manager.query('delete from identity.organizations where id = $1', [event.payload.organizationId]);
    return;
  }
  const organization = event.payload.organization as OrganizationSnapshot | undefined;
  if (organization) {
    await manager.query(`insert into identity.organizations (id, partner_type, program_status)
      select $1, $2, $3 where exists (select 1 from identity.tenants where id = $1)
      on conflict (id) do update set partner_type = excluded.partner_type, program_status = excluded.program_status,
        updated_at = now()`, [organization.id, organization.partnerType, organization.programStatus]);
  }
  const enrollment = event.payload.enrollment as EnrollmentSnapshot | undefined;
  if (event.type === 'EnrollmentStatusChanged' && enrollment?.status === 'APPROVED') {
    const users = manager.getRepository(UserEntity);
    const creator = await users.findOneBy({ id: enrollment.createdBy });
    if (!creator || (creator.adminRole === 'GLOBAL_ADMIN' && creator.agentRole === 'ADMIN_AGENT')) return;
    const before = { ...creator };
    creator.adminRole = 'GLOBAL_ADMIN';
    creator.agentRole = 'ADMIN_AGENT';
    await users.update({ id: creator.id }, { adminRole: 'GLOBAL_ADMIN', agentRole: 'ADMIN_AGENT' });
    await recordUserChange(manager, 'PartnerUserRolesChanged', null, before, creator);
  }
}
