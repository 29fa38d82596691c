import { EntitySchema } from 'typeorm';
import type { ProductFamily } from '../domain/commerce.js';
import type { ServiceRequestSeverity, ServiceRequestStatus } from '../domain/service-requests.js';

export interface ServiceRequestContact {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber?: string | null;
}

export interface ServiceRequestNote {
  text: string;
  createdBy: string | null;
  createdDate: string;
}

/** PC ServiceRequest about a customer's service, private to the creating partner organization (T-9, A-32). */
export interface CustomerServiceRequest {
  id: string;
  customerId: string;
  partnerId: string;
  createdBy: string;
  productFamily: ProductFamily;
  title: string;
  description: string;
  severity: ServiceRequestSeverity;
  supportTopicId: string;
  supportTopicName: string | null;
  status: ServiceRequestStatus;
  closedBy: 'PARTNER' | 'MICROSOFT' | null;
  primaryContact: ServiceRequestContact;
  notes: ServiceRequestNote[];
  countryCode: string | null;
  createdDate: Date;
  lastModifiedDate: Date | null;
  lastClosedDate: Date | null;
}

export const CustomerServiceRequestEntity = new EntitySchema<CustomerServiceRequest>({
  name: 'CustomerServiceRequest',
  tableName: 'service_requests',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    customerId: { type: 'uuid', name: 'customer_id' },
    partnerId: { type: 'uuid', name: 'partner_id' },
    createdBy: { type: 'uuid', name: 'created_by' },
    productFamily: { type: 'text', name: 'product_family' },
    title: { type: 'text' },
    description: { type: 'text' },
    severity: { type: 'text' },
    supportTopicId: { type: 'text', name: 'support_topic_id' },
    supportTopicName: { type: 'text', name: 'support_topic_name', nullable: true },
    status: { type: 'text' },
    closedBy: { type: 'text', name: 'closed_by', nullable: true },
    primaryContact: { type: 'jsonb', name: 'primary_contact' },
    notes: { type: 'jsonb' },
    countryCode: { type: 'text', name: 'country_code', nullable: true },
    createdDate: { type: 'timestamptz', name: 'created_date' },
    lastModifiedDate: { type: 'timestamptz', name: 'last_modified_date', nullable: true },
    lastClosedDate: { type: 'timestamptz', name: 'last_closed_date', nullable: true },
  },
});

export interface ServiceIncidentMessage {
  communicationText: string;
  publishedTime: string;
}

/** PC ServiceIncidentDetail; `customerId` null = an incident of the whole service (every customer). */
export interface ServiceIncident {
  id: string;
  customerId: string | null;
  workload: string;
  messageType: 'INCIDENT' | 'MESSAGE_CENTER';
  status: 'NORMAL' | 'INFORMATION' | 'WARNING' | 'CRITICAL';
  title: string;
  impactedArea: string | null;
  startTime: Date;
  endTime: Date | null;
  resolved: boolean;
  messages: ServiceIncidentMessage[];
}

export const ServiceIncidentEntity = new EntitySchema<ServiceIncident>({
  name: 'ServiceIncident',
  tableName: 'service_incidents',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    customerId: { type: 'uuid', name: 'customer_id', nullable: true },
    workload: { type: 'text' },
    messageType: { type: 'text', name: 'message_type' },
    status: { type: 'text' },
    title: { type: 'text' },
    impactedArea: { type: 'text', name: 'impacted_area', nullable: true },
    startTime: { type: 'timestamptz', name: 'start_time' },
    endTime: { type: 'timestamptz', name: 'end_time', nullable: true },
    resolved: { type: 'boolean' },
    messages: { type: 'jsonb' },
  },
});
