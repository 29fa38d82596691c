import { CUSTOMER_FIXTURES } from '../../scripts/seed/customers.js';
import { TENANT } from '../../scripts/seed/world.js';
import { ALL_ROLES, type RoleColumn } from './roles.js';

/**
 * The expectations of DOMAIN.md §4.3 in one place, keyed by its ids: every operation of the schema is classified
 * here (test/matrix/matrix.test.ts fails on an operation with no row), and every row is run through the gateway
 * for the six role columns (Contoso users, an ACTIVE reseller with DAP on Adatum) on their own organization and,
 * where the operation can name another partner's object, on a foreign one.
 *
 * Placeholders, replaced per call:
 *   $role     the role column in kebab case (makes inputs distinct)      $random  a fresh id nobody owns
 *   $target   a Contoso user created for the suite                       $paolo   a Northwind user
 *   $W…       Woodgrove's (a provider partnered with nobody) customer, its subscription ($WSub), service request
 *             ($WSr), relationship request ($WReq), lead ($WLead) and directory user ($WUser)
 *   $NInv     an invitation Northwind sent                               $NTicket a ticket a Northwind user opened
 *   $FReq     a contact request Fabrikam sent Northwind (P-21)
 */

export interface Foreign {
  /** the same operation aimed at another partner's object */
  query: string;
  /**
   * what an allowed role gets: NOT_FOUND (T-1); or the foreign part comes back empty (T-2: a partnered
   * organization shows its header only); or a domain refusal that does not say whether the object exists
   */
  expect: 'NOT_FOUND' | 'HIDDEN' | 'REFUSED';
  /** text of the foreign object that must never appear in the response's data */
  leak: string;
}

export interface MatrixRow {
  id: string;
  /** the schema coordinates this row classifies (root fields and the entity fields of the row) */
  covers: string[];
  allowed: RoleColumn[];
  /** the operation on the caller's own organization */
  own: string;
  /** the operation on another partner's object, or why the operation cannot name one */
  foreign: Foreign | { none: string };
  /** guards this row waives (§4.2): G2 for me / changeMyPassword, G3 for the headers an enrolling partner needs */
  waives?: ('G2' | 'G3')[];
}

const EVERYONE = ALL_ROLES;
const MANAGERS: RoleColumn[] = ['GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'];
const PROFILE_READERS: RoleColumn[] = ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'];
const GA: RoleColumn[] = ['GLOBAL_ADMIN'];
const GA_AA: RoleColumn[] = ['ADMIN_AGENT', 'GLOBAL_ADMIN'];
const READERS: RoleColumn[] = ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN'];
const AA: RoleColumn[] = ['ADMIN_AGENT'];
const AGENTS: RoleColumn[] = ['ADMIN_AGENT', 'HELPDESK_AGENT'];
const DIRECTORY_READERS: RoleColumn[] = ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'];

const OWN_ORGANIZATION = 'acts on the caller\'s own organization: no argument names another';
const BY_TOKEN = 'names its object by a secret token, not by an id (R-26)';
const C1 = TENANT.adatum;
const LEGAL = `{ companyName: "Contoso S.r.l.", address: { country: "IT", city: "Milano", addressLine1: "Via Dante 1",
  postalCode: "20121" }, primaryContact: { firstName: "Anna", lastName: "Rossi", email: "anna@contoso.it", phoneNumber: "+39 02 1" } }`;
const SERVICE_REQUEST = `{ productFamily: DYNAMICS_CRM_ONLINE, title: "$role", description: "d", severity: MINIMAL, supportTopicId: "1",
  primaryContact: { firstName: "A", lastName: "L", email: "ada@adatum.it" } }`;

const CUSTOMER_USER = (userPrincipalName: string, usageLocation: string) =>
  `{ userPrincipalName: "${userPrincipalName}", firstName: "New", lastName: "User", usageLocation: "${usageLocation}" }`;

const notFound = (query: string, leak: string): Foreign => ({ query, expect: 'NOT_FOUND', leak });
const hidden = (query: string, leak: string): Foreign => ({ query, expect: 'HIDDEN', leak });
const refused = (query: string, leak: string): Foreign => ({ query, expect: 'REFUSED', leak });

