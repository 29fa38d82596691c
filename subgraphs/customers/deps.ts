import { loadConfig } from '../../platform/config.js';
import type { Logger } from '../../platform/logger.js';
import { createMailer, mailSettingsFrom, type MailMessage, type Mailer } from '../kit/mail.js';

/** What the customers subgraph's workflows need from outside: a clock, where links point, mail. */
export interface CustomersRuntime {
  now(): Date;
  /** where personalised links point (the partner center front end) */
  publicUrl: string;
  mailer: Mailer;
}

/** Defaults from the environment: PARTNER_CENTER_URL, MAIL_SMTP_URL, MAIL_FROM, MAIL_DIR. */
export function customersRuntimeFrom(env: NodeJS.ProcessEnv = process.env, overrides: Partial<CustomersRuntime> = {}): CustomersRuntime {
  const config = loadConfig(env);
  return {
    now: overrides.now ?? (() => new Date()),
    publicUrl: (overrides.publicUrl ?? env.PARTNER_CENTER_URL ?? `http://localhost:${config.ports.gateway}`).replace(/\/$/, ''),
    mailer: overrides.mailer ?? createMailer(mailSettingsFrom(env, config.dataDir)),
  };
}

/** Mail goes out after the transaction commits, so a rolled-back request never sends a link that does not work. */
export async function sendAfterCommit(mailer: Mailer, messages: MailMessage[], logger: Logger): Promise<void> {
  for (const message of messages) {
    try {
      await mailer.send(message);
    } catch (error) {
      logger.error({ err: error, tag: message.tag }, 'mail not sent');
    }
  }
}
