import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { Customer as CustomerRow } from '../model/customer.js';
import { CompanyProfile } from '../resolvers/customers.js';
import { CustomerRelationship, DelegatedAdminGrant as DelegatedAdminGrantRow } from '../model/relationship.js';
import { RelationshipRequest } from '../model/request.js';
import { CustomerSubscription as CustomerSubscriptionRow } from '../model/subscription.js';
import { CustomerUser as CustomerUserRow } from '../model/customer-user.js';
import { CustomerServiceRequest as CustomerServiceRequestRow, ServiceIncident as ServiceIncidentRow } from '../model/support.js';
import { CustomerLead as CustomerLeadRow } from '../model/lead.js';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/** What the customer's global admin sees after accepting a request. */
export type AcceptResellerRelationshipRequestPayload = {
  __typename?: 'AcceptResellerRelationshipRequestPayload';
  customerId: Scalars['ID']['output'];
  delegatedAdminGranted: Scalars['Boolean']['output'];
  jointProviderId?: Maybe<Scalars['ID']['output']>;
  jointProviderName?: Maybe<Scalars['String']['output']>;
  requestId: Scalars['ID']['output'];
  requestingPartnerId: Scalars['ID']['output'];
  requestingPartnerName?: Maybe<Scalars['String']['output']>;
  state: RequestState;
};

/** The service admin portal an admin agent opens on behalf of a customer (C-11). */
export type AdminService =
  | 'AZURE_PORTAL'
  | 'DYNAMICS_365'
  | 'EXCHANGE_ADMIN_CENTER'
  | 'MICROSOFT_365_ADMIN_CENTER';

export type AdministerOnBehalfOfLink = {
  __typename?: 'AdministerOnBehalfOfLink';
  customerId: Scalars['ID']['output'];
  service: AdminService;
  url: Scalars['String']['output'];
};

export type CreateCustomerInput = {
  address?: InputMaybe<CustomerAddressInput>;
  companyName: Scalars['String']['input'];
  country: Scalars['String']['input'];
  /** The customer's tenant domain (<prefix>.onmicrosoft.com or a verified domain). */
  domain: Scalars['String']['input'];
  email?: InputMaybe<Scalars['String']['input']>;
  organizationRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
};

export type CreateCustomerServiceRequestInput = {
  description: Scalars['String']['input'];
  primaryContact: ServiceRequestContactInput;
  productFamily: ProductFamily;
  severity: ServiceRequestSeverity;
  supportTopicId: Scalars['String']['input'];
  supportTopicName?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreateCustomerUserInput = {
  /** Defaults to first and last name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  firstName: Scalars['String']['input'];
  /** Make the user a global administrator of the customer's directory. */
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  lastName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2. */
  usageLocation: Scalars['String']['input'];
  /** Lower-cased; must be in the customer's domain or one of its custom domains. */
  userPrincipalName: Scalars['String']['input'];
};

export type CreateCustomerUserPayload = {
  __typename?: 'CreateCustomerUserPayload';
  /** Shown once: no query can read it again. The user changes it at first sign-in. */
  temporaryPassword: Scalars['String']['output'];
  user: CustomerUser;
};

/** An organization (an Azure AD tenant) that buys through partners. Its id is its tenant id. */
export type Customer = {
  __typename?: 'Customer';
  /** Whether the caller's organization holds active delegated admin privileges for this customer (C-08). */
  allowDelegatedAccess: Scalars['Boolean']['output'];
  /** PC associatedPartnerId: the reseller a provider created the customer for (T-5). */
  associatedReseller?: Maybe<PartnerOrganization>;
  billingProfile?: Maybe<CustomerBillingProfile>;
  commerceId?: Maybe<Scalars['String']['output']>;
  companyProfile: CustomerCompanyProfile;
  /** DAP-gated (T-8): null unless the caller's organization holds active delegated admin privileges. */
  customDomains?: Maybe<Array<Scalars['String']['output']>>;
  /** The caller's delegated admin grant for this customer, active or last removed (C-08). */
  delegatedAdmin?: Maybe<DelegatedAdminGrant>;
  id: Scalars['ID']['output'];
  /** The caller organization's relationship to this customer. */
  relationshipToMe: CustomerPartnerRelationship;
  /** The relationships the caller may see (T-4…T-6), oldest first. */
  resellerRelationships?: Maybe<CustomerResellerRelationshipConnection>;
  /** C-23: incidents affecting this customer's services, newest first. */
  serviceHealth?: Maybe<ServiceIncidentConnection>;
  /** C-21 / T-9: only the requests the caller's organization created, newest first. */
  serviceRequests?: Maybe<CustomerServiceRequestConnection>;
  /** C-12 / T-7: a reseller sees what was sold under its MPN ID, a provider what it sold. */
  subscriptions?: Maybe<CustomerSubscriptionConnection>;
  /** C-18 / T-11: the customer's directory users, oldest first; only with delegated admin privileges (R-35). */
  users?: Maybe<CustomerUserConnection>;
};


/** An organization (an Azure AD tenant) that buys through partners. Its id is its tenant id. */
export type CustomerResellerRelationshipsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization (an Azure AD tenant) that buys through partners. Its id is its tenant id. */
export type CustomerServiceHealthArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization (an Azure AD tenant) that buys through partners. Its id is its tenant id. */
export type CustomerServiceRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<ServiceRequestStatus>;
};


/** An organization (an Azure AD tenant) that buys through partners. Its id is its tenant id. */
export type CustomerSubscriptionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** An organization (an Azure AD tenant) that buys through partners. Its id is its tenant id. */
export type CustomerUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<CustomerUserState>;
};

export type CustomerAddress = {
  __typename?: 'CustomerAddress';
  addressLine1: Scalars['String']['output'];
  addressLine2?: Maybe<Scalars['String']['output']>;
  city: Scalars['String']['output'];
  country: Scalars['String']['output'];
  phoneNumber?: Maybe<Scalars['String']['output']>;
  postalCode: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
  state?: Maybe<Scalars['String']['output']>;
};

export type CustomerAddressInput = {
  addressLine1: Scalars['String']['input'];
  addressLine2?: InputMaybe<Scalars['String']['input']>;
  city: Scalars['String']['input'];
  country: Scalars['String']['input'];
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
  postalCode: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<Scalars['String']['input']>;
};

export type CustomerBillingProfile = {
  __typename?: 'CustomerBillingProfile';
  companyName?: Maybe<Scalars['String']['output']>;
  culture?: Maybe<Scalars['String']['output']>;
  defaultAddress?: Maybe<CustomerAddress>;
  email?: Maybe<Scalars['String']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  language?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
};