export const MATRIX: MatrixRow[] = [
  // identity (I-01…I-09)
  { id: 'I-01', covers: ['Query.me'], allowed: EVERYONE, waives: ['G2', 'G3'],
    own: '{ me { id displayName agentRole adminRole } }', foreign: { none: 'the caller itself' } },
  { id: 'I-02', covers: ['Mutation.changeMyPassword'], allowed: EVERYONE, waives: ['G2', 'G3'],
    own: 'mutation { changeMyPassword(currentPassword: "not-my-password", newPassword: "Another-Secret-9") { accessToken } }',
    foreign: { none: 'the caller itself' } },
  { id: 'I-03', covers: ['Query.partnerUsers'], allowed: MANAGERS,
    own: '{ partnerUsers(first: 5) { totalCount edges { node { displayName agentRole } } } }',
    foreign: { none: 'lists the caller\'s organization only (T-11)' } },
  { id: 'I-03', covers: ['Query.partnerUser'], allowed: MANAGERS, own: '{ partnerUser(id: "$target") { displayName adminRole } }',
    foreign: notFound('{ partnerUser(id: "$paolo") { displayName } }', 'Paolo') },
  { id: 'I-04', covers: ['Mutation.createPartnerUser'], allowed: MANAGERS,
    own: `mutation { createPartnerUser(input: { displayName: "New $role", email: "new-$role@contoso.it",
      agentRole: NONE, adminRole: NONE }) { user { id } temporaryPassword } }`,
    foreign: { none: 'creates in the caller\'s organization; another organization\'s domain is EMAIL_DOMAIN_NOT_VERIFIED (R-2)' } },
  { id: 'I-05', covers: ['Mutation.updatePartnerUser'], allowed: MANAGERS,
    own: 'mutation { updatePartnerUser(id: "$target", input: { firstName: "$role" }) { firstName } }',
    foreign: notFound('mutation { updatePartnerUser(id: "$paolo", input: { firstName: "X" }) { firstName } }', 'Paolo') },
  { id: 'I-06', covers: ['Mutation.setPartnerUserRoles'], allowed: MANAGERS,
    own: 'mutation { setPartnerUserRoles(userId: "$target", agentRole: NONE, adminRole: NONE) { agentRole } }',
    foreign: notFound('mutation { setPartnerUserRoles(userId: "$paolo", agentRole: NONE, adminRole: NONE) { agentRole } }', 'Paolo') },
  { id: 'I-07', covers: ['Mutation.resetPartnerUserPassword'], allowed: MANAGERS,
    own: 'mutation { resetPartnerUserPassword(userId: "$target") { temporaryPassword } }',
    foreign: notFound('mutation { resetPartnerUserPassword(userId: "$paolo") { temporaryPassword } }', 'temporaryPassword":"') },
  { id: 'I-08', covers: ['Mutation.deactivatePartnerUser'], allowed: MANAGERS,
    own: 'mutation { deactivatePartnerUser(userId: "$target") { state } }',
    foreign: notFound('mutation { deactivatePartnerUser(userId: "$paolo") { state } }', 'INACTIVE') },
  { id: 'I-08', covers: ['Mutation.restorePartnerUser'], allowed: MANAGERS,
    own: 'mutation { restorePartnerUser(userId: "$target") { user { state } } }',
    foreign: notFound('mutation { restorePartnerUser(userId: "$paolo") { user { state } } }', 'ACTIVE') },
  { id: 'I-09', covers: ['Query.myTenant'], allowed: MANAGERS, own: '{ myTenant { defaultDomain verifiedDomains } }',
    foreign: { none: OWN_ORGANIZATION } },

  // partners (P-01…P-23)
  { id: 'P-01', covers: ['Query.myOrganization'], allowed: EVERYONE, waives: ['G3'],
    own: '{ myOrganization { id companyName partnerType programStatus country mpnProfile { mpnId } } }',
    foreign: notFound(`{ partnerOrganization(id: "${TENANT.woodgrove}") { companyName } }`, 'Woodgrove') },
  { id: 'P-01', covers: ['Query.partnerOrganization'], allowed: EVERYONE, waives: ['G3'],
    own: `{ partnerOrganization(id: "${TENANT.contoso}") { companyName } }`,
    foreign: notFound(`{ partnerOrganization(id: "${TENANT.fabrikam}") { companyName } }`, 'Fabrikam') },
  { id: 'P-02', covers: ['PartnerOrganization.legalBusinessProfile'], allowed: PROFILE_READERS,
    own: '{ myOrganization { legalBusinessProfile { companyName vettingStatus } } }',
    foreign: hidden(`{ partnerOrganization(id: "${TENANT.northwind}") { legalBusinessProfile { companyName primaryContact { email } } } }`,
      'partners@northwind') },
  { id: 'P-02', covers: ['PartnerOrganization.organizationProfile', 'PartnerOrganization.supportProfile'], allowed: PROFILE_READERS,
    own: '{ myOrganization { organizationProfile { tenantId domain } supportProfile { email } } }',
    foreign: hidden(`{ partnerOrganization(id: "${TENANT.northwind}") { organizationProfile { domain } supportProfile { email } } }`,
      'support@northwind') },
  { id: 'P-03', covers: ['PartnerOrganization.enrollment', 'Query.myEnrollment'], allowed: PROFILE_READERS, waives: ['G3'],
    own: '{ myOrganization { enrollment { id status } } }',
    foreign: hidden(`{ partnerOrganization(id: "${TENANT.northwind}") { enrollment { id status } } }`, '"status"') },
  { id: 'P-04', covers: ['Mutation.updateLegalBusinessProfile'], allowed: GA,
    own: `mutation { updateLegalBusinessProfile(input: ${LEGAL}) { companyName vettingStatus } }`, foreign: { none: OWN_ORGANIZATION } },
  { id: 'P-05', covers: ['Mutation.updateSupportProfile'], allowed: GA,
    own: 'mutation { updateSupportProfile(input: { email: "support@contoso.it", telephone: "+39 02 2" }) { email } }',
    foreign: { none: OWN_ORGANIZATION } },
  { id: 'P-06', covers: ['PartnerOrganization.indirectProviders', 'PartnerOrganization.indirectResellers'], allowed: PROFILE_READERS,
    own: '{ myOrganization { indirectProviders { edges { node { state } } } indirectResellers { edges { node { state } } } } }',
    foreign: hidden(`{ partnerOrganization(id: "${TENANT.northwind}") { indirectResellers { edges { node { state } } } } }`, '"state"') },
  { id: 'P-07', covers: ['PartnerOrganization.partnershipInvitations'], allowed: GA_AA,
    own: '{ myOrganization { partnershipInvitations(direction: RECEIVED) { edges { node { id state } } } } }',
    foreign: hidden(`{ partnerOrganization(id: "${TENANT.northwind}") { partnershipInvitations(direction: SENT) { edges { node { id } } } } }`, '$NInv') },
  { id: 'P-08', covers: ['Mutation.createPartnershipInvitation'], allowed: GA_AA,
    own: 'mutation { createPartnershipInvitation(inviteeEmail: "x-$role@fabrikam.it") { id } }', foreign: { none: OWN_ORGANIZATION } },
  { id: 'P-09', covers: ['Mutation.revokePartnershipInvitation'], allowed: GA_AA,
    own: 'mutation { revokePartnershipInvitation(id: "$random") { id } }',
    foreign: notFound('mutation { revokePartnershipInvitation(id: "$NInv") { id state } }', 'REVOKED') },
  { id: 'P-10', covers: ['Mutation.acceptPartnershipInvitation'], allowed: GA,
    own: 'mutation { acceptPartnershipInvitation(token: "no-such-$role", authorizeIndirectProvider: true) { invitation { id } } }',
    foreign: { none: BY_TOKEN } },
  { id: 'P-11', covers: ['Mutation.declinePartnershipInvitation'], allowed: GA,
    own: 'mutation { declinePartnershipInvitation(token: "no-such-$role") { id } }', foreign: { none: BY_TOKEN } },
  { id: 'P-12', covers: ['Mutation.removeIndirectResellerPartnership'], allowed: GA_AA,
    own: 'mutation { removeIndirectResellerPartnership(resellerId: "$random") { id } }',
    foreign: { none: 'provider organizations only: Contoso is a reseller (R-45); the provider side is in test/e2e/partners-invitations' } },
  { id: 'P-13', covers: ['Mutation.revokeProviderTenantAdminAccess'], allowed: GA,
    own: 'mutation { revokeProviderTenantAdminAccess(providerId: "$random") { id } }',
    foreign: notFound(`mutation { revokeProviderTenantAdminAccess(providerId: "${TENANT.woodgrove}") { id } }`, 'Woodgrove') },
  { id: 'P-14', covers: ['Query.verifyPartnerMpnId'], allowed: GA_AA,
    own: '{ verifyPartnerMpnId(mpnId: "3456789") { mpnId partnerName } }', foreign: { none: 'a public directory lookup (T-3)' } },
  { id: 'P-15', covers: ['Query.partnerSupportTickets'], allowed: GA, own: '{ partnerSupportTickets { edges { node { id title } } } }',
    foreign: { none: 'lists the caller\'s own tickets only (T-10)' } },
  { id: 'P-16', covers: ['Mutation.createPartnerSupportTicket'], allowed: GA,
    own: 'mutation { createPartnerSupportTicket(input: { title: "Help $role", description: "d", severity: MINIMAL }) { id status } }',
    foreign: { none: OWN_ORGANIZATION } },
  { id: 'P-16', covers: ['Mutation.updatePartnerSupportTicket'], allowed: GA,
    own: 'mutation { updatePartnerSupportTicket(id: "$random", input: { note: "n" }) { id } }',
    foreign: notFound('mutation { updatePartnerSupportTicket(id: "$NTicket", input: { note: "n" }) { id title } }', 'Northwind ticket') },
  { id: 'P-17', covers: ['Query.billingProfile', 'Query.invoices'], allowed: ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'BILLING_ADMIN'],
    own: '{ billingProfile { companyName } invoices { edges { node { id totalCharges currencyCode } } } }', foreign: { none: OWN_ORGANIZATION } },
  { id: 'P-18', covers: ['Mutation.updateBillingProfile'], allowed: ['GLOBAL_ADMIN', 'BILLING_ADMIN'],
    own: 'mutation { updateBillingProfile(input: { companyName: "Contoso S.r.l.", email: "billing@contoso.it" }) { email } }',
    foreign: { none: OWN_ORGANIZATION } },
  { id: 'P-19', covers: ['Query.indirectProviderDirectory'], allowed: DIRECTORY_READERS,
    own: '{ indirectProviderDirectory(first: 5, filter: { offering: TECHNICAL_SUPPORT }) { totalCount edges { node { companyName isPartnered } } } }',
    // a reseller (or an unlisted provider) is never an entry: only listed ACTIVE providers are (T-2)
    foreign: hidden('{ indirectProviderDirectory(filter: { search: "Fabrikam" }) { edges { node { id companyName } } } }', 'Fabrikam') },
  { id: 'P-20', covers: ['Mutation.updateProviderDirectoryProfile'], allowed: GA_AA,
    own: 'mutation { updateProviderDirectoryProfile(input: { description: "$role", languages: ["it"] }) { listed } }',
    foreign: { none: 'the caller\'s own profile, provider organizations only: Contoso is a reseller (NOT_AN_INDIRECT_PROVIDER); see test/e2e/partners-directory' } },
  { id: 'P-20', covers: ['PartnerOrganization.providerDirectoryProfile'], allowed: GA_AA,
    own: '{ myOrganization { providerDirectoryProfile { listed countries } } }',
    foreign: hidden(`{ partnerOrganization(id: "${TENANT.northwind}") { providerDirectoryProfile { description contactEmail } } }`,
      'resellers@northwind') },
  { id: 'P-21', covers: ['Mutation.requestProviderContact'], allowed: GA_AA,
    own: `mutation { requestProviderContact(providerId: "${TENANT.northwind}", message: "Hello from $role", replyTo: "$role@contoso.it") {
      id state } }`,
    foreign: notFound(`mutation { requestProviderContact(providerId: "${TENANT.fabrikam}", message: "Hello", replyTo: "x@contoso.it") {
      id reseller { companyName } } }`, 'Fabrikam') },
  { id: 'P-22', covers: ['Query.providerContactRequests'], allowed: GA_AA,
    own: '{ providerContactRequests(direction: SENT, first: 5) { totalCount edges { node { id state } } } }',
    foreign: { none: 'lists the caller\'s own organization\'s requests only (T-12); see test/e2e/partners-contact-requests' } },
  { id: 'P-22', covers: ['Mutation.declineProviderContact'], allowed: GA_AA,
    own: 'mutation { declineProviderContact(id: "$random", reason: "Not now") { id } }',
    foreign: notFound('mutation { declineProviderContact(id: "$FReq", reason: "mine") { id state message } }', 'Fabrikam asks') },
  { id: 'P-23', covers: ['Query.activityLog'], allowed: GA,
    own: '{ activityLog(first: 5, filter: { operation: CREATE_PARTNER_USER }) { totalCount edges { node { operation target { id } } } } }',
    foreign: { none: 'the caller\'s own organization\'s log only (and RLS); another partner\'s entries: test/e2e/activity-log' } },

  // customers (C-01…C-26)
  { id: 'C-01', covers: ['Query.customers'], allowed: READERS, own: '{ customers(search: "adatum") { totalCount edges { node { id } } } }',
    foreign: { none: 'lists the caller\'s own customers only (G5)' } },
  { id: 'C-01', covers: ['Query.customer'], allowed: READERS, own: `{ customer(id: "${C1}") { id companyProfile { companyName } } }`,
    foreign: notFound('{ customer(id: "$W") { id companyProfile { companyName } } }', 'Bergwerk') },
  { id: 'C-02', covers: ['Customer.resellerRelationships'], allowed: READERS,
    own: `{ customer(id: "${C1}") { resellerRelationships { edges { node { state source } } } } }`,
    foreign: notFound('{ customer(id: "$W") { resellerRelationships { edges { node { state source } } } } }', 'PROVIDER_CREATED') },
  { id: 'C-02', covers: ['ProviderResellerRelationship.sharedCustomers'], allowed: READERS,
    own: `{ myOrganization { sharedCustomers(providerId: "${TENANT.northwind}") { totalCount edges { node { id } } } } }`,
    foreign: hidden(`{ myOrganization { sharedCustomers(providerId: "${TENANT.woodgrove}") { edges { node { id } } } } }`, '$W') },
  { id: 'C-03', covers: ['Mutation.createResellerRelationshipRequest'], allowed: GA_AA,
    own: 'mutation { createResellerRelationshipRequest(includeDelegatedAdminPrivileges: false) { id state } }',
    foreign: { none: OWN_ORGANIZATION } },
  { id: 'C-04', covers: ['Mutation.createJointResellerRelationshipRequest'], allowed: GA_AA,
    own: `mutation { createJointResellerRelationshipRequest(providerId: "${TENANT.northwind}", includeDelegatedAdminPrivileges: false) { id } }`,
    foreign: refused(`mutation { createJointResellerRelationshipRequest(providerId: "${TENANT.woodgrove}", includeDelegatedAdminPrivileges: false) { id } }`,
      '"id"') },
  { id: 'C-05', covers: ['Query.resellerRelationshipRequests'], allowed: GA_AA, own: '{ resellerRelationshipRequests { edges { node { id state } } } }',
    foreign: { none: 'lists the caller\'s own requests only (T-12)' } },
  { id: 'C-06', covers: ['Mutation.revokeResellerRelationshipRequest'], allowed: GA_AA,
    own: 'mutation { revokeResellerRelationshipRequest(id: "$random") { id } }',
    foreign: notFound('mutation { revokeResellerRelationshipRequest(id: "$WReq") { id state } }', 'REVOKED') },
  { id: 'C-07', covers: ['Mutation.removeCustomerRelationship'], allowed: GA_AA,
    own: 'mutation { removeCustomerRelationship(customerId: "$random") { id } }',
    foreign: notFound('mutation { removeCustomerRelationship(customerId: "$W") { id state } }', 'REMOVED') },
  { id: 'C-08', covers: ['Customer.allowDelegatedAccess', 'Customer.delegatedAdmin'], allowed: READERS,
    own: `{ customer(id: "${C1}") { allowDelegatedAccess delegatedAdmin { state roleMappings { partnerGroup customerRole } } } }`,
    foreign: notFound('{ customer(id: "$W") { allowDelegatedAccess delegatedAdmin { state } } }', 'state') },
  { id: 'C-09', covers: ['Mutation.requestDelegatedAdminPrivileges'], allowed: AA,
    own: `mutation { requestDelegatedAdminPrivileges(customerId: "${C1}") { id } }`,
    foreign: notFound('mutation { requestDelegatedAdminPrivileges(customerId: "$W") { id url } }', 'url') },
  { id: 'C-10', covers: ['Mutation.removeDelegatedAdminPrivileges'], allowed: AA,
    own: 'mutation { removeDelegatedAdminPrivileges(customerId: "$random") { id } }',
    foreign: notFound('mutation { removeDelegatedAdminPrivileges(customerId: "$W") { id } }', '"id"') },
  { id: 'C-11', covers: ['Mutation.administerOnBehalfOf'], allowed: AA,
    own: `mutation { administerOnBehalfOf(customerId: "${C1}", service: AZURE_PORTAL) { url } }`,
    foreign: notFound('mutation { administerOnBehalfOf(customerId: "$W", service: AZURE_PORTAL) { url } }', 'bergwerk') },
  { id: 'C-12', covers: ['Customer.subscriptions'], allowed: READERS,
    own: `{ customer(id: "${TENANT.litware}") { subscriptions { totalCount edges { node { offerName status } } } } }`,
    foreign: notFound('{ customer(id: "$W") { subscriptions { edges { node { offerName } } } } }', 'Azure plan') },
  { id: 'C-13', covers: ['Mutation.updateCustomerSubscription'], allowed: AGENTS,
    own: `mutation { updateCustomerSubscription(id: "${CUSTOMER_FIXTURES.litwareCrm}", input: { friendlyName: "CRM $role" }) { id } }`,
    foreign: notFound('mutation { updateCustomerSubscription(id: "$WSub", input: { friendlyName: "mine" }) { id offerName } }', 'Azure plan') },
  { id: 'C-14', covers: ['Mutation.submitOrder'], allowed: AA,
    own: `mutation { submitOrder(customerId: "${C1}", lines: [{ offerId: "O365-E3", quantity: 1 }]) { orderId } }`,
    foreign: { none: 'provider organizations only: Contoso is a reseller (R-37); see test/e2e/customers-joint' } },
  { id: 'C-15', covers: ['Mutation.createCustomer'], allowed: AA,
    own: 'mutation { createCustomer(input: { companyName: "New $role", domain: "new-$role.onmicrosoft.com", country: "IT" }) { id } }',
    foreign: { none: 'creates a customer of the caller\'s own (provider organizations only, R-37)' } },
  { id: 'C-16', covers: ['Mutation.updateCustomerCompanyProfile'], allowed: AGENTS,
    own: `mutation { updateCustomerCompanyProfile(customerId: "${C1}", input: { organizationRegistrationNumber: "IT-$role" }) { id } }`,
    foreign: notFound('mutation { updateCustomerCompanyProfile(customerId: "$W", input: { organizationRegistrationNumber: "X" }) { id companyProfile { companyName } } }',
      'Bergwerk') },
  { id: 'C-17', covers: ['Mutation.updateCustomerBillingProfile'], allowed: AA,
    own: `mutation { updateCustomerBillingProfile(customerId: "${C1}", input: { email: "billing@adatum.it" }) { billingProfile { email } } }`,
    foreign: notFound('mutation { updateCustomerBillingProfile(customerId: "$W", input: { email: "x@x.it" }) { billingProfile { email } } }',
      'x@x.it') },
  { id: 'C-18', covers: ['Customer.users'], allowed: AGENTS,
    own: `{ customer(id: "${C1}") { users(first: 5) { totalCount edges { node { userPrincipalName isAdmin licenses { offerName } } } } } }`,
    foreign: notFound('{ customer(id: "$W") { users { edges { node { userPrincipalName } } } } }', 'bergwerk') },
  { id: 'C-19', covers: ['Mutation.createCustomerUser'], allowed: AA,
    own: `mutation { createCustomerUser(customerId: "${C1}", input: ${CUSTOMER_USER('new-$role@adatum.it', 'IT')}) { user { id } temporaryPassword } }`,
    foreign: notFound(`mutation { createCustomerUser(customerId: "$W", input: ${CUSTOMER_USER('new-$role@bergwerk.de', 'DE')}) {
      user { id } temporaryPassword } }`, 'temporaryPassword') },
  { id: 'C-19', covers: ['Mutation.deleteCustomerUser'], allowed: AA,
    own: 'mutation { deleteCustomerUser(id: "$random") { id } }',
    foreign: notFound('mutation { deleteCustomerUser(id: "$WUser") { id userPrincipalName state } }', 'bergwerk') },
  { id: 'C-19', covers: ['Mutation.restoreCustomerUser'], allowed: AA,
    own: 'mutation { restoreCustomerUser(id: "$random") { id } }',
    foreign: notFound('mutation { restoreCustomerUser(id: "$WUser") { id userPrincipalName state } }', 'bergwerk') },
  { id: 'C-19', covers: ['Mutation.assignCustomerUserLicenses'], allowed: AA,
    own: `mutation { assignCustomerUserLicenses(id: "${CUSTOMER_FIXTURES.adamoUser}", add: [], remove: []) { id licenses { offerName } } }`,
    foreign: notFound('mutation { assignCustomerUserLicenses(id: "$WUser", add: ["$WSub"]) { id userPrincipalName } }', 'bergwerk') },
  { id: 'C-20', covers: ['Mutation.resetCustomerUserPassword'], allowed: AGENTS,
    own: `mutation { resetCustomerUserPassword(id: "${CUSTOMER_FIXTURES.adamoUser}") { temporaryPassword user { id } } }`,
    foreign: notFound('mutation { resetCustomerUserPassword(id: "$WUser") { temporaryPassword user { userPrincipalName } } }',
      'temporaryPassword') },
  { id: 'C-21', covers: ['Customer.serviceRequests'], allowed: AGENTS, own: `{ customer(id: "${C1}") { serviceRequests { edges { node { id } } } } }`,
    foreign: notFound('{ customer(id: "$W") { serviceRequests { edges { node { id title } } } } }', 'Bergwerk outage') },
  { id: 'C-22', covers: ['Mutation.createCustomerServiceRequest'], allowed: AGENTS,
    own: `mutation { createCustomerServiceRequest(customerId: "${C1}", input: ${SERVICE_REQUEST}) { id } }`,
    foreign: notFound(`mutation { createCustomerServiceRequest(customerId: "$W", input: ${SERVICE_REQUEST}) { id } }`, '"id"') },
  { id: 'C-22', covers: ['Mutation.updateCustomerServiceRequest'], allowed: AGENTS,
    own: 'mutation { updateCustomerServiceRequest(id: "$random", input: { note: "n" }) { id } }',
    foreign: notFound('mutation { updateCustomerServiceRequest(id: "$WSr", input: { note: "n" }) { id title } }', 'Bergwerk outage') },
  { id: 'C-23', covers: ['Customer.serviceHealth', 'Query.serviceIncidents'], allowed: READERS,
    own: `{ customer(id: "${C1}") { serviceHealth { edges { node { id status } } } } serviceIncidents { edges { node { id workload } } } }`,
    foreign: notFound('{ customer(id: "$W") { serviceHealth { edges { node { id workload } } } } }', 'workload') },
  { id: 'C-24', covers: ['Query.customerLeads', 'Query.customerLead'], allowed: GA_AA,
    own: `{ customerLeads { edges { node { id name status } } } customerLead(id: "${CUSTOMER_FIXTURES.wideWorldLead}") { id } }`,
    foreign: notFound('{ customerLead(id: "$WLead") { id name } }', 'Bergwerk lead') },
  { id: 'C-25', covers: ['Mutation.updateCustomerLead'], allowed: GA_AA,
    own: `mutation { updateCustomerLead(id: "${CUSTOMER_FIXTURES.wideWorldLead}", input: { notes: "$role" }) { id } }`,
    foreign: notFound('mutation { updateCustomerLead(id: "$WLead", input: { notes: "mine" }) { id name } }', 'Bergwerk lead') },
  { id: 'C-26', covers: ['Mutation.inviteCustomerFromLead'], allowed: GA_AA,
    own: 'mutation { inviteCustomerFromLead(leadId: "$random", includeDelegatedAdminPrivileges: false) { id } }',
    foreign: notFound('mutation { inviteCustomerFromLead(leadId: "$WLead", includeDelegatedAdminPrivileges: false) { id url } }', 'url') },
];

