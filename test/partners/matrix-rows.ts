import type { RoleColumn } from '../matrix/roles.js';

/**
 * Expectations of DOMAIN.md §4.3 rows P-01…P-18 for the six role columns (Contoso users, an ACTIVE reseller).
 * An allowed role gets past the shield (data, or a domain error such as NOT_AN_INDIRECT_PROVIDER for a reseller
 * calling a provider operation); a denied one gets FORBIDDEN from the rule map.
 * `$random` is a fresh id no organization owns; `$role` makes each call's input distinct.
 */
export interface PartnersMatrixRow {
  id: string;
  operation: string;
  allowed: RoleColumn[];
  query: string;
}

const EVERYONE: RoleColumn[] = ['ADMIN_AGENT', 'HELPDESK_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN', 'BILLING_ADMIN', 'NONE'];
const PROFILE_READERS: RoleColumn[] = ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'USER_MANAGEMENT_ADMIN'];
const GA: RoleColumn[] = ['GLOBAL_ADMIN'];
const GA_AA: RoleColumn[] = ['ADMIN_AGENT', 'GLOBAL_ADMIN'];

const LEGAL = `{ companyName: "Contoso S.r.l.", address: { country: "IT", city: "Milano", addressLine1: "Via Dante 1",
  postalCode: "20121" }, primaryContact: { firstName: "Anna", lastName: "Rossi", email: "anna@contoso.it", phoneNumber: "+39 02 1" } }`;

export const PARTNERS_MATRIX: PartnersMatrixRow[] = [
  { id: 'P-01', operation: 'Query.myOrganization (header)', allowed: EVERYONE,
    query: '{ myOrganization { id companyName partnerType programStatus country mpnProfile { mpnId } } }' },
  { id: 'P-02', operation: 'PartnerOrganization.legalBusinessProfile', allowed: PROFILE_READERS,
    query: '{ myOrganization { legalBusinessProfile { companyName vettingStatus } } }' },
  { id: 'P-02', operation: 'PartnerOrganization.organizationProfile / supportProfile', allowed: PROFILE_READERS,
    query: '{ myOrganization { organizationProfile { tenantId domain } supportProfile { email } } }' },
  { id: 'P-03', operation: 'PartnerOrganization.enrollment', allowed: PROFILE_READERS,
    query: '{ myOrganization { enrollment { id status } } }' },
  { id: 'P-04', operation: 'Mutation.updateLegalBusinessProfile', allowed: GA,
    query: `mutation { updateLegalBusinessProfile(input: ${LEGAL}) { companyName vettingStatus } }` },
  { id: 'P-05', operation: 'Mutation.updateSupportProfile', allowed: GA,
    query: 'mutation { updateSupportProfile(input: { email: "support@contoso.it", telephone: "+39 02 2" }) { email } }' },
  { id: 'P-06', operation: 'PartnerOrganization.indirectProviders / indirectResellers', allowed: PROFILE_READERS,
    query: '{ myOrganization { indirectProviders { edges { node { state } } } indirectResellers { edges { node { state } } } } }' },
  { id: 'P-07', operation: 'PartnerOrganization.partnershipInvitations', allowed: GA_AA,
    query: '{ myOrganization { partnershipInvitations(direction: RECEIVED) { edges { node { id state } } } } }' },
  { id: 'P-08', operation: 'Mutation.createPartnershipInvitation', allowed: GA_AA,
    query: 'mutation { createPartnershipInvitation(inviteeEmail: "x-$role@fabrikam.it") { id } }' },
  { id: 'P-09', operation: 'Mutation.revokePartnershipInvitation', allowed: GA_AA,
    query: 'mutation { revokePartnershipInvitation(id: "$random") { id } }' },
  { id: 'P-10', operation: 'Mutation.acceptPartnershipInvitation', allowed: GA,
    query: 'mutation { acceptPartnershipInvitation(token: "no-such-$role", authorizeIndirectProvider: true) { invitation { id } } }' },
  { id: 'P-11', operation: 'Mutation.declinePartnershipInvitation', allowed: GA,
    query: 'mutation { declinePartnershipInvitation(token: "no-such-$role") { id } }' },
  { id: 'P-12', operation: 'Mutation.removeIndirectResellerPartnership', allowed: GA_AA,
    query: 'mutation { removeIndirectResellerPartnership(resellerId: "$random") { id } }' },
  { id: 'P-13', operation: 'Mutation.revokeProviderTenantAdminAccess', allowed: GA,
    query: 'mutation { revokeProviderTenantAdminAccess(providerId: "$random") { id } }' },
  { id: 'P-14', operation: 'Query.verifyPartnerMpnId', allowed: GA_AA,
    query: '{ verifyPartnerMpnId(mpnId: "3456789") { mpnId partnerName } }' },
  { id: 'P-15', operation: 'Query.partnerSupportTickets', allowed: GA,
    query: '{ partnerSupportTickets { edges { node { id title } } } }' },
  { id: 'P-16', operation: 'Mutation.createPartnerSupportTicket', allowed: GA,
    query: 'mutation { createPartnerSupportTicket(input: { title: "Help $role", description: "d", severity: MINIMAL }) { id status } }' },
  { id: 'P-16', operation: 'Mutation.updatePartnerSupportTicket', allowed: GA,
    query: 'mutation { updatePartnerSupportTicket(id: "$random", input: { note: "n" }) { id } }' },
  { id: 'P-17', operation: 'Query.billingProfile / invoices', allowed: ['ADMIN_AGENT', 'GLOBAL_ADMIN', 'BILLING_ADMIN'],
    query: '{ billingProfile { companyName } invoices { edges { node { id totalCharges currencyCode } } } }' },
  { id: 'P-18', operation: 'Mutation.updateBillingProfile', allowed: ['GLOBAL_ADMIN', 'BILLING_ADMIN'],
    query: 'mutation { updateBillingProfile(input: { companyName: "Contoso S.r.l.", email: "billing@contoso.it" }) { email } }' },
];
