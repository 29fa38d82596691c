import { EntitySchema } from 'typeorm';

/** PC Address, as the customer's company and billing profiles carry it. */
export interface CustomerAddress {
  country: string;
  region?: string | null;
  city: string;
  state?: string | null;
  addressLine1: string;
  addressLine2?: string | null;
  postalCode: string;
  phoneNumber?: string | null;
}

/** PC CustomerBillingProfile: the part of the customer record a partner's admin agent edits (C-17). */
export interface CustomerBillingProfile {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  culture: string | null;
  language: string | null;
  companyName: string | null;
  defaultAddress: CustomerAddress | null;
}

export interface Customer {
  id: string;
  commerceId: string | null;
  companyName: string;
  domain: string;
  registrationNumber: string | null;
  country: string;
  customDomains: string[];
  associatedResellerId: string | null;
  /** T-8: DAP-gated */
  companyEmail: string | null;
  /** T-8: DAP-gated */
  companyAddress: CustomerAddress | null;
  billingProfile: CustomerBillingProfile | null;
  createdAt: Date;
  updatedAt: Date;
}

export const CustomerEntity = new EntitySchema<Customer>({
  name: 'Customer',
  tableName: 'customers',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    commerceId: { type: 'text', name: 'commerce_id', nullable: true },
    companyName: { type: 'text', name: 'company_name' },
    domain: { type: 'text' },
    registrationNumber: { type: 'text', name: 'registration_number', nullable: true },
    country: { type: 'char', length: 2 },
    customDomains: { type: 'text', name: 'custom_domains', array: true },
    associatedResellerId: { type: 'uuid', name: 'associated_reseller_id', nullable: true },
    companyEmail: { type: 'text', name: 'company_email', nullable: true },
    companyAddress: { type: 'jsonb', name: 'company_address', nullable: true },
    billingProfile: { type: 'jsonb', name: 'billing_profile', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});
