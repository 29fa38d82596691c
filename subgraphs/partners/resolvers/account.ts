import { DomainError } from '../../kit/errors.js';
import { sqlList } from '../../kit/loaders.js';
import { keysetConnection } from '../../kit/pagination.js';
import type { PartnersDeps } from '../deps.js';
import { isNumericMpnId } from '../domain/mpn.js';
import type {
  MutationCreatePartnerSupportTicketArgs, MutationUpdateBillingProfileArgs, MutationUpdateLegalBusinessProfileArgs,
  MutationUpdatePartnerSupportTicketArgs, MutationUpdateSupportProfileArgs, QueryInvoicesArgs, QueryPartnerSupportTicketsArgs,
  QueryVerifyPartnerMpnIdArgs, Resolvers,
} from '../generated/resolvers.js';
import { invoicesList, ticketsList } from '../listings.js';
import type { Invoice, SupportTicket } from '../model/support.js';
import { updateBillingProfile, updateLegalBusinessProfile, updateSupportProfile } from '../services/profiles.js';
import { createTicket, updateTicket } from '../services/support.js';
import { visibleTicket } from '../visibility.js';
import { partnerCallerOf, userRef, type Context } from './common.js';

/** Profiles, billing, invoices, Partner Center tickets and MPN verification (P-04, P-05, P-14…P-18). */
export function accountResolvers(deps: PartnersDeps) {
  return {
    Query: {
      // P-14 / T-3: only {mpnId, partnerName}, for any MPN ID (E: API-MPN 404 code 3000 when unknown).
      async verifyPartnerMpnId(_: unknown, args: QueryVerifyPartnerMpnIdArgs, __: Context) {
        const mpnId = args.mpnId.trim();
        if (!isNumericMpnId(mpnId)) throw new DomainError('MPN_ID_NOT_NUMERIC', { mpnId });
        const profile = await deps.directory.lookup(mpnId);
        if (!profile) throw new DomainError('MPN_ID_NOT_FOUND', { mpnId });
        return { mpnId: profile.mpnId, partnerName: profile.name };
      },
      partnerSupportTickets: (_: unknown, args: QueryPartnerSupportTicketsArgs, ctx: Context) =>
        keysetConnection(args, sqlList(ctx.db, { ...ticketsList(partnerCallerOf(ctx)), nodes: ctx.loaders.ticket })),
      async billingProfile(_: unknown, __: unknown, ctx: Context) {
        const { partnerId } = partnerCallerOf(ctx);
        const organization = await ctx.loaders.organization.load(partnerId);
        return organization?.billingProfile ?? null;
      },
      invoices: (_: unknown, args: QueryInvoicesArgs, ctx: Context) =>
        keysetConnection(args, sqlList(ctx.db, { ...invoicesList(partnerCallerOf(ctx).partnerId), nodes: ctx.loaders.invoice })),
    },
    Mutation: {
      async updateLegalBusinessProfile(_: unknown, args: MutationUpdateLegalBusinessProfileArgs, ctx: Context) {
        const organization = await ctx.db.transaction((tx) => updateLegalBusinessProfile(tx, partnerCallerOf(ctx), args.input, deps));
        const { legalBusinessProfile, vettingStatus, vettingSubStatus } = organization;
        return legalBusinessProfile && { ...legalBusinessProfile, vettingStatus, vettingSubStatus };
      },
      async updateSupportProfile(_: unknown, args: MutationUpdateSupportProfileArgs, ctx: Context) {
        const organization = await ctx.db.transaction((tx) => updateSupportProfile(tx, partnerCallerOf(ctx), args.input));
        return organization.supportProfile;
      },
      async updateBillingProfile(_: unknown, args: MutationUpdateBillingProfileArgs, ctx: Context) {
        const organization = await ctx.db.transaction((tx) => updateBillingProfile(tx, partnerCallerOf(ctx), args.input));
        return organization.billingProfile;
      },
      createPartnerSupportTicket: (_: unknown, args: MutationCreatePartnerSupportTicketArgs, ctx: Context) =>
        ctx.db.transaction((tx) => createTicket(tx, partnerCallerOf(ctx), args.input, deps)),
      updatePartnerSupportTicket: (_: unknown, args: MutationUpdatePartnerSupportTicketArgs, ctx: Context) =>
        ctx.db.transaction((tx) => updateTicket(tx, partnerCallerOf(ctx), args.id, args.input, deps)),
    },
    PartnerSupportTicket: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visibleTicket(ref.id, ctx),
      createdBy: (ticket: SupportTicket) => userRef(ticket.createdBy),
      notes: (ticket: SupportTicket) => ticket.notes.map((note) => ({ ...note, createdBy: userRef(note.createdBy) })),
    },
    Invoice: {
      totalCharges: (invoice: Invoice) => Number(invoice.totalCharges),
      currencyCode: (invoice: Invoice) => invoice.currencyCode.trim(),
    },
  } satisfies Resolvers;
}
