import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Organization } from '../model/organization.js';
import { Partnership } from '../model/partnership.js';
import { PartnershipInvitation as PartnershipInvitationRow } from '../model/invitation.js';
import { Enrollment } from '../model/enrollment.js';
import { SupportTicket, Invoice as InvoiceRow } from '../model/support.js';
import { ContactRequest, DirectoryProfile } from '../model/directory.js';
import { DirectoryEntryRow } from '../directory-listing.js';
import { ActivityRecord } from '../model/activity.js';
import { AnyConnection } from '../../kit/pagination.js';
import { Context } from '../resolvers/common.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date; output: Date | string; }
  /** A JSON object: the state of a changed object before or after the change. */
  JSONObject: { input: unknown; output: unknown; }
  _FieldSet: { input: unknown; output: unknown; }
};

export type AcceptPartnershipInvitationPayload = {
  __typename?: 'AcceptPartnershipInvitationPayload';
  invitation: PartnershipInvitation;
  partnership: ProviderResellerRelationship;
};

export type ActivityActor = {
  __typename?: 'ActivityActor';
  kind: ActivityActorKind;
  /** The partner organization the user acted for, when a partner user acted. */
  partnerId?: Maybe<Scalars['ID']['output']>;
  /** The acting user, resolved inside the caller's own organization only (T-11); null otherwise. */
  user?: Maybe<PartnerUser>;
  /** The user who acted (a partner user, or a customer tenant's admin); null for the system and the reviewer. */
  userId?: Maybe<Scalars['ID']['output']>;
};

/** DOMAIN.md §5: who caused a change. */
export type ActivityActorKind =
  | 'CUSTOMER_ADMIN'
  | 'PARTNER_USER'
  | 'REVIEWER'
  | 'SYSTEM';

