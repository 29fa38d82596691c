import type { PlatformConfig } from '../../platform/config.js';
import { mailerFor, type Mailer } from '../kit/mail.js';
import { DEFAULT_EXPORT_LIMITS, type ActivityExportLimits } from './activity-export.js';
import { webmailDomainsFrom } from './domain/contacts.js';
import { fixtureMpnDirectory, type MpnDirectory } from './mpn-directory.js';

/** What the partners subgraph's workflows need from outside: mail, the MPN directory, a clock, settings. */
export interface PartnersDeps {
  mailer: Mailer;
  directory: MpnDirectory;
  now(): Date;
  /** where personalised links point (the partner center front end) */
  publicUrl: string;
  /** configurable webmail blocklist */
  webmailDomains: readonly string[];
  /** issue 18 §3: bounds of the activity log's CSV export */
  activityExport: ActivityExportLimits;
}

/**
 * The configuration the partners subgraph reads (platform/config.ts): PARTNER_CENTER_URL, the mail settings,
 * WEBMAIL_DOMAINS, ACTIVITY_EXPORT_MAX_ROWS and CSP_EXISTING_TENANTS (S-35 fixture).
 */
export type PartnersConfig = Pick<PlatformConfig, 'publicUrl' | 'mail' | 'environment' | 'partners'>;

/** The dependencies from the configuration, each part replaceable (tests: a clock, a mailbox, a directory). */
export function partnersDepsFrom(config: PartnersConfig, overrides: Partial<PartnersDeps> = {}): PartnersDeps {
  return {
    mailer: overrides.mailer ?? mailerFor(config),
    directory: overrides.directory ?? fixtureMpnDirectory({ existingCspTenants: config.partners.existingCspTenants }),
    now: overrides.now ?? (() => new Date()),
    publicUrl: (overrides.publicUrl ?? config.publicUrl).replace(/\/$/, ''),
    webmailDomains: overrides.webmailDomains ?? webmailDomainsFrom(config.partners.webmailDomains),
    activityExport: overrides.activityExport ?? { ...DEFAULT_EXPORT_LIMITS, maxRows: config.partners.activityExportMaxRows },
  };
}
