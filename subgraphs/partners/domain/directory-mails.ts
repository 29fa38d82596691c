import type { MailMessage } from '../../kit/mail.js';

/** The emails of P-21 / P-22. Pure: text only; the mail port delivers them after the transaction commits. */

/** P-21: to the provider's public contact address, with the reseller's message and where to answer. */
export function contactRequestedMail(input: {
  to: string; providerName: string; resellerName: string; resellerCountry: string; message: string; replyTo: string; url: string;
}): MailMessage {
  return {
    to: input.to,
    tag: 'provider-contact-requested',
    subject: `${input.resellerName} would like to resell through ${input.providerName}`,
    text: [
      'Hello,',
      '',
      `${input.resellerName} (${input.resellerCountry}), an indirect reseller, found ${input.providerName} in the directory of`,
      'indirect providers and asks you to get in touch about your reseller program:',
      '',
      input.message,
      '',
      `Reply to: ${input.replyTo}`,
      '',
      'To work together, send them a partnership invitation that answers this request; or decline it, with a reason:',
      input.url,
    ].join('\n'),
  };
}

/** P-22: the provider declined; the requester learns why. */
export function contactDeclinedMail(input: { to: string; providerName: string; reason: string }): MailMessage {
  return {
    to: input.to,
    tag: 'provider-contact-declined',
    subject: `${input.providerName} declined your contact request`,
    text: [
      'Hello,',
      '',
      `${input.providerName} declined your request to resell through them as your indirect provider.`,
      `Reason: ${input.reason}`,
      '',
      'You can find other providers in your region in the directory of indirect providers.',
    ].join('\n'),
  };
}

/** P-22: the invitation answering a contact request, sent to the request's reply address (SEED: "The indirect provider emails you an invitation"). */
export function contactInvitationMail(input: { to: string; draft: { subject: string; body: string } }): MailMessage {
  return { to: input.to, tag: 'partnership-invitation', subject: input.draft.subject, text: input.draft.body };
}