export type ActivityLogConnection = {
  __typename?: 'ActivityLogConnection';
  edges: Array<ActivityLogEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ActivityLogEdge = {
  __typename?: 'ActivityLogEdge';
  cursor: Scalars['String']['output'];
  node: ActivityLogEntry;
};

/** One privileged change in the organization's activity log (P-23), from the event its subgraph recorded with it. */
export type ActivityLogEntry = {
  __typename?: 'ActivityLogEntry';
  actor: ActivityActor;
  /** The target after the change. */
  after?: Maybe<Scalars['JSONObject']['output']>;
  /** The target before the change; null when the change created it. */
  before?: Maybe<Scalars['JSONObject']['output']>;
  /** The customer the change concerns, when there is one. */
  customerId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  operation: ActivityOperation;
  /** The organization whose log holds the entry: the caller's. */
  organization: PartnerOrganization;
  target: ActivityTarget;
};

/** Which entries of the activity log: each given field narrows the list. */
export type ActivityLogFilter = {
  /** Entries of this acting user. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries concerning this customer. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** Entries at or after this instant. */
  from?: InputMaybe<Scalars['DateTime']['input']>;
  operation?: InputMaybe<ActivityOperation>;
  /** Entries before this instant; not earlier than `from`. */
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

/**
 * A privileged change as the activity log names it (P-23): the mutation or step that made it. User, role and password
 * changes (identity); enrollment steps, the organization's suspension, profiles, the directory profile, contact
 * requests, invitations and partnerships (partners); relationship requests and
 * relationships, delegated admin privileges, orders and subscriptions, customer profiles and users, service requests and
 * leads (customers).
 */
export type ActivityOperation =
  | 'ACCEPT_PARTNERSHIP_INVITATION'
  | 'ACCEPT_RESELLER_RELATIONSHIP_REQUEST'
  | 'ADMINISTER_ON_BEHALF_OF'
  | 'APPEAL_ENROLLMENT'
  | 'APPROVE_ENROLLMENT'
  | 'ASSIGN_CUSTOMER_USER_LICENSES'
  | 'CANCEL_ENROLLMENT'
  | 'CHANGE_PASSWORD'
  | 'CREATE_CUSTOMER'
  | 'CREATE_CUSTOMER_SERVICE_REQUEST'
  | 'CREATE_CUSTOMER_USER'
  | 'CREATE_PARTNERSHIP_INVITATION'
  | 'CREATE_PARTNER_USER'
  | 'CREATE_RESELLER_RELATIONSHIP_REQUEST'
  | 'DEACTIVATE_PARTNER_USER'
  | 'DECLINE_PARTNERSHIP_INVITATION'
  | 'DECLINE_PROVIDER_CONTACT'
  | 'DELETE_CUSTOMER_USER'
  | 'ESTABLISH_CUSTOMER_RELATIONSHIP'
  | 'EXPIRE_PARTNERSHIP_INVITATION'
  | 'EXPIRE_PROVIDER_CONTACT'
  | 'EXPIRE_RESELLER_RELATIONSHIP_REQUEST'
  | 'GRANT_DELEGATED_ADMIN'
  | 'INVITE_CUSTOMER_FROM_LEAD'
  | 'LINK_PARTNER_MEMBERSHIP_ACCOUNT'
  | 'REINSTATE_PARTNER_ORGANIZATION'
  | 'REJECT_ENROLLMENT'
  | 'REMOVE_CUSTOMER_RELATIONSHIP'
  | 'REMOVE_DELEGATED_ADMIN'
  | 'REMOVE_INDIRECT_RESELLER_PARTNERSHIP'
  | 'REQUEST_PROVIDER_CONTACT'
  | 'RESEND_PRIMARY_CONTACT_VERIFICATION'
  | 'RESET_CUSTOMER_USER_PASSWORD'
  | 'RESET_PARTNER_USER_PASSWORD'
  | 'RESTORE_CUSTOMER_USER'
  | 'RESTORE_PARTNER_USER'
  | 'REVOKE_PARTNERSHIP_INVITATION'
  | 'REVOKE_PROVIDER_TENANT_ADMIN_ACCESS'
  | 'REVOKE_RESELLER_RELATIONSHIP_REQUEST'
  | 'SAVE_ENROLLMENT_DETAILS'
  | 'SELECT_ORGANIZATION_PROFILE'
  | 'SET_PARTNER_USER_ROLES'
  | 'SIGN_OUT_ALL_SESSIONS'
  | 'START_ENROLLMENT'
  | 'SUBMIT_ENROLLMENT'
  | 'SUBMIT_ORDER'
  | 'SUSPEND_PARTNER_ORGANIZATION'
  | 'UPDATE_BILLING_PROFILE'
  | 'UPDATE_CUSTOMER_BILLING_PROFILE'
  | 'UPDATE_CUSTOMER_COMPANY_PROFILE'
  | 'UPDATE_CUSTOMER_LEAD'
  | 'UPDATE_CUSTOMER_SERVICE_REQUEST'
  | 'UPDATE_LEGAL_BUSINESS_PROFILE'
  | 'UPDATE_PARTNER_USER'
  | 'UPDATE_PROVIDER_DIRECTORY_PROFILE'
  | 'UPDATE_SUBSCRIPTION'
  | 'UPDATE_SUPPORT_PROFILE'
  | 'VERIFY_PRIMARY_CONTACT_EMAIL';

/** The object a change was made to. */
export type ActivityTarget = {
  __typename?: 'ActivityTarget';
  id: Scalars['ID']['output'];
  /** A name to show (a user principal name, a company or offer name), when the change recorded one. */
  name?: Maybe<Scalars['String']['output']>;
  /** Its schema type: `PartnerUser`, `EnrollmentApplication`, `CustomerSubscription` … */
  type: Scalars['String']['output'];
};

export type Address = {
  __typename?: 'Address';
  addressLine1: Scalars['String']['output'];
  addressLine2?: Maybe<Scalars['String']['output']>;
  city: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  phoneNumber?: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
};

export type AddressInput = {
  addressLine1?: InputMaybe<Scalars['String']['input']>;
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  postalCode?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

export type BillingProfile = {
  __typename?: 'BillingProfile';
  address?: Maybe<Address>;
  companyName?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  purchaseOrderNumber?: Maybe<Scalars['String']['output']>;
};

export type BillingProfileInput = {
  address?: InputMaybe<AddressInput>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  purchaseOrderNumber?: InputMaybe<Scalars['String']['input']>;
};

export type Contact = {
  __typename?: 'Contact';
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  phoneNumber?: Maybe<Scalars['String']['output']>;
};

export type ContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
};

export type DraftEmail = {
  __typename?: 'DraftEmail';
  body: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

/** One run of the enrollment wizard (§3.1). */
export type EnrollmentApplication = {
  __typename?: 'EnrollmentApplication';
  candidateOrgProfiles: Array<MpnOrgProfileCandidate>;
  createdBy: PartnerUser;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  history: Array<EnrollmentTransition>;
  id: Scalars['ID']['output'];
  kind: EnrollmentKind;
  legalBusinessProfile?: Maybe<LegalBusinessProfile>;
  primaryContactEmailVerifiedAt?: Maybe<Scalars['DateTime']['output']>;
  program: PartnerType;
  rejectionReason?: Maybe<Scalars['String']['output']>;
  selectedMpnId?: Maybe<Scalars['String']['output']>;
  status: EnrollmentStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  supportProfile?: Maybe<SupportProfile>;
  tenantId: Scalars['ID']['output'];
  vettingStatus: VettingStatus;
  vettingSubStatus: VettingSubStatus;
};

export type EnrollmentDetailsInput = {
  legalBusinessProfile: LegalBusinessProfileInput;
  supportProfile: SupportProfileInput;
};

/** S-35: an existing CSP partner provides only its support details. */
export type EnrollmentKind =
  | 'EXISTING_CSP_PARTNER'
  | 'NEW_PARTNER';

export type EnrollmentStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'DETAILS_SAVED'
  | 'IN_REVIEW'
  | 'MPN_ACCOUNT_LINKED'
  | 'ORG_PROFILE_SELECTED'
  | 'PENDING_EMAIL_VERIFICATION'
  | 'REJECTED'
  | 'STARTED';

/** §5 EnrollmentStatusChanged. `eventId` increases per subgraph: pass the last one seen as `after` to resume. */
export type EnrollmentStatusChangedEvent = {
  __typename?: 'EnrollmentStatusChangedEvent';
  enrollment?: Maybe<EnrollmentApplication>;
  eventId: Scalars['ID']['output'];
  from?: Maybe<EnrollmentStatus>;
  occurredAt: Scalars['DateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  to: EnrollmentStatus;
  vettingSubStatus?: Maybe<VettingSubStatus>;
};

export type EnrollmentTransition = {
  __typename?: 'EnrollmentTransition';
  at: Scalars['DateTime']['output'];
  from?: Maybe<EnrollmentStatus>;
  reason?: Maybe<Scalars['String']['output']>;
  to: EnrollmentStatus;
};

export type InvitationDirection =
  /** Invitations this organization accepted or declined as a reseller. */
  | 'RECEIVED'
  /** Invitations this organization sent as a provider. */
  | 'SENT';

export type InvitationState =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

export type Invoice = {
  __typename?: 'Invoice';
  currencyCode: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  invoiceDate: Scalars['DateTime']['output'];
  totalCharges: Scalars['Float']['output'];
};

export type InvoiceConnection = {
  __typename?: 'InvoiceConnection';
  edges: Array<InvoiceEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type InvoiceEdge = {
  __typename?: 'InvoiceEdge';
  cursor: Scalars['String']['output'];
  node: Invoice;
};

export type LegalBusinessProfile = {
  __typename?: 'LegalBusinessProfile';
  address: Address;
  companyApproverEmail?: Maybe<Scalars['String']['output']>;
  companyName: Scalars['String']['output'];
  primaryContact: Contact;
  vettingStatus: VettingStatus;
  vettingSubStatus: VettingSubStatus;
};

export type LegalBusinessProfileInput = {
  address?: InputMaybe<AddressInput>;
  companyApproverEmail?: InputMaybe<Scalars['String']['input']>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  primaryContact?: InputMaybe<ContactInput>;
};

/** A PMC organization profile the linked account manages (§3.1 step 7). */
export type MpnOrgProfileCandidate = {
  __typename?: 'MpnOrgProfileCandidate';
  country: Scalars['String']['output'];
  isActive: Scalars['Boolean']['output'];
  mpnId: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

/** The Microsoft Partner Network profile linked to the organization. */
export type MpnProfile = {
  __typename?: 'MpnProfile';
  mpnId: Scalars['String']['output'];
  partnerName?: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** P-10: the reseller's global admin, with the checkbox ticked (S-16, R-27, R-28). */
  acceptPartnershipInvitation?: Maybe<AcceptPartnershipInvitationPayload>;
  /** §3.1 row 11: the creator answers a rejection (a comment, the documents asked for); the application is reviewed again. */
  appealEnrollment?: Maybe<EnrollmentApplication>;
  /** §3.1 row 12: before submission only. */
  cancelEnrollment?: Maybe<EnrollmentApplication>;
  /** P-16 */
  createPartnerSupportTicket?: Maybe<PartnerSupportTicket>;
  /**
   * P-08: an ACTIVE indirect provider invites a reseller; the payload carries the link and the draft email. Given a
   * contact request it received (P-22), the invitation answers it: addressed to the requesting organization only,
   * mailed to the request's replyTo (the default inviteeEmail), and the request becomes INVITED.
   */
  createPartnershipInvitation?: Maybe<PartnershipInvitation>;
  /** P-11 */
  declinePartnershipInvitation?: Maybe<PartnershipInvitation>;
  /** P-22: the provider declines an OPEN request, with a reason the requester is mailed. */
  declineProviderContact?: Maybe<ProviderContactRequest>;
  /** §3.1 rows 3, 3a: sign in to Partner Membership Center; the managed organization profiles become candidates. */
  linkPartnerMembershipAccount?: Maybe<EnrollmentApplication>;
  /** P-12: provider side only; a reseller must contact Microsoft Support. */
  removeIndirectResellerPartnership?: Maybe<ProviderResellerRelationship>;
  /** P-21: a reseller asks a listed provider of its CSP region to get in touch; one OPEN request per pair. */
  requestProviderContact?: Maybe<ProviderContactRequest>;
  /** §3.1 row 7: a new link; the previous one stops working. */
  resendPrimaryContactVerification?: Maybe<EnrollmentApplication>;
  /** P-09 */
  revokePartnershipInvitation?: Maybe<PartnershipInvitation>;
  /** P-13: the reseller removes the provider's admin access to its tenant; the partnership stays. */
  revokeProviderTenantAdminAccess?: Maybe<ProviderResellerRelationship>;
  /** §3.1 row 5 (R-18…R-21). */
  saveEnrollmentDetails?: Maybe<EnrollmentApplication>;
  /** §3.1 row 4 (R-13…R-17). */
  selectOrganizationProfile?: Maybe<EnrollmentApplication>;
  /** §3.1 row 2: a tenant global admin starts enrolling the tenant (G3 waived). */
  startEnrollment?: Maybe<EnrollmentApplication>;
  /** §3.1 rows 6, 6b: Enroll now. Sends the verification email to the primary contact. */
  submitEnrollment?: Maybe<EnrollmentApplication>;
  /** P-18 */
  updateBillingProfile?: Maybe<BillingProfile>;
  /** P-04: a legal change sends the profile back to vetting. */
  updateLegalBusinessProfile?: Maybe<LegalBusinessProfile>;
  /** P-16: creator only. */
  updatePartnerSupportTicket?: Maybe<PartnerSupportTicket>;
  /** P-20: an ACTIVE indirect provider's own directory profile; only the given fields change. */
  updateProviderDirectoryProfile?: Maybe<ProviderDirectoryProfile>;
  /** P-05 */
  updateSupportProfile?: Maybe<SupportProfile>;
  /** §3.1 row 8: anyone holding the emailed link. */
  verifyPrimaryContactEmail?: Maybe<VerifyPrimaryContactEmailPayload>;
};


export type MutationAcceptPartnershipInvitationArgs = {
  authorizeIndirectProvider: Scalars['Boolean']['input'];
  token: Scalars['String']['input'];
};


export type MutationAppealEnrollmentArgs = {
  comment: Scalars['String']['input'];
  documents?: InputMaybe<Array<Scalars['String']['input']>>;
};


export type MutationCreatePartnerSupportTicketArgs = {
  input: PartnerSupportTicketInput;
};


export type MutationCreatePartnershipInvitationArgs = {
  contactRequestId?: InputMaybe<Scalars['ID']['input']>;
  inviteeEmail?: InputMaybe<Scalars['String']['input']>;
};


export type MutationDeclinePartnershipInvitationArgs = {
  token: Scalars['String']['input'];
};


export type MutationDeclineProviderContactArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationLinkPartnerMembershipAccountArgs = {
  password: Scalars['String']['input'];
  userName: Scalars['String']['input'];
};


export type MutationRemoveIndirectResellerPartnershipArgs = {
  resellerId: Scalars['ID']['input'];
};


export type MutationRequestProviderContactArgs = {
  message: Scalars['String']['input'];
  providerId: Scalars['ID']['input'];
  replyTo: Scalars['String']['input'];
};


export type MutationRevokePartnershipInvitationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeProviderTenantAdminAccessArgs = {
  providerId: Scalars['ID']['input'];
};


export type MutationSaveEnrollmentDetailsArgs = {
  input: EnrollmentDetailsInput;
};


export type MutationSelectOrganizationProfileArgs = {
  mpnId: Scalars['String']['input'];
};


export type MutationStartEnrollmentArgs = {
  program?: PartnerType;
};


export type MutationSubmitEnrollmentArgs = {
  supportProfile?: InputMaybe<SupportProfileInput>;
};


export type MutationUpdateBillingProfileArgs = {
  input: BillingProfileInput;
};


export type MutationUpdateLegalBusinessProfileArgs = {
  input: LegalBusinessProfileInput;
};


export type MutationUpdatePartnerSupportTicketArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerSupportTicketInput;
};


export type MutationUpdateProviderDirectoryProfileArgs = {
  input: ProviderDirectoryProfileInput;
};


export type MutationUpdateSupportProfileArgs = {
  input: SupportProfileInput;
};


export type MutationVerifyPrimaryContactEmailArgs = {
  token: Scalars['String']['input'];
};

export type OrganizationChange =
  | 'ACTIVATED'
  | 'PROFILE_CHANGED';

/** §5 PartnerOrganizationActivated / PartnerProfileChanged. */
export type OrganizationChangedEvent = {
  __typename?: 'OrganizationChangedEvent';
  change: OrganizationChange;
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  organization?: Maybe<PartnerOrganization>;
  /** The profile section that changed (PROFILE_CHANGED). */
  section?: Maybe<Scalars['String']['output']>;
};

export type OrganizationProfile = {
  __typename?: 'OrganizationProfile';
  companyName: Scalars['String']['output'];
  defaultAddress?: Maybe<Address>;
  domain?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  tenantId: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A company enrolled in CSP. Its id is its Azure AD tenant id. */
export type PartnerOrganization = {
  __typename?: 'PartnerOrganization';
  companyName: Scalars['String']['output'];
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  /** P-03: the organization's latest enrollment application. */
  enrollment?: Maybe<EnrollmentApplication>;
  id: Scalars['ID']['output'];
  /** Reseller view: the providers this organization resells through (IsIndirectResellerOf), oldest first. */
  indirectProviders?: Maybe<ProviderResellerRelationshipConnection>;
  /** Provider view: the resellers partnered with this organization (IsIndirectCloudSolutionProviderOf), oldest first. */
  indirectResellers?: Maybe<ProviderResellerRelationshipConnection>;
  /** P-02: own organization only; null for a partnered organization (T-2). */
  legalBusinessProfile?: Maybe<LegalBusinessProfile>;
  mpnProfile?: Maybe<MpnProfile>;
  organizationProfile?: Maybe<OrganizationProfile>;
  partnerType: PartnerType;
  /** P-07: invitations sent (provider) or accepted/declined (reseller), newest first. */
  partnershipInvitations?: Maybe<PartnershipInvitationConnection>;
  programStatus: ProgramStatus;
  /** P-20: the indirect provider's directory profile; null until first saved, and for any organization but the caller's. */
  providerDirectoryProfile?: Maybe<ProviderDirectoryProfile>;
  supportProfile?: Maybe<SupportProfile>;
};


/** A company enrolled in CSP. Its id is its Azure AD tenant id. */
export type PartnerOrganizationIndirectProvidersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company enrolled in CSP. Its id is its Azure AD tenant id. */
export type PartnerOrganizationIndirectResellersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A company enrolled in CSP. Its id is its Azure AD tenant id. */
export type PartnerOrganizationPartnershipInvitationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction: InvitationDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<InvitationState>;
};

export type PartnerRelationshipType =
  | 'IS_INDIRECT_CLOUD_SOLUTION_PROVIDER_OF'
  | 'IS_INDIRECT_RESELLER_OF';

/** A partner's own ticket about Partner Center; only its creator sees it (T-10). */
export type PartnerSupportTicket = {
  __typename?: 'PartnerSupportTicket';
  createdBy: PartnerUser;
  createdDate: Scalars['DateTime']['output'];
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastModifiedDate?: Maybe<Scalars['DateTime']['output']>;
  notes: Array<ServiceRequestNote>;
  severity: ServiceRequestSeverity;
  status: ServiceRequestStatus;
  supportTopicId?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** §5 PartnerSupportTicketChanged: only to the ticket's creator (T-10). */
export type PartnerSupportTicketChangedEvent = {
  __typename?: 'PartnerSupportTicketChangedEvent';
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  ticket?: Maybe<PartnerSupportTicket>;
};

export type PartnerSupportTicketConnection = {
  __typename?: 'PartnerSupportTicketConnection';
  edges: Array<PartnerSupportTicketEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerSupportTicketEdge = {
  __typename?: 'PartnerSupportTicketEdge';
  cursor: Scalars['String']['output'];
  node: PartnerSupportTicket;
};

export type PartnerSupportTicketInput = {
  description: Scalars['String']['input'];
  severity: ServiceRequestSeverity;
  supportTopicId?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type PartnerType =
  | 'INDIRECT_PROVIDER'
  | 'INDIRECT_RESELLER';

export type PartnerUser = {
  __typename?: 'PartnerUser';
  id: Scalars['ID']['output'];
};

export type PartnershipChange =
  | 'ESTABLISHED'
  | 'PROVIDER_TENANT_ADMIN_ACCESS_REVOKED'
  | 'REMOVED';

/** §5 PartnershipEstablished / PartnershipRemoved / ProviderTenantAdminAccessRevoked: each side sees its own view. */
export type PartnershipChangedEvent = {
  __typename?: 'PartnershipChangedEvent';
  change: PartnershipChange;
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  partnership?: Maybe<ProviderResellerRelationship>;
};

/** A provider's invitation to a reseller (§3.2). Its link is single-use and expires after 90 days. */
export type PartnershipInvitation = {
  __typename?: 'PartnershipInvitation';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  acceptedBy?: Maybe<PartnerUser>;
  acceptedByOrg?: Maybe<PartnerOrganization>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: PartnerUser;
  /** The draft email with the link: returned by createPartnershipInvitation only. */
  draftEmail?: Maybe<DraftEmail>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  inviteeEmail?: Maybe<Scalars['String']['output']>;
  provider: PartnerOrganization;
  state: InvitationState;
  /** The personalised link: returned by createPartnershipInvitation only, since the token is stored hashed. */
  url?: Maybe<Scalars['String']['output']>;
};

/** §5 PartnershipInvitationChanged. */
export type PartnershipInvitationChangedEvent = {
  __typename?: 'PartnershipInvitationChangedEvent';
  eventId: Scalars['ID']['output'];
  invitation?: Maybe<PartnershipInvitation>;
  occurredAt: Scalars['DateTime']['output'];
  state: InvitationState;
};

export type PartnershipInvitationConnection = {
  __typename?: 'PartnershipInvitationConnection';
  edges: Array<PartnershipInvitationEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnershipInvitationEdge = {
  __typename?: 'PartnershipInvitationEdge';
  cursor: Scalars['String']['output'];
  node: PartnershipInvitation;
};

export type PartnershipState =
  | 'ACTIVE'
  | 'REMOVED';

export type ProgramStatus =
  | 'ACTIVE'
  | 'ENROLLING'
  | 'PENDING_VERIFICATION'
  | 'REJECTED'
  | 'SUSPENDED';

/** P-21 / P-22: a reseller asks a listed provider in its region to get in touch (SEED: "contact them directly"). */
export type ProviderContactRequest = {
  __typename?: 'ProviderContactRequest';
  answeredAt?: Maybe<Scalars['DateTime']['output']>;
  answeredBy?: Maybe<PartnerUser>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: PartnerUser;
  /** Why the provider declined (DECLINED). */
  declineReason?: Maybe<Scalars['String']['output']>;
  /** An OPEN request not answered by then is EXPIRED. */
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** The invitation that answered the request (INVITED), as that invitation's own rules show it. */
  invitation?: Maybe<PartnershipInvitation>;
  message: Scalars['String']['output'];
  /** The provider asked: its header only (T-2). */
  provider: PartnerOrganization;
  /** Where the provider answers: the requester's work email; an invitation answering the request is mailed there. */
  replyTo: Scalars['String']['output'];
  /** The requesting reseller: its header only (T-2). */
  reseller: PartnerOrganization;
  state: ProviderContactRequestState;
};

export type ProviderContactRequestConnection = {
  __typename?: 'ProviderContactRequestConnection';
  edges: Array<ProviderContactRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProviderContactRequestDirection =
  /** Requests this organization received as a provider. */
  | 'RECEIVED'
  /** Requests this organization sent as a reseller. */
  | 'SENT';

export type ProviderContactRequestEdge = {
  __typename?: 'ProviderContactRequestEdge';
  cursor: Scalars['String']['output'];
  node: ProviderContactRequest;
};

/** OPEN until the provider answers with an invitation (INVITED) or declines it; unanswered after 30 days, EXPIRED. */
export type ProviderContactRequestState =
  | 'DECLINED'
  | 'EXPIRED'
  | 'INVITED'
  | 'OPEN';

/** §5 ProviderContactRequested: to the provider asked, its global admins and admin agents. */
export type ProviderContactRequestedEvent = {
  __typename?: 'ProviderContactRequestedEvent';
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  request?: Maybe<ProviderContactRequest>;
};

/**
 * P-19 / T-2: one listed provider as the directory shows it: its name, country and directory profile, and how the
 * caller's organization stands with it. Nothing else of the organization is reachable from here.
 */
export type ProviderDirectoryEntry = {
  __typename?: 'ProviderDirectoryEntry';
  companyName: Scalars['String']['output'];
  contactEmail?: Maybe<Scalars['String']['output']>;
  countries: Array<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 */
  country: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** The caller's organization has an OPEN contact request to this provider. */
  hasOpenContactRequest: Scalars['Boolean']['output'];
  /** This provider sent the caller's organization an invitation, addressed to it, that is still PENDING. */
  hasPendingInvitation: Scalars['Boolean']['output'];
  /** The provider organization's id: the `providerId` of requestProviderContact. */
  id: Scalars['ID']['output'];
  /** The caller's organization has an ACTIVE partnership with this provider. */
  isPartnered: Scalars['Boolean']['output'];
  languages: Array<Scalars['String']['output']>;
  offerings: Array<ProviderOffering>;
  website?: Maybe<Scalars['String']['output']>;
};

export type ProviderDirectoryEntryConnection = {
  __typename?: 'ProviderDirectoryEntryConnection';
  edges: Array<ProviderDirectoryEntryEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProviderDirectoryEntryEdge = {
  __typename?: 'ProviderDirectoryEntryEdge';
  cursor: Scalars['String']['output'];
  node: ProviderDirectoryEntry;
};

/** P-19: every given condition must hold. */
export type ProviderDirectoryFilter = {
  /** ISO 3166-1 alpha-2 of a country the provider serves; default: the caller's organization's country (its CSP region). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 */
  language?: InputMaybe<Scalars['String']['input']>;
  offering?: InputMaybe<ProviderOffering>;
  /** Words of the provider's name or description (full text, each word a prefix). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** P-20: how an indirect provider presents itself in the directory; its own organization only. */
export type ProviderDirectoryProfile = {
  __typename?: 'ProviderDirectoryProfile';
  /** The public address resellers' contact requests are mailed to. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** ISO 3166-1 alpha-2 codes of the countries served, each in the provider's CSP region. */
  countries: Array<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  /** ISO 639-1 codes of the languages the provider works in. */
  languages: Array<Scalars['String']['output']>;
  /** Shown in indirectProviderDirectory while the organization is an ACTIVE indirect provider. */
  listed: Scalars['Boolean']['output'];
  offerings: Array<ProviderOffering>;
  updatedAt: Scalars['DateTime']['output'];
  website?: Maybe<Scalars['String']['output']>;
};

export type ProviderDirectoryProfileInput = {
  /** Required while listed: contact requests are mailed there. */
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 codes, each in the provider's CSP region (REGION_MISMATCH); default: the organization's country. */
  countries?: InputMaybe<Array<Scalars['String']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639-1 codes (INVALID_LANGUAGE). */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  listed?: InputMaybe<Scalars['Boolean']['input']>;
  offerings?: InputMaybe<Array<ProviderOffering>>;
  /** An http(s) URL. */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** What an indirect provider offers its resellers (SEED: "most providers will …"); values may be added. */
export type ProviderOffering =
  /** Financing and credit terms ("Aiuta il rivenditore a stabilire le condizioni di finanziamento e credito"). */
  | 'FINANCING_AND_CREDIT'
  /** Help marketing products and services ("Aiuta il rivenditore a commercializzare prodotti e servizi"). */
  | 'MARKETING_ASSISTANCE'
  /** Technical support for the reseller ("Fornisce al rivenditore assistenza tecnica"). */
  | 'TECHNICAL_SUPPORT';

/** A directed partnership between an indirect provider and an indirect reseller. */
export type ProviderResellerRelationship = {
  __typename?: 'ProviderResellerRelationship';
  acceptedBy?: Maybe<PartnerUser>;
  establishedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  invitation?: Maybe<PartnershipInvitation>;
  provider: PartnerOrganization;
  providerId: Scalars['ID']['output'];
  /** S-23: the provider has admin access to the reseller's tenant; the reseller may revoke it. */
  providerTenantAdminAccess: Scalars['Boolean']['output'];
  /** How the other organization relates to the caller's (PC PartnerRelationship.relationshipType). */
  relationshipType?: Maybe<PartnerRelationshipType>;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  reseller: PartnerOrganization;
  resellerId: Scalars['ID']['output'];
  state: PartnershipState;
};

export type ProviderResellerRelationshipConnection = {
  __typename?: 'ProviderResellerRelationshipConnection';
  edges: Array<ProviderResellerRelationshipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ProviderResellerRelationshipEdge = {
  __typename?: 'ProviderResellerRelationshipEdge';
  cursor: Scalars['String']['output'];
  node: ProviderResellerRelationship;
};

export type Query = {
  __typename?: 'Query';
  /** P-23: the organization's activity log, newest first: global admins. The same filter exports it as CSV (GET /exports/activity.csv). */
  activityLog?: Maybe<ActivityLogConnection>;
  /** P-17 */
  billingProfile?: Maybe<BillingProfile>;
  /**
   * P-19: listed ACTIVE indirect providers by name, by default those serving the caller's organization's country (its
   * CSP region); each entry shows the directory profile only (T-2).
   */
  indirectProviderDirectory?: Maybe<ProviderDirectoryEntryConnection>;
  /** P-17: newest first. */
  invoices?: Maybe<InvoiceConnection>;
  /** The caller's tenant's current enrollment application: its creator, or P-03 roles once the organization exists. */
  myEnrollment?: Maybe<EnrollmentApplication>;
  /** The signed-in user's own organization (P-01). */
  myOrganization?: Maybe<PartnerOrganization>;
  /** An organization the caller may see: its own, or one partnered with it (T-2); otherwise NOT_FOUND. */
  partnerOrganization?: Maybe<PartnerOrganization>;
  /** P-15: tickets the caller created (T-10), newest first. */
  partnerSupportTickets?: Maybe<PartnerSupportTicketConnection>;
  /** P-22: contact requests the caller's organization sent (reseller) or received (provider), newest first. */
  providerContactRequests?: Maybe<ProviderContactRequestConnection>;
  /** P-14 / T-3: name of the partner behind an MPN ID, nothing more. */
  verifyPartnerMpnId?: Maybe<MpnProfile>;
};


export type QueryActivityLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityLogFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryIndirectProviderDirectoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ProviderDirectoryFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryInvoicesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPartnerOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerSupportTicketsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryProviderContactRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  direction: ProviderContactRequestDirection;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<ProviderContactRequestState>;
};


export type QueryVerifyPartnerMpnIdArgs = {
  mpnId: Scalars['String']['input'];
};

export type ServiceRequestNote = {
  __typename?: 'ServiceRequestNote';
  createdBy?: Maybe<PartnerUser>;
  createdDate: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
};

export type ServiceRequestSeverity =
  | 'CRITICAL'
  | 'MINIMAL'
  | 'MODERATE'
  | 'UNKNOWN';

export type ServiceRequestStatus =
  | 'ATTENTION_NEEDED'
  | 'CLOSED'
  | 'NONE'
  | 'OPEN';

export type Subscription = {
  __typename?: 'Subscription';
  /** The enrollment creator; after approval also global admins, user-management admins and admin agents. */
  enrollmentStatusChanged?: Maybe<EnrollmentStatusChangedEvent>;
  /** Activation (GA, UMA) and profile changes (GA, UMA, admin agents) of the caller's organization. */
  organizationChanged?: Maybe<OrganizationChangedEvent>;
  /** The caller's own Partner Center support tickets. */
  partnerSupportTicketChanged?: Maybe<PartnerSupportTicketChangedEvent>;
  /** Partnerships of the caller's organization, on both sides: GA, admin agents, UMA. */
  partnershipChanged?: Maybe<PartnershipChangedEvent>;
  /** Invitations the caller's organization sent or answered: GA and admin agents. */
  partnershipInvitationChanged?: Maybe<PartnershipInvitationChangedEvent>;
  /** Contact requests resellers send to the caller's organization (a provider): GA and admin agents. */
  providerContactRequested?: Maybe<ProviderContactRequestedEvent>;
};


export type SubscriptionEnrollmentStatusChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  applicationId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionOrganizationChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPartnerSupportTicketChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPartnershipChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPartnershipInvitationChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionProviderContactRequestedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

export type SupportProfile = {
  __typename?: 'SupportProfile';
  email?: Maybe<Scalars['String']['output']>;
  telephone?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type SupportProfileInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  telephone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdatePartnerSupportTicketInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  severity?: InputMaybe<ServiceRequestSeverity>;
  /** Only CLOSED may be set by the creator. */
  status?: InputMaybe<ServiceRequestStatus>;
  title?: InputMaybe<Scalars['String']['input']>;
};

export type VerifyPrimaryContactEmailPayload = {
  __typename?: 'VerifyPrimaryContactEmailPayload';
  enrollmentStatus: EnrollmentStatus;
  verifiedAt: Scalars['DateTime']['output'];
};

export type VettingStatus =
  | 'AUTHORIZED'
  | 'NONE'
  | 'PENDING'
  | 'REJECTED';

export type VettingSubStatus =
  | 'BUSINESS_VERIFICATION'
  | 'DECISION'
  | 'EMAIL_DOMAIN'
  | 'EMAIL_OWNERSHIP'
  | 'EMPLOYMENT_VERIFICATION'
  | 'ENTRY'
  | 'NONE'
  | 'OTHER';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  EnrollmentApplication: EnrollmentApplication;
  PartnerOrganization: PartnerOrganization;
  PartnerSupportTicket: PartnerSupportTicket;
  PartnershipInvitation: PartnershipInvitation;
  ProviderResellerRelationship: ProviderResellerRelationship;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  EnrollmentApplication:
    ( { __typename: 'EnrollmentApplication' }
    & GraphQLRecursivePick<FederationTypes['EnrollmentApplication'], {"id":true}> );
  PartnerOrganization:
    ( { __typename: 'PartnerOrganization' }
    & GraphQLRecursivePick<FederationTypes['PartnerOrganization'], {"id":true}> );
  PartnerSupportTicket:
    ( { __typename: 'PartnerSupportTicket' }
    & GraphQLRecursivePick<FederationTypes['PartnerSupportTicket'], {"id":true}> );
  PartnershipInvitation:
    ( { __typename: 'PartnershipInvitation' }
    & GraphQLRecursivePick<FederationTypes['PartnershipInvitation'], {"id":true}> );
  ProviderResellerRelationship:
    ( { __typename: 'ProviderResellerRelationship' }
    & ( GraphQLRecursivePick<FederationTypes['ProviderResellerRelationship'], {"id":true}>
        | GraphQLRecursivePick<FederationTypes['ProviderResellerRelationship'], {"providerId":true,"resellerId":true}> ) );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptPartnershipInvitationPayload: ResolverTypeWrapper<Omit<AcceptPartnershipInvitationPayload, 'invitation' | 'partnership'> & { invitation: ResolversTypes['PartnershipInvitation'], partnership: ResolversTypes['ProviderResellerRelationship'] }>;
  ActivityActor: ResolverTypeWrapper<ActivityActor>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ActivityActorKind: ActivityActorKind;
  ActivityLogConnection: ResolverTypeWrapper<AnyConnection>;
  ActivityLogEdge: ResolverTypeWrapper<Omit<ActivityLogEdge, 'node'> & { node: ResolversTypes['ActivityLogEntry'] }>;
  ActivityLogEntry: ResolverTypeWrapper<ActivityRecord>;
  ActivityLogFilter: ActivityLogFilter;
  ActivityOperation: ActivityOperation;
  ActivityTarget: ResolverTypeWrapper<ActivityTarget>;
  Address: ResolverTypeWrapper<Address>;
  AddressInput: AddressInput;
  BillingProfile: ResolverTypeWrapper<BillingProfile>;
  BillingProfileInput: BillingProfileInput;
  Contact: ResolverTypeWrapper<Contact>;
  ContactInput: ContactInput;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DraftEmail: ResolverTypeWrapper<DraftEmail>;
  EnrollmentApplication: ResolverTypeWrapper<Enrollment>;
  EnrollmentDetailsInput: EnrollmentDetailsInput;
  EnrollmentKind: EnrollmentKind;
  EnrollmentStatus: EnrollmentStatus;
  EnrollmentStatusChangedEvent: ResolverTypeWrapper<Omit<EnrollmentStatusChangedEvent, 'enrollment'> & { enrollment?: Maybe<ResolversTypes['EnrollmentApplication']> }>;
  EnrollmentTransition: ResolverTypeWrapper<EnrollmentTransition>;
  InvitationDirection: InvitationDirection;
  InvitationState: InvitationState;
  Invoice: ResolverTypeWrapper<InvoiceRow>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  InvoiceConnection: ResolverTypeWrapper<AnyConnection>;
  InvoiceEdge: ResolverTypeWrapper<Omit<InvoiceEdge, 'node'> & { node: ResolversTypes['Invoice'] }>;
  JSONObject: ResolverTypeWrapper<Scalars['JSONObject']['output']>;
  LegalBusinessProfile: ResolverTypeWrapper<LegalBusinessProfile>;
  LegalBusinessProfileInput: LegalBusinessProfileInput;
  MpnOrgProfileCandidate: ResolverTypeWrapper<MpnOrgProfileCandidate>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  MpnProfile: ResolverTypeWrapper<MpnProfile>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrganizationChange: OrganizationChange;
  OrganizationChangedEvent: ResolverTypeWrapper<Omit<OrganizationChangedEvent, 'organization'> & { organization?: Maybe<ResolversTypes['PartnerOrganization']> }>;
  OrganizationProfile: ResolverTypeWrapper<OrganizationProfile>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerOrganization: ResolverTypeWrapper<Organization>;
  PartnerRelationshipType: PartnerRelationshipType;
  PartnerSupportTicket: ResolverTypeWrapper<SupportTicket>;
  PartnerSupportTicketChangedEvent: ResolverTypeWrapper<Omit<PartnerSupportTicketChangedEvent, 'ticket'> & { ticket?: Maybe<ResolversTypes['PartnerSupportTicket']> }>;
  PartnerSupportTicketConnection: ResolverTypeWrapper<AnyConnection>;
  PartnerSupportTicketEdge: ResolverTypeWrapper<Omit<PartnerSupportTicketEdge, 'node'> & { node: ResolversTypes['PartnerSupportTicket'] }>;
  PartnerSupportTicketInput: PartnerSupportTicketInput;
  PartnerType: PartnerType;
  PartnerUser: ResolverTypeWrapper<PartnerUser>;
  PartnershipChange: PartnershipChange;
  PartnershipChangedEvent: ResolverTypeWrapper<Omit<PartnershipChangedEvent, 'partnership'> & { partnership?: Maybe<ResolversTypes['ProviderResellerRelationship']> }>;
  PartnershipInvitation: ResolverTypeWrapper<PartnershipInvitationRow>;
  PartnershipInvitationChangedEvent: ResolverTypeWrapper<Omit<PartnershipInvitationChangedEvent, 'invitation'> & { invitation?: Maybe<ResolversTypes['PartnershipInvitation']> }>;
  PartnershipInvitationConnection: ResolverTypeWrapper<AnyConnection>;
  PartnershipInvitationEdge: ResolverTypeWrapper<Omit<PartnershipInvitationEdge, 'node'> & { node: ResolversTypes['PartnershipInvitation'] }>;
  PartnershipState: PartnershipState;
  ProgramStatus: ProgramStatus;
  ProviderContactRequest: ResolverTypeWrapper<ContactRequest>;
  ProviderContactRequestConnection: ResolverTypeWrapper<AnyConnection>;
  ProviderContactRequestDirection: ProviderContactRequestDirection;
  ProviderContactRequestEdge: ResolverTypeWrapper<Omit<ProviderContactRequestEdge, 'node'> & { node: ResolversTypes['ProviderContactRequest'] }>;
  ProviderContactRequestState: ProviderContactRequestState;
  ProviderContactRequestedEvent: ResolverTypeWrapper<Omit<ProviderContactRequestedEvent, 'request'> & { request?: Maybe<ResolversTypes['ProviderContactRequest']> }>;
  ProviderDirectoryEntry: ResolverTypeWrapper<DirectoryEntryRow>;
  ProviderDirectoryEntryConnection: ResolverTypeWrapper<AnyConnection>;
  ProviderDirectoryEntryEdge: ResolverTypeWrapper<Omit<ProviderDirectoryEntryEdge, 'node'> & { node: ResolversTypes['ProviderDirectoryEntry'] }>;
  ProviderDirectoryFilter: ProviderDirectoryFilter;
  ProviderDirectoryProfile: ResolverTypeWrapper<DirectoryProfile>;
  ProviderDirectoryProfileInput: ProviderDirectoryProfileInput;
  ProviderOffering: ProviderOffering;
  ProviderResellerRelationship: ResolverTypeWrapper<Partnership>;
  ProviderResellerRelationshipConnection: ResolverTypeWrapper<AnyConnection>;
  ProviderResellerRelationshipEdge: ResolverTypeWrapper<Omit<ProviderResellerRelationshipEdge, 'node'> & { node: ResolversTypes['ProviderResellerRelationship'] }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ServiceRequestNote: ResolverTypeWrapper<ServiceRequestNote>;
  ServiceRequestSeverity: ServiceRequestSeverity;
  ServiceRequestStatus: ServiceRequestStatus;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SupportProfile: ResolverTypeWrapper<SupportProfile>;
  SupportProfileInput: SupportProfileInput;
  UpdatePartnerSupportTicketInput: UpdatePartnerSupportTicketInput;
  VerifyPrimaryContactEmailPayload: ResolverTypeWrapper<VerifyPrimaryContactEmailPayload>;
  VettingStatus: VettingStatus;
  VettingSubStatus: VettingSubStatus;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptPartnershipInvitationPayload: Omit<AcceptPartnershipInvitationPayload, 'invitation' | 'partnership'> & { invitation: ResolversParentTypes['PartnershipInvitation'], partnership: ResolversParentTypes['ProviderResellerRelationship'] };
  ActivityActor: ActivityActor;
  ID: Scalars['ID']['output'];
  ActivityLogConnection: AnyConnection;
  ActivityLogEdge: Omit<ActivityLogEdge, 'node'> & { node: ResolversParentTypes['ActivityLogEntry'] };
  ActivityLogEntry: ActivityRecord;
  ActivityLogFilter: ActivityLogFilter;
  ActivityTarget: ActivityTarget;
  Address: Address;
  AddressInput: AddressInput;
  BillingProfile: BillingProfile;
  BillingProfileInput: BillingProfileInput;
  Contact: Contact;
  ContactInput: ContactInput;
  DateTime: Scalars['DateTime']['output'];
  DraftEmail: DraftEmail;
  EnrollmentApplication: Enrollment;
  EnrollmentDetailsInput: EnrollmentDetailsInput;
  EnrollmentStatusChangedEvent: Omit<EnrollmentStatusChangedEvent, 'enrollment'> & { enrollment?: Maybe<ResolversParentTypes['EnrollmentApplication']> };
  EnrollmentTransition: EnrollmentTransition;
  Invoice: InvoiceRow;
  Float: Scalars['Float']['output'];
  InvoiceConnection: AnyConnection;
  InvoiceEdge: Omit<InvoiceEdge, 'node'> & { node: ResolversParentTypes['Invoice'] };
  JSONObject: Scalars['JSONObject']['output'];
  LegalBusinessProfile: LegalBusinessProfile;
  LegalBusinessProfileInput: LegalBusinessProfileInput;
  MpnOrgProfileCandidate: MpnOrgProfileCandidate;
  Boolean: Scalars['Boolean']['output'];
  MpnProfile: MpnProfile;
  Mutation: Record<PropertyKey, never>;
  OrganizationChangedEvent: Omit<OrganizationChangedEvent, 'organization'> & { organization?: Maybe<ResolversParentTypes['PartnerOrganization']> };
  OrganizationProfile: OrganizationProfile;
  PageInfo: PageInfo;
  PartnerOrganization: Organization;
  PartnerSupportTicket: SupportTicket;
  PartnerSupportTicketChangedEvent: Omit<PartnerSupportTicketChangedEvent, 'ticket'> & { ticket?: Maybe<ResolversParentTypes['PartnerSupportTicket']> };
  PartnerSupportTicketConnection: AnyConnection;
  PartnerSupportTicketEdge: Omit<PartnerSupportTicketEdge, 'node'> & { node: ResolversParentTypes['PartnerSupportTicket'] };
  PartnerSupportTicketInput: PartnerSupportTicketInput;
  PartnerUser: PartnerUser;
  PartnershipChangedEvent: Omit<PartnershipChangedEvent, 'partnership'> & { partnership?: Maybe<ResolversParentTypes['ProviderResellerRelationship']> };
  PartnershipInvitation: PartnershipInvitationRow;
  PartnershipInvitationChangedEvent: Omit<PartnershipInvitationChangedEvent, 'invitation'> & { invitation?: Maybe<ResolversParentTypes['PartnershipInvitation']> };
  PartnershipInvitationConnection: AnyConnection;
  PartnershipInvitationEdge: Omit<PartnershipInvitationEdge, 'node'> & { node: ResolversParentTypes['PartnershipInvitation'] };
  ProviderContactRequest: ContactRequest;
  ProviderContactRequestConnection: AnyConnection;
  ProviderContactRequestEdge: Omit<ProviderContactRequestEdge, 'node'> & { node: ResolversParentTypes['ProviderContactRequest'] };
  ProviderContactRequestedEvent: Omit<ProviderContactRequestedEvent, 'request'> & { request?: Maybe<ResolversParentTypes['ProviderContactRequest']> };
  ProviderDirectoryEntry: DirectoryEntryRow;
  ProviderDirectoryEntryConnection: AnyConnection;
  ProviderDirectoryEntryEdge: Omit<ProviderDirectoryEntryEdge, 'node'> & { node: ResolversParentTypes['ProviderDirectoryEntry'] };
  ProviderDirectoryFilter: ProviderDirectoryFilter;
  ProviderDirectoryProfile: DirectoryProfile;
  ProviderDirectoryProfileInput: ProviderDirectoryProfileInput;
  ProviderResellerRelationship: Partnership;
  ProviderResellerRelationshipConnection: AnyConnection;
  ProviderResellerRelationshipEdge: Omit<ProviderResellerRelationshipEdge, 'node'> & { node: ResolversParentTypes['ProviderResellerRelationship'] };
  Query: Record<PropertyKey, never>;
  ServiceRequestNote: ServiceRequestNote;
  Subscription: Record<PropertyKey, never>;
  SupportProfile: SupportProfile;
  SupportProfileInput: SupportProfileInput;
  UpdatePartnerSupportTicketInput: UpdatePartnerSupportTicketInput;
  VerifyPrimaryContactEmailPayload: VerifyPrimaryContactEmailPayload;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type ConstraintDirectiveArgs = {
  format?: Maybe<Scalars['String']['input']>;
  max?: Maybe<Scalars['Int']['input']>;
  maxItems?: Maybe<Scalars['Int']['input']>;
  maxLength?: Maybe<Scalars['Int']['input']>;
  min?: Maybe<Scalars['Int']['input']>;
  reason?: Maybe<Scalars['String']['input']>;
};

export type ConstraintDirectiveResolver<Result, Parent, ContextType = Context, Args = ConstraintDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type AcceptPartnershipInvitationPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AcceptPartnershipInvitationPayload'] = ResolversParentTypes['AcceptPartnershipInvitationPayload']> = ResolversObject<{
  invitation?: Resolver<ResolversTypes['PartnershipInvitation'], ParentType, ContextType>;
  partnership?: Resolver<ResolversTypes['ProviderResellerRelationship'], ParentType, ContextType>;
}>;

export type ActivityActorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityActor'] = ResolversParentTypes['ActivityActor']> = ResolversObject<{
  kind?: Resolver<ResolversTypes['ActivityActorKind'], ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  userId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ActivityLogConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityLogConnection'] = ResolversParentTypes['ActivityLogConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ActivityLogEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ActivityLogEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityLogEdge'] = ResolversParentTypes['ActivityLogEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ActivityLogEntry'], ParentType, ContextType>;
}>;

export type ActivityLogEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityLogEntry'] = ResolversParentTypes['ActivityLogEntry']> = ResolversObject<{
  actor?: Resolver<ResolversTypes['ActivityActor'], ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['JSONObject']>, ParentType, ContextType>;
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['ActivityOperation'], ParentType, ContextType>;
  organization?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ActivityTarget'], ParentType, ContextType>;
}>;

export type ActivityTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ActivityTarget'] = ResolversParentTypes['ActivityTarget']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type AddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Address'] = ResolversParentTypes['Address']> = ResolversObject<{
  addressLine1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type BillingProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['BillingProfile'] = ResolversParentTypes['BillingProfile']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  purchaseOrderNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contact'] = ResolversParentTypes['Contact']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DraftEmailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DraftEmail'] = ResolversParentTypes['DraftEmail']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type EnrollmentApplicationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnrollmentApplication'] = ResolversParentTypes['EnrollmentApplication'], FederationReferenceType extends FederationReferenceTypes['EnrollmentApplication'] = FederationReferenceTypes['EnrollmentApplication']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['EnrollmentApplication']> | FederationReferenceType, FederationReferenceType, ContextType>;
  candidateOrgProfiles?: Resolver<Array<ResolversTypes['MpnOrgProfileCandidate']>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
  decidedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['EnrollmentTransition']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EnrollmentKind'], ParentType, ContextType>;
  legalBusinessProfile?: Resolver<Maybe<ResolversTypes['LegalBusinessProfile']>, ParentType, ContextType>;
  primaryContactEmailVerifiedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  program?: Resolver<ResolversTypes['PartnerType'], ParentType, ContextType>;
  rejectionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  selectedMpnId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  submittedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  supportProfile?: Resolver<Maybe<ResolversTypes['SupportProfile']>, ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  vettingStatus?: Resolver<ResolversTypes['VettingStatus'], ParentType, ContextType>;
  vettingSubStatus?: Resolver<ResolversTypes['VettingSubStatus'], ParentType, ContextType>;
}>;

export type EnrollmentStatusChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnrollmentStatusChangedEvent'] = ResolversParentTypes['EnrollmentStatusChangedEvent']> = ResolversObject<{
  enrollment?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['EnrollmentStatus']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  vettingSubStatus?: Resolver<Maybe<ResolversTypes['VettingSubStatus']>, ParentType, ContextType>;
}>;

export type EnrollmentTransitionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EnrollmentTransition'] = ResolversParentTypes['EnrollmentTransition']> = ResolversObject<{
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  from?: Resolver<Maybe<ResolversTypes['EnrollmentStatus']>, ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
}>;

export type InvoiceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Invoice'] = ResolversParentTypes['Invoice']> = ResolversObject<{
  currencyCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invoiceDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  totalCharges?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type InvoiceConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvoiceConnection'] = ResolversParentTypes['InvoiceConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InvoiceEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InvoiceEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InvoiceEdge'] = ResolversParentTypes['InvoiceEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Invoice'], ParentType, ContextType>;
}>;

export interface JsonObjectScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['JSONObject'], any> {
  name: 'JSONObject';
}

export type LegalBusinessProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LegalBusinessProfile'] = ResolversParentTypes['LegalBusinessProfile']> = ResolversObject<{
  address?: Resolver<ResolversTypes['Address'], ParentType, ContextType>;
  companyApproverEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  primaryContact?: Resolver<ResolversTypes['Contact'], ParentType, ContextType>;
  vettingStatus?: Resolver<ResolversTypes['VettingStatus'], ParentType, ContextType>;
  vettingSubStatus?: Resolver<ResolversTypes['VettingSubStatus'], ParentType, ContextType>;
}>;

export type MpnOrgProfileCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MpnOrgProfileCandidate'] = ResolversParentTypes['MpnOrgProfileCandidate']> = ResolversObject<{
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  isActive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  mpnId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MpnProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MpnProfile'] = ResolversParentTypes['MpnProfile']> = ResolversObject<{
  mpnId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  partnerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptPartnershipInvitation?: Resolver<Maybe<ResolversTypes['AcceptPartnershipInvitationPayload']>, ParentType, ContextType, RequireFields<MutationAcceptPartnershipInvitationArgs, 'authorizeIndirectProvider' | 'token'>>;
  appealEnrollment?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType, RequireFields<MutationAppealEnrollmentArgs, 'comment'>>;
  cancelEnrollment?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType>;
  createPartnerSupportTicket?: Resolver<Maybe<ResolversTypes['PartnerSupportTicket']>, ParentType, ContextType, RequireFields<MutationCreatePartnerSupportTicketArgs, 'input'>>;
  createPartnershipInvitation?: Resolver<Maybe<ResolversTypes['PartnershipInvitation']>, ParentType, ContextType, Partial<MutationCreatePartnershipInvitationArgs>>;
  declinePartnershipInvitation?: Resolver<Maybe<ResolversTypes['PartnershipInvitation']>, ParentType, ContextType, RequireFields<MutationDeclinePartnershipInvitationArgs, 'token'>>;
  declineProviderContact?: Resolver<Maybe<ResolversTypes['ProviderContactRequest']>, ParentType, ContextType, RequireFields<MutationDeclineProviderContactArgs, 'id' | 'reason'>>;
  linkPartnerMembershipAccount?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType, RequireFields<MutationLinkPartnerMembershipAccountArgs, 'password' | 'userName'>>;
  removeIndirectResellerPartnership?: Resolver<Maybe<ResolversTypes['ProviderResellerRelationship']>, ParentType, ContextType, RequireFields<MutationRemoveIndirectResellerPartnershipArgs, 'resellerId'>>;
  requestProviderContact?: Resolver<Maybe<ResolversTypes['ProviderContactRequest']>, ParentType, ContextType, RequireFields<MutationRequestProviderContactArgs, 'message' | 'providerId' | 'replyTo'>>;
  resendPrimaryContactVerification?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType>;
  revokePartnershipInvitation?: Resolver<Maybe<ResolversTypes['PartnershipInvitation']>, ParentType, ContextType, RequireFields<MutationRevokePartnershipInvitationArgs, 'id'>>;
  revokeProviderTenantAdminAccess?: Resolver<Maybe<ResolversTypes['ProviderResellerRelationship']>, ParentType, ContextType, RequireFields<MutationRevokeProviderTenantAdminAccessArgs, 'providerId'>>;
  saveEnrollmentDetails?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType, RequireFields<MutationSaveEnrollmentDetailsArgs, 'input'>>;
  selectOrganizationProfile?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType, RequireFields<MutationSelectOrganizationProfileArgs, 'mpnId'>>;
  startEnrollment?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType, RequireFields<MutationStartEnrollmentArgs, 'program'>>;
  submitEnrollment?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType, Partial<MutationSubmitEnrollmentArgs>>;
  updateBillingProfile?: Resolver<Maybe<ResolversTypes['BillingProfile']>, ParentType, ContextType, RequireFields<MutationUpdateBillingProfileArgs, 'input'>>;
  updateLegalBusinessProfile?: Resolver<Maybe<ResolversTypes['LegalBusinessProfile']>, ParentType, ContextType, RequireFields<MutationUpdateLegalBusinessProfileArgs, 'input'>>;
  updatePartnerSupportTicket?: Resolver<Maybe<ResolversTypes['PartnerSupportTicket']>, ParentType, ContextType, RequireFields<MutationUpdatePartnerSupportTicketArgs, 'id' | 'input'>>;
  updateProviderDirectoryProfile?: Resolver<Maybe<ResolversTypes['ProviderDirectoryProfile']>, ParentType, ContextType, RequireFields<MutationUpdateProviderDirectoryProfileArgs, 'input'>>;
  updateSupportProfile?: Resolver<Maybe<ResolversTypes['SupportProfile']>, ParentType, ContextType, RequireFields<MutationUpdateSupportProfileArgs, 'input'>>;
  verifyPrimaryContactEmail?: Resolver<Maybe<ResolversTypes['VerifyPrimaryContactEmailPayload']>, ParentType, ContextType, RequireFields<MutationVerifyPrimaryContactEmailArgs, 'token'>>;
}>;

export type OrganizationChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationChangedEvent'] = ResolversParentTypes['OrganizationChangedEvent']> = ResolversObject<{
  change?: Resolver<ResolversTypes['OrganizationChange'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  section?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type OrganizationProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['OrganizationProfile'] = ResolversParentTypes['OrganizationProfile']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  defaultAddress?: Resolver<Maybe<ResolversTypes['Address']>, ParentType, ContextType>;
  domain?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerOrganization'] = ResolversParentTypes['PartnerOrganization'], FederationReferenceType extends FederationReferenceTypes['PartnerOrganization'] = FederationReferenceTypes['PartnerOrganization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrollment?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indirectProviders?: Resolver<Maybe<ResolversTypes['ProviderResellerRelationshipConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationIndirectProvidersArgs, 'first'>>;
  indirectResellers?: Resolver<Maybe<ResolversTypes['ProviderResellerRelationshipConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationIndirectResellersArgs, 'first'>>;
  legalBusinessProfile?: Resolver<Maybe<ResolversTypes['LegalBusinessProfile']>, ParentType, ContextType>;
  mpnProfile?: Resolver<Maybe<ResolversTypes['MpnProfile']>, ParentType, ContextType>;
  organizationProfile?: Resolver<Maybe<ResolversTypes['OrganizationProfile']>, ParentType, ContextType>;
  partnerType?: Resolver<ResolversTypes['PartnerType'], ParentType, ContextType>;
  partnershipInvitations?: Resolver<Maybe<ResolversTypes['PartnershipInvitationConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationPartnershipInvitationsArgs, 'direction' | 'first'>>;
  programStatus?: Resolver<ResolversTypes['ProgramStatus'], ParentType, ContextType>;
  providerDirectoryProfile?: Resolver<Maybe<ResolversTypes['ProviderDirectoryProfile']>, ParentType, ContextType>;
  supportProfile?: Resolver<Maybe<ResolversTypes['SupportProfile']>, ParentType, ContextType>;
}>;

export type PartnerSupportTicketResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerSupportTicket'] = ResolversParentTypes['PartnerSupportTicket'], FederationReferenceType extends FederationReferenceTypes['PartnerSupportTicket'] = FederationReferenceTypes['PartnerSupportTicket']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerSupportTicket']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdBy?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
  createdDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastModifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['ServiceRequestNote']>, ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ServiceRequestSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
  supportTopicId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PartnerSupportTicketChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerSupportTicketChangedEvent'] = ResolversParentTypes['PartnerSupportTicketChangedEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  ticket?: Resolver<Maybe<ResolversTypes['PartnerSupportTicket']>, ParentType, ContextType>;
}>;

export type PartnerSupportTicketConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerSupportTicketConnection'] = ResolversParentTypes['PartnerSupportTicketConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerSupportTicketEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerSupportTicketEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerSupportTicketEdge'] = ResolversParentTypes['PartnerSupportTicketEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerSupportTicket'], ParentType, ContextType>;
}>;

export type PartnerUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerUser'] = ResolversParentTypes['PartnerUser']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type PartnershipChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipChangedEvent'] = ResolversParentTypes['PartnershipChangedEvent']> = ResolversObject<{
  change?: Resolver<ResolversTypes['PartnershipChange'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  partnership?: Resolver<Maybe<ResolversTypes['ProviderResellerRelationship']>, ParentType, ContextType>;
}>;

export type PartnershipInvitationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipInvitation'] = ResolversParentTypes['PartnershipInvitation'], FederationReferenceType extends FederationReferenceTypes['PartnershipInvitation'] = FederationReferenceTypes['PartnershipInvitation']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnershipInvitation']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acceptedBy?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  acceptedByOrg?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
  draftEmail?: Resolver<Maybe<ResolversTypes['DraftEmail']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inviteeEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InvitationState'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnershipInvitationChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipInvitationChangedEvent'] = ResolversParentTypes['PartnershipInvitationChangedEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['PartnershipInvitation']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['InvitationState'], ParentType, ContextType>;
}>;

export type PartnershipInvitationConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipInvitationConnection'] = ResolversParentTypes['PartnershipInvitationConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnershipInvitationEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnershipInvitationEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnershipInvitationEdge'] = ResolversParentTypes['PartnershipInvitationEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnershipInvitation'], ParentType, ContextType>;
}>;

