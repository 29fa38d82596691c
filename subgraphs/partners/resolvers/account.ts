import { DomainError } from '../../kit/errors.js';
import { keysetPage } from '../../kit/loaders.js';
import type { PageArgs } from '../../kit/pagination.js';
import type { PartnersRuntime } from '../deps.js';
import { isNumericMpnId } from '../domain/mpn.js';
import { invoicesList, ticketsList } from '../listings.js';
import { OrganizationEntity } from '../model/organization.js';
import type { Invoice, SupportTicket, TicketSeverity, TicketStatus } from '../model/support.js';
import type { LegalBusinessProfileInput, SupportProfileInput } from '../domain/details.js';
import { updateBillingProfile, updateLegalBusinessProfile, updateSupportProfile } from '../services/profiles.js';
import { createTicket, updateTicket } from '../services/support.js';
import { visibleTicket } from '../visibility.js';
import { partnerCallerOf, userRef, type Context } from './common.js';

type BillingInput = Parameters<typeof updateBillingProfile>[2];

/** Profiles, billing, invoices, Partner Center tickets and MPN verification (P-04, P-05, P-14…P-18). */
export function accountResolvers(runtime: PartnersRuntime) {
  return {
    Query: {
      // P-14 / T-3: only {mpnId, partnerName}, for any MPN ID (E: API-MPN 404 code 3000 when unknown).
      async verifyPartnerMpnId(_: unknown, args: { mpnId: string }, __: Context) {
        const mpnId = args.mpnId.trim();
        if (!isNumericMpnId(mpnId)) throw new DomainError('MPN_ID_NOT_NUMERIC', { mpnId });
        const profile = await runtime.directory.lookup(mpnId);
        if (!profile) throw new DomainError('MPN_ID_NOT_FOUND', { mpnId });
        return { mpnId: profile.mpnId, partnerName: profile.name };
      },
      partnerSupportTickets: (_: unknown, args: PageArgs, ctx: Context) =>
        keysetPage(ctx.db, { ...ticketsList(partnerCallerOf(ctx)), nodes: ctx.loaders.ticket }, args),
      async billingProfile(_: unknown, __: unknown, ctx: Context) {
        const { partnerId } = partnerCallerOf(ctx);
        const organization = await ctx.db.transaction((tx) => tx.getRepository(OrganizationEntity).findOneBy({ id: partnerId }));
        return organization?.billingProfile ?? null;
      },
      invoices: (_: unknown, args: PageArgs, ctx: Context) =>
        keysetPage(ctx.db, { ...invoicesList(partnerCallerOf(ctx).partnerId), nodes: ctx.loaders.invoice }, args),
    },
    Mutation: {
      async updateLegalBusinessProfile(_: unknown, args: { input: LegalBusinessProfileInput }, ctx: Context) {
        const organization = await ctx.db.transaction((tx) => updateLegalBusinessProfile(tx, partnerCallerOf(ctx), args.input, runtime));
        const { vettingStatus, vettingSubStatus } = organization;
        return { ...organization.legalBusinessProfile, vettingStatus, vettingSubStatus };
      },
      async updateSupportProfile(_: unknown, args: { input: SupportProfileInput }, ctx: Context) {
        const organization = await ctx.db.transaction((tx) => updateSupportProfile(tx, partnerCallerOf(ctx), args.input));
        return organization.supportProfile;
      },
      async updateBillingProfile(_: unknown, args: { input: BillingInput }, ctx: Context) {
        const organization = await ctx.db.transaction((tx) => updateBillingProfile(tx, partnerCallerOf(ctx), args.input));
        return organization.billingProfile;
      },
      createPartnerSupportTicket: (_: unknown, args: {
        input: { title: string; description: string; severity: TicketSeverity; supportTopicId?: string | null };
      }, ctx: Context) => ctx.db.transaction((tx) => createTicket(tx, partnerCallerOf(ctx), args.input, runtime)),
      updatePartnerSupportTicket: (_: unknown, args: {
        id: string; input: { title?: string | null; severity?: TicketSeverity | null; status?: TicketStatus | null; note?: string | null };
      }, ctx: Context) => ctx.db.transaction((tx) => updateTicket(tx, partnerCallerOf(ctx), args.id, args.input, runtime)),
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
  };
}
