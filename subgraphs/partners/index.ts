import type { DataSource } from 'typeorm';
import type { EventHub } from '../kit/event-hub.js';
import { buildSubgraph } from '../kit/subgraph.js';
import { ACTIVITY_EXPORT_PATH, activityExportRoute } from './activity-export.js';
import { activityFeeds } from './activity-log.js';
import { partnersDepsFrom, type PartnersConfig, type PartnersDeps } from './deps.js';
import { createPartnersLoaders } from './loaders.js';
import { partnersMigrations } from './migrations/index.js';
import { ActivityRecordEntity } from './model/activity.js';
import { ContactRequestEntity, DirectoryProfileEntity } from './model/directory.js';
import { EnrollmentEntity, VerificationTokenEntity } from './model/enrollment.js';
import { PartnershipInvitationEntity } from './model/invitation.js';
import { OrganizationEntity } from './model/organization.js';
import { PartnershipEntity } from './model/partnership.js';
import { InvoiceEntity, SupportTicketEntity } from './model/support.js';
import { TenantFactsEntity } from './model/tenant.js';
import { partnersPermissions } from './permissions.js';
import { applyIdentityEvent } from './read-models.js';
import { accountResolvers } from './resolvers/account.js';
import { activityResolvers } from './resolvers/activity.js';
import { contactRequestResolvers } from './resolvers/contact-requests.js';
import { directoryResolvers } from './resolvers/directory.js';
import { enrollmentResolvers } from './resolvers/enrollment.js';
import { invitationResolvers } from './resolvers/invitations.js';
import { liveResolvers } from './resolvers/live.js';
import { organizationResolvers } from './resolvers/organizations.js';
import { expireContactRequests } from './services/contact-requests.js';
import { expireInvitations } from './services/invitations.js';

export const partnersDatabase = {
  schema: 'partners',
  migrations: partnersMigrations,
  entities: [OrganizationEntity, PartnershipEntity, TenantFactsEntity, EnrollmentEntity, VerificationTokenEntity,
    PartnershipInvitationEntity, SupportTicketEntity, InvoiceEntity, DirectoryProfileEntity, ContactRequestEntity, ActivityRecordEntity],
  consumes: { identity: applyIdentityEvent },
  // Issue 18 §3: the activity log reads every outbox, this subgraph's own included.
  feeds: activityFeeds(),
  sweeps: [{ name: 'partnership invitations', run: expireInvitations },
    { name: 'provider contact requests', run: expireContactRequests }],
};

export interface PartnersSubgraphOptions {
  sdl: string;
  dataSource: DataSource;
  /** the settings it reads: public URL, mail, partners' own (platform/config.ts, parsed once by the composition root) */
  config: PartnersConfig;
  /** mail, MPN directory, clock and settings; defaults from `config` (deps.ts) */
  deps?: Partial<PartnersDeps>;
  /** fans the outbox out to subscriptions (§5) */
  hub: EventHub;
}

/** The partners subgraph: organizations, enrollment, provider↔reseller partnerships. */
export function createPartnersSubgraph(options: PartnersSubgraphOptions) {
  const deps = partnersDepsFrom(options.config, options.deps);
  const organizations = organizationResolvers(deps);
  const enrollment = enrollmentResolvers(deps);
  const invitations = invitationResolvers(deps);
  const account = accountResolvers(deps);
  const directory = directoryResolvers(deps);
  const contactRequests = contactRequestResolvers(deps);
  const live = liveResolvers(() => options.hub);
  return buildSubgraph({
    name: 'partners',
    sdl: options.sdl,
    resolvers: [organizations, enrollment, invitations, account, directory, contactRequests, live, activityResolvers()],
    permissions: partnersPermissions,
    createLoaders: (db, principal) => createPartnersLoaders(db, principal, deps.now),
    routes: { [ACTIVITY_EXPORT_PATH]: activityExportRoute(deps.activityExport) },
  }, options.dataSource);
}