export type CustomerCompanyProfile = {
  __typename?: 'CustomerCompanyProfile';
  /** DAP-gated (T-8). */
  address?: Maybe<CustomerAddress>;
  companyName: Scalars['String']['output'];
  domain: Scalars['String']['output'];
  /** DAP-gated (T-8). */
  email?: Maybe<Scalars['String']['output']>;
  organizationRegistrationNumber?: Maybe<Scalars['String']['output']>;
  tenantId: Scalars['ID']['output'];
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerDirectoryRole =
  | 'GLOBAL_ADMINISTRATOR'
  | 'HELPDESK_ADMINISTRATOR';

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerFilter = {
  /** ISO 3166-1 alpha-2 country of the customer. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** The caller's relationship was established at or after this instant. */
  establishedAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** The caller's relationship was established before this instant. */
  establishedBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Provider view: customers shared with this partnered indirect reseller (PC filter IndirectReseller). */
  indirectReseller?: InputMaybe<Scalars['ID']['input']>;
  /** Reseller view: customers shared with this partnered indirect provider (S-33). */
  provider?: InputMaybe<Scalars['ID']['input']>;
};

/** A sales lead or referral for a prospective customer (PC Referral subset), owned by one organization (T-12). */
export type CustomerLead = {
  __typename?: 'CustomerLead';
  assignedTo?: Maybe<PartnerUser>;
  consent: LeadConsent;
  convertedToRequest?: Maybe<ResellerRelationshipRequest>;
  createdDateTime: Scalars['DateTime']['output'];
  customerProfile: LeadCustomerProfile;
  details?: Maybe<LeadDetails>;
  expirationDateTime?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  owner: PartnerOrganization;
  qualification: LeadQualification;
  status: LeadStatus;
  substatus: LeadSubstatus;
  updatedDateTime: Scalars['DateTime']['output'];
};

/** §5 CustomerLeadChanged: the owning organization's admin agents and GA, never helpdesk (S-12). */
export type CustomerLeadChangedEvent = {
  __typename?: 'CustomerLeadChangedEvent';
  eventId: Scalars['ID']['output'];
  lead?: Maybe<CustomerLead>;
  occurredAt: Scalars['DateTime']['output'];
  status: LeadStatus;
  substatus: LeadSubstatus;
};

export type CustomerLeadConnection = {
  __typename?: 'CustomerLeadConnection';
  edges: Array<CustomerLeadEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerLeadEdge = {
  __typename?: 'CustomerLeadEdge';
  cursor: Scalars['String']['output'];
  node: CustomerLead;
};

export type CustomerPartnerRelationship =
  | 'ADVISOR'
  | 'NONE'
  | 'RESELLER';

export type CustomerRelationshipChange =
  | 'ESTABLISHED'
  | 'REMOVED';

/** §5 CustomerRelationshipEstablished / Removed: each partner hears only about its own relationship. */
export type CustomerRelationshipChangedEvent = {
  __typename?: 'CustomerRelationshipChangedEvent';
  change: CustomerRelationshipChange;
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  relationship?: Maybe<CustomerResellerRelationship>;
  source?: Maybe<RelationshipSource>;
};

/** A link between a partner organization and a customer (relationshipToPartner = reseller). */
export type CustomerResellerRelationship = {
  __typename?: 'CustomerResellerRelationship';
  customer: Customer;
  /** The partner's delegated admin grant, for the caller's own relationships. */
  delegatedAdmin?: Maybe<DelegatedAdminGrant>;
  establishedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  partner: PartnerOrganization;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The accepted request behind it, for the caller's own relationships. */
  request?: Maybe<ResellerRelationshipRequest>;
  source: RelationshipSource;
  state: RelationshipState;
  type: CustomerPartnerRelationship;
};

export type CustomerResellerRelationshipConnection = {
  __typename?: 'CustomerResellerRelationshipConnection';
  edges: Array<CustomerResellerRelationshipEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerResellerRelationshipEdge = {
  __typename?: 'CustomerResellerRelationshipEdge';
  cursor: Scalars['String']['output'];
  node: CustomerResellerRelationship;
};

/** A ticket to Microsoft about a customer's service (PC ServiceRequest), private to the creating organization (T-9). */
export type CustomerServiceRequest = {
  __typename?: 'CustomerServiceRequest';
  countryCode?: Maybe<Scalars['String']['output']>;
  createdBy: PartnerUser;
  createdByPartner: PartnerOrganization;
  createdDate: Scalars['DateTime']['output'];
  customer: Customer;
  description: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastClosedDate?: Maybe<Scalars['DateTime']['output']>;
  lastModifiedDate?: Maybe<Scalars['DateTime']['output']>;
  notes: Array<CustomerServiceRequestNote>;
  primaryContact: ServiceRequestContact;
  productFamily: ProductFamily;
  severity: ServiceRequestSeverity;
  status: ServiceRequestStatus;
  supportTopicId: Scalars['String']['output'];
  supportTopicName?: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
};

/** §5 CustomerServiceRequestChanged: the creating organization only (T-9). */
export type CustomerServiceRequestChangedEvent = {
  __typename?: 'CustomerServiceRequestChangedEvent';
  eventId: Scalars['ID']['output'];
  newNote: Scalars['Boolean']['output'];
  occurredAt: Scalars['DateTime']['output'];
  serviceRequest?: Maybe<CustomerServiceRequest>;
  status: ServiceRequestStatus;
};

export type CustomerServiceRequestConnection = {
  __typename?: 'CustomerServiceRequestConnection';
  edges: Array<CustomerServiceRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerServiceRequestEdge = {
  __typename?: 'CustomerServiceRequestEdge';
  cursor: Scalars['String']['output'];
  node: CustomerServiceRequest;
};

export type CustomerServiceRequestNote = {
  __typename?: 'CustomerServiceRequestNote';
  createdBy?: Maybe<PartnerUser>;
  createdDate: Scalars['DateTime']['output'];
  text: Scalars['String']['output'];
};

/** A customer subscription (PC Subscription). Named CustomerSubscription: `Subscription` is GraphQL's root type for streams. */
export type CustomerSubscription = {
  __typename?: 'CustomerSubscription';
  autoRenewEnabled: Scalars['Boolean']['output'];
  billingCycle?: Maybe<Scalars['String']['output']>;
  commitmentEndDate?: Maybe<Scalars['DateTime']['output']>;
  creationDate: Scalars['DateTime']['output'];
  customer: Customer;
  friendlyName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  offerId: Scalars['String']['output'];
  offerName: Scalars['String']['output'];
  orderId: Scalars['ID']['output'];
  productFamily: ProductFamily;
  /** The provider that submitted the order. */
  provider: PartnerOrganization;
  quantity: Scalars['Int']['output'];
  /** PC Subscription.PartnerId: the reseller's MPN ID in indirect scenarios. */
  resellerMpnId?: Maybe<Scalars['String']['output']>;
  status: SubscriptionStatus;
  unitType?: Maybe<Scalars['String']['output']>;
};

export type CustomerSubscriptionConnection = {
  __typename?: 'CustomerSubscriptionConnection';
  edges: Array<CustomerSubscriptionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerSubscriptionEdge = {
  __typename?: 'CustomerSubscriptionEdge';
  cursor: Scalars['String']['output'];
  node: CustomerSubscription;
};

/** A user of the customer's directory, managed by partners with delegated admin privileges (C-18…C-20). */
export type CustomerUser = {
  __typename?: 'CustomerUser';
  createdAt: Scalars['DateTime']['output'];
  customer: Customer;
  deletedAt?: Maybe<Scalars['DateTime']['output']>;
  displayName: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** A global administrator of the customer's directory: only an admin agent resets its password (C-20). */
  isAdmin: Scalars['Boolean']['output'];
  lastName: Scalars['String']['output'];
  /** The subscriptions the user holds a license of (C-18). */
  licenses: Array<CustomerUserLicense>;
  /** For a deleted user: the end of its 30-day restore window. */
  restorableUntil?: Maybe<Scalars['DateTime']['output']>;
  state: CustomerUserState;
  /** ISO 3166-1 alpha-2 country where the user's services are used. */
  usageLocation: Scalars['String']['output'];
  /** Lower case, in the customer's domain or one of its custom domains. */
  userPrincipalName: Scalars['String']['output'];
};

export type CustomerUserConnection = {
  __typename?: 'CustomerUserConnection';
  edges: Array<CustomerUserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerUserEdge = {
  __typename?: 'CustomerUserEdge';
  cursor: Scalars['String']['output'];
  node: CustomerUser;
};

/** A seat of one of the customer's subscriptions, assigned to a user. */
export type CustomerUserLicense = {
  __typename?: 'CustomerUserLicense';
  /** The subscription's offer (its SKU); null when the caller may not see the subscription (T-7). */
  offerId?: Maybe<Scalars['String']['output']>;
  offerName?: Maybe<Scalars['String']['output']>;
  subscription?: Maybe<CustomerSubscription>;
  subscriptionId: Scalars['ID']['output'];
};

export type CustomerUserState =
  | 'ACTIVE'
  /** Soft-deleted: restorable for 30 days. */
  | 'DELETED';

export type DelegatedAdminChange =
  | 'GRANTED'
  | 'REMOVED';

/** §5 DelegatedAdminGranted / DelegatedAdminRemoved. */
export type DelegatedAdminChangedEvent = {
  __typename?: 'DelegatedAdminChangedEvent';
  change: DelegatedAdminChange;
  customerId: Scalars['ID']['output'];
  eventId: Scalars['ID']['output'];
  grant?: Maybe<DelegatedAdminGrant>;
  occurredAt: Scalars['DateTime']['output'];
  removedBy?: Maybe<RemovedBy>;
};

/** Delegated admin privileges a customer granted a partner (DAP; GDAP reserved). */
export type DelegatedAdminGrant = {
  __typename?: 'DelegatedAdminGrant';
  customer?: Maybe<Customer>;
  customerId: Scalars['ID']['output'];
  grantedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  kind: DelegatedAdminKind;
  partner: PartnerOrganization;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  removedBy?: Maybe<RemovedBy>;
  roleMappings: Array<RoleMapping>;
  state: RelationshipState;
};

export type DelegatedAdminKind =
  | 'DAP'
  | 'GDAP';

export type LeadAddress = {
  __typename?: 'LeadAddress';
  city?: Maybe<Scalars['String']['output']>;
  country: Scalars['String']['output'];
};

export type LeadConsent = {
  __typename?: 'LeadConsent';
  consentToContact: Scalars['Boolean']['output'];
  consentToShareReferralWithMicrosoftSellers: Scalars['Boolean']['output'];
};

export type LeadContact = {
  __typename?: 'LeadContact';
  email?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phoneNumber?: Maybe<Scalars['String']['output']>;
};

export type LeadCustomerProfile = {
  __typename?: 'LeadCustomerProfile';
  address?: Maybe<LeadAddress>;
  contacts: Array<LeadContact>;
  name: Scalars['String']['output'];
  size?: Maybe<Scalars['String']['output']>;
};

export type LeadDetails = {
  __typename?: 'LeadDetails';
  closingDateTime?: Maybe<Scalars['DateTime']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  dealValue?: Maybe<Scalars['Float']['output']>;
  notes?: Maybe<Scalars['String']['output']>;
};

export type LeadQualification =
  | 'DIRECT'
  | 'MARKETING_QUALIFIED'
  | 'NONE'
  | 'SALES_QUALIFIED';

export type LeadStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'NEW';

export type LeadSubstatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'EXPIRED'
  | 'LOST'
  | 'PENDING'
  | 'RECEIVED'
  | 'WON';

export type MessageType =
  | 'INCIDENT'
  | 'MESSAGE_CENTER';

export type Mutation = {
  __typename?: 'Mutation';
  /** §4.3 outside the matrix: a global admin homed in the customer tenant (R-41…R-43). */
  acceptResellerRelationshipRequest?: Maybe<AcceptResellerRelationshipRequestPayload>;
  /** C-11: admin agents only, with delegated admin privileges (S-3). */
  administerOnBehalfOf?: Maybe<AdministerOnBehalfOfLink>;
  /** C-19: seats of the customer's subscriptions the caller sees (T-7); refused when a subscription has none left. */
  assignCustomerUserLicenses?: Maybe<CustomerUser>;
  /** C-15: a provider's admin agent creates a customer for a partnered reseller. */
  createCustomer?: Maybe<Customer>;
  /** C-22 (R-33, R-34, R-35). */
  createCustomerServiceRequest?: Maybe<CustomerServiceRequest>;
  /** C-19: an admin agent, with delegated admin privileges (R-35). */
  createCustomerUser?: Maybe<CreateCustomerUserPayload>;
  /** C-04: with a partnered indirect provider (S-31, R-39). */
  createJointResellerRelationshipRequest?: Maybe<ResellerRelationshipRequest>;
  /** C-03: an admin agent; a global admin only without delegated admin privileges (R-40). */
  createResellerRelationshipRequest?: Maybe<ResellerRelationshipRequest>;
  /** C-19: a soft delete; the user's licenses are freed and it can be restored for 30 days. */
  deleteCustomerUser?: Maybe<CustomerUser>;
  /** C-26: a relationship request for the lead's customer; the lead becomes ACTIVE. */
  inviteCustomerFromLead?: Maybe<ResellerRelationshipRequest>;
  /** C-07: refused while active subscriptions exist (R-44). */
  removeCustomerRelationship?: Maybe<CustomerResellerRelationship>;
  /** C-10 */
  removeDelegatedAdminPrivileges?: Maybe<DelegatedAdminGrant>;
  /** C-09: a new request with delegated admin privileges for a known customer. */
  requestDelegatedAdminPrivileges?: Maybe<ResellerRelationshipRequest>;
  /** C-20: a helpdesk agent only for users who are not customer admins (A-19). */
  resetCustomerUserPassword?: Maybe<ResetCustomerUserPasswordPayload>;
  /** C-19: within 30 days of the deletion; the user comes back without licenses. */
  restoreCustomerUser?: Maybe<CustomerUser>;
  /** §4.3 outside the matrix: the customer's global admin removes a partner's roles; the relationship stays. */
  revokePartnerDelegatedAdmin?: Maybe<RevokePartnerDelegatedAdminPayload>;
  /** C-06 */
  revokeResellerRelationshipRequest?: Maybe<ResellerRelationshipRequest>;
  /** C-14: a provider's admin agent, for customers it has a relationship with (S-24). */
  submitOrder?: Maybe<SubmitOrderPayload>;
  /** C-17 */
  updateCustomerBillingProfile?: Maybe<Customer>;
  /** C-16 */
  updateCustomerCompanyProfile?: Maybe<Customer>;
  /** C-25 (R-47). */
  updateCustomerLead?: Maybe<CustomerLead>;
  /** C-22 (R-48). */
  updateCustomerServiceRequest?: Maybe<CustomerServiceRequest>;
  /** C-13 (R-34 for Office 365). */
  updateCustomerSubscription?: Maybe<CustomerSubscription>;
};


export type MutationAcceptResellerRelationshipRequestArgs = {
  token: Scalars['String']['input'];
};


export type MutationAdministerOnBehalfOfArgs = {
  customerId: Scalars['ID']['input'];
  service: AdminService;
};


export type MutationAssignCustomerUserLicensesArgs = {
  add?: InputMaybe<Array<Scalars['ID']['input']>>;
  id: Scalars['ID']['input'];
  remove?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationCreateCustomerArgs = {
  associatedResellerId?: InputMaybe<Scalars['ID']['input']>;
  input: CreateCustomerInput;
};


export type MutationCreateCustomerServiceRequestArgs = {
  customerId: Scalars['ID']['input'];
  input: CreateCustomerServiceRequestInput;
};


export type MutationCreateCustomerUserArgs = {
  customerId: Scalars['ID']['input'];
  input: CreateCustomerUserInput;
};


export type MutationCreateJointResellerRelationshipRequestArgs = {
  customerEmailHint?: InputMaybe<Scalars['String']['input']>;
  draftEmail?: InputMaybe<RequestDraftEmailInput>;
  includeDelegatedAdminPrivileges?: Scalars['Boolean']['input'];
  providerId: Scalars['ID']['input'];
};


export type MutationCreateResellerRelationshipRequestArgs = {
  customerEmailHint?: InputMaybe<Scalars['String']['input']>;
  draftEmail?: InputMaybe<RequestDraftEmailInput>;
  includeDelegatedAdminPrivileges?: Scalars['Boolean']['input'];
};


export type MutationDeleteCustomerUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationInviteCustomerFromLeadArgs = {
  includeDelegatedAdminPrivileges?: Scalars['Boolean']['input'];
  leadId: Scalars['ID']['input'];
};


export type MutationRemoveCustomerRelationshipArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationRemoveDelegatedAdminPrivilegesArgs = {
  customerId: Scalars['ID']['input'];
};


export type MutationRequestDelegatedAdminPrivilegesArgs = {
  customerEmailHint?: InputMaybe<Scalars['String']['input']>;
  customerId: Scalars['ID']['input'];
};


export type MutationResetCustomerUserPasswordArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRestoreCustomerUserArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePartnerDelegatedAdminArgs = {
  partnerId: Scalars['ID']['input'];
};


export type MutationRevokeResellerRelationshipRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitOrderArgs = {
  customerId: Scalars['ID']['input'];
  lines: Array<OrderLineInput>;
  resellerMpnId?: InputMaybe<Scalars['String']['input']>;
};


export type MutationUpdateCustomerBillingProfileArgs = {
  customerId: Scalars['ID']['input'];
  input: UpdateCustomerBillingProfileInput;
};


export type MutationUpdateCustomerCompanyProfileArgs = {
  customerId: Scalars['ID']['input'];
  input: UpdateCustomerCompanyProfileInput;
};


export type MutationUpdateCustomerLeadArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerLeadInput;
};


export type MutationUpdateCustomerServiceRequestArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerServiceRequestInput;
};


export type MutationUpdateCustomerSubscriptionArgs = {
  id: Scalars['ID']['input'];
  input: UpdateCustomerSubscriptionInput;
};

export type OrderLineInput = {
  friendlyName?: InputMaybe<Scalars['String']['input']>;
  offerId: Scalars['String']['input'];
  quantity: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

export type PartnerGroup =
  | 'ADMIN_AGENTS'
  | 'HELPDESK_AGENTS';

/** The customers subgraph's contribution to a partner organization (own organization only). */
export type PartnerOrganization = {
  __typename?: 'PartnerOrganization';
  /** C-24: newest first. */
  customerLeads?: Maybe<CustomerLeadConnection>;
  /** The organization's customers (C-01): only the caller's own organization. */
  customers?: Maybe<CustomerConnection>;
  id: Scalars['ID']['output'];
  /** C-05: newest first. */
  resellerRelationshipRequests?: Maybe<ResellerRelationshipRequestConnection>;
  /** C-02 / S-33: a reseller's customers shared with one of its partnered providers (own organization only). */
  sharedCustomers?: Maybe<CustomerConnection>;
};


/** The customers subgraph's contribution to a partner organization (own organization only). */
export type PartnerOrganizationCustomerLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LeadStatus>;
};


/** The customers subgraph's contribution to a partner organization (own organization only). */
export type PartnerOrganizationCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


/** The customers subgraph's contribution to a partner organization (own organization only). */
export type PartnerOrganizationResellerRelationshipRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<RequestState>;
};


/** The customers subgraph's contribution to a partner organization (own organization only). */
export type PartnerOrganizationSharedCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  providerId: Scalars['ID']['input'];
};

export type PartnerUser = {
  __typename?: 'PartnerUser';
  id: Scalars['ID']['output'];
};

export type ProductFamily =
  | 'AZURE'
  | 'DYNAMICS_CRM_ONLINE'
  | 'ENTERPRISE_MOBILITY_SUITE'
  | 'OFFICE_365'
  | 'OTHER';

/** The customers subgraph's contribution to a partnership: the customers both sides share (S-33). */
export type ProviderResellerRelationship = {
  __typename?: 'ProviderResellerRelationship';
  providerId: Scalars['ID']['output'];
  resellerId: Scalars['ID']['output'];
  sharedCustomers?: Maybe<CustomerConnection>;
};


/** The customers subgraph's contribution to a partnership: the customers both sides share (S-33). */
export type ProviderResellerRelationshipSharedCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  customer?: Maybe<Customer>;
  customerLead?: Maybe<CustomerLead>;
  /** C-24 (never Helpdesk, S-12), newest first. */
  customerLeads?: Maybe<CustomerLeadConnection>;
  /** The caller organization's customers (C-01), optionally searched by company name or domain and filtered. */
  customers?: Maybe<CustomerConnection>;
  /** C-05: the caller organization's requests, newest first. */
  resellerRelationshipRequests?: Maybe<ResellerRelationshipRequestConnection>;
  /** C-23: incidents of the whole service and of the caller's customers, newest first. */
  serviceIncidents?: Maybe<ServiceIncidentConnection>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerLeadArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomerLeadsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<LeadStatus>;
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CustomerFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};


export type QueryResellerRelationshipRequestsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  state?: InputMaybe<RequestState>;
};


export type QueryServiceIncidentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  resolved?: InputMaybe<Scalars['Boolean']['input']>;
};

