import type { PartnersWorld } from './partners.js';

/** The directory of indirect providers (issue 19, P-19…P-22) as the end-to-end tests read and drive it. */

export const ENTRY = `id companyName country countries offerings languages description contactEmail website
  isPartnered hasPendingInvitation hasOpenContactRequest`;

export const DIRECTORY = `query ($filter: ProviderDirectoryFilter, $first: Int, $after: String) {
  indirectProviderDirectory(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${ENTRY} } } } }`;

export const REQUEST_CONTACT = `mutation ($providerId: ID!, $message: String!, $replyTo: String!) {
  requestProviderContact(providerId: $providerId, message: $message, replyTo: $replyTo) {
    id state message replyTo createdAt expiresAt provider { companyName } reseller { companyName country } } }`;

export interface Entry {
  id: string; companyName: string; country: string; countries: string[]; offerings: string[]; languages: string[];
  description: string | null; contactEmail: string | null; website: string | null;
  isPartnered: boolean; hasPendingInvitation: boolean; hasOpenContactRequest: boolean;
}

export interface DirectoryPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: Entry }[];
}

/** Signs in each demo user once and runs operations as them, by the local part of their email. */
export function actors(world: PartnersWorld) {
  const tokens = new Map<string, string>();
  const tokenOf = async (email: string) => {
    if (!tokens.has(email)) tokens.set(email, await world.stack.signIn(email));
    return tokens.get(email)!;
  };
  return {
    tokenOf,
    run: async <T = Record<string, unknown>>(email: string, query: string, variables?: Record<string, unknown>) =>
      world.stack.query<T>(query, { token: await tokenOf(email), variables }),
    /** the directory's entries (names) for `email` with `filter` */
    async directory(email: string, filter: Record<string, unknown> = {}, page: { first?: number; after?: string } = {}) {
      const result = await world.stack.query<{ indirectProviderDirectory: DirectoryPage }>(DIRECTORY,
        { token: await tokenOf(email), variables: { filter, ...page } });
      if (!result.data?.indirectProviderDirectory) throw new Error(JSON.stringify(result.errors));
      return result.data.indirectProviderDirectory;
    },
  };
}
