import { CUSTOMER_FIXTURES } from '../../scripts/seed/customers.js';
import { TENANT } from '../../scripts/seed/world.js';
import type { RoleColumn } from '../matrix/roles.js';

/**
 * Expectations of DOMAIN.md §4.3 rows C-01…C-26 for the six role columns (Contoso users, an ACTIVE reseller with
 * DAP on Adatum). An allowed role gets past the shield (data, or a domain error such as RESELLER_CANNOT_SUBMIT_ORDERS
 * for a reseller calling a provider operation); a denied one gets FORBIDDEN / NOT_AUTHORISED from the rule map.
 * Mutations name `$random` ids (NOT_FOUND past the shield) where running them would change the world for later rows.
 */
export interface CustomersMatrixRow {
  id: string;
  operation: string;
  allowed: RoleColumn[];
  query: string;
}

const READERS: RoleColumn[] = ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN'];
const DESK: RoleColumn[] = ['ADMIN_AGENT', 'GLOBAL_ADMIN'];
const AA: RoleColumn[] = ['ADMIN_AGENT'];
const AGENTS: RoleColumn[] = ['ADMIN_AGENT', 'HELPDESK_AGENT'];
const C1 = TENANT.adatum;

export const CUSTOMERS_MATRIX: CustomersMatrixRow[] = [
  { id: 'C-01', operation: 'Query.customers(search)', allowed: READERS, query: '{ customers(search: "adatum") { totalCount edges { node { id } } } }' },
  { id: 'C-01', operation: 'Query.customer(id)', allowed: READERS, query: `{ customer(id: "${C1}") { id companyProfile { companyName } } }` },
  { id: 'C-02', operation: 'Customer.resellerRelationships', allowed: READERS,
    query: `{ customer(id: "${C1}") { resellerRelationships { edges { node { state source } } } } }` },
  { id: 'C-02', operation: 'ProviderResellerRelationship.sharedCustomers', allowed: READERS,
    query: `{ myOrganization { sharedCustomers(providerId: "${TENANT.northwind}") { totalCount edges { node { id } } } } }` },
  { id: 'C-03', operation: 'Mutation.createResellerRelationshipRequest', allowed: DESK,
    query: 'mutation { createResellerRelationshipRequest(includeDelegatedAdminPrivileges: false) { id state } }' },
  { id: 'C-04', operation: 'Mutation.createJointResellerRelationshipRequest', allowed: DESK,
    query: `mutation { createJointResellerRelationshipRequest(providerId: "${TENANT.northwind}", includeDelegatedAdminPrivileges: false) { id } }` },
  { id: 'C-05', operation: 'Query.resellerRelationshipRequests', allowed: DESK, query: '{ resellerRelationshipRequests { edges { node { id state } } } }' },
  { id: 'C-06', operation: 'Mutation.revokeResellerRelationshipRequest', allowed: DESK,
    query: 'mutation { revokeResellerRelationshipRequest(id: "$random") { id } }' },
  { id: 'C-07', operation: 'Mutation.removeCustomerRelationship', allowed: DESK,
    query: 'mutation { removeCustomerRelationship(customerId: "$random") { id } }' },
  { id: 'C-08', operation: 'Customer.allowDelegatedAccess / delegatedAdmin', allowed: READERS,
    query: `{ customer(id: "${C1}") { allowDelegatedAccess delegatedAdmin { state roleMappings { partnerGroup customerRole } } } }` },
  { id: 'C-09', operation: 'Mutation.requestDelegatedAdminPrivileges', allowed: AA,
    query: `mutation { requestDelegatedAdminPrivileges(customerId: "${C1}") { id } }` },
  { id: 'C-10', operation: 'Mutation.removeDelegatedAdminPrivileges', allowed: AA,
    query: 'mutation { removeDelegatedAdminPrivileges(customerId: "$random") { id } }' },
  { id: 'C-11', operation: 'Mutation.administerOnBehalfOf', allowed: AA,
    query: `mutation { administerOnBehalfOf(customerId: "${C1}", service: AZURE_PORTAL) { url } }` },
  { id: 'C-12', operation: 'Customer.subscriptions', allowed: READERS,
    query: `{ customer(id: "${TENANT.litware}") { subscriptions { totalCount edges { node { offerName status } } } } }` },
  { id: 'C-13', operation: 'Mutation.updateCustomerSubscription', allowed: AGENTS,
    query: `mutation { updateCustomerSubscription(id: "${CUSTOMER_FIXTURES.litwareCrm}", input: { friendlyName: "CRM $role" }) { id } }` },
  { id: 'C-14', operation: 'Mutation.submitOrder (provider only)', allowed: AA,
    query: `mutation { submitOrder(customerId: "${C1}", lines: [{ offerId: "O365-E3", quantity: 1 }]) { orderId } }` },
  { id: 'C-15', operation: 'Mutation.createCustomer (provider only)', allowed: AA,
    query: 'mutation { createCustomer(input: { companyName: "New $role", domain: "new-$role.onmicrosoft.com", country: "IT" }) { id } }' },
  { id: 'C-16', operation: 'Mutation.updateCustomerCompanyProfile', allowed: AGENTS,
    query: `mutation { updateCustomerCompanyProfile(customerId: "${C1}", input: { organizationRegistrationNumber: "IT-$role" }) { id } }` },
  { id: 'C-17', operation: 'Mutation.updateCustomerBillingProfile', allowed: AA,
    query: `mutation { updateCustomerBillingProfile(customerId: "${C1}", input: { email: "billing@adatum.it" }) { billingProfile { email } } }` },
  { id: 'C-21', operation: 'Customer.serviceRequests', allowed: AGENTS, query: `{ customer(id: "${C1}") { serviceRequests { edges { node { id } } } } }` },
  { id: 'C-22', operation: 'Mutation.createCustomerServiceRequest', allowed: AGENTS,
    query: `mutation { createCustomerServiceRequest(customerId: "${C1}", input: { productFamily: DYNAMICS_CRM_ONLINE, title: "$role",
      description: "d", severity: MINIMAL, supportTopicId: "1", primaryContact: { firstName: "A", lastName: "L", email: "ada@adatum.it" } }) { id } }` },
  { id: 'C-22', operation: 'Mutation.updateCustomerServiceRequest', allowed: AGENTS,
    query: 'mutation { updateCustomerServiceRequest(id: "$random", input: { note: "n" }) { id } }' },
  { id: 'C-23', operation: 'Customer.serviceHealth / Query.serviceIncidents', allowed: READERS,
    query: `{ customer(id: "${C1}") { serviceHealth { edges { node { id status } } } } serviceIncidents { edges { node { id workload } } } }` },
  { id: 'C-24', operation: 'Query.customerLeads / customerLead', allowed: DESK,
    query: `{ customerLeads { edges { node { id name status } } } customerLead(id: "${CUSTOMER_FIXTURES.wideWorldLead}") { id } }` },
  { id: 'C-25', operation: 'Mutation.updateCustomerLead', allowed: DESK,
    query: `mutation { updateCustomerLead(id: "${CUSTOMER_FIXTURES.wideWorldLead}", input: { notes: "$role" }) { id } }` },
  { id: 'C-26', operation: 'Mutation.inviteCustomerFromLead', allowed: DESK,
    query: 'mutation { inviteCustomerFromLead(leadId: "$random", includeDelegatedAdminPrivileges: false) { id } }' },
];