export type RelationshipSource =
  | 'IMPORTED'
  | 'INVITATION'
  | 'JOINT_INVITATION'
  | 'PROVIDER_CREATED';

export type RelationshipState =
  | 'ACTIVE'
  | 'REMOVED';

export type RemovedBy =
  | 'CUSTOMER'
  | 'PARTNER'
  | 'SYSTEM';

/** The draft email of a relationship request: the partner edits and sends it; the link must stay (R-46). */
export type RequestDraftEmail = {
  __typename?: 'RequestDraftEmail';
  body: Scalars['String']['output'];
  subject: Scalars['String']['output'];
  url: Scalars['String']['output'];
};

export type RequestDraftEmailInput = {
  /** Must contain the {{link}} placeholder, replaced by the personalised link (R-46). */
  body: Scalars['String']['input'];
  /** Send it to customerEmailHint from the platform instead of copying it. */
  send?: InputMaybe<Scalars['Boolean']['input']>;
  subject?: InputMaybe<Scalars['String']['input']>;
};

export type RequestState =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING'
  | 'REVOKED';

/** A partner's request to become a customer's reseller (§3.3). Its link is single-use and expires after 90 days (A-26). */
export type ResellerRelationshipRequest = {
  __typename?: 'ResellerRelationshipRequest';
  acceptedAt?: Maybe<Scalars['DateTime']['output']>;
  acceptedByCustomer?: Maybe<Customer>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: PartnerUser;
  customerEmailHint?: Maybe<Scalars['String']['output']>;
  /** The draft email with the link: returned only when the request is created. */
  draftEmail?: Maybe<RequestDraftEmail>;
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  includeDelegatedAdminPrivileges: Scalars['Boolean']['output'];
  /** Set for a joint invitation: the customer also gets a relationship with this provider. */
  jointProvider?: Maybe<PartnerOrganization>;
  requestingPartner: PartnerOrganization;
  state: RequestState;
  /** The personalised link: returned only when the request is created, since its token is stored hashed. */
  url?: Maybe<Scalars['String']['output']>;
};

/** §5 ResellerRelationshipRequestChanged: GA and admin agents of the requester and, for a joint request, of the provider. */
export type ResellerRelationshipRequestChangedEvent = {
  __typename?: 'ResellerRelationshipRequestChangedEvent';
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  request?: Maybe<ResellerRelationshipRequest>;
  state: RequestState;
};

