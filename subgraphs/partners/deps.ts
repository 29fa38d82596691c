import type { Logger } from '../../platform/logger.js';
import { loadConfig } from '../../platform/config.js';
import { createMailer, mailSettingsFrom, type MailMessage, type Mailer } from '../kit/mail.js';
import { DEFAULT_EXPORT_LIMITS, type ActivityExportLimits } from './activity-export.js';
import { webmailDomainsFrom } from './domain/contacts.js';
import { fixtureMpnDirectory, type MpnDirectory } from './mpn-directory.js';

/** What the partners subgraph's workflows need from outside: mail, the MPN directory, a clock, settings. */
export interface PartnersRuntime {
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
 * Defaults from the environment: PARTNER_CENTER_URL, WEBMAIL_DOMAINS (comma separated), MAIL_SMTP_URL,
 * MAIL_FROM, MAIL_DIR, ACTIVITY_EXPORT_MAX_ROWS; `existingCspTenants` from CSP_EXISTING_TENANTS (S-35 fixture).
 */
export function partnersRuntimeFrom(env: NodeJS.ProcessEnv = process.env, overrides: Partial<PartnersRuntime> = {}): PartnersRuntime {
  const config = loadConfig(env);
  return {
    mailer: overrides.mailer ?? createMailer(mailSettingsFrom(env, config.dataDir)),
    directory: overrides.directory ?? fixtureMpnDirectory({
      existingCspTenants: (env.CSP_EXISTING_TENANTS ?? '').split(',').map((id) => id.trim()).filter(Boolean),
    }),
    now: overrides.now ?? (() => new Date()),
    publicUrl: (overrides.publicUrl ?? env.PARTNER_CENTER_URL ?? `http://localhost:${config.ports.gateway}`).replace(/\/$/, ''),
    webmailDomains: overrides.webmailDomains ?? webmailDomainsFrom(env.WEBMAIL_DOMAINS),
    activityExport: overrides.activityExport ?? { ...DEFAULT_EXPORT_LIMITS, maxRows: exportMaxRowsFrom(env.ACTIVITY_EXPORT_MAX_ROWS) },
  };
}

function exportMaxRowsFrom(value: string | undefined): number {
  const rows = Number(value ?? DEFAULT_EXPORT_LIMITS.maxRows);
  if (!Number.isInteger(rows) || rows < 1) throw new Error('ACTIVITY_EXPORT_MAX_ROWS must be a positive integer');
  return rows;
}

/**
 * Mail goes out after the transaction commits, so a rolled-back step never sends a link that does not work.
 * A failed send is logged; the user can ask for the mail again (§3.1 row 7).
 */
export async function sendAfterCommit(mailer: Mailer, messages: MailMessage[], logger: Logger): Promise<void> {
  for (const message of messages) {
    try {
      await mailer.send(message);
    } catch (error) {
      logger.error({ err: error, tag: message.tag }, 'mail not sent');
    }
  }
}
