import type { IRules } from 'graphql-shield';
import { DomainError } from '../kit/errors.js';
import { admin, agent, allow, and, isAuthenticated, matrixRow, or, orgActive, passwordFresh, rule, signedIn } from '../kit/rules.js';
import { structuralTypes } from '../kit/shield.js';
import type { Context } from './resolvers/common.js';

const ADMIN_AGENT = agent('ADMIN_AGENT');
const GLOBAL_ADMIN = admin('GLOBAL_ADMIN');
const USER_MANAGEMENT_ADMIN = admin('USER_MANAGEMENT_ADMIN');
const BILLING_ADMIN = admin('BILLING_ADMIN');

// P-02, P-06: Admin agent, Global admin, User management admin (A-6, S-18, A-9).
const profileReaders = matrixRow(ADMIN_AGENT, GLOBAL_ADMIN, USER_MANAGEMENT_ADMIN);
// P-03: the same roles with G3 waived: a PENDING_VERIFICATION or REJECTED organization reads its enrollment.
const enrollmentReaders = and(signedIn, or(ADMIN_AGENT, GLOBAL_ADMIN, USER_MANAGEMENT_ADMIN));
// P-04, P-05, P-11, P-13, P-15, P-16, P-23: Global admin only.
const globalAdmins = matrixRow(GLOBAL_ADMIN);
// P-07, P-08, P-09, P-12, P-14: Global admin or Admin agent.
const providerDesk = matrixRow(ADMIN_AGENT, GLOBAL_ADMIN);
// P-17: Admin agent, Global admin, Billing admin. P-18: Global admin, Billing admin.
const billingReaders = matrixRow(ADMIN_AGENT, GLOBAL_ADMIN, BILLING_ADMIN);
const billingWriters = matrixRow(GLOBAL_ADMIN, BILLING_ADMIN);
// P-19: Admin agent, Helpdesk agent, Global admin, User management admin ("evaluate the providers in your area").
const directoryReaders = matrixRow(ADMIN_AGENT, agent('HELPDESK_AGENT'), GLOBAL_ADMIN, USER_MANAGEMENT_ADMIN);

/** enrollment starts with the AAD global admin credentials of the work account (outside the matrix, §4.3). */
const tenantGlobalAdmin = rule('tenantGlobalAdmin', { cache: 'contextual' })(
  (_parent, _args, ctx: Context) => (ctx.principal?.tenantGlobalAdmin ? true : new DomainError('NOT_TENANT_GLOBAL_ADMIN')),
);

/** R-27 / S-16: only a global admin accepts a partnership request, with its own reason rather than the fallback. */
const globalAdminRequired = rule('globalAdminRequired', { cache: 'contextual' })(
  (_parent, _args, ctx: Context) => (ctx.principal?.adminRole === 'GLOBAL_ADMIN' ? true : new DomainError('GLOBAL_ADMIN_REQUIRED')),
);

