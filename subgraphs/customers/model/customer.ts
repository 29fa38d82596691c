import { EntitySchema } from 'typeorm';

export interface Customer {
  id: string;
  commerceId: string | null;
  companyName: string;
  domain: string;
  registrationNumber: string | null;
  country: string;
  customDomains: string[];
  associatedResellerId: string | null;
  createdAt: Date;
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
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
  },
});
