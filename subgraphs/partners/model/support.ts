import { EntitySchema } from 'typeorm';

export type TicketSeverity = 'UNKNOWN' | 'CRITICAL' | 'MODERATE' | 'MINIMAL';
export type TicketStatus = 'NONE' | 'OPEN' | 'CLOSED' | 'ATTENTION_NEEDED';

export interface TicketNote { text: string; createdBy: string; createdDate: string }

/** A partner's own ticket about Partner Center (P-15, P-16); only its creator sees it (T-10). */
export interface SupportTicket {
  id: string;
  organizationId: string;
  createdBy: string;
  title: string;
  description: string;
  severity: TicketSeverity;
  status: TicketStatus;
  supportTopicId: string | null;
  notes: TicketNote[];
  createdDate: Date;
  lastModifiedDate: Date | null;
}

export const SupportTicketEntity = new EntitySchema<SupportTicket>({
  name: 'SupportTicket',
  tableName: 'support_tickets',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    organizationId: { type: 'uuid', name: 'organization_id' },
    createdBy: { type: 'uuid', name: 'created_by' },
    title: { type: 'text' },
    description: { type: 'text' },
    severity: { type: 'text' },
    status: { type: 'text' },
    supportTopicId: { type: 'text', name: 'support_topic_id', nullable: true },
    notes: { type: 'jsonb' },
    createdDate: { type: 'timestamptz', name: 'created_date' },
    lastModifiedDate: { type: 'timestamptz', name: 'last_modified_date', nullable: true },
  },
});

/** P-17: the organization's invoices from Microsoft. */
export interface Invoice {
  id: string;
  organizationId: string;
  invoiceDate: Date;
  totalCharges: string;
  currencyCode: string;
}

export const InvoiceEntity = new EntitySchema<Invoice>({
  name: 'Invoice',
  tableName: 'invoices',
  schema: 'partners',
  columns: {
    id: { type: 'text', primary: true },
    organizationId: { type: 'uuid', name: 'organization_id' },
    invoiceDate: { type: 'timestamptz', name: 'invoice_date' },
    totalCharges: { type: 'numeric', name: 'total_charges' },
    currencyCode: { type: 'char', length: 3, name: 'currency_code' },
  },
});
