import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Resolver types generated from each subgraph's SDL (`npm run codegen`); a test fails when they are stale.
 * Mappers tie GraphQL types to the rows resolvers actually return.
 */
const common = {
  plugins: ['typescript', 'typescript-resolvers'],
  config: {
    federation: true,
    useIndexSignature: true,
    enumsAsTypes: true,
    // kit/scalars.ts parses every DateTime argument to a Date; resolvers may return a Date or an ISO string.
    scalars: { DateTime: { input: 'Date', output: 'Date | string' } },
    maybeValue: 'T | null | undefined',
  },
};

/** Every `<Type>Connection` is what kit's paging returns. */
const connections = (...types: string[]) =>
  Object.fromEntries(types.map((type) => [`${type}Connection`, '../../kit/pagination.js#AnyConnection']));

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    'subgraphs/identity/generated/resolvers.ts': {
      schema: 'schema/identity.graphql', ...common,
      config: {
        ...common.config,
        contextType: '../context.js#IdentityContext',
        mappers: {
          PartnerUser: '../model/user.js#User',
          Tenant: '../model/tenant.js#Tenant as TenantRow',
          PartnerUserConnection: '../../kit/pagination.js#AnyConnection',
        },
      },
    },
    'subgraphs/partners/generated/resolvers.ts': {
      schema: 'schema/partners.graphql', ...common,
      config: {
        ...common.config,
        contextType: '../resolvers/common.js#Context',
        mappers: {
          PartnerOrganization: '../model/organization.js#Organization',
          ProviderResellerRelationship: '../model/partnership.js#Partnership',
          PartnershipInvitation: '../model/invitation.js#PartnershipInvitation as PartnershipInvitationRow',
          EnrollmentApplication: '../model/enrollment.js#Enrollment',
          PartnerSupportTicket: '../model/support.js#SupportTicket',
          Invoice: '../model/support.js#Invoice as InvoiceRow',
          ProviderContactRequest: '../model/directory.js#ContactRequest',
          ProviderDirectoryProfile: '../model/directory.js#DirectoryProfile',
          ProviderDirectoryEntry: '../directory-listing.js#DirectoryEntryRow',
          ActivityLogEntry: '../model/activity.js#ActivityRecord',
          ...connections('ActivityLog', 'Invoice', 'PartnerSupportTicket', 'PartnershipInvitation', 'ProviderContactRequest',
            'ProviderDirectoryEntry', 'ProviderResellerRelationship'),
        },
      },
    },
    'subgraphs/customers/generated/resolvers.ts': {
      schema: 'schema/customers.graphql', ...common,
      config: {
        ...common.config,
        contextType: '../resolvers/common.js#Context',
        mappers: {
          Customer: '../model/customer.js#Customer as CustomerRow',
          CustomerCompanyProfile: '../resolvers/customers.js#CompanyProfile',
          CustomerResellerRelationship: '../model/relationship.js#CustomerRelationship',
          DelegatedAdminGrant: '../model/relationship.js#DelegatedAdminGrant as DelegatedAdminGrantRow',
          ResellerRelationshipRequest: '../model/request.js#RelationshipRequest',
          CustomerSubscription: '../model/subscription.js#CustomerSubscription as CustomerSubscriptionRow',
          CustomerUser: '../model/customer-user.js#CustomerUser as CustomerUserRow',
          CustomerServiceRequest: '../model/support.js#CustomerServiceRequest as CustomerServiceRequestRow',
          ServiceIncident: '../model/support.js#ServiceIncident as ServiceIncidentRow',
          CustomerLead: '../model/lead.js#CustomerLead as CustomerLeadRow',
          ...connections('Customer', 'CustomerResellerRelationship', 'CustomerServiceRequest', 'CustomerSubscription', 'CustomerUser',
            'CustomerLead', 'ResellerRelationshipRequest', 'ServiceIncident'),
        },
      },
    },
  },
};

export default config;