/** §4.3 "Principals outside the matrix" and the public operations: who may call them, run as that principal. */
export interface OutsideRow {
  covers: string[];
  principal: 'anonymous' | 'signed-in' | 'tenant global admin' | 'customer tenant global admin';
  /** the call, as that principal; it must get past the shield (data or a domain error, never FORBIDDEN by rule) */
  query: string;
  /** and the six partner role columns: FORBIDDEN when only that principal may call it */
  partnerRoles: 'FORBIDDEN' | 'past the shield';
  basis: string;
}

export const OUTSIDE_MATRIX: OutsideRow[] = [
  { covers: ['Mutation.signIn'], principal: 'anonymous', partnerRoles: 'past the shield', basis: 'G1: the way in',
    query: 'mutation { signIn(email: "nobody@contoso.it", password: "wrong-password") { accessToken } }' },
  { covers: ['Mutation.refreshAccessToken'], principal: 'anonymous', partnerRoles: 'past the shield', basis: 'DESIGN.md refresh tokens',
    query: 'mutation { refreshAccessToken(refreshToken: "no-such-token") { accessToken } }' },
  { covers: ['Mutation.signOut'], principal: 'anonymous', partnerRoles: 'past the shield', basis: 'revokes the presented refresh token',
    query: 'mutation { signOut(refreshToken: "no-such-token") }' },
  { covers: ['Mutation.createWorkAccount'], principal: 'anonymous', partnerRoles: 'past the shield', basis: 'SEED step 3',
    query: `mutation { createWorkAccount(input: { companyName: "Outside $role", domainPrefix: "outside-$role", countryCode: "IT",
      firstName: "O", lastName: "S", userName: "admin", password: "Outside-Secret-2026!" }) { tenant { id } } }` },
  { covers: ['Mutation.verifyPrimaryContactEmail'], principal: 'anonymous', partnerRoles: 'past the shield', basis: 'step 8: the emailed token',
    query: 'mutation { verifyPrimaryContactEmail(token: "no-such-$role") { enrollmentStatus } }' },
  ...(['startEnrollment(program: INDIRECT_RESELLER) { id }', 'linkPartnerMembershipAccount(userName: "u", password: "p") { id }',
    'selectOrganizationProfile(mpnId: "1234567") { id }', `saveEnrollmentDetails(input: { legalBusinessProfile: ${LEGAL}, supportProfile: { email: "s@contoso.it" } }) { id }`,
    'submitEnrollment { id }', 'resendPrimaryContactVerification { id }', 'cancelEnrollment { id }',
    'appealEnrollment(comment: "the documents") { id }'].map((call): OutsideRow => ({
    covers: [`Mutation.${call.split(/[ ({]/)[0]}`], principal: 'tenant global admin', partnerRoles: 'past the shield',
    basis: 'the enrollment creator (G3 waived); a partner already enrolled gets a domain error', query: `mutation { ${call} }`,
  }))),
  { covers: ['Mutation.acceptResellerRelationshipRequest'], principal: 'customer tenant global admin', partnerRoles: 'FORBIDDEN',
    basis: 'E: PC-DAP, a global admin homed in the customer tenant',
    query: 'mutation { acceptResellerRelationshipRequest(token: "no-such-$role") { requestId } }' },
  { covers: ['Mutation.revokePartnerDelegatedAdmin'], principal: 'customer tenant global admin', partnerRoles: 'FORBIDDEN',
    basis: 'E: PC-DAP', query: `mutation { revokePartnerDelegatedAdmin(partnerId: "${TENANT.woodgrove}") { state } }` },
];

