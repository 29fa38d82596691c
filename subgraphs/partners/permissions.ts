import type { IRules } from 'graphql-shield';
import { admin, agent, matrixRow, signedIn } from '../kit/rules.js';
import { structuralTypes } from '../kit/shield.js';

// P-06: Admin agent, Global admin, User management admin.
const partnershipReaders = matrixRow(agent('ADMIN_AGENT'), admin('GLOBAL_ADMIN'), admin('USER_MANAGEMENT_ADMIN'));

/** graphql-shield rules of the partners subgraph, by DOMAIN.md matrix row; anything not listed is denied. */
export const partnersPermissions: IRules = {
  Query: {
    myOrganization: signedIn, // P-01: G3 waived
    partnerOrganization: signedIn, // P-01 header of an organization visible under T-2
  },
  PartnerOrganization: {
    // P-01 / T-2: the header every member (and a partnered organization) may read
    id: signedIn,
    companyName: signedIn,
    partnerType: signedIn,
    programStatus: signedIn,
    country: signedIn,
    mpnProfile: signedIn,
    indirectProviders: partnershipReaders, // P-06
    indirectResellers: partnershipReaders, // P-06
  },
  MpnProfile: { mpnId: signedIn, partnerName: signedIn },
  ProviderResellerRelationship: partnershipReaders,
  ...structuralTypes(),
};
