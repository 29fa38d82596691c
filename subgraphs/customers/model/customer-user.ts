import { EntitySchema } from 'typeorm';
import type { CustomerUserState } from '../domain/customer-users.js';

/** A user of a customer's directory, as a partner with delegated admin privileges manages it (C-18…C-20). */
export interface CustomerUser {
  id: string;
  customerId: string;
  /** lower case, in one of the customer's domains */
  userPrincipalName: string;
  displayName: string;
  firstName: string;
  lastName: string;
  /** ISO 3166-1 alpha-2 */
  usageLocation: string;
  /** a global administrator of the customer's directory (C-20ᶜ) */
  isAdmin: boolean;
  state: CustomerUserState;
  /** ids of the customer's subscriptions the user holds a license of */
  licenses: string[];
  /** argon2id of the last temporary password; never read back */
  passwordHash: string;
  createdAt: Date;
  updatedAt: Date;
  deletedAt: Date | null;
}

export const CustomerUserEntity = new EntitySchema<CustomerUser>({
  name: 'CustomerUser',
  tableName: 'customer_users',
  schema: 'customers',
  columns: {
    id: { type: 'uuid', primary: true },
    customerId: { type: 'uuid', name: 'customer_id' },
    userPrincipalName: { type: 'text', name: 'user_principal_name' },
    displayName: { type: 'text', name: 'display_name' },
    firstName: { type: 'text', name: 'first_name' },
    lastName: { type: 'text', name: 'last_name' },
    usageLocation: { type: 'char', length: 2, name: 'usage_location' },
    isAdmin: { type: 'boolean', name: 'is_admin' },
    state: { type: 'text' },
    licenses: { type: 'uuid', array: true },
    passwordHash: { type: 'text', name: 'password_hash', select: false },
    createdAt: { type: 'timestamptz', name: 'created_at' },
    updatedAt: { type: 'timestamptz', name: 'updated_at' },
    deletedAt: { type: 'timestamptz', name: 'deleted_at', nullable: true },
  },
});