/** §5: who may subscribe, checked at subscribe time (and per event, in the stream tests). */
export interface SubscriptionRow {
  id: string;
  covers: string[];
  allowed: RoleColumn[];
  query: string;
}

export const SUBSCRIPTIONS: SubscriptionRow[] = [
  { id: '§5 PartnerUser*', covers: ['Subscription.partnerUserChanged'], allowed: MANAGERS,
    query: 'subscription { partnerUserChanged { eventId } }' },
  // the enrollment's creator may hold no role at all: the check is per event (test/e2e/subscriptions-partners)
  { id: '§5 EnrollmentStatusChanged', covers: ['Subscription.enrollmentStatusChanged'], allowed: EVERYONE,
    query: 'subscription { enrollmentStatusChanged { eventId } }' },
  { id: '§5 PartnerOrganizationActivated / PartnerProfileChanged', covers: ['Subscription.organizationChanged'],
    allowed: ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'], query: 'subscription { organizationChanged { eventId } }' },
  { id: '§5 PartnershipEstablished / Removed', covers: ['Subscription.partnershipChanged'],
    allowed: ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'], query: 'subscription { partnershipChanged { eventId } }' },
  { id: '§5 PartnershipInvitationChanged', covers: ['Subscription.partnershipInvitationChanged'], allowed: GA_AA,
    query: 'subscription { partnershipInvitationChanged { eventId } }' },
  { id: '§5 PartnerSupportTicketChanged', covers: ['Subscription.partnerSupportTicketChanged'], allowed: GA,
    query: 'subscription { partnerSupportTicketChanged { eventId } }' },
  { id: '§5 ProviderContactRequested', covers: ['Subscription.providerContactRequested'], allowed: GA_AA,
    query: 'subscription { providerContactRequested { eventId } }' },
  { id: '§5 ResellerRelationshipRequestChanged', covers: ['Subscription.resellerRelationshipRequestChanged'], allowed: GA_AA,
    query: 'subscription { resellerRelationshipRequestChanged { eventId } }' },
  { id: '§5 CustomerRelationship*', covers: ['Subscription.customerRelationshipChanged'], allowed: READERS,
    query: 'subscription { customerRelationshipChanged { eventId } }' },
  { id: '§5 DelegatedAdmin*', covers: ['Subscription.delegatedAdminChanged'], allowed: READERS,
    query: 'subscription { delegatedAdminChanged { eventId } }' },
  { id: '§5 SubscriptionChanged', covers: ['Subscription.subscriptionChanged'], allowed: READERS,
    query: 'subscription { subscriptionChanged { eventId } }' },
  { id: '§5 CustomerServiceRequestChanged', covers: ['Subscription.customerServiceRequestChanged'], allowed: AGENTS,
    query: 'subscription { customerServiceRequestChanged { eventId } }' },
  { id: '§5 CustomerLeadChanged', covers: ['Subscription.customerLeadChanged'], allowed: GA_AA,
    query: 'subscription { customerLeadChanged { eventId } }' },
  { id: '§5 ServiceIncidentChanged', covers: ['Subscription.serviceHealthChanged'], allowed: READERS,
    query: 'subscription { serviceHealthChanged { eventId } }' },
];