export type ResellerRelationshipRequestConnection = {
  __typename?: 'ResellerRelationshipRequestConnection';
  edges: Array<ResellerRelationshipRequestEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ResellerRelationshipRequestEdge = {
  __typename?: 'ResellerRelationshipRequestEdge';
  cursor: Scalars['String']['output'];
  node: ResellerRelationshipRequest;
};

export type ResetCustomerUserPasswordPayload = {
  __typename?: 'ResetCustomerUserPasswordPayload';
  /** Shown once. */
  temporaryPassword: Scalars['String']['output'];
  user: CustomerUser;
};

/** What the customer's global admin sees after removing a partner's delegated admin privileges. */
export type RevokePartnerDelegatedAdminPayload = {
  __typename?: 'RevokePartnerDelegatedAdminPayload';
  customerId: Scalars['ID']['output'];
  partnerId: Scalars['ID']['output'];
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  state: RelationshipState;
};

export type RoleMapping = {
  __typename?: 'RoleMapping';
  customerRole: CustomerDirectoryRole;
  partnerGroup: PartnerGroup;
};

/**
 * §5 ServiceIncidentChanged: organizations with an ACTIVE relationship to an affected customer (every partner for an
 * incident of the whole service); admin agents, helpdesk agents and global admins (C-23).
 */
export type ServiceHealthChangedEvent = {
  __typename?: 'ServiceHealthChangedEvent';
  /** null: the whole service, every customer of the workload */
  customerId?: Maybe<Scalars['ID']['output']>;
  eventId: Scalars['ID']['output'];
  incident?: Maybe<ServiceIncident>;
  occurredAt: Scalars['DateTime']['output'];
  resolved: Scalars['Boolean']['output'];
  status: ServiceIncidentStatus;
};

/** Service health (PC ServiceIncidentDetail). */
export type ServiceIncident = {
  __typename?: 'ServiceIncident';
  endTime?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  impactedArea?: Maybe<Scalars['String']['output']>;
  messageType: MessageType;
  messages: Array<ServiceIncidentMessage>;
  resolved: Scalars['Boolean']['output'];
  startTime: Scalars['DateTime']['output'];
  status: ServiceIncidentStatus;
  title: Scalars['String']['output'];
  workload: Scalars['String']['output'];
};

export type ServiceIncidentConnection = {
  __typename?: 'ServiceIncidentConnection';
  edges: Array<ServiceIncidentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type ServiceIncidentEdge = {
  __typename?: 'ServiceIncidentEdge';
  cursor: Scalars['String']['output'];
  node: ServiceIncident;
};

export type ServiceIncidentMessage = {
  __typename?: 'ServiceIncidentMessage';
  communicationText: Scalars['String']['output'];
  publishedTime: Scalars['DateTime']['output'];
};

export type ServiceIncidentStatus =
  | 'CRITICAL'
  | 'INFORMATION'
  | 'NORMAL'
  | 'WARNING';

export type ServiceRequestContact = {
  __typename?: 'ServiceRequestContact';
  email: Scalars['String']['output'];
  firstName: Scalars['String']['output'];
  lastName: Scalars['String']['output'];
  phoneNumber?: Maybe<Scalars['String']['output']>;
};

export type ServiceRequestContactInput = {
  email: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  phoneNumber?: InputMaybe<Scalars['String']['input']>;
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

export type SubmitOrderPayload = {
  __typename?: 'SubmitOrderPayload';
  orderId: Scalars['ID']['output'];
  subscriptions: Array<CustomerSubscription>;
};

export type Subscription = {
  __typename?: 'Subscription';
  customerLeadChanged?: Maybe<CustomerLeadChangedEvent>;
  customerRelationshipChanged?: Maybe<CustomerRelationshipChangedEvent>;
  customerServiceRequestChanged?: Maybe<CustomerServiceRequestChangedEvent>;
  delegatedAdminChanged?: Maybe<DelegatedAdminChangedEvent>;
  resellerRelationshipRequestChanged?: Maybe<ResellerRelationshipRequestChangedEvent>;
  /** C-23: incidents of the caller's customers and of the whole service; `customerId` narrows to one customer. */
  serviceHealthChanged?: Maybe<ServiceHealthChangedEvent>;
  subscriptionChanged?: Maybe<SubscriptionChangedEvent>;
};


export type SubscriptionCustomerLeadChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionCustomerRelationshipChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionCustomerServiceRequestChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionDelegatedAdminChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionResellerRelationshipRequestChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionServiceHealthChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionSubscriptionChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
  customerId?: InputMaybe<Scalars['ID']['input']>;
};

/** §5 SubscriptionChanged: the provider that sold it and the reseller it was sold for (T-7). */
export type SubscriptionChangedEvent = {
  __typename?: 'SubscriptionChangedEvent';
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  quantity: Scalars['Int']['output'];
  status: SubscriptionStatus;
  subscription?: Maybe<CustomerSubscription>;
};

export type SubscriptionStatus =
  | 'ACTIVE'
  | 'DELETED'
  | 'DISABLED'
  | 'EXPIRED'
  | 'NONE'
  | 'PENDING'
  | 'SUSPENDED';

export type UpdateCustomerBillingProfileInput = {
  companyName?: InputMaybe<Scalars['String']['input']>;
  culture?: InputMaybe<Scalars['String']['input']>;
  defaultAddress?: InputMaybe<CustomerAddressInput>;
  email?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  language?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCustomerCompanyProfileInput = {
  address?: InputMaybe<CustomerAddressInput>;
  companyName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  organizationRegistrationNumber?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateCustomerLeadInput = {
  /** A user of the owning organization; null leaves it unassigned. */
  assignedTo?: InputMaybe<Scalars['ID']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<LeadStatus>;
  substatus?: InputMaybe<LeadSubstatus>;
};

export type UpdateCustomerServiceRequestInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<ServiceRequestStatus>;
};

export type UpdateCustomerSubscriptionInput = {
  autoRenewEnabled?: InputMaybe<Scalars['Boolean']['input']>;
  friendlyName?: InputMaybe<Scalars['String']['input']>;
  /** ACTIVE or SUSPENDED (§3.5). */
  status?: InputMaybe<SubscriptionStatus>;
};

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
  Customer: Customer;
  CustomerLead: CustomerLead;
  CustomerResellerRelationship: CustomerResellerRelationship;
  CustomerServiceRequest: CustomerServiceRequest;
  CustomerSubscription: CustomerSubscription;
  CustomerUser: CustomerUser;
  DelegatedAdminGrant: DelegatedAdminGrant;
  PartnerOrganization: PartnerOrganization;
  ProviderResellerRelationship: ProviderResellerRelationship;
  ResellerRelationshipRequest: ResellerRelationshipRequest;
  ServiceIncident: ServiceIncident;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  CustomerLead:
    ( { __typename: 'CustomerLead' }
    & GraphQLRecursivePick<FederationTypes['CustomerLead'], {"id":true}> );
  CustomerResellerRelationship:
    ( { __typename: 'CustomerResellerRelationship' }
    & GraphQLRecursivePick<FederationTypes['CustomerResellerRelationship'], {"id":true}> );
  CustomerServiceRequest:
    ( { __typename: 'CustomerServiceRequest' }
    & GraphQLRecursivePick<FederationTypes['CustomerServiceRequest'], {"id":true}> );
  CustomerSubscription:
    ( { __typename: 'CustomerSubscription' }
    & GraphQLRecursivePick<FederationTypes['CustomerSubscription'], {"id":true}> );
  CustomerUser:
    ( { __typename: 'CustomerUser' }
    & GraphQLRecursivePick<FederationTypes['CustomerUser'], {"id":true}> );
  DelegatedAdminGrant:
    ( { __typename: 'DelegatedAdminGrant' }
    & GraphQLRecursivePick<FederationTypes['DelegatedAdminGrant'], {"id":true}> );
  PartnerOrganization:
    ( { __typename: 'PartnerOrganization' }
    & GraphQLRecursivePick<FederationTypes['PartnerOrganization'], {"id":true}> );
  ProviderResellerRelationship:
    ( { __typename: 'ProviderResellerRelationship' }
    & GraphQLRecursivePick<FederationTypes['ProviderResellerRelationship'], {"providerId":true,"resellerId":true}> );
  ResellerRelationshipRequest:
    ( { __typename: 'ResellerRelationshipRequest' }
    & GraphQLRecursivePick<FederationTypes['ResellerRelationshipRequest'], {"id":true}> );
  ServiceIncident:
    ( { __typename: 'ServiceIncident' }
    & GraphQLRecursivePick<FederationTypes['ServiceIncident'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AcceptResellerRelationshipRequestPayload: ResolverTypeWrapper<AcceptResellerRelationshipRequestPayload>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  AdminService: AdminService;
  AdministerOnBehalfOfLink: ResolverTypeWrapper<AdministerOnBehalfOfLink>;
  CreateCustomerInput: CreateCustomerInput;
  CreateCustomerServiceRequestInput: CreateCustomerServiceRequestInput;
  CreateCustomerUserInput: CreateCustomerUserInput;
  CreateCustomerUserPayload: ResolverTypeWrapper<Omit<CreateCustomerUserPayload, 'user'> & { user: ResolversTypes['CustomerUser'] }>;
  Customer: ResolverTypeWrapper<CustomerRow>;
  CustomerAddress: ResolverTypeWrapper<CustomerAddress>;
  CustomerAddressInput: CustomerAddressInput;
  CustomerBillingProfile: ResolverTypeWrapper<CustomerBillingProfile>;
  CustomerCompanyProfile: ResolverTypeWrapper<CompanyProfile>;
  CustomerConnection: ResolverTypeWrapper<AnyConnection>;
  CustomerDirectoryRole: CustomerDirectoryRole;
  CustomerEdge: ResolverTypeWrapper<Omit<CustomerEdge, 'node'> & { node: ResolversTypes['Customer'] }>;
  CustomerFilter: CustomerFilter;
  CustomerLead: ResolverTypeWrapper<CustomerLeadRow>;
  CustomerLeadChangedEvent: ResolverTypeWrapper<Omit<CustomerLeadChangedEvent, 'lead'> & { lead?: Maybe<ResolversTypes['CustomerLead']> }>;
  CustomerLeadConnection: ResolverTypeWrapper<AnyConnection>;
  CustomerLeadEdge: ResolverTypeWrapper<Omit<CustomerLeadEdge, 'node'> & { node: ResolversTypes['CustomerLead'] }>;
  CustomerPartnerRelationship: CustomerPartnerRelationship;
  CustomerRelationshipChange: CustomerRelationshipChange;
  CustomerRelationshipChangedEvent: ResolverTypeWrapper<Omit<CustomerRelationshipChangedEvent, 'relationship'> & { relationship?: Maybe<ResolversTypes['CustomerResellerRelationship']> }>;
  CustomerResellerRelationship: ResolverTypeWrapper<CustomerRelationship>;
  CustomerResellerRelationshipConnection: ResolverTypeWrapper<AnyConnection>;
  CustomerResellerRelationshipEdge: ResolverTypeWrapper<Omit<CustomerResellerRelationshipEdge, 'node'> & { node: ResolversTypes['CustomerResellerRelationship'] }>;
  CustomerServiceRequest: ResolverTypeWrapper<CustomerServiceRequestRow>;
  CustomerServiceRequestChangedEvent: ResolverTypeWrapper<Omit<CustomerServiceRequestChangedEvent, 'serviceRequest'> & { serviceRequest?: Maybe<ResolversTypes['CustomerServiceRequest']> }>;
  CustomerServiceRequestConnection: ResolverTypeWrapper<AnyConnection>;
  CustomerServiceRequestEdge: ResolverTypeWrapper<Omit<CustomerServiceRequestEdge, 'node'> & { node: ResolversTypes['CustomerServiceRequest'] }>;
  CustomerServiceRequestNote: ResolverTypeWrapper<CustomerServiceRequestNote>;
  CustomerSubscription: ResolverTypeWrapper<CustomerSubscriptionRow>;
  CustomerSubscriptionConnection: ResolverTypeWrapper<AnyConnection>;
  CustomerSubscriptionEdge: ResolverTypeWrapper<Omit<CustomerSubscriptionEdge, 'node'> & { node: ResolversTypes['CustomerSubscription'] }>;
  CustomerUser: ResolverTypeWrapper<CustomerUserRow>;
  CustomerUserConnection: ResolverTypeWrapper<AnyConnection>;
  CustomerUserEdge: ResolverTypeWrapper<Omit<CustomerUserEdge, 'node'> & { node: ResolversTypes['CustomerUser'] }>;
  CustomerUserLicense: ResolverTypeWrapper<Omit<CustomerUserLicense, 'subscription'> & { subscription?: Maybe<ResolversTypes['CustomerSubscription']> }>;
  CustomerUserState: CustomerUserState;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DelegatedAdminChange: DelegatedAdminChange;
  DelegatedAdminChangedEvent: ResolverTypeWrapper<Omit<DelegatedAdminChangedEvent, 'grant'> & { grant?: Maybe<ResolversTypes['DelegatedAdminGrant']> }>;
  DelegatedAdminGrant: ResolverTypeWrapper<DelegatedAdminGrantRow>;
  DelegatedAdminKind: DelegatedAdminKind;
  LeadAddress: ResolverTypeWrapper<LeadAddress>;
  LeadConsent: ResolverTypeWrapper<LeadConsent>;
  LeadContact: ResolverTypeWrapper<LeadContact>;
  LeadCustomerProfile: ResolverTypeWrapper<LeadCustomerProfile>;
  LeadDetails: ResolverTypeWrapper<LeadDetails>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  LeadQualification: LeadQualification;
  LeadStatus: LeadStatus;
  LeadSubstatus: LeadSubstatus;
  MessageType: MessageType;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  OrderLineInput: OrderLineInput;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerGroup: PartnerGroup;
  PartnerOrganization: ResolverTypeWrapper<Omit<PartnerOrganization, 'customerLeads' | 'customers' | 'resellerRelationshipRequests' | 'sharedCustomers'> & { customerLeads?: Maybe<ResolversTypes['CustomerLeadConnection']>, customers?: Maybe<ResolversTypes['CustomerConnection']>, resellerRelationshipRequests?: Maybe<ResolversTypes['ResellerRelationshipRequestConnection']>, sharedCustomers?: Maybe<ResolversTypes['CustomerConnection']> }>;
  PartnerUser: ResolverTypeWrapper<PartnerUser>;
  ProductFamily: ProductFamily;
  ProviderResellerRelationship: ResolverTypeWrapper<Omit<ProviderResellerRelationship, 'sharedCustomers'> & { sharedCustomers?: Maybe<ResolversTypes['CustomerConnection']> }>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipSource: RelationshipSource;
  RelationshipState: RelationshipState;
  RemovedBy: RemovedBy;
  RequestDraftEmail: ResolverTypeWrapper<RequestDraftEmail>;
  RequestDraftEmailInput: RequestDraftEmailInput;
  RequestState: RequestState;
  ResellerRelationshipRequest: ResolverTypeWrapper<RelationshipRequest>;
  ResellerRelationshipRequestChangedEvent: ResolverTypeWrapper<Omit<ResellerRelationshipRequestChangedEvent, 'request'> & { request?: Maybe<ResolversTypes['ResellerRelationshipRequest']> }>;
  ResellerRelationshipRequestConnection: ResolverTypeWrapper<AnyConnection>;
  ResellerRelationshipRequestEdge: ResolverTypeWrapper<Omit<ResellerRelationshipRequestEdge, 'node'> & { node: ResolversTypes['ResellerRelationshipRequest'] }>;
  ResetCustomerUserPasswordPayload: ResolverTypeWrapper<Omit<ResetCustomerUserPasswordPayload, 'user'> & { user: ResolversTypes['CustomerUser'] }>;
  RevokePartnerDelegatedAdminPayload: ResolverTypeWrapper<RevokePartnerDelegatedAdminPayload>;
  RoleMapping: ResolverTypeWrapper<RoleMapping>;
  ServiceHealthChangedEvent: ResolverTypeWrapper<Omit<ServiceHealthChangedEvent, 'incident'> & { incident?: Maybe<ResolversTypes['ServiceIncident']> }>;
  ServiceIncident: ResolverTypeWrapper<ServiceIncidentRow>;
  ServiceIncidentConnection: ResolverTypeWrapper<AnyConnection>;
  ServiceIncidentEdge: ResolverTypeWrapper<Omit<ServiceIncidentEdge, 'node'> & { node: ResolversTypes['ServiceIncident'] }>;
  ServiceIncidentMessage: ResolverTypeWrapper<ServiceIncidentMessage>;
  ServiceIncidentStatus: ServiceIncidentStatus;
  ServiceRequestContact: ResolverTypeWrapper<ServiceRequestContact>;
  ServiceRequestContactInput: ServiceRequestContactInput;
  ServiceRequestSeverity: ServiceRequestSeverity;
  ServiceRequestStatus: ServiceRequestStatus;
  SubmitOrderPayload: ResolverTypeWrapper<Omit<SubmitOrderPayload, 'subscriptions'> & { subscriptions: Array<ResolversTypes['CustomerSubscription']> }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubscriptionChangedEvent: ResolverTypeWrapper<Omit<SubscriptionChangedEvent, 'subscription'> & { subscription?: Maybe<ResolversTypes['CustomerSubscription']> }>;
  SubscriptionStatus: SubscriptionStatus;
  UpdateCustomerBillingProfileInput: UpdateCustomerBillingProfileInput;
  UpdateCustomerCompanyProfileInput: UpdateCustomerCompanyProfileInput;
  UpdateCustomerLeadInput: UpdateCustomerLeadInput;
  UpdateCustomerServiceRequestInput: UpdateCustomerServiceRequestInput;
  UpdateCustomerSubscriptionInput: UpdateCustomerSubscriptionInput;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AcceptResellerRelationshipRequestPayload: AcceptResellerRelationshipRequestPayload;
  ID: Scalars['ID']['output'];
  Boolean: Scalars['Boolean']['output'];
  AdministerOnBehalfOfLink: AdministerOnBehalfOfLink;
  CreateCustomerInput: CreateCustomerInput;
  CreateCustomerServiceRequestInput: CreateCustomerServiceRequestInput;
  CreateCustomerUserInput: CreateCustomerUserInput;
  CreateCustomerUserPayload: Omit<CreateCustomerUserPayload, 'user'> & { user: ResolversParentTypes['CustomerUser'] };
  Customer: CustomerRow;
  CustomerAddress: CustomerAddress;
  CustomerAddressInput: CustomerAddressInput;
  CustomerBillingProfile: CustomerBillingProfile;
  CustomerCompanyProfile: CompanyProfile;
  CustomerConnection: AnyConnection;
  CustomerEdge: Omit<CustomerEdge, 'node'> & { node: ResolversParentTypes['Customer'] };
  CustomerFilter: CustomerFilter;
  CustomerLead: CustomerLeadRow;
  CustomerLeadChangedEvent: Omit<CustomerLeadChangedEvent, 'lead'> & { lead?: Maybe<ResolversParentTypes['CustomerLead']> };
  CustomerLeadConnection: AnyConnection;
  CustomerLeadEdge: Omit<CustomerLeadEdge, 'node'> & { node: ResolversParentTypes['CustomerLead'] };
  CustomerRelationshipChangedEvent: Omit<CustomerRelationshipChangedEvent, 'relationship'> & { relationship?: Maybe<ResolversParentTypes['CustomerResellerRelationship']> };
  CustomerResellerRelationship: CustomerRelationship;
  CustomerResellerRelationshipConnection: AnyConnection;
  CustomerResellerRelationshipEdge: Omit<CustomerResellerRelationshipEdge, 'node'> & { node: ResolversParentTypes['CustomerResellerRelationship'] };
  CustomerServiceRequest: CustomerServiceRequestRow;
  CustomerServiceRequestChangedEvent: Omit<CustomerServiceRequestChangedEvent, 'serviceRequest'> & { serviceRequest?: Maybe<ResolversParentTypes['CustomerServiceRequest']> };
  CustomerServiceRequestConnection: AnyConnection;
  CustomerServiceRequestEdge: Omit<CustomerServiceRequestEdge, 'node'> & { node: ResolversParentTypes['CustomerServiceRequest'] };
  CustomerServiceRequestNote: CustomerServiceRequestNote;
  CustomerSubscription: CustomerSubscriptionRow;
  CustomerSubscriptionConnection: AnyConnection;
  CustomerSubscriptionEdge: Omit<CustomerSubscriptionEdge, 'node'> & { node: ResolversParentTypes['CustomerSubscription'] };
  CustomerUser: CustomerUserRow;
  CustomerUserConnection: AnyConnection;
  CustomerUserEdge: Omit<CustomerUserEdge, 'node'> & { node: ResolversParentTypes['CustomerUser'] };
  CustomerUserLicense: Omit<CustomerUserLicense, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['CustomerSubscription']> };
  DateTime: Scalars['DateTime']['output'];
  DelegatedAdminChangedEvent: Omit<DelegatedAdminChangedEvent, 'grant'> & { grant?: Maybe<ResolversParentTypes['DelegatedAdminGrant']> };
  DelegatedAdminGrant: DelegatedAdminGrantRow;
  LeadAddress: LeadAddress;
  LeadConsent: LeadConsent;
  LeadContact: LeadContact;
  LeadCustomerProfile: LeadCustomerProfile;
  LeadDetails: LeadDetails;
  Float: Scalars['Float']['output'];
  Mutation: Record<PropertyKey, never>;
  OrderLineInput: OrderLineInput;
  PageInfo: PageInfo;
  PartnerOrganization: Omit<PartnerOrganization, 'customerLeads' | 'customers' | 'resellerRelationshipRequests' | 'sharedCustomers'> & { customerLeads?: Maybe<ResolversParentTypes['CustomerLeadConnection']>, customers?: Maybe<ResolversParentTypes['CustomerConnection']>, resellerRelationshipRequests?: Maybe<ResolversParentTypes['ResellerRelationshipRequestConnection']>, sharedCustomers?: Maybe<ResolversParentTypes['CustomerConnection']> } | FederationReferenceTypes['PartnerOrganization'];
  PartnerUser: PartnerUser;
  ProviderResellerRelationship: Omit<ProviderResellerRelationship, 'sharedCustomers'> & { sharedCustomers?: Maybe<ResolversParentTypes['CustomerConnection']> } | FederationReferenceTypes['ProviderResellerRelationship'];
  Query: Record<PropertyKey, never>;
  RequestDraftEmail: RequestDraftEmail;
  RequestDraftEmailInput: RequestDraftEmailInput;
  ResellerRelationshipRequest: RelationshipRequest;
  ResellerRelationshipRequestChangedEvent: Omit<ResellerRelationshipRequestChangedEvent, 'request'> & { request?: Maybe<ResolversParentTypes['ResellerRelationshipRequest']> };
  ResellerRelationshipRequestConnection: AnyConnection;
  ResellerRelationshipRequestEdge: Omit<ResellerRelationshipRequestEdge, 'node'> & { node: ResolversParentTypes['ResellerRelationshipRequest'] };
  ResetCustomerUserPasswordPayload: Omit<ResetCustomerUserPasswordPayload, 'user'> & { user: ResolversParentTypes['CustomerUser'] };
  RevokePartnerDelegatedAdminPayload: RevokePartnerDelegatedAdminPayload;
  RoleMapping: RoleMapping;
  ServiceHealthChangedEvent: Omit<ServiceHealthChangedEvent, 'incident'> & { incident?: Maybe<ResolversParentTypes['ServiceIncident']> };
  ServiceIncident: ServiceIncidentRow;
  ServiceIncidentConnection: AnyConnection;
  ServiceIncidentEdge: Omit<ServiceIncidentEdge, 'node'> & { node: ResolversParentTypes['ServiceIncident'] };
  ServiceIncidentMessage: ServiceIncidentMessage;
  ServiceRequestContact: ServiceRequestContact;
  ServiceRequestContactInput: ServiceRequestContactInput;
  SubmitOrderPayload: Omit<SubmitOrderPayload, 'subscriptions'> & { subscriptions: Array<ResolversParentTypes['CustomerSubscription']> };
  Subscription: Record<PropertyKey, never>;
  SubscriptionChangedEvent: Omit<SubscriptionChangedEvent, 'subscription'> & { subscription?: Maybe<ResolversParentTypes['CustomerSubscription']> };
  UpdateCustomerBillingProfileInput: UpdateCustomerBillingProfileInput;
  UpdateCustomerCompanyProfileInput: UpdateCustomerCompanyProfileInput;
  UpdateCustomerLeadInput: UpdateCustomerLeadInput;
  UpdateCustomerServiceRequestInput: UpdateCustomerServiceRequestInput;
  UpdateCustomerSubscriptionInput: UpdateCustomerSubscriptionInput;
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

export type AcceptResellerRelationshipRequestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AcceptResellerRelationshipRequestPayload'] = ResolversParentTypes['AcceptResellerRelationshipRequestPayload']> = ResolversObject<{
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  delegatedAdminGranted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jointProviderId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  jointProviderName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestingPartnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestingPartnerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RequestState'], ParentType, ContextType>;
}>;

export type AdministerOnBehalfOfLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdministerOnBehalfOfLink'] = ResolversParentTypes['AdministerOnBehalfOfLink']> = ResolversObject<{
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  service?: Resolver<ResolversTypes['AdminService'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CreateCustomerUserPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CreateCustomerUserPayload'] = ResolversParentTypes['CreateCustomerUserPayload']> = ResolversObject<{
  temporaryPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['CustomerUser'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowDelegatedAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  associatedReseller?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  billingProfile?: Resolver<Maybe<ResolversTypes['CustomerBillingProfile']>, ParentType, ContextType>;
  commerceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyProfile?: Resolver<ResolversTypes['CustomerCompanyProfile'], ParentType, ContextType>;
  customDomains?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  delegatedAdmin?: Resolver<Maybe<ResolversTypes['DelegatedAdminGrant']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationshipToMe?: Resolver<ResolversTypes['CustomerPartnerRelationship'], ParentType, ContextType>;
  resellerRelationships?: Resolver<Maybe<ResolversTypes['CustomerResellerRelationshipConnection']>, ParentType, ContextType, RequireFields<CustomerResellerRelationshipsArgs, 'first'>>;
  serviceHealth?: Resolver<Maybe<ResolversTypes['ServiceIncidentConnection']>, ParentType, ContextType, RequireFields<CustomerServiceHealthArgs, 'first'>>;
  serviceRequests?: Resolver<Maybe<ResolversTypes['CustomerServiceRequestConnection']>, ParentType, ContextType, RequireFields<CustomerServiceRequestsArgs, 'first'>>;
  subscriptions?: Resolver<Maybe<ResolversTypes['CustomerSubscriptionConnection']>, ParentType, ContextType, RequireFields<CustomerSubscriptionsArgs, 'first'>>;
  users?: Resolver<Maybe<ResolversTypes['CustomerUserConnection']>, ParentType, ContextType, RequireFields<CustomerUsersArgs, 'first' | 'state'>>;
}>;

export type CustomerAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerAddress'] = ResolversParentTypes['CustomerAddress']> = ResolversObject<{
  addressLine1?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  addressLine2?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  city?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  postalCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  region?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerBillingProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerBillingProfile'] = ResolversParentTypes['CustomerBillingProfile']> = ResolversObject<{
  companyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  culture?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  defaultAddress?: Resolver<Maybe<ResolversTypes['CustomerAddress']>, ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  language?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerCompanyProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerCompanyProfile'] = ResolversParentTypes['CustomerCompanyProfile']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['CustomerAddress']>, ParentType, ContextType>;
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  organizationRegistrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerLeadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerLead'] = ResolversParentTypes['CustomerLead'], FederationReferenceType extends FederationReferenceTypes['CustomerLead'] = FederationReferenceTypes['CustomerLead']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerLead']> | FederationReferenceType, FederationReferenceType, ContextType>;
  assignedTo?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  consent?: Resolver<ResolversTypes['LeadConsent'], ParentType, ContextType>;
  convertedToRequest?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType>;
  createdDateTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customerProfile?: Resolver<ResolversTypes['LeadCustomerProfile'], ParentType, ContextType>;
  details?: Resolver<Maybe<ResolversTypes['LeadDetails']>, ParentType, ContextType>;
  expirationDateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  owner?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  qualification?: Resolver<ResolversTypes['LeadQualification'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  substatus?: Resolver<ResolversTypes['LeadSubstatus'], ParentType, ContextType>;
  updatedDateTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type CustomerLeadChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerLeadChangedEvent'] = ResolversParentTypes['CustomerLeadChangedEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lead?: Resolver<Maybe<ResolversTypes['CustomerLead']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['LeadStatus'], ParentType, ContextType>;
  substatus?: Resolver<ResolversTypes['LeadSubstatus'], ParentType, ContextType>;
}>;

export type CustomerLeadConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerLeadConnection'] = ResolversParentTypes['CustomerLeadConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerLeadEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerLeadEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerLeadEdge'] = ResolversParentTypes['CustomerLeadEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerLead'], ParentType, ContextType>;
}>;

export type CustomerRelationshipChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerRelationshipChangedEvent'] = ResolversParentTypes['CustomerRelationshipChangedEvent']> = ResolversObject<{
  change?: Resolver<ResolversTypes['CustomerRelationshipChange'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  relationship?: Resolver<Maybe<ResolversTypes['CustomerResellerRelationship']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['RelationshipSource']>, ParentType, ContextType>;
}>;

export type CustomerResellerRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerResellerRelationship'] = ResolversParentTypes['CustomerResellerRelationship'], FederationReferenceType extends FederationReferenceTypes['CustomerResellerRelationship'] = FederationReferenceTypes['CustomerResellerRelationship']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerResellerRelationship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  delegatedAdmin?: Resolver<Maybe<ResolversTypes['DelegatedAdminGrant']>, ParentType, ContextType>;
  establishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RelationshipSource'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RelationshipState'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomerPartnerRelationship'], ParentType, ContextType>;
}>;

export type CustomerResellerRelationshipConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerResellerRelationshipConnection'] = ResolversParentTypes['CustomerResellerRelationshipConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerResellerRelationshipEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerResellerRelationshipEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerResellerRelationshipEdge'] = ResolversParentTypes['CustomerResellerRelationshipEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerResellerRelationship'], ParentType, ContextType>;
}>;