export type ProviderContactRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderContactRequest'] = ResolversParentTypes['ProviderContactRequest']> = ResolversObject<{
  answeredAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  answeredBy?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
  declineReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['PartnershipInvitation']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  replyTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reseller?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ProviderContactRequestState'], ParentType, ContextType>;
}>;

export type ProviderContactRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderContactRequestConnection'] = ResolversParentTypes['ProviderContactRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProviderContactRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProviderContactRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderContactRequestEdge'] = ResolversParentTypes['ProviderContactRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProviderContactRequest'], ParentType, ContextType>;
}>;

export type ProviderContactRequestedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderContactRequestedEvent'] = ResolversParentTypes['ProviderContactRequestedEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['ProviderContactRequest']>, ParentType, ContextType>;
}>;

export type ProviderDirectoryEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderDirectoryEntry'] = ResolversParentTypes['ProviderDirectoryEntry']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasOpenContactRequest?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPendingInvitation?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isPartnered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ProviderOffering']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderDirectoryEntryConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderDirectoryEntryConnection'] = ResolversParentTypes['ProviderDirectoryEntryConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProviderDirectoryEntryEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProviderDirectoryEntryEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderDirectoryEntryEdge'] = ResolversParentTypes['ProviderDirectoryEntryEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProviderDirectoryEntry'], ParentType, ContextType>;
}>;

