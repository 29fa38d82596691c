import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ACCESS_REFUSALS } from '../../platform/access-state.js';
import { PUBLIC_ERROR_CODES } from '../../platform/error-codes.js';
import type { Logger } from '../../platform/logger.js';
import { clientErrorOfDatabase } from './database-errors.js';

export type ErrorCode =
  | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_USER_INPUT' | 'CONFLICT' | 'PRECONDITION_FAILED'
  | 'SERVICE_UNAVAILABLE';

interface ReasonSpec { code: ErrorCode; message: string }

/** DOMAIN.md §6: every domain reason with its GraphQL code and the message users see. */
export const REASONS = {
  UNAUTHENTICATED: { code: 'UNAUTHENTICATED', message: 'Sign in to continue.' },
  INVALID_TOKEN: { code: 'UNAUTHENTICATED', message: 'The access token is invalid or expired. Sign in again.' },
  INVALID_CREDENTIALS: { code: 'UNAUTHENTICATED', message: 'The email address or password is incorrect.' },
  // issue 14: the token's user was deactivated, its password reset or changed, or its session signed out
  SESSION_REVOKED: { code: 'UNAUTHENTICATED', message: ACCESS_REFUSALS.SESSION_REVOKED.message },
  ACCESS_STATE_UNAVAILABLE: { code: 'SERVICE_UNAVAILABLE', message: ACCESS_REFUSALS.ACCESS_STATE_UNAVAILABLE.message },
  DUPLICATE_EMAIL: { code: 'CONFLICT', message: 'A user with this email address already exists.' },
  INVALID_EMAIL: { code: 'BAD_USER_INPUT', message: 'Enter a valid email address.' },
  EMAIL_DOMAIN_NOT_VERIFIED: { code: 'BAD_USER_INPUT', message: "Use an address in one of your organization's domains." },
  CANNOT_MODIFY_GLOBAL_ADMIN: { code: 'FORBIDDEN', message: 'Only a global admin can manage global admins.' },
  LAST_GLOBAL_ADMIN: { code: 'PRECONDITION_FAILED', message: 'Your organization must keep at least one global admin.' },
  CANNOT_DEACTIVATE_SELF: { code: 'BAD_USER_INPUT', message: "You can't deactivate your own account." },
  PASSWORD_CHANGE_REQUIRED: { code: 'FORBIDDEN', message: 'Change your temporary password to continue.' },
  INVALID_CURRENT_PASSWORD: { code: 'BAD_USER_INPUT', message: 'The current password is incorrect.' },
  PASSWORD_REUSED: { code: 'BAD_USER_INPUT', message: 'Choose a password different from the temporary one.' },
  PASSWORD_POLICY: {
    code: 'BAD_USER_INPUT',
    message: 'Use at least 8 characters with three of: lower case, upper case, digits, symbols.',
  },
  NOT_TENANT_GLOBAL_ADMIN: {
    code: 'FORBIDDEN', message: 'Sign in with the global admin credentials for your work account.',
  },
  WORK_ACCOUNT_REQUIRED: { code: 'BAD_USER_INPUT', message: 'Sign in with a work account or create one.' },
  TENANT_ALREADY_ENROLLED: { code: 'CONFLICT', message: 'This work account is already enrolled.' },
  PMC_AUTH_FAILED: { code: 'BAD_USER_INPUT', message: "We couldn't sign you in to Partner Membership Center." },
  MPN_ID_NOT_FOUND: { code: 'NOT_FOUND', message: 'Partner organization with this MPN ID could not be found.' },
  MPN_PROFILE_INACTIVE: {
    code: 'PRECONDITION_FAILED', message: 'Select an MPN ID associated with an active organization profile.',
  },
  MPN_COUNTRY_MISMATCH: {
    code: 'PRECONDITION_FAILED',
    message: 'The organization profile must be in the same country/region as your Azure AD tenant.',
  },
  MPN_ID_NOT_NUMERIC: { code: 'BAD_USER_INPUT', message: 'MPN Id must be numeric.' },
  MPN_ID_ALREADY_LINKED: { code: 'CONFLICT', message: 'This MPN ID is already linked to another reseller account.' },
  WEBMAIL_NOT_ALLOWED: {
    code: 'BAD_USER_INPUT',
    message: "Web-based email addresses (Gmail, Yahoo! Mail, iCloud Mail, AOL Mail, Outlook Mail) aren't accepted. "
      + 'Use your company email.',
  },
  CONTACT_EMAIL_NOT_MAILBOX: { code: 'BAD_USER_INPUT', message: 'Use a monitored work email, not a tenant sign-in name.' },
  REQUIRED_FIELD: { code: 'BAD_USER_INPUT', message: 'This field is required.' },
  ADDRESS_COUNTRY_MISMATCH: { code: 'BAD_USER_INPUT', message: 'The legal address must be in your tenant country.' },
  VERIFICATION_TOKEN_INVALID: { code: 'BAD_USER_INPUT', message: 'This verification link is no longer valid. Ask for a new one.' },
  VERIFICATION_TOKEN_EXPIRED: { code: 'BAD_USER_INPUT', message: 'This verification link is no longer valid. Ask for a new one.' },
  VERIFICATION_TOKEN_USED: { code: 'BAD_USER_INPUT', message: 'This verification link is no longer valid. Ask for a new one.' },
  ACCOUNT_UNDER_REVIEW: { code: 'FORBIDDEN', message: 'Your account is still under review.' },
  ACCOUNT_REJECTED: { code: 'FORBIDDEN', message: 'Your enrollment was rejected.' },
  INVITATION_NOT_FOUND: { code: 'NOT_FOUND', message: "This invitation link isn't valid." },
  INVITATION_EXPIRED: { code: 'PRECONDITION_FAILED', message: 'This invitation has expired. Ask the sender for a new one.' },
  INVITATION_ALREADY_USED: { code: 'CONFLICT', message: 'This invitation has already been used.' },
  INVITATION_REVOKED: { code: 'CONFLICT', message: 'This invitation was revoked.' },
  GLOBAL_ADMIN_REQUIRED: {
    code: 'FORBIDDEN', message: 'Only a global admin can accept a partnership request from an indirect provider.',
  },
  AUTHORIZATION_CONSENT_REQUIRED: { code: 'BAD_USER_INPUT', message: 'Check the box to authorize the indirect provider.' },
  NOT_AN_INDIRECT_RESELLER: { code: 'PRECONDITION_FAILED', message: "PartnerID isn't a valid Indirect Reseller." },
  SELF_RELATIONSHIP: { code: 'BAD_USER_INPUT', message: "You can't partner with your own organization." },
  REGION_MISMATCH: {
    code: 'PRECONDITION_FAILED', message: 'A partner can only establish a relationship with a partner from the same region.',
  },
  PARTNERSHIP_ALREADY_EXISTS: { code: 'CONFLICT', message: 'An active partnership already exists.' },
  AZURE_SUPPORT_PROVIDER_ONLY: {
    code: 'FORBIDDEN', message: 'Azure support requests for this customer must be opened by the indirect provider.',
  },
  ADMIN_AGENT_REQUIRED_FOR_OFFICE_365: {
    code: 'FORBIDDEN', message: 'You must be an admin agent to complete this task for Office 365 subscriptions.',
  },
  DELEGATED_ADMIN_REQUIRED: {
    code: 'PRECONDITION_FAILED',
    message: 'The customer removed your admin permissions. '
      + 'Request a reseller relationship with delegated admin privileges again.',
  },
  NO_RESELLER_RELATIONSHIP: { code: 'PRECONDITION_FAILED', message: 'The partner has no commerce relationship with the customer.' },
  RESELLER_CANNOT_SUBMIT_ORDERS: { code: 'FORBIDDEN', message: 'Orders for your customers are submitted by your indirect provider.' },
  RESELLER_NOT_PARTNERED: { code: 'PRECONDITION_FAILED', message: 'The indirect reseller must have a partnership with you.' },
  PROVIDER_NOT_PARTNERED: { code: 'PRECONDITION_FAILED', message: 'You have no active partnership with this indirect provider.' },
  ADMIN_AGENT_REQUIRED_FOR_DAP: {
    code: 'FORBIDDEN', message: 'Requesting delegated admin privileges requires the admin agent role.',
  },
  CUSTOMER_GLOBAL_ADMIN_REQUIRED: {
    code: 'FORBIDDEN', message: "The person who accepts must be a global admin of the customer's organization.",
  },
  CUSTOMER_REGION_MISMATCH: { code: 'PRECONDITION_FAILED', message: "The customer is outside the partner's CSP market." },
  ACTIVE_SUBSCRIPTIONS_EXIST: {
    code: 'PRECONDITION_FAILED', message: 'Suspend all active subscriptions before removing the relationship.',
  },
  REQUIRES_MICROSOFT_SUPPORT: { code: 'FORBIDDEN', message: 'Contact Microsoft Support to end this relationship.' },
  LINK_MISSING: { code: 'BAD_USER_INPUT', message: 'Keep the personalized link in the email.' },
  INVALID_LEAD_TRANSITION: { code: 'BAD_USER_INPUT', message: 'This lead status change is not allowed.' },
  SR_CLOSED: { code: 'PRECONDITION_FAILED', message: 'This request was closed by Microsoft. File a new one.' },
  NOT_FOUND: { code: 'NOT_FOUND', message: 'Not found.' },
  NOT_AUTHORISED: { code: 'FORBIDDEN', message: "You don't have permission to do this. Ask your global admin." },
  PAGE_SIZE_OUT_OF_RANGE: { code: 'BAD_USER_INPUT', message: '`first` must be between 0 and 100.' },
  INVALID_CURSOR: { code: 'BAD_USER_INPUT', message: '{argument} is not a cursor of this list.' },
  TOO_MANY_ATTEMPTS: { code: 'FORBIDDEN', message: 'Too many attempts. Try again later.' },
  INVALID_REFRESH_TOKEN: { code: 'UNAUTHENTICATED', message: 'The session has ended. Sign in again.' },
  DOMAIN_TAKEN: { code: 'CONFLICT', message: 'This domain name is already taken. Choose another.' },
  INVALID_DOMAIN_PREFIX: { code: 'BAD_USER_INPUT', message: 'Use 1–40 lower-case letters, digits or hyphens.' },
  INVALID_COUNTRY: { code: 'BAD_USER_INPUT', message: 'Use an ISO 3166-1 alpha-2 country code.' },
  USER_NOT_ACTIVE: { code: 'PRECONDITION_FAILED', message: 'This user is not active.' },
  USER_NOT_DEACTIVATED: { code: 'PRECONDITION_FAILED', message: 'This user is not deactivated.' },
  SUBSCRIPTION_REVOKED: { code: 'FORBIDDEN', message: 'Your permissions changed: this live update stream has ended.' },
  SUBSCRIPTION_OVERFLOW: {
    code: 'PRECONDITION_FAILED', message: 'Too many undelivered updates: the stream was dropped. Reconnect and resume.',
  },
  TOKEN_EXPIRED: { code: 'UNAUTHENTICATED', message: 'The access token expired: sign in again and resume.' },
  RESUME_WINDOW_PASSED: {
    code: 'PRECONDITION_FAILED', message: 'The events after this id are no longer kept: reload, then subscribe again.',
  },
  INVALID_EVENT_ID: { code: 'BAD_USER_INPUT', message: '{argument} is not a valid event id.' },
  RESTORE_WINDOW_PASSED: { code: 'PRECONDITION_FAILED', message: 'Deactivated users can be restored for 30 days only.' },
  TENANT_UNKNOWN: {
    code: 'PRECONDITION_FAILED', message: 'Your work account is still being set up. Try again in a moment.',
  },
  ENROLLMENT_STEP_NOT_ALLOWED: {
    code: 'PRECONDITION_FAILED', message: "This enrollment step isn't available in the application's current status.",
  },
  ENROLLMENT_CREATOR_ONLY: { code: 'FORBIDDEN', message: 'Only the person who started the enrollment can continue it.' },
  NOT_AN_INDIRECT_PROVIDER: { code: 'PRECONDITION_FAILED', message: 'Only an active indirect provider can do this.' },
  // Issue 19: the provider directory (P-19, P-20) and contact requests (P-21, P-22).
  PROVIDER_NOT_LISTED: { code: 'NOT_FOUND', message: "This provider isn't listed in the directory." },
  CONTACT_REQUEST_EXISTS: { code: 'CONFLICT', message: 'You already have an open contact request with this provider.' },
  CONTACT_REQUEST_CLOSED: { code: 'CONFLICT', message: 'This contact request has already been answered.' },
  CONTACT_REQUEST_EXPIRED: { code: 'PRECONDITION_FAILED', message: 'This contact request has expired. The reseller can send a new one.' },
  INVALID_LANGUAGE: { code: 'BAD_USER_INPUT', message: '{argument} must be ISO 639-1 language codes, such as "it" or "en".' },
  EMPTY_ORDER: { code: 'BAD_USER_INPUT', message: 'An order needs at least one line.' },
  UNKNOWN_OFFER: { code: 'BAD_USER_INPUT', message: 'This offer is not in the catalogue.' },
  INVALID_QUANTITY: { code: 'BAD_USER_INPUT', message: 'Order between 1 and 10000 licenses.' },
  INVALID_SUBSCRIPTION_TRANSITION: { code: 'BAD_USER_INPUT', message: 'This subscription status change is not allowed.' },
  INVALID_SERVICE_REQUEST_TRANSITION: { code: 'BAD_USER_INPUT', message: 'This service request status change is not allowed.' },
  ADMIN_AGENT_REQUIRED_FOR_CUSTOMER_ADMIN: {
    code: 'FORBIDDEN', message: "You must be an admin agent to reset the password of a customer's global administrator.",
  },
  CUSTOMER_DOMAIN_REQUIRED: { code: 'BAD_USER_INPUT', message: "Use a user name in one of the customer's domains." },
  NO_AVAILABLE_LICENSES: {
    code: 'PRECONDITION_FAILED', message: 'This subscription has no licenses left. Buy more or remove one from another user.',
  },
  SUBSCRIPTION_NOT_ACTIVE: { code: 'PRECONDITION_FAILED', message: 'Licenses can be assigned only from an active subscription.' },
  // Issue 13: input the subgraph refuses at its boundary (input-limits.ts) or PostgreSQL refused (database-errors.ts).
  VALUE_TOO_LONG: { code: 'BAD_USER_INPUT', message: '{argument} is too long: at most {max} characters.' },
  TOO_MANY_ITEMS: { code: 'BAD_USER_INPUT', message: '{argument} has too many items: at most {max}.' },
  INVALID_CHARACTERS: {
    code: 'BAD_USER_INPUT', message: '{argument} contains a character that is not allowed (U+0000 or an unpaired surrogate).',
  },
  INVALID_ID: { code: 'BAD_USER_INPUT', message: '{argument} is not a valid id.' },
  UNKNOWN_ID: { code: 'NOT_FOUND', message: 'Not found: nothing has this {argument}.' },
  INVALID_DATE_TIME: {
    code: 'BAD_USER_INPUT', message: '{argument} must be an RFC 3339 date-time that exists, such as 2026-03-01T10:00:00Z.',
  },
  INVALID_VALUE: { code: 'BAD_USER_INPUT', message: '{argument} has a value of the wrong form.' },
  NUMBER_OUT_OF_RANGE: { code: 'BAD_USER_INPUT', message: '{argument} is out of range.' },
  ALREADY_EXISTS: { code: 'CONFLICT', message: 'This already exists.' },
  // Issue 18 §3: the activity log's filter and its CSV export.
  INVALID_DATE_RANGE: { code: 'BAD_USER_INPUT', message: '{argument} must not be earlier than "filter.from".' },
  EXPORT_TOO_LARGE: {
    code: 'BAD_USER_INPUT', message: 'The export would hold more than {max} entries: narrow {argument} (from, to, operation).',
  },
  UNKNOWN_PARAMETER: { code: 'BAD_USER_INPUT', message: '{argument} is not a parameter of this export.' },
} as const satisfies Record<string, ReasonSpec>;

