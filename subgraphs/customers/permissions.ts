import type { IRules } from 'graphql-shield';
import { admin, agent, matrixRow } from '../kit/rules.js';
import { structuralTypes } from '../kit/shield.js';

// C-01 / C-02: Admin agent, Helpdesk agent, Global admin (read-only).
const customerReaders = matrixRow(agent('ADMIN_AGENT'), agent('HELPDESK_AGENT'), admin('GLOBAL_ADMIN'));

/** graphql-shield rules of the customers subgraph, by DOMAIN.md matrix row; anything not listed is denied. */
export const customersPermissions: IRules = {
  Query: {
    customers: customerReaders, // C-01
    customer: customerReaders, // C-01
  },
  PartnerOrganization: { id: customerReaders, customers: customerReaders }, // C-01
  ProviderResellerRelationship: customerReaders, // C-02 sharedCustomers
  Customer: customerReaders, // C-01, C-02, C-08 (allowDelegatedAccess) share these roles
  CustomerResellerRelationship: customerReaders, // C-02
  ...structuralTypes('CustomerCompanyProfile', 'CustomerConnection', 'CustomerEdge', 'PageInfo'),
};
