import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { MailConfig, PlatformConfig } from '../../platform/config.js';
import type { Logger } from '../../platform/logger.js';

/** One email the product sends (verification links, status notices). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** what the message is about, for the development mailbox and logs (e.g. `enrollment-verification`) */
  tag?: string;
}

export interface StoredMail extends MailMessage {
  id: string;
  from: string;
  sentAt: string;
}

/** The mail port: SMTP in production, a readable mailbox directory in development and tests. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  /** where the development transport keeps messages; undefined for SMTP */
  readonly mailbox?: string;
}

/** Where mail goes (platform/config.ts `MailConfig`: MAIL_SMTP_URL, MAIL_FROM, MAIL_DIR). */
export type MailSettings = MailConfig;

/**
 * The mailer of a subgraph that sends mail, from the configuration. Throws `MAIL_SMTP_URL must be set in production`
 * when production has no SMTP server: production refuses the development mailbox.
 */
export function mailerFor(config: Pick<PlatformConfig, 'mail' | 'environment'>): Mailer {
  if (!config.mail.smtpUrl && config.environment === 'production') throw new Error('MAIL_SMTP_URL must be set in production');
  return createMailer(config.mail);
}

/** SMTP when `settings.smtpUrl` is set, else the development mailbox. */
export function createMailer(settings: MailSettings): Mailer {
  if (settings.smtpUrl) {
    const transport = nodemailer.createTransport(settings.smtpUrl);
    return {
      async send(message) {
        await transport.sendMail({ from: settings.from, to: message.to, subject: message.subject, text: message.text });
      },
    };
  }
  return developmentMailer(settings.mailbox, settings.from);
}

/**
 * Mail goes out after the transaction commits, so a rolled-back step never sends a link that does not work.
 * A failed send is logged and the rest still go; the user can ask for the mail again (§3.1 row 7).
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

/** Writes each message as one JSON file (`<sentAt>-<id>.json`) that a developer or a test can read. */
export function developmentMailer(mailbox: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ jsonTransport: true });
  return {
    mailbox,
    async send(message) {
      // Rendered by nodemailer so the development path builds the same message SMTP would.
      await transport.sendMail({ from, to: message.to, subject: message.subject, text: message.text });
      const stored: StoredMail = { ...message, id: randomUUID(), from, sentAt: new Date().toISOString() };
      await mkdir(mailbox, { recursive: true });
      await writeFile(path.join(mailbox, `${stored.sentAt.replace(/[:.]/g, '-')}-${stored.id}.json`), JSON.stringify(stored, null, 2));
    },
  };
}

/** The development mailbox, oldest first; only the messages to `to` when given. */
export async function readMailbox(mailbox: string, to?: string): Promise<StoredMail[]> {
  let files: string[];
  try {
    files = (await readdir(mailbox)).filter((file) => file.endsWith('.json')).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const messages = await Promise.all(files.map(async (file) =>
    JSON.parse(await readFile(path.join(mailbox, file), 'utf8')) as StoredMail));
  const wanted = to?.trim().toLowerCase();
  return wanted ? messages.filter((message) => message.to.toLowerCase() === wanted) : messages;
}
