import type { IRules } from 'graphql-shield';
import { ROLES, type Grant } from '../kit/authorization.js';
import { allow, and, grantRules, isAuthenticated, signedIn, tenantGlobalAdmin } from '../kit/rules.js';
import { structuralTypes } from '../kit/shield.js';

/**
 * The partners subgraph's authorization table (DOMAIN.md §4.3 P-rows, §5 streams): read by the shield rules
 * below, the subscription grants and per-event audiences (resolvers/live.ts) and the enrollment reads
 * (resolvers/enrollment.ts).
 */
export const grants = {
  // P-01: every member, G3 waived (the header an enrolling partner needs).
  organizationHeader: { rows: ['P-01'], roles: ROLES, organizationActive: false },
  // P-02, P-06: Admin agent, Global admin, User management admin (A-6, S-18, A-9); §5 organizationChanged
  // (PartnerProfileChanged) and partnershipChanged: GA, UMA, Admin agent.
  profileReaders: {
    rows: ['P-02', 'P-06', '§5 organizationChanged', '§5 partnershipChanged'],
    roles: ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'],
  },
  // P-03: the same roles with G3 waived: a PENDING_VERIFICATION or REJECTED organization reads its enrollment;
  // §5 EnrollmentStatusChanged after approval: GA, UMA, Admin agent of the organization (per event).
  enrollmentReaders: {
    rows: ['P-03', '§5 EnrollmentStatusChanged'],
    roles: ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'],
    organizationActive: false,
  },
  // §5 enrollmentStatusChanged: the enrollment creator, whatever its roles (G3 waived); each event is then
  // for its creator or for `enrollmentReaders` of the organization.
  enrollmentSubscribers: { rows: ['§5 enrollmentStatusChanged'], roles: ROLES, organizationActive: false },
  // §5 PartnerOrganizationActivated (an organizationChanged event): GA, UMA of the organization (per event).
  activationAudience: { rows: ['§5 PartnerOrganizationActivated'], roles: ['GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'] },
  // P-04, P-05, P-11, P-13, P-15, P-16, P-23: Global admin only; §5 partnerSupportTicketChanged (T-10 per event).
  globalAdmins: {
    rows: ['P-04', 'P-05', 'P-11', 'P-13', 'P-15', 'P-16', 'P-23', '§5 partnerSupportTicketChanged'],
    roles: ['GLOBAL_ADMIN'],
  },
  // P-10 / S-16: only a global admin accepts a partnership request, with its own reason rather than the fallback.
  invitationAcceptors: { rows: ['P-10'], roles: ['GLOBAL_ADMIN'], refusal: 'GLOBAL_ADMIN_REQUIRED' },
  // P-07, P-08, P-09, P-12, P-14, P-20, P-21, P-22: Global admin or Admin agent;
  // §5 partnershipInvitationChanged and providerContactRequested: GA, Admin agent.
  providerDesk: {
    rows: ['P-07', 'P-08', 'P-09', 'P-12', 'P-14', 'P-20', 'P-21', 'P-22',
      '§5 partnershipInvitationChanged', '§5 providerContactRequested'],
    roles: ['ADMIN_AGENT', 'GLOBAL_ADMIN'],
  },
  // P-17: Admin agent, Global admin, Billing admin.
  billingReaders: { rows: ['P-17'], roles: ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'BILLING_ADMIN'] },
  // P-18: Global admin, Billing admin.
  billingWriters: { rows: ['P-18'], roles: ['GLOBAL_ADMIN', 'BILLING_ADMIN'] },
  // P-19: Admin agent, Helpdesk agent, Global admin, User management admin ("evaluate the providers in your area").
  directoryReaders: { rows: ['P-19'], roles: ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'] },
} as const satisfies Record<string, Grant>;

const {
  organizationHeader, profileReaders, enrollmentReaders, globalAdmins, invitationAcceptors, providerDesk, billingReaders, billingWriters,
  directoryReaders,
} = grantRules(grants);


/** graphql-shield rules of the partners subgraph, by DOMAIN.md matrix row; anything not listed is denied. */
export const partnersPermissions: IRules = {
  Query: {
    myOrganization: organizationHeader, // P-01: G3 waived
    partnerOrganization: organizationHeader, // P-01 header of an organization visible under T-2
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
    startEnrollment: and(signedIn, tenantGlobalAdmin('NOT_TENANT_GLOBAL_ADMIN')), // the work account's AAD global admin
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
    acceptPartnershipInvitation: invitationAcceptors, // P-10
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
    id: organizationHeader,
    companyName: organizationHeader,
    partnerType: organizationHeader,
    programStatus: organizationHeader,
    country: organizationHeader,
    mpnProfile: organizationHeader,
    legalBusinessProfile: profileReaders, // P-02
    organizationProfile: profileReaders, // P-02
    supportProfile: profileReaders, // P-02
    enrollment: enrollmentReaders, // P-03
    indirectProviders: profileReaders, // P-06
    indirectResellers: profileReaders, // P-06
    partnershipInvitations: providerDesk, // P-07
    providerDirectoryProfile: providerDesk, // P-20
  },
  MpnProfile: { mpnId: organizationHeader, partnerName: organizationHeader },
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
