import { EntitySchema } from 'typeorm';
import type { AdminRole, AgentRole } from '../../../platform/tokens.js';

export type UserState = 'ACTIVE' | 'INACTIVE';
export type DirectoryRole = 'GLOBAL_ADMINISTRATOR' | 'USER';

export interface User {
  id: string;
  tenantId: string;
  email: string;
  displayName: string;
  firstName: string | null;
  lastName: string | null;
  passwordHash: string;
  mustChangePassword: boolean;
  agentRole: AgentRole;
  adminRole: AdminRole;
  directoryRole: DirectoryRole;
  state: UserState;
  createdAt: Date;
  createdBy: string | null;
  lastSignInAt: Date | null;
  softDeletionTime: Date | null;
  /** bumped by every change to roles, state, password or sessions; access tokens carry it (issue 14) */
  accessVersion: number;
  /** access tokens issued below this version belong to ended sessions */
  sessionsValidFrom: number;
}

export const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'users',
  schema: 'identity',
  columns: {
    id: { type: 'uuid', primary: true },
    tenantId: { type: 'uuid', name: 'tenant_id' },
    email: { type: 'text' },
    displayName: { type: 'text', name: 'display_name' },
    firstName: { type: 'text', name: 'first_name', nullable: true },
    lastName: { type: 'text', name: 'last_name', nullable: true },
    passwordHash: { type: 'text', name: 'password_hash' },
    mustChangePassword: { type: 'boolean', name: 'must_change_password' },
    agentRole: { type: 'text', name: 'agent_role' },
    adminRole: { type: 'text', name: 'admin_role' },
    directoryRole: { type: 'text', name: 'directory_role' },
    state: { type: 'text' },
    createdAt: { type: 'timestamptz', name: 'created_at', createDate: true },
    createdBy: { type: 'uuid', name: 'created_by', nullable: true },
    lastSignInAt: { type: 'timestamptz', name: 'last_sign_in_at', nullable: true },
    softDeletionTime: { type: 'timestamptz', name: 'soft_deletion_time', nullable: true },
    accessVersion: { type: 'int', name: 'access_version', default: 0 },
    sessionsValidFrom: { type: 'int', name: 'sessions_valid_from', default: 0 },
  },
});