export type CustomerServiceRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerServiceRequest'] = ResolversParentTypes['CustomerServiceRequest'], FederationReferenceType extends FederationReferenceTypes['CustomerServiceRequest'] = FederationReferenceTypes['CustomerServiceRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerServiceRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  countryCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
  createdByPartner?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  createdDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastClosedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  lastModifiedDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  notes?: Resolver<Array<ResolversTypes['CustomerServiceRequestNote']>, ParentType, ContextType>;
  primaryContact?: Resolver<ResolversTypes['ServiceRequestContact'], ParentType, ContextType>;
  productFamily?: Resolver<ResolversTypes['ProductFamily'], ParentType, ContextType>;
  severity?: Resolver<ResolversTypes['ServiceRequestSeverity'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
  supportTopicId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  supportTopicName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerServiceRequestChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerServiceRequestChangedEvent'] = ResolversParentTypes['CustomerServiceRequestChangedEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  newNote?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  serviceRequest?: Resolver<Maybe<ResolversTypes['CustomerServiceRequest']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceRequestStatus'], ParentType, ContextType>;
}>;

export type CustomerServiceRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerServiceRequestConnection'] = ResolversParentTypes['CustomerServiceRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerServiceRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerServiceRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerServiceRequestEdge'] = ResolversParentTypes['CustomerServiceRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerServiceRequest'], ParentType, ContextType>;
}>;

export type CustomerServiceRequestNoteResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerServiceRequestNote'] = ResolversParentTypes['CustomerServiceRequestNote']> = ResolversObject<{
  createdBy?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  createdDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerSubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerSubscription'] = ResolversParentTypes['CustomerSubscription'], FederationReferenceType extends FederationReferenceTypes['CustomerSubscription'] = FederationReferenceTypes['CustomerSubscription']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerSubscription']> | FederationReferenceType, FederationReferenceType, ContextType>;
  autoRenewEnabled?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  billingCycle?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  commitmentEndDate?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  creationDate?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  friendlyName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  offerId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offerName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  productFamily?: Resolver<ResolversTypes['ProductFamily'], ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  resellerMpnId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubscriptionStatus'], ParentType, ContextType>;
  unitType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type CustomerSubscriptionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerSubscriptionConnection'] = ResolversParentTypes['CustomerSubscriptionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerSubscriptionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerSubscriptionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerSubscriptionEdge'] = ResolversParentTypes['CustomerSubscriptionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerSubscription'], ParentType, ContextType>;
}>;

export type CustomerUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerUser'] = ResolversParentTypes['CustomerUser'], FederationReferenceType extends FederationReferenceTypes['CustomerUser'] = FederationReferenceTypes['CustomerUser']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerUser']> | FederationReferenceType, FederationReferenceType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  deletedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  isAdmin?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenses?: Resolver<Array<ResolversTypes['CustomerUserLicense']>, ParentType, ContextType>;
  restorableUntil?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['CustomerUserState'], ParentType, ContextType>;
  usageLocation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  userPrincipalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type CustomerUserConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerUserConnection'] = ResolversParentTypes['CustomerUserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerUserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerUserEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerUserEdge'] = ResolversParentTypes['CustomerUserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CustomerUser'], ParentType, ContextType>;
}>;