export type Reason = keyof typeof REASONS;

/**
 * A reason's message with its `{name}` placeholders filled from the error's details: `{argument}` names the argument
 * (`input.title`, `lines[2].offerId`), quoted; a placeholder without a detail reads "The value".
 */
function messageOf(template: string, details: Record<string, unknown>): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = details[name];
    if (value === undefined) return name === 'argument' ? 'The value' : '?';
    return name === 'argument' ? `"${String(value)}"` : String(value);
  });
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

/** A domain rule said no: becomes a GraphQL error with `extensions.code` and `extensions.reason`. */
export class DomainError extends GraphQLError {
  readonly reason: Reason;

  constructor(reason: Reason, details: Record<string, unknown> = {}, message?: string) {
    const spec: ReasonSpec = REASONS[reason];
    const status = spec.code === 'UNAUTHENTICATED' ? 401 : spec.code === 'SERVICE_UNAVAILABLE' ? 503 : undefined;
    const http = status ? { http: { status } } : {};
    super(message ?? messageOf(spec.message, details), { extensions: { code: spec.code, reason, ...details, ...http } });
    this.reason = reason;
  }
}


/**
 * Errors with a known code go to the client as they are, without stack traces; anything else is an internal
 * error: logged with the request id and replaced by a generic message.
 */
export function createErrorFormatter(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace: _stacktrace, http: _http, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // A database refusal of client input outside a checked argument (input-limits.ts): still the client's error.
    const original = error instanceof GraphQLError ? error.originalError : error;
    const clientError = clientErrorOfDatabase(original);
    if (clientError) {
      logger.warn({ err: original, path: formatted.path, reason: clientError.reason }, 'database refused client input');
      return { message: clientError.message, locations: formatted.locations, path: formatted.path, extensions: clientError.extensions };
    }
    logger.error({ err: error, path: formatted.path }, 'internal error');
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
