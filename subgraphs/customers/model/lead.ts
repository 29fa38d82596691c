import { EntitySchema } from 'typeorm';
import type { LeadStatus, LeadSubstatus } from '../domain/leads.js';

export interface LeadContact { name: string; email: string | null; phoneNumber: string | null }

export interface LeadCustomerProfile {
  name: string;
  address: { country: string; city: string | null } | null;
  size: string | null;
  contacts: LeadContact[];
}

export interface LeadDetails {
  notes: string | null;
  dealValue: number | null;
  currency: string | null;
  closingDateTime: string | null;
}

export interface LeadConsent {
  consentToShareReferralWithMicrosoftSellers: boolean;
  consentToContact: boolean;
}

/** PC Referral subset, owned by one partner organization (T-12). */
export interface CustomerLead {
  id: string;
  ownerId: string;
  name: string;
  status: LeadStatus;
  substatus: LeadSubstatus;
  qualification: 'NONE' | 'DIRECT' | 'MARKETING_QUALIFIED' | 'SALES_QUALIFIED';
  customerProfile: LeadCustomerProfile;
  details: LeadDetails | null;
  consent: LeadConsent;
  assignedTo: string | null;
  createdAt: Date;
  updatedAt: Date;
  expiresAt: Date | null;
  convertedRequestId: string | null;
}

export const CustomerLeadEntity = new EntitySchema<CustomerLead>({
  name: 'CustomerLead',
  tableName: 'leads',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    ownerId: { type: 'uuid', name: 'owner_id' },
    name: { type: 'text' },
    status: { type: 'text' },
    substatus: { type: 'text' },
    qualification: { type: 'text' },
    customerProfile: { type: 'jsonb', name: 'customer_profile' },
    details: { type: 'jsonb', nullable: true },
    consent: { type: 'jsonb' },
    assignedTo: { type: 'uuid', name: 'assigned_to', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    updatedAt: { type: 'timestamptz', name: 'updated_at' },
    expiresAt: { type: 'timestamptz', name: 'expires_at', nullable: true },
    convertedRequestId: { type: 'uuid', name: 'converted_request_id', nullable: true },
  },
});