export type CustomerUserLicenseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CustomerUserLicense'] = ResolversParentTypes['CustomerUserLicense']> = ResolversObject<{
  offerId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  offerName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['CustomerSubscription']>, ParentType, ContextType>;
  subscriptionId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DelegatedAdminChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegatedAdminChangedEvent'] = ResolversParentTypes['DelegatedAdminChangedEvent']> = ResolversObject<{
  change?: Resolver<ResolversTypes['DelegatedAdminChange'], ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  grant?: Resolver<Maybe<ResolversTypes['DelegatedAdminGrant']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  removedBy?: Resolver<Maybe<ResolversTypes['RemovedBy']>, ParentType, ContextType>;
}>;

export type DelegatedAdminGrantResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DelegatedAdminGrant'] = ResolversParentTypes['DelegatedAdminGrant'], FederationReferenceType extends FederationReferenceTypes['DelegatedAdminGrant'] = FederationReferenceTypes['DelegatedAdminGrant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DelegatedAdminGrant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  grantedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DelegatedAdminKind'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  removedBy?: Resolver<Maybe<ResolversTypes['RemovedBy']>, ParentType, ContextType>;
  roleMappings?: Resolver<Array<ResolversTypes['RoleMapping']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RelationshipState'], ParentType, ContextType>;
}>;

export type LeadAddressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadAddress'] = ResolversParentTypes['LeadAddress']> = ResolversObject<{
  city?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type LeadConsentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadConsent'] = ResolversParentTypes['LeadConsent']> = ResolversObject<{
  consentToContact?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  consentToShareReferralWithMicrosoftSellers?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LeadContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadContact'] = ResolversParentTypes['LeadContact']> = ResolversObject<{
  email?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LeadCustomerProfileResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadCustomerProfile'] = ResolversParentTypes['LeadCustomerProfile']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['LeadAddress']>, ParentType, ContextType>;
  contacts?: Resolver<Array<ResolversTypes['LeadContact']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  size?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LeadDetailsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeadDetails'] = ResolversParentTypes['LeadDetails']> = ResolversObject<{
  closingDateTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dealValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  notes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  acceptResellerRelationshipRequest?: Resolver<Maybe<ResolversTypes['AcceptResellerRelationshipRequestPayload']>, ParentType, ContextType, RequireFields<MutationAcceptResellerRelationshipRequestArgs, 'token'>>;
  administerOnBehalfOf?: Resolver<Maybe<ResolversTypes['AdministerOnBehalfOfLink']>, ParentType, ContextType, RequireFields<MutationAdministerOnBehalfOfArgs, 'customerId' | 'service'>>;
  assignCustomerUserLicenses?: Resolver<Maybe<ResolversTypes['CustomerUser']>, ParentType, ContextType, RequireFields<MutationAssignCustomerUserLicensesArgs, 'id'>>;
  createCustomer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<MutationCreateCustomerArgs, 'input'>>;
  createCustomerServiceRequest?: Resolver<Maybe<ResolversTypes['CustomerServiceRequest']>, ParentType, ContextType, RequireFields<MutationCreateCustomerServiceRequestArgs, 'customerId' | 'input'>>;
  createCustomerUser?: Resolver<Maybe<ResolversTypes['CreateCustomerUserPayload']>, ParentType, ContextType, RequireFields<MutationCreateCustomerUserArgs, 'customerId' | 'input'>>;
  createJointResellerRelationshipRequest?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType, RequireFields<MutationCreateJointResellerRelationshipRequestArgs, 'includeDelegatedAdminPrivileges' | 'providerId'>>;
  createResellerRelationshipRequest?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType, RequireFields<MutationCreateResellerRelationshipRequestArgs, 'includeDelegatedAdminPrivileges'>>;
  deleteCustomerUser?: Resolver<Maybe<ResolversTypes['CustomerUser']>, ParentType, ContextType, RequireFields<MutationDeleteCustomerUserArgs, 'id'>>;
  inviteCustomerFromLead?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType, RequireFields<MutationInviteCustomerFromLeadArgs, 'includeDelegatedAdminPrivileges' | 'leadId'>>;
  removeCustomerRelationship?: Resolver<Maybe<ResolversTypes['CustomerResellerRelationship']>, ParentType, ContextType, RequireFields<MutationRemoveCustomerRelationshipArgs, 'customerId'>>;
  removeDelegatedAdminPrivileges?: Resolver<Maybe<ResolversTypes['DelegatedAdminGrant']>, ParentType, ContextType, RequireFields<MutationRemoveDelegatedAdminPrivilegesArgs, 'customerId'>>;
  requestDelegatedAdminPrivileges?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType, RequireFields<MutationRequestDelegatedAdminPrivilegesArgs, 'customerId'>>;
  resetCustomerUserPassword?: Resolver<Maybe<ResolversTypes['ResetCustomerUserPasswordPayload']>, ParentType, ContextType, RequireFields<MutationResetCustomerUserPasswordArgs, 'id'>>;
  restoreCustomerUser?: Resolver<Maybe<ResolversTypes['CustomerUser']>, ParentType, ContextType, RequireFields<MutationRestoreCustomerUserArgs, 'id'>>;
  revokePartnerDelegatedAdmin?: Resolver<Maybe<ResolversTypes['RevokePartnerDelegatedAdminPayload']>, ParentType, ContextType, RequireFields<MutationRevokePartnerDelegatedAdminArgs, 'partnerId'>>;
  revokeResellerRelationshipRequest?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType, RequireFields<MutationRevokeResellerRelationshipRequestArgs, 'id'>>;
  submitOrder?: Resolver<Maybe<ResolversTypes['SubmitOrderPayload']>, ParentType, ContextType, RequireFields<MutationSubmitOrderArgs, 'customerId' | 'lines'>>;
  updateCustomerBillingProfile?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<MutationUpdateCustomerBillingProfileArgs, 'customerId' | 'input'>>;
  updateCustomerCompanyProfile?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<MutationUpdateCustomerCompanyProfileArgs, 'customerId' | 'input'>>;
  updateCustomerLead?: Resolver<Maybe<ResolversTypes['CustomerLead']>, ParentType, ContextType, RequireFields<MutationUpdateCustomerLeadArgs, 'id' | 'input'>>;
  updateCustomerServiceRequest?: Resolver<Maybe<ResolversTypes['CustomerServiceRequest']>, ParentType, ContextType, RequireFields<MutationUpdateCustomerServiceRequestArgs, 'id' | 'input'>>;
  updateCustomerSubscription?: Resolver<Maybe<ResolversTypes['CustomerSubscription']>, ParentType, ContextType, RequireFields<MutationUpdateCustomerSubscriptionArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerOrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerOrganization'] = ResolversParentTypes['PartnerOrganization'], FederationReferenceType extends FederationReferenceTypes['PartnerOrganization'] = FederationReferenceTypes['PartnerOrganization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customerLeads?: Resolver<Maybe<ResolversTypes['CustomerLeadConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationCustomerLeadsArgs, 'first'>>;
  customers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationCustomersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resellerRelationshipRequests?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequestConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationResellerRelationshipRequestsArgs, 'first'>>;
  sharedCustomers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationSharedCustomersArgs, 'first' | 'providerId'>>;
}>;

export type PartnerUserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PartnerUser'] = ResolversParentTypes['PartnerUser']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProviderResellerRelationshipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProviderResellerRelationship'] = ResolversParentTypes['ProviderResellerRelationship'], FederationReferenceType extends FederationReferenceTypes['ProviderResellerRelationship'] = FederationReferenceTypes['ProviderResellerRelationship']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderResellerRelationship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resellerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sharedCustomers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<ProviderResellerRelationshipSharedCustomersArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customerLead?: Resolver<Maybe<ResolversTypes['CustomerLead']>, ParentType, ContextType, RequireFields<QueryCustomerLeadArgs, 'id'>>;
  customerLeads?: Resolver<Maybe<ResolversTypes['CustomerLeadConnection']>, ParentType, ContextType, RequireFields<QueryCustomerLeadsArgs, 'first'>>;
  customers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
  resellerRelationshipRequests?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequestConnection']>, ParentType, ContextType, RequireFields<QueryResellerRelationshipRequestsArgs, 'first'>>;
  serviceIncidents?: Resolver<Maybe<ResolversTypes['ServiceIncidentConnection']>, ParentType, ContextType, RequireFields<QueryServiceIncidentsArgs, 'first'>>;
}>;

export type RequestDraftEmailResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RequestDraftEmail'] = ResolversParentTypes['RequestDraftEmail']> = ResolversObject<{
  body?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ResellerRelationshipRequestResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResellerRelationshipRequest'] = ResolversParentTypes['ResellerRelationshipRequest'], FederationReferenceType extends FederationReferenceTypes['ResellerRelationshipRequest'] = FederationReferenceTypes['ResellerRelationshipRequest']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ResellerRelationshipRequest']> | FederationReferenceType, FederationReferenceType, ContextType>;
  acceptedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  acceptedByCustomer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
  customerEmailHint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  draftEmail?: Resolver<Maybe<ResolversTypes['RequestDraftEmail']>, ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  includeDelegatedAdminPrivileges?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  jointProvider?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  requestingPartner?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RequestState'], ParentType, ContextType>;
  url?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ResellerRelationshipRequestChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResellerRelationshipRequestChangedEvent'] = ResolversParentTypes['ResellerRelationshipRequestChangedEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  request?: Resolver<Maybe<ResolversTypes['ResellerRelationshipRequest']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RequestState'], ParentType, ContextType>;
}>;

export type ResellerRelationshipRequestConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResellerRelationshipRequestConnection'] = ResolversParentTypes['ResellerRelationshipRequestConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResellerRelationshipRequestEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResellerRelationshipRequestEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResellerRelationshipRequestEdge'] = ResolversParentTypes['ResellerRelationshipRequestEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ResellerRelationshipRequest'], ParentType, ContextType>;
}>;

export type ResetCustomerUserPasswordPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResetCustomerUserPasswordPayload'] = ResolversParentTypes['ResetCustomerUserPasswordPayload']> = ResolversObject<{
  temporaryPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['CustomerUser'], ParentType, ContextType>;
}>;

export type RevokePartnerDelegatedAdminPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RevokePartnerDelegatedAdminPayload'] = ResolversParentTypes['RevokePartnerDelegatedAdminPayload']> = ResolversObject<{
  customerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partnerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RelationshipState'], ParentType, ContextType>;
}>;

export type RoleMappingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RoleMapping'] = ResolversParentTypes['RoleMapping']> = ResolversObject<{
  customerRole?: Resolver<ResolversTypes['CustomerDirectoryRole'], ParentType, ContextType>;
  partnerGroup?: Resolver<ResolversTypes['PartnerGroup'], ParentType, ContextType>;
}>;

export type ServiceHealthChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceHealthChangedEvent'] = ResolversParentTypes['ServiceHealthChangedEvent']> = ResolversObject<{
  customerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incident?: Resolver<Maybe<ResolversTypes['ServiceIncident']>, ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceIncidentStatus'], ParentType, ContextType>;
}>;

export type ServiceIncidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceIncident'] = ResolversParentTypes['ServiceIncident'], FederationReferenceType extends FederationReferenceTypes['ServiceIncident'] = FederationReferenceTypes['ServiceIncident']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ServiceIncident']> | FederationReferenceType, FederationReferenceType, ContextType>;
  endTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  impactedArea?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  messageType?: Resolver<ResolversTypes['MessageType'], ParentType, ContextType>;
  messages?: Resolver<Array<ResolversTypes['ServiceIncidentMessage']>, ParentType, ContextType>;
  resolved?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ServiceIncidentStatus'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  workload?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ServiceIncidentConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceIncidentConnection'] = ResolversParentTypes['ServiceIncidentConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ServiceIncidentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ServiceIncidentEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceIncidentEdge'] = ResolversParentTypes['ServiceIncidentEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['ServiceIncident'], ParentType, ContextType>;
}>;

export type ServiceIncidentMessageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceIncidentMessage'] = ResolversParentTypes['ServiceIncidentMessage']> = ResolversObject<{
  communicationText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  publishedTime?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
}>;

export type ServiceRequestContactResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ServiceRequestContact'] = ResolversParentTypes['ServiceRequestContact']> = ResolversObject<{
  email?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  lastName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phoneNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SubmitOrderPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubmitOrderPayload'] = ResolversParentTypes['SubmitOrderPayload']> = ResolversObject<{
  orderId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  subscriptions?: Resolver<Array<ResolversTypes['CustomerSubscription']>, ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  customerLeadChanged?: SubscriptionResolver<Maybe<ResolversTypes['CustomerLeadChangedEvent']>, "customerLeadChanged", ParentType, ContextType, Partial<SubscriptionCustomerLeadChangedArgs>>;
  customerRelationshipChanged?: SubscriptionResolver<Maybe<ResolversTypes['CustomerRelationshipChangedEvent']>, "customerRelationshipChanged", ParentType, ContextType, Partial<SubscriptionCustomerRelationshipChangedArgs>>;
  customerServiceRequestChanged?: SubscriptionResolver<Maybe<ResolversTypes['CustomerServiceRequestChangedEvent']>, "customerServiceRequestChanged", ParentType, ContextType, Partial<SubscriptionCustomerServiceRequestChangedArgs>>;
  delegatedAdminChanged?: SubscriptionResolver<Maybe<ResolversTypes['DelegatedAdminChangedEvent']>, "delegatedAdminChanged", ParentType, ContextType, Partial<SubscriptionDelegatedAdminChangedArgs>>;
  resellerRelationshipRequestChanged?: SubscriptionResolver<Maybe<ResolversTypes['ResellerRelationshipRequestChangedEvent']>, "resellerRelationshipRequestChanged", ParentType, ContextType, Partial<SubscriptionResellerRelationshipRequestChangedArgs>>;
  serviceHealthChanged?: SubscriptionResolver<Maybe<ResolversTypes['ServiceHealthChangedEvent']>, "serviceHealthChanged", ParentType, ContextType, Partial<SubscriptionServiceHealthChangedArgs>>;
  subscriptionChanged?: SubscriptionResolver<Maybe<ResolversTypes['SubscriptionChangedEvent']>, "subscriptionChanged", ParentType, ContextType, Partial<SubscriptionSubscriptionChangedArgs>>;
}>;

export type SubscriptionChangedEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SubscriptionChangedEvent'] = ResolversParentTypes['SubscriptionChangedEvent']> = ResolversObject<{
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  quantity?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['SubscriptionStatus'], ParentType, ContextType>;
  subscription?: Resolver<Maybe<ResolversTypes['CustomerSubscription']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  AcceptResellerRelationshipRequestPayload?: AcceptResellerRelationshipRequestPayloadResolvers<ContextType>;
  AdministerOnBehalfOfLink?: AdministerOnBehalfOfLinkResolvers<ContextType>;
  CreateCustomerUserPayload?: CreateCustomerUserPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  CustomerAddress?: CustomerAddressResolvers<ContextType>;
  CustomerBillingProfile?: CustomerBillingProfileResolvers<ContextType>;
  CustomerCompanyProfile?: CustomerCompanyProfileResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerLead?: CustomerLeadResolvers<ContextType>;
  CustomerLeadChangedEvent?: CustomerLeadChangedEventResolvers<ContextType>;
  CustomerLeadConnection?: CustomerLeadConnectionResolvers<ContextType>;
  CustomerLeadEdge?: CustomerLeadEdgeResolvers<ContextType>;
  CustomerRelationshipChangedEvent?: CustomerRelationshipChangedEventResolvers<ContextType>;
  CustomerResellerRelationship?: CustomerResellerRelationshipResolvers<ContextType>;
  CustomerResellerRelationshipConnection?: CustomerResellerRelationshipConnectionResolvers<ContextType>;
  CustomerResellerRelationshipEdge?: CustomerResellerRelationshipEdgeResolvers<ContextType>;
  CustomerServiceRequest?: CustomerServiceRequestResolvers<ContextType>;
  CustomerServiceRequestChangedEvent?: CustomerServiceRequestChangedEventResolvers<ContextType>;
  CustomerServiceRequestConnection?: CustomerServiceRequestConnectionResolvers<ContextType>;
  CustomerServiceRequestEdge?: CustomerServiceRequestEdgeResolvers<ContextType>;
  CustomerServiceRequestNote?: CustomerServiceRequestNoteResolvers<ContextType>;
  CustomerSubscription?: CustomerSubscriptionResolvers<ContextType>;
  CustomerSubscriptionConnection?: CustomerSubscriptionConnectionResolvers<ContextType>;
  CustomerSubscriptionEdge?: CustomerSubscriptionEdgeResolvers<ContextType>;
  CustomerUser?: CustomerUserResolvers<ContextType>;
  CustomerUserConnection?: CustomerUserConnectionResolvers<ContextType>;
  CustomerUserEdge?: CustomerUserEdgeResolvers<ContextType>;
  CustomerUserLicense?: CustomerUserLicenseResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  DelegatedAdminChangedEvent?: DelegatedAdminChangedEventResolvers<ContextType>;
  DelegatedAdminGrant?: DelegatedAdminGrantResolvers<ContextType>;
  LeadAddress?: LeadAddressResolvers<ContextType>;
  LeadConsent?: LeadConsentResolvers<ContextType>;
  LeadContact?: LeadContactResolvers<ContextType>;
  LeadCustomerProfile?: LeadCustomerProfileResolvers<ContextType>;
  LeadDetails?: LeadDetailsResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganization?: PartnerOrganizationResolvers<ContextType>;
  PartnerUser?: PartnerUserResolvers<ContextType>;
  ProviderResellerRelationship?: ProviderResellerRelationshipResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RequestDraftEmail?: RequestDraftEmailResolvers<ContextType>;
  ResellerRelationshipRequest?: ResellerRelationshipRequestResolvers<ContextType>;
  ResellerRelationshipRequestChangedEvent?: ResellerRelationshipRequestChangedEventResolvers<ContextType>;
  ResellerRelationshipRequestConnection?: ResellerRelationshipRequestConnectionResolvers<ContextType>;
  ResellerRelationshipRequestEdge?: ResellerRelationshipRequestEdgeResolvers<ContextType>;
  ResetCustomerUserPasswordPayload?: ResetCustomerUserPasswordPayloadResolvers<ContextType>;
  RevokePartnerDelegatedAdminPayload?: RevokePartnerDelegatedAdminPayloadResolvers<ContextType>;
  RoleMapping?: RoleMappingResolvers<ContextType>;
  ServiceHealthChangedEvent?: ServiceHealthChangedEventResolvers<ContextType>;
  ServiceIncident?: ServiceIncidentResolvers<ContextType>;
  ServiceIncidentConnection?: ServiceIncidentConnectionResolvers<ContextType>;
  ServiceIncidentEdge?: ServiceIncidentEdgeResolvers<ContextType>;
  ServiceIncidentMessage?: ServiceIncidentMessageResolvers<ContextType>;
  ServiceRequestContact?: ServiceRequestContactResolvers<ContextType>;
  SubmitOrderPayload?: SubmitOrderPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  SubscriptionChangedEvent?: SubscriptionChangedEventResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = Context> = ResolversObject<{
  constraint?: ConstraintDirectiveResolver<any, any, ContextType>;
}>;
