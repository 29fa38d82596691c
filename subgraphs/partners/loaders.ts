import DataLoader from 'dataloader';
import { In } from 'typeorm';
import type { ScopedDatabase } from '../kit/context.js';
import { byIdLoader } from '../kit/loaders.js';
import { ActivityRecordEntity } from './model/activity.js';
import { PartnershipInvitationEntity } from './model/invitation.js';
import { OrganizationEntity } from './model/organization.js';
import { PartnershipEntity, type Partnership } from './model/partnership.js';
import { InvoiceEntity, SupportTicketEntity } from './model/support.js';

export function createPartnersLoaders(db: ScopedDatabase) {
  return {
    organization: byIdLoader(db, OrganizationEntity),
    partnership: byIdLoader(db, PartnershipEntity),
    invitation: byIdLoader(db, PartnershipInvitationEntity),
    ticket: byIdLoader(db, SupportTicketEntity),
    invoice: byIdLoader(db, InvoiceEntity),
    activity: byIdLoader(db, ActivityRecordEntity),
    /** every partnership an organization takes part in, either side, any state */
    partnershipsOf: new DataLoader<string, Partnership[]>(async (orgIds) => {
      const ids = [...orgIds];
      const rows = await db.transaction((manager) => manager.getRepository(PartnershipEntity).find({
        where: [{ providerId: In(ids) }, { resellerId: In(ids) }],
        order: { establishedAt: 'ASC', id: 'ASC' },
      }));
      return ids.map((id) => rows.filter((row) => row.providerId === id || row.resellerId === id));
    }),
  };
}

export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;
