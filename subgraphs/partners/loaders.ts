import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { ScopedDatabase } from '../kit/context.js';
import { byIdLoader } from '../kit/loaders.js';
import { ActivityRecordEntity } from './model/activity.js';
import type { Principal } from '../kit/principal.js';
import { directoryRelations, type DirectoryRelation } from './directory-listing.js';
import { ContactRequestEntity, DirectoryProfileEntity, type DirectoryProfile } from './model/directory.js';
import { EnrollmentEntity, type Enrollment } from './model/enrollment.js';
import { PartnershipInvitationEntity } from './model/invitation.js';
import { OrganizationEntity } from './model/organization.js';
import { PartnershipEntity, type Partnership } from './model/partnership.js';
import { InvoiceEntity, SupportTicketEntity } from './model/support.js';
import { TenantFactsEntity } from './model/tenant.js';

const NO_RELATION: DirectoryRelation = { isPartnered: false, hasPendingInvitation: false, hasOpenContactRequest: false };

/**
 * The partners subgraph's loaders, per request: every entity a resolver reads comes through one; `now` dates what has
 * expired (§3.2, P-22).
 */
export function createPartnersLoaders(db: ScopedDatabase, principal: Principal | null = null, now: () => Date = () => new Date()) {
  return {
    organization: byIdLoader(db, OrganizationEntity),
    partnership: byIdLoader(db, PartnershipEntity),
    invitation: byIdLoader(db, PartnershipInvitationEntity),
    contactRequest: byIdLoader(db, ContactRequestEntity),
    ticket: byIdLoader(db, SupportTicketEntity),
    invoice: byIdLoader(db, InvoiceEntity),
    activity: byIdLoader(db, ActivityRecordEntity),
    enrollment: byIdLoader(db, EnrollmentEntity),
    /** identity's tenants as this subgraph's read model holds them */
    tenant: byIdLoader(db, TenantFactsEntity),
    /** P-03: each tenant's latest application, whatever its status (services/enrollment-store.ts `latestEnrollment`) */
    latestEnrollment: new DataLoader<string, Enrollment | null>(async (tenantIds) => {
      const rows = await db.transaction((manager) => manager.getRepository(EnrollmentEntity).find({
        where: { tenantId: In([...tenantIds]) }, order: { createdAt: 'DESC', id: 'DESC' },
      }));
      return tenantIds.map((id) => rows.find((row) => row.tenantId === id) ?? null);
    }),
    /** every partnership an organization takes part in, either side, any state */
    partnershipsOf: new DataLoader<string, Partnership[]>(async (orgIds) => {
      const ids = [...orgIds];
      const rows = await db.transaction((manager) => manager.getRepository(PartnershipEntity).find({
        where: [{ providerId: In(ids) }, { resellerId: In(ids) }],
        order: { establishedAt: 'ASC', id: 'ASC' },
      }));
      return ids.map((id) => rows.filter((row) => row.providerId === id || row.resellerId === id));
    }),
    /** P-20: directory profiles by provider id (row-level security: the caller's own, or listed ones) */
    directoryProfile: new DataLoader<string, DirectoryProfile | null>(async (providerIds) => {
      const rows = await db.transaction((manager) => manager.getRepository(DirectoryProfileEntity)
        .findBy({ providerId: In([...providerIds]) }));
      return providerIds.map((id) => rows.find((row) => row.providerId === id) ?? null);
    }),
    /** P-19: how the caller's organization stands with each provider of a directory page, one statement per page */
    directoryRelation: new DataLoader<string, DirectoryRelation>(async (providerIds) => {
      const partnerId = principal?.partnerId;
      if (!partnerId) return providerIds.map(() => NO_RELATION);
      const relations = await db.transaction((manager) => directoryRelations(manager, partnerId, providerIds, now()));
      return providerIds.map((id) => relations.get(id) ?? NO_RELATION);
    }),
  };
}

export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;
