import type { IRules } from 'graphql-shield';
import type { Grant } from '../kit/authorization.js';
import { grantRules, isAuthenticated, signedIn } from '../kit/rules.js';
import { structuralTypes } from '../kit/shield.js';

/**
 * The customers subgraph's authorization table (DOMAIN.md §4.3 C-rows, §5 streams): read by the shield rules
 * below and the subscription grants (resolvers/live.ts).
 */
export const grants = {
  // C-01, C-02, C-08, C-12, C-23: Admin agent, Helpdesk agent, Global admin (read-only, S-20, A-14); §5
  // customerRelationshipChanged, delegatedAdminChanged, subscriptionChanged, serviceHealthChanged.
  customerReaders: {
    rows: ['C-01', 'C-02', 'C-08', 'C-12', 'C-23', '§5 customerRelationshipChanged', '§5 delegatedAdminChanged',
      '§5 subscriptionChanged', '§5 serviceHealthChanged'],
    roles: ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN'],
  },
  // C-03…C-07, C-24…C-26: Admin agent, Global admin (S-11, S-12: never Helpdesk). C-03/C-04/C-26 add R-40 in the
  // domain. §5 resellerRelationshipRequestChanged, customerLeadChanged.
  relationshipDesk: {
    rows: ['C-03', 'C-04', 'C-05', 'C-06', 'C-07', 'C-24', 'C-25', 'C-26', '§5 resellerRelationshipRequestChanged',
      '§5 customerLeadChanged'],
    roles: ['ADMIN_AGENT', 'GLOBAL_ADMIN'],
  },
  // C-09, C-10, C-11, C-14, C-15, C-17, C-19: Admin agent only (S-2, S-3, A-15, A-17, A-19). C-14/C-15 add R-37 in
  // the domain.
  adminAgents: { rows: ['C-09', 'C-10', 'C-11', 'C-14', 'C-15', 'C-17', 'C-19'], roles: ['ADMIN_AGENT'] },
  // C-13, C-16, C-18, C-20, C-21, C-22: the two agent roles (S-1, S-8, S-9, A-19). C-13/C-22 add R-34, C-20 its ᶜ in
  // the domain. §5 customerServiceRequestChanged.
  agents: {
    rows: ['C-13', 'C-16', 'C-18', 'C-20', 'C-21', 'C-22', '§5 customerServiceRequestChanged'],
    roles: ['ADMIN_AGENT', 'HELPDESK_AGENT'],
  },
} as const satisfies Record<string, Grant>;

const { customerReaders, relationshipDesk, adminAgents, agents } = grantRules(grants);
// §4.3 principals outside the matrix: a customer tenant's global admin (R-41 is checked in the domain, G3 waived).
const customerTenantUser = signedIn;

/** graphql-shield rules of the customers subgraph, by DOMAIN.md matrix row; anything not listed is denied. */
export const customersPermissions: IRules = {
  Query: {
    customers: customerReaders, // C-01
    customer: customerReaders, // C-01
    resellerRelationshipRequests: relationshipDesk, // C-05
    serviceIncidents: customerReaders, // C-23
    customerLeads: relationshipDesk, // C-24
    customerLead: relationshipDesk, // C-24
  },
  Mutation: {
    createResellerRelationshipRequest: relationshipDesk, // C-03
    createJointResellerRelationshipRequest: relationshipDesk, // C-04
    revokeResellerRelationshipRequest: relationshipDesk, // C-06
    acceptResellerRelationshipRequest: customerTenantUser, // outside the matrix
    removeCustomerRelationship: relationshipDesk, // C-07
    requestDelegatedAdminPrivileges: adminAgents, // C-09
    removeDelegatedAdminPrivileges: adminAgents, // C-10
    revokePartnerDelegatedAdmin: customerTenantUser, // outside the matrix
    administerOnBehalfOf: adminAgents, // C-11
    updateCustomerSubscription: agents, // C-13
    submitOrder: adminAgents, // C-14
    createCustomer: adminAgents, // C-15
    updateCustomerCompanyProfile: agents, // C-16
    updateCustomerBillingProfile: adminAgents, // C-17
    createCustomerUser: adminAgents, // C-19
    deleteCustomerUser: adminAgents, // C-19
    restoreCustomerUser: adminAgents, // C-19
    assignCustomerUserLicenses: adminAgents, // C-19
    resetCustomerUserPassword: agents, // C-20 (helpdesk: not a customer admin, in the domain)
    createCustomerServiceRequest: agents, // C-22
    updateCustomerServiceRequest: agents, // C-22
    updateCustomerLead: relationshipDesk, // C-25
    inviteCustomerFromLead: relationshipDesk, // C-26
  },
  PartnerOrganization: {
    id: signedIn,
    customers: customerReaders, // C-01
    sharedCustomers: customerReaders, // C-02
    resellerRelationshipRequests: relationshipDesk, // C-05
    customerLeads: relationshipDesk, // C-24
  },
  ProviderResellerRelationship: customerReaders, // C-02 sharedCustomers
  // C-01 fields, C-02 resellerRelationships, C-08 DAP, C-12 subscriptions, C-23 serviceHealth share these roles.
  Customer: { '*': customerReaders, users: agents, serviceRequests: agents }, // C-18, C-21: agents only
  CustomerUser: agents, // C-18
  CustomerResellerRelationship: customerReaders, // C-02
  DelegatedAdminGrant: customerReaders, // C-08
  CustomerSubscription: customerReaders, // C-12
  ResellerRelationshipRequest: relationshipDesk, // C-05
  CustomerServiceRequest: agents, // C-21
  ServiceIncident: customerReaders, // C-23
  CustomerLead: relationshipDesk, // C-24
  PartnerUser: signedIn,
  // §5 streams: the audience of each is checked at subscribe time and per event (resolvers/live.ts).
  Subscription: isAuthenticated,
  ...structuralTypes('ResellerRelationshipRequestChangedEvent', 'CustomerRelationshipChangedEvent', 'DelegatedAdminChangedEvent',
    'SubscriptionChangedEvent', 'CustomerServiceRequestChangedEvent', 'CustomerLeadChangedEvent', 'ServiceHealthChangedEvent'),
  ...structuralTypes('CustomerCompanyProfile', 'CustomerBillingProfile', 'CustomerAddress', 'CustomerConnection', 'CustomerEdge',
    'PageInfo', 'RequestDraftEmail', 'RoleMapping', 'CustomerSubscriptionConnection', 'CustomerSubscriptionEdge',
    'SubmitOrderPayload', 'ServiceRequestContact', 'CustomerServiceRequestNote', 'ServiceIncidentMessage', 'LeadAddress',
    'LeadContact', 'LeadCustomerProfile', 'LeadDetails', 'LeadConsent', 'AdministerOnBehalfOfLink',
    'AcceptResellerRelationshipRequestPayload', 'RevokePartnerDelegatedAdminPayload'),
  // Connections carry what their field's rule already allowed; each node type keeps its own rule.
  ...structuralTypes('CustomerResellerRelationshipConnection', 'CustomerResellerRelationshipEdge',
    'ResellerRelationshipRequestConnection', 'ResellerRelationshipRequestEdge', 'CustomerServiceRequestConnection',
    'CustomerServiceRequestEdge', 'ServiceIncidentConnection', 'ServiceIncidentEdge', 'CustomerLeadConnection', 'CustomerLeadEdge',
    'CustomerUserConnection', 'CustomerUserEdge', 'CustomerUserLicense', 'CreateCustomerUserPayload', 'ResetCustomerUserPasswordPayload'),
};