export type ProviderDirectoryProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderDirectoryProfile'] = ResolversParentTypes['ProviderDirectoryProfile']> = ResolversObject<{
  contactEmail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  countries?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  listed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  offerings?: Resolver<Array<ResolversTypes['ProviderOffering']>, ParentType, ContextType>;
  updatedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProviderResellerRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderResellerRelationship'] = ResolversParentTypes['ProviderResellerRelationship'], FederationReferenceType extends FederationReferenceTypes['ProviderResellerRelationship'] = FederationReferenceTypes['ProviderResellerRelationship']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderResellerRelationship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedBy?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  establishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  invitation?: Resolver<Maybe<ResolversTypes['PartnershipInvitation']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  providerTenantAdminAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  relationshipType?: Resolver<Maybe<ResolversTypes['PartnerRelationshipType']>, ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  reseller?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  resellerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['PartnershipState'], ParentType, ContextType>;
}>;

export type ProviderResellerRelationshipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderResellerRelationshipConnection'] = ResolversParentTypes['ProviderResellerRelationshipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ProviderResellerRelationshipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ProviderResellerRelationshipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderResellerRelationshipEdge'] = ResolversParentTypes['ProviderResellerRelationshipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ProviderResellerRelationship'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  activityLog?: Resolver<Maybe<ResolversTypes['ActivityLogConnection']>, ParentType, ContextType, RequireFields<QueryActivityLogArgs, 'first'>>;
  billingProfile?: Resolver<Maybe<ResolversTypes['BillingProfile']>, ParentType, ContextType>;
  indirectProviderDirectory?: Resolver<Maybe<ResolversTypes['ProviderDirectoryEntryConnection']>, ParentType, ContextType, RequireFields<QueryIndirectProviderDirectoryArgs, 'first'>>;
  invoices?: Resolver<Maybe<ResolversTypes['InvoiceConnection']>, ParentType, ContextType, RequireFields<QueryInvoicesArgs, 'first'>>;
  myEnrollment?: Resolver<Maybe<ResolversTypes['EnrollmentApplication']>, ParentType, ContextType>;
  myOrganization?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  partnerOrganization?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType, RequireFields<QueryPartnerOrganizationArgs, 'id'>>;
  partnerSupportTickets?: Resolver<Maybe<ResolversTypes['PartnerSupportTicketConnection']>, ParentType, ContextType, RequireFields<QueryPartnerSupportTicketsArgs, 'first'>>;
  providerContactRequests?: Resolver<Maybe<ResolversTypes['ProviderContactRequestConnection']>, ParentType, ContextType, RequireFields<QueryProviderContactRequestsArgs, 'direction' | 'first'>>;
  verifyPartnerMpnId?: Resolver<Maybe<ResolversTypes['MpnProfile']>, ParentType, ContextType, RequireFields<QueryVerifyPartnerMpnIdArgs, 'mpnId'>>;
}>;

