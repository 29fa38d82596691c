import { cspMarketOf } from '../../kit/countries.js';
import { isWellFormedEmail, normalizeEmail } from './contacts.js';
import { expiredWhenPast } from '../../kit/single-use-link.js';
import type { OrganizationFacts } from './partnerships.js';

/**
 * P-21 / P-22: a reseller's request that a listed provider get in touch (SEED: "contact them directly to discuss
 * their reseller programs"). State machine:
 *
 *   — requestProviderContact → OPEN
 *   OPEN → INVITED   the provider's createPartnershipInvitation(contactRequestId), or the pair's partnership starts
 *   OPEN → DECLINED  declineProviderContact(id, reason)
 *   OPEN → EXPIRED   30 days without an answer (the expiry sweep; reads treat it so at once)
 *
 * Pure: no I/O.
 */
export type ContactRequestState = 'OPEN' | 'INVITED' | 'DECLINED' | 'EXPIRED';

/** An OPEN request unanswered for 30 days expires, so the reseller may ask again (one OPEN request per pair). */
export const CONTACT_REQUEST_TTL_MS = 30 * 24 * 3600 * 1000;

export interface ContactRequestFacts {
  state: ContactRequestState;
  expiresAt: Date;
}

/** An OPEN request past `expiresAt` is EXPIRED, whether or not the sweep stored it so. */
export function effectiveContactRequestState(request: ContactRequestFacts, now: Date): ContactRequestState {
  return expiredWhenPast(request, 'OPEN', now);
}

export interface ContactRequestText { message: string; replyTo: string }

/** A refusal; `argument` names what was wrong when an argument was (issue 13). */
export type ContactRequestFailure =
  | { reason: 'REQUIRED_FIELD' | 'INVALID_EMAIL'; argument: 'message' | 'replyTo' }
  | { reason: 'NOT_AN_INDIRECT_RESELLER' }
  | { reason: 'PROVIDER_NOT_LISTED' | 'REGION_MISMATCH' | 'PARTNERSHIP_ALREADY_EXISTS' | 'CONTACT_REQUEST_EXISTS'; argument: 'providerId' };

/**
 * Text with nothing to read: only white space (Unicode White_Space) and invisible format characters (category Cf:
 * zero-width space U+200B, joiners, the byte-order mark U+FEFF, direction marks), which String#trim keeps.
 */
export function isBlankText(text: string): boolean {
  return !text.replace(/[\p{White_Space}\p{Cf}]/gu, '');
}

/** The message is not blank (`isBlankText`); replyTo is a well-formed address (DOMAIN §0: trimmed, lower-cased). */
export function contactRequestText(input: ContactRequestText): ContactRequestText | ContactRequestFailure {
  const message = input.message.trim();
  if (isBlankText(message)) return { reason: 'REQUIRED_FIELD', argument: 'message' };
  const replyTo = normalizeEmail(input.replyTo);
  if (!isWellFormedEmail(replyTo)) return { reason: 'INVALID_EMAIL', argument: 'replyTo' };
  return { message, replyTo };
}

/**
 * P-21 guards, in order: the caller's organization is an ACTIVE indirect reseller; the provider is listed
 * (an unlisted provider, a reseller or an unknown id alike: PROVIDER_NOT_LISTED, NOT_FOUND, T-1); same CSP region
 * (R-31, as acceptance would decide); no ACTIVE partnership yet; no OPEN request of the pair.
 */
export function checkContactRequest(input: {
  reseller: OrganizationFacts;
  provider: OrganizationFacts | null;
  providerListed: boolean;
  partnered: boolean;
  openRequestExists: boolean;
}): ContactRequestFailure | null {
  const { reseller, provider } = input;
  if (reseller.partnerType !== 'INDIRECT_RESELLER' || reseller.programStatus !== 'ACTIVE') return { reason: 'NOT_AN_INDIRECT_RESELLER' };
  if (!provider || !input.providerListed) return { reason: 'PROVIDER_NOT_LISTED', argument: 'providerId' };
  if (cspMarketOf(provider.country) !== cspMarketOf(reseller.country)) return { reason: 'REGION_MISMATCH', argument: 'providerId' };
  if (input.partnered) return { reason: 'PARTNERSHIP_ALREADY_EXISTS', argument: 'providerId' };
  if (input.openRequestExists) return { reason: 'CONTACT_REQUEST_EXISTS', argument: 'providerId' };
  return null;
}

export type AnswerFailure = 'CONTACT_REQUEST_CLOSED' | 'CONTACT_REQUEST_EXPIRED';

/** P-22: only an OPEN request is answered, by an invitation or a decline. */
export function checkAnswer(request: ContactRequestFacts, now: Date): AnswerFailure | null {
  switch (effectiveContactRequestState(request, now)) {
    case 'OPEN': return null;
    case 'EXPIRED': return 'CONTACT_REQUEST_EXPIRED';
    default: return 'CONTACT_REQUEST_CLOSED';
  }
}