/** graphql-shield rules of the partners subgraph, by DOMAIN.md matrix row; anything not listed is denied. */
export const partnersPermissions: IRules = {
  Query: {
    myOrganization: signedIn, // P-01: G3 waived
    partnerOrganization: signedIn, // P-01 header of an organization visible under T-2
    myEnrollment: signedIn, // P-03 or the enrollment's creator (checked against the application)
    verifyPartnerMpnId: providerDesk, // P-14
    partnerSupportTickets: globalAdmins, // P-15
    billingProfile: billingReaders, // P-17
    invoices: billingReaders, // P-17
    indirectProviderDirectory: directoryReaders, // P-19 (any ACTIVE partner organization; region and listing in the resolver)
    providerContactRequests: providerDesk, // P-22
    activityLog: globalAdmins, // P-23 (issue 18 §3; README "Activity log")
  },
  Mutation: {
    // §4.3 principals outside the matrix: the enrollment creator (G2 applies, G3 waived; creator checked in the service).
    startEnrollment: and(signedIn, tenantGlobalAdmin),
    linkPartnerMembershipAccount: signedIn,
    selectOrganizationProfile: signedIn,
    saveEnrollmentDetails: signedIn,
    submitEnrollment: signedIn,
    resendPrimaryContactVerification: signedIn,
    cancelEnrollment: signedIn,
    appealEnrollment: signedIn,
    verifyPrimaryContactEmail: allow, // the anonymous holder of the emailed link (step 8)
    updateLegalBusinessProfile: globalAdmins, // P-04
    updateSupportProfile: globalAdmins, // P-05
    createPartnershipInvitation: providerDesk, // P-08
    revokePartnershipInvitation: providerDesk, // P-09
    acceptPartnershipInvitation: and(isAuthenticated, passwordFresh, orgActive, globalAdminRequired), // P-10
    declinePartnershipInvitation: globalAdmins, // P-11
    removeIndirectResellerPartnership: providerDesk, // P-12
    revokeProviderTenantAdminAccess: globalAdmins, // P-13
    createPartnerSupportTicket: globalAdmins, // P-16
    updatePartnerSupportTicket: globalAdmins, // P-16
    updateBillingProfile: billingWriters, // P-18
    // The organization's kind (provider, reseller) is the domain's to refuse, with its reason, after the arguments.
    updateProviderDirectoryProfile: providerDesk, // P-20
    requestProviderContact: providerDesk, // P-21
    declineProviderContact: providerDesk, // P-22
  },
  PartnerOrganization: {
    // P-01 / T-2: the header every member (and a partnered organization) may read
    id: signedIn,
    companyName: signedIn,
    partnerType: signedIn,
    programStatus: signedIn,
    country: signedIn,
    mpnProfile: signedIn,
    legalBusinessProfile: profileReaders, // P-02
    organizationProfile: profileReaders, // P-02
    supportProfile: profileReaders, // P-02
    enrollment: enrollmentReaders, // P-03
    indirectProviders: profileReaders, // P-06
    indirectResellers: profileReaders, // P-06
    partnershipInvitations: providerDesk, // P-07
    providerDirectoryProfile: providerDesk, // P-20
  },
  MpnProfile: { mpnId: signedIn, partnerName: signedIn },
  ProviderResellerRelationship: profileReaders, // P-06
  PartnershipInvitation: providerDesk, // P-07 (the accepting global admin also reads it in the payload)
  // Reached only through `myEnrollment`, `enrollment` or a mutation of the creator, each checked against the row.
  EnrollmentApplication: signedIn,
  PartnerSupportTicket: globalAdmins, // P-15 (T-10 in the resolver)
  PartnerUser: signedIn,
  // P-19 / T-2: an entry carries the directory profile only; the reader's rule is the directory's.
  ProviderDirectoryEntry: directoryReaders,
  ProviderDirectoryProfile: providerDesk, // P-20
  ProviderContactRequest: providerDesk, // P-21 / P-22 (its two parties only, in the resolver and by row-level security)
  ActivityLogEntry: globalAdmins, // P-23
  ...structuralTypes('ActivityLogConnection', 'ActivityLogEdge', 'ActivityActor', 'ActivityTarget'),
  // §5 streams: the audience of each is checked at subscribe time and per event (resolvers/live.ts).
  Subscription: isAuthenticated,
  ...structuralTypes('EnrollmentStatusChangedEvent', 'OrganizationChangedEvent', 'PartnershipChangedEvent',
    'PartnershipInvitationChangedEvent', 'PartnerSupportTicketChangedEvent', 'ProviderContactRequestedEvent'),
  ...structuralTypes('Address', 'Contact', 'LegalBusinessProfile', 'SupportProfile', 'OrganizationProfile', 'BillingProfile',
    'Invoice', 'MpnOrgProfileCandidate', 'EnrollmentTransition', 'DraftEmail', 'AcceptPartnershipInvitationPayload',
    'VerifyPrimaryContactEmailPayload', 'ServiceRequestNote'),
  // Connections carry what their field's rule already allowed; each node type keeps its own rule.
  ...structuralTypes('PageInfo', 'ProviderResellerRelationshipConnection', 'ProviderResellerRelationshipEdge',
    'PartnershipInvitationConnection', 'PartnershipInvitationEdge', 'PartnerSupportTicketConnection', 'PartnerSupportTicketEdge',
    'InvoiceConnection', 'InvoiceEdge', 'ProviderDirectoryEntryConnection', 'ProviderDirectoryEntryEdge',
    'ProviderContactRequestConnection', 'ProviderContactRequestEdge'),
};