export type ServiceRequestNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestNote'] = ResolversParentTypes['ServiceRequestNote']> = ResolversObject<{
  createdBy?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  createdDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  enrollmentStatusChanged?: SubscriptionResolver<Maybe<ResolversTypes['EnrollmentStatusChangedEvent']>, "enrollmentStatusChanged", ParentType, ContextType, Partial<SubscriptionEnrollmentStatusChangedArgs>>;
  organizationChanged?: SubscriptionResolver<Maybe<ResolversTypes['OrganizationChangedEvent']>, "organizationChanged", ParentType, ContextType, Partial<SubscriptionOrganizationChangedArgs>>;
  partnerSupportTicketChanged?: SubscriptionResolver<Maybe<ResolversTypes['PartnerSupportTicketChangedEvent']>, "partnerSupportTicketChanged", ParentType, ContextType, Partial<SubscriptionPartnerSupportTicketChangedArgs>>;
  partnershipChanged?: SubscriptionResolver<Maybe<ResolversTypes['PartnershipChangedEvent']>, "partnershipChanged", ParentType, ContextType, Partial<SubscriptionPartnershipChangedArgs>>;
  partnershipInvitationChanged?: SubscriptionResolver<Maybe<ResolversTypes['PartnershipInvitationChangedEvent']>, "partnershipInvitationChanged", ParentType, ContextType, Partial<SubscriptionPartnershipInvitationChangedArgs>>;
  providerContactRequested?: SubscriptionResolver<Maybe<ResolversTypes['ProviderContactRequestedEvent']>, "providerContactRequested", ParentType, ContextType, Partial<SubscriptionProviderContactRequestedArgs>>;
}>;

