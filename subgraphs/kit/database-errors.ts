import { DomainError, type Reason } from './errors.js';

/**
 * PostgreSQL error classes caused by what a client sent, as the client error each one is (issue 13 kind 2). The
 * argument checks of input-limits.ts stop such input before a resolver runs; this is the backstop for input that
 * reaches the database another way (an entity representation sent straight to a subgraph, a rule we missed).
 * Codes: PostgreSQL manual, Appendix A "PostgreSQL Error Codes".
 */
const CLIENT_ERRORS: Record<string, { reason: Reason; message?: string }> = {
  '22P02': { reason: 'INVALID_VALUE' }, // invalid_text_representation: 'x'::uuid
  '22021': { reason: 'INVALID_CHARACTERS' }, // character_not_in_repertoire: U+0000 in text
  '22001': { reason: 'VALUE_TOO_LONG', message: 'A value is too long for the field that stores it.' }, // string_data_right_truncation
  '22003': { reason: 'NUMBER_OUT_OF_RANGE' }, // numeric_value_out_of_range
  '22007': { reason: 'INVALID_DATE_TIME' }, // invalid_datetime_format
  '22008': { reason: 'INVALID_DATE_TIME' }, // datetime_field_overflow
  '22P05': { reason: 'INVALID_CHARACTERS' }, // untranslatable_character
  '54000': { reason: 'VALUE_TOO_LONG', message: 'A value is too long.' }, // program_limit_exceeded (index row size)
  '23503': { reason: 'NOT_FOUND', message: 'Not found: a value refers to something that does not exist.' }, // foreign_key_violation
};

/** 23505 unique_violation: the domain reason of each unique index (migrations), CONFLICT all. */
const UNIQUE_INDEX_REASONS: Record<string, Reason> = {
  users_email_key: 'DUPLICATE_EMAIL',
  customer_users_principal_name: 'DUPLICATE_EMAIL',
  tenants_default_domain_key: 'DOMAIN_TAKEN',
  customers_domain_key: 'DOMAIN_TAKEN',
  organizations_mpn_key: 'MPN_ID_ALREADY_LINKED',
  partnerships_active_key: 'PARTNERSHIP_ALREADY_EXISTS',
  enrollments_open_per_tenant: 'TENANT_ALREADY_ENROLLED',
  provider_contact_requests_open_key: 'CONTACT_REQUEST_EXISTS',
};

interface PostgresError { code?: string; constraint?: string }

/** The pg error behind a TypeORM QueryFailedError (its `driverError`), or a pg error itself. */
function postgresErrorOf(error: unknown): PostgresError | null {
  if (!error || typeof error !== 'object') return null;
  const driver = (error as { driverError?: unknown }).driverError;
  const candidate = (driver && typeof driver === 'object' ? driver : error) as PostgresError & { severity?: unknown };
  return typeof candidate.code === 'string' && /^[0-9A-Z]{5}$/.test(candidate.code) && 'severity' in candidate ? candidate : null;
}

/**
 * The client error for a PostgreSQL error caused by input (data exception class 22, unique violation 23505, foreign
 * key violation 23503, program limit 54000), or null for anything else (a real fault, left to be logged and masked). `argument`, when known, names
 * the argument in the error.
 */
export function clientErrorOfDatabase(error: unknown, argument?: string): DomainError | null {
  const postgres = postgresErrorOf(error);
  if (!postgres?.code) return null;
  const details = argument ? { argument } : {};
  if (postgres.code === '23505') {
    return new DomainError(UNIQUE_INDEX_REASONS[postgres.constraint ?? ''] ?? 'ALREADY_EXISTS', details);
  }
  const known = CLIENT_ERRORS[postgres.code];
  return known ? new DomainError(known.reason, details, known.message) : null;
}
