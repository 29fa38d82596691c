import { DomainError } from '../../kit/errors.js';
import { keysetConnection } from '../../kit/pagination.js';
import type { PartnersDeps } from '../deps.js';
import { directoryCount, directoryPage, type DirectoryEntryRow } from '../directory-listing.js';
import { directoryFilter } from '../domain/directory.js';
import type { MutationUpdateProviderDirectoryProfileArgs, QueryIndirectProviderDirectoryArgs, Resolvers } from '../generated/resolvers.js';
import type { Organization } from '../model/organization.js';
import { updateProviderDirectoryProfile } from '../services/directory.js';
import { isOwnOrganization } from '../visibility.js';
import { partnerCallerOf, type Context } from './common.js';

const LIST = 'indirectProviderDirectory';

/**
 * P-19: one page of listed providers by name (keyset on the database's sort key), filtered; the caller's
 * organization's country is the default region. `first`, the filter and `after` are checked in that order: a cursor
 * is valid only for the caller and the filter it was minted with.
 */
function directoryConnection(args: QueryIndirectProviderDirectoryArgs, ctx: Context) {
  return keysetConnection<DirectoryEntryRow>(args, async () => {
    const caller = await ctx.loaders.organization.load(partnerCallerOf(ctx).partnerId);
    if (!caller) throw new DomainError('NOT_FOUND');
    const filter = directoryFilter(args.filter, caller.country);
    if ('reason' in filter) throw new DomainError(filter.reason, { argument: filter.argument });
    return {
      list: LIST, scope: [caller.id, filter], key: ['text', 'uuid'],
      rows: (after, limit) => ctx.db.transaction((manager) => directoryPage(manager, filter, after, limit)),
      count: () => ctx.db.transaction((manager) => directoryCount(manager, filter)),
    };
  });
}

/** How the caller's organization stands with an entry's provider: batched per page (loaders.ts). */
const relation = (entry: DirectoryEntryRow, ctx: Context) => ctx.loaders.directoryRelation.load(entry.id);

/** P-19 / P-20: the directory of indirect providers and each provider's own profile. */
export function directoryResolvers(deps: PartnersDeps) {
  return {
    Query: {
      indirectProviderDirectory: (_: unknown, args: QueryIndirectProviderDirectoryArgs, ctx: Context) => directoryConnection(args, ctx),
    },
    Mutation: {
      updateProviderDirectoryProfile: (_: unknown, args: MutationUpdateProviderDirectoryProfileArgs, ctx: Context) =>
        ctx.db.transaction((tx) => updateProviderDirectoryProfile(tx, partnerCallerOf(ctx), args.input, deps)),
    },
    PartnerOrganization: {
      // P-20: the own organization's only; another's, even a listed one, is read through the directory (T-2).
      providerDirectoryProfile: (organization: Organization, _: unknown, ctx: Context) =>
        (isOwnOrganization(organization.id, ctx.principal?.partnerId) ? ctx.loaders.directoryProfile.load(organization.id) : null),
    },
    ProviderDirectoryEntry: {
      isPartnered: async (entry: DirectoryEntryRow, _: unknown, ctx: Context) => (await relation(entry, ctx)).isPartnered,
      hasPendingInvitation: async (entry: DirectoryEntryRow, _: unknown, ctx: Context) => (await relation(entry, ctx)).hasPendingInvitation,
      hasOpenContactRequest: async (entry: DirectoryEntryRow, _: unknown, ctx: Context) => (await relation(entry, ctx)).hasOpenContactRequest,
    },
  } satisfies Resolvers;
}