export type SupportProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SupportProfile'] = ResolversParentTypes['SupportProfile']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  telephone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  website?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type VerifyPrimaryContactEmailPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['VerifyPrimaryContactEmailPayload'] = ResolversParentTypes['VerifyPrimaryContactEmailPayload']> = ResolversObject<{
  enrollmentStatus?: Resolver<ResolversTypes['EnrollmentStatus'], ParentType, ContextType>;
  verifiedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AcceptPartnershipInvitationPayload?: AcceptPartnershipInvitationPayloadResolvers<ContextType>;
  ActivityActor?: ActivityActorResolvers<ContextType>;
  ActivityLogConnection?: ActivityLogConnectionResolvers<ContextType>;
  ActivityLogEdge?: ActivityLogEdgeResolvers<ContextType>;
  ActivityLogEntry?: ActivityLogEntryResolvers<ContextType>;
  ActivityTarget?: ActivityTargetResolvers<ContextType>;
  Address?: AddressResolvers<ContextType>;
  BillingProfile?: BillingProfileResolvers<ContextType>;
  Contact?: ContactResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DraftEmail?: DraftEmailResolvers<ContextType>;
  EnrollmentApplication?: EnrollmentApplicationResolvers<ContextType>;
  EnrollmentStatusChangedEvent?: EnrollmentStatusChangedEventResolvers<ContextType>;
  EnrollmentTransition?: EnrollmentTransitionResolvers<ContextType>;
  Invoice?: InvoiceResolvers<ContextType>;
  InvoiceConnection?: InvoiceConnectionResolvers<ContextType>;
  InvoiceEdge?: InvoiceEdgeResolvers<ContextType>;
  JSONObject?: GraphQLScalarType;
  LegalBusinessProfile?: LegalBusinessProfileResolvers<ContextType>;
  MpnOrgProfileCandidate?: MpnOrgProfileCandidateResolvers<ContextType>;
  MpnProfile?: MpnProfileResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  OrganizationChangedEvent?: OrganizationChangedEventResolvers<ContextType>;
  OrganizationProfile?: OrganizationProfileResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganization?: PartnerOrganizationResolvers<ContextType>;
  PartnerSupportTicket?: PartnerSupportTicketResolvers<ContextType>;
  PartnerSupportTicketChangedEvent?: PartnerSupportTicketChangedEventResolvers<ContextType>;
  PartnerSupportTicketConnection?: PartnerSupportTicketConnectionResolvers<ContextType>;
  PartnerSupportTicketEdge?: PartnerSupportTicketEdgeResolvers<ContextType>;
  PartnerUser?: PartnerUserResolvers<ContextType>;
  PartnershipChangedEvent?: PartnershipChangedEventResolvers<ContextType>;
  PartnershipInvitation?: PartnershipInvitationResolvers<ContextType>;
  PartnershipInvitationChangedEvent?: PartnershipInvitationChangedEventResolvers<ContextType>;
  PartnershipInvitationConnection?: PartnershipInvitationConnectionResolvers<ContextType>;
  PartnershipInvitationEdge?: PartnershipInvitationEdgeResolvers<ContextType>;
  ProviderContactRequest?: ProviderContactRequestResolvers<ContextType>;
  ProviderContactRequestConnection?: ProviderContactRequestConnectionResolvers<ContextType>;
  ProviderContactRequestEdge?: ProviderContactRequestEdgeResolvers<ContextType>;
  ProviderContactRequestedEvent?: ProviderContactRequestedEventResolvers<ContextType>;
  ProviderDirectoryEntry?: ProviderDirectoryEntryResolvers<ContextType>;
  ProviderDirectoryEntryConnection?: ProviderDirectoryEntryConnectionResolvers<ContextType>;
  ProviderDirectoryEntryEdge?: ProviderDirectoryEntryEdgeResolvers<ContextType>;
  ProviderDirectoryProfile?: ProviderDirectoryProfileResolvers<ContextType>;
  ProviderResellerRelationship?: ProviderResellerRelationshipResolvers<ContextType>;
  ProviderResellerRelationshipConnection?: ProviderResellerRelationshipConnectionResolvers<ContextType>;
  ProviderResellerRelationshipEdge?: ProviderResellerRelationshipEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ServiceRequestNote?: ServiceRequestNoteResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SupportProfile?: SupportProfileResolvers<ContextType>;
  VerifyPrimaryContactEmailPayload?: VerifyPrimaryContactEmailPayloadResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  constraint?: ConstraintDirectiveResolver<any, any, ContextType>;
}>;
