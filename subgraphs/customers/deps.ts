import type { PlatformConfig } from '../../platform/config.js';
import { mailerFor, type Mailer } from '../kit/mail.js';

/** What the customers subgraph's workflows need from outside: a clock, where links point, mail. */
export interface CustomersDeps {
  now(): Date;
  /** where personalised links point (the partner center front end) */
  publicUrl: string;
  mailer: Mailer;
}

/** The configuration the customers subgraph reads (platform/config.ts): PARTNER_CENTER_URL and the mail settings. */
export type CustomersConfig = Pick<PlatformConfig, 'publicUrl' | 'mail' | 'environment'>;

/** The dependencies from the configuration, each part replaceable (tests: a clock, a mailbox). */
export function customersDepsFrom(config: CustomersConfig, overrides: Partial<CustomersDeps> = {}): CustomersDeps {
  return {
    now: overrides.now ?? (() => new Date()),
    publicUrl: (overrides.publicUrl ?? config.publicUrl).replace(/\/$/, ''),
    mailer: overrides.mailer ?? mailerFor(config),
  };
}
