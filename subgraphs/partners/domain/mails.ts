import type { MailMessage } from '../../kit/mail.js';

/** The emails §3.1 sends to the primary contact. Pure: text only; the mail port delivers them. */

export function verificationMail(input: { to: string; companyName: string; url: string; expiresAt: Date }): MailMessage {
  return {
    to: input.to,
    tag: 'enrollment-verification',
    subject: 'Verify your email address for your Partner Center enrollment',
    text: [
      'Hello,',
      '',
      `You are the primary contact of the Partner Center enrollment of ${input.companyName}.`,
      'Open the link below to confirm that (1) you signed up for this account and (2) this email address',
      'belongs to your organization:',
      '',
      input.url,
      '',
      `The link works once and expires on ${input.expiresAt.toISOString().slice(0, 10)}.`,
      'If you did not expect this email, ignore it.',
    ].join('\n'),
  };
}

export function decisionMail(input: {
  to: string; companyName: string; approved: boolean; reason?: string | null; url: string;
}): MailMessage {
  if (input.approved) {
    return {
      to: input.to,
      tag: 'enrollment-approved',
      subject: 'Your Partner Center account is ready to use',
      text: [
        'Hello,',
        '',
        `The enrollment of ${input.companyName} has been approved. Your Partner Center account is ready to use:`,
        input.url,
        '',
        'The person who enrolled is now a global admin and an admin agent, and can add other users.',
      ].join('\n'),
    };
  }
  return {
    to: input.to,
    tag: 'enrollment-rejected',
    subject: 'Your Partner Center enrollment was not approved',
    text: [
      'Hello,',
      '',
      `We could not approve the enrollment of ${input.companyName}.`,
      `Reason: ${input.reason ?? 'not given'}`,
      '',
      `Details: ${input.url}`,
    ].join('\n'),
  };
}
