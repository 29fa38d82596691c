import { EntitySchema } from 'typeorm';
import type { ProgramStatus } from '../../../platform/tokens.js';

export type PartnerType = 'INDIRECT_RESELLER' | 'INDIRECT_PROVIDER';

export interface Organization {
  id: string;
  companyName: string;
  partnerType: PartnerType;
  programStatus: ProgramStatus;
  country: string;
  mpnId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const OrganizationEntity = new EntitySchema<Organization>({
  name: 'Organization',
  tableName: 'organizations',
  schema: 'partners',
  columns: {
    id: { type: 'uuid', primary: true },
    companyName: { type: 'text', name: 'company_name' },
    partnerType: { type: 'text', name: 'partner_type' },
    programStatus: { type: 'text', name: 'program_status' },
    country: { type: 'char', length: 2 },
    mpnId: { type: 'text', name: 'mpn_id', nullable: true },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    updatedAt: { type: 'timestamptz', name: 'updated_at', updateDate: true },
  },
});
