import type { LegalBusinessProfileInput, SupportProfileInput } from '../domain/details.js';

/** GraphQL inputs of schema/partners.graphql, as resolvers receive them. */
export interface EnrollmentDetailsInput {
  legalBusinessProfile: LegalBusinessProfileInput;
  supportProfile: SupportProfileInput;
}
