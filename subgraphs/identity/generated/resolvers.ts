import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import { User } from '../model/user.js';
import { Tenant as TenantRow } from '../model/tenant.js';
import { AnyConnection } from '../../kit/pagination.js';
import { IdentityContext } from '../context.js';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** An ISO-8601 date-time in UTC. */
  DateTime: { input: Date; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** The user's level of access to partner-center features (admin level). */
export type AdminRole =
  | 'BILLING_ADMIN'
  | 'GLOBAL_ADMIN'
  | 'NONE'
  | 'USER_MANAGEMENT_ADMIN';

/** What kind of customer data and account information the user can see and change (agent level). */
export type AgentRole =
  | 'ADMIN_AGENT'
  | 'HELPDESK_AGENT'
  | 'NONE';

/** Both role levels are mandatory: choose NONE for 'No agent' / 'No admin' (S-21). */
export type CreatePartnerUserInput = {
  adminRole: AdminRole;
  agentRole: AgentRole;
  displayName: Scalars['String']['input'];
  /** Must be in one of the tenant's verified domains. */
  email: Scalars['String']['input'];
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
};

export type CreatePartnerUserPayload = {
  __typename?: 'CreatePartnerUserPayload';
  /** Shown once: no query can read it again (S-26). The user must change it at first sign-in. */
  temporaryPassword: Scalars['String']['output'];
  user: PartnerUser;
};

/** A new work account (seed step 3, 'Create one'): a tenant on <domainPrefix>.onmicrosoft.com and its global admin. */
export type CreateWorkAccountInput = {
  companyName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 */
  countryCode: Scalars['String']['input'];
  domainPrefix: Scalars['String']['input'];
  firstName: Scalars['String']['input'];
  lastName: Scalars['String']['input'];
  password: Scalars['String']['input'];
  /** The global admin's user name, before the @. */
  userName: Scalars['String']['input'];
};

export type CreateWorkAccountPayload = {
  __typename?: 'CreateWorkAccountPayload';
  tenant: Tenant;
  user: PartnerUser;
};

/** A customer's Azure AD tenant (Customer.id is the tenant id). */
export type Customer = {
  __typename?: 'Customer';
  id: Scalars['ID']['output'];
  tenant?: Maybe<Tenant>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Replaces the caller's password (I-02); returns fresh tokens without the password-change requirement. */
  changeMyPassword?: Maybe<SignInPayload>;
  /** Adds a partner user with a temporary password (I-04). */
  createPartnerUser?: Maybe<CreatePartnerUserPayload>;
  /** Creates a work account for a newcomer who has none (public, rate-limited). */
  createWorkAccount?: Maybe<CreateWorkAccountPayload>;
  /** Deactivates a user and ends their sessions (I-08); restorable for 30 days. */
  deactivatePartnerUser?: Maybe<PartnerUser>;
  /** Exchanges a refresh token for new tokens carrying the user's current roles; the old refresh token is spent. */
  refreshAccessToken?: Maybe<SignInPayload>;
  /** Issues a new temporary password, shown once, and ends the user's sessions (I-07). */
  resetPartnerUserPassword?: Maybe<ResetPasswordPayload>;
  /** Restores a deactivated user with a new temporary password (I-08). */
  restorePartnerUser?: Maybe<ResetPasswordPayload>;
  /** Sets both role levels (I-06); from the next request on, the user's tokens already issued are judged by them. */
  setPartnerUserRoles?: Maybe<PartnerUser>;
  /** Signs in with an email address and password. Repeated failures are throttled per account and per address. */
  signIn?: Maybe<SignInPayload>;
  /**
   * Ends the session of the refresh token: it and every token refreshed from it are revoked, and the session's
   * access tokens are refused from the next request on (UNAUTHENTICATED / SESSION_REVOKED). With `allSessions`,
   * every session of its user ends.
   */
  signOut?: Maybe<Scalars['Boolean']['output']>;
  /** Changes a user's names (I-05). */
  updatePartnerUser?: Maybe<PartnerUser>;
};


export type MutationChangeMyPasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreatePartnerUserArgs = {
  input: CreatePartnerUserInput;
};


export type MutationCreateWorkAccountArgs = {
  input: CreateWorkAccountInput;
};


export type MutationDeactivatePartnerUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRefreshAccessTokenArgs = {
  refreshToken: Scalars['String']['input'];
};


export type MutationResetPartnerUserPasswordArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRestorePartnerUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationSetPartnerUserRolesArgs = {
  adminRole: AdminRole;
  agentRole: AgentRole;
  userId: Scalars['ID']['input'];
};


export type MutationSignInArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationSignOutArgs = {
  allSessions?: InputMaybe<Scalars['Boolean']['input']>;
  refreshToken: Scalars['String']['input'];
};


export type MutationUpdatePartnerUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdatePartnerUserInput;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** Identity's contribution to the partner organization: its tenant and its users. */
export type PartnerOrganization = {
  __typename?: 'PartnerOrganization';
  id: Scalars['ID']['output'];
  tenant?: Maybe<Tenant>;
  users?: Maybe<PartnerUserConnection>;
};


/** Identity's contribution to the partner organization: its tenant and its users. */
export type PartnerOrganizationUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerUserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/**
 * A person who signs in. Partner users belong to a partner organization's tenant; users of a customer tenant
 * have no partner organization. No field ever returns a password.
 */
export type PartnerUser = {
  __typename?: 'PartnerUser';
  /** Access to partner-center features (second level, S-20). */
  adminRole: AdminRole;
  /** What customer data the user can see and change (first level, S-19). */
  agentRole: AgentRole;
  createdAt: Scalars['DateTime']['output'];
  createdBy?: Maybe<PartnerUser>;
  displayName: Scalars['String']['output'];
  firstName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  lastName?: Maybe<Scalars['String']['output']>;
  lastSignInAt?: Maybe<Scalars['DateTime']['output']>;
  /** True until the user replaces a temporary password (S-26). */
  mustChangePassword: Scalars['Boolean']['output'];
  organization?: Maybe<PartnerOrganization>;
  /** The partner organization (= tenant id) the user belongs to; null for customer-tenant users. */
  partnerId?: Maybe<Scalars['ID']['output']>;
  /** When the user was deactivated; restorable for 30 days. */
  softDeletionTime?: Maybe<Scalars['DateTime']['output']>;
  state: UserState;
  tenant?: Maybe<Tenant>;
  /** The user's unique email address. */
  userPrincipalName: Scalars['String']['output'];
};

export type PartnerUserChange =
  | 'CREATED'
  | 'DEACTIVATED'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'RESTORED'
  | 'ROLES_CHANGED'
  | 'UPDATED';

/** One change to a user of the caller's organization (§5 PartnerUser* events). */
export type PartnerUserChangedEvent = {
  __typename?: 'PartnerUserChangedEvent';
  /** Who made the change; null when the system did. */
  actor?: Maybe<PartnerUser>;
  change: PartnerUserChange;
  /** Increasing per subgraph: pass the last one seen as `after` to resume without gaps or duplicates. */
  eventId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTime']['output'];
  user?: Maybe<PartnerUser>;
};

export type PartnerUserConnection = {
  __typename?: 'PartnerUserConnection';
  edges: Array<PartnerUserEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type PartnerUserEdge = {
  __typename?: 'PartnerUserEdge';
  cursor: Scalars['String']['output'];
  node: PartnerUser;
};

export type PartnerUserFilter = {
  adminRole?: InputMaybe<AdminRole>;
  agentRole?: InputMaybe<AgentRole>;
  /** Matches display name or email, case-insensitively. */
  search?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<UserState>;
};

export type Query = {
  __typename?: 'Query';
  /** The signed-in user (I-01). */
  me?: Maybe<PartnerUser>;
  /** The signed-in user's tenant and its domains (I-09). */
  myTenant?: Maybe<Tenant>;
  /** One user of the organization (I-03); another organization's user is NOT_FOUND. */
  partnerUser?: Maybe<PartnerUser>;
  /** The organization's users (I-03). */
  partnerUsers?: Maybe<PartnerUserConnection>;
};


export type QueryPartnerUserArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnerUsersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PartnerUserFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type ResetPasswordPayload = {
  __typename?: 'ResetPasswordPayload';
  /** Shown once. */
  temporaryPassword: Scalars['String']['output'];
  user: PartnerUser;
};

export type SignInPayload = {
  __typename?: 'SignInPayload';
  /** Short-lived access token: send it as `Authorization: Bearer <token>`. */
  accessToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  /** Single-use token for `refreshAccessToken`; each use returns a new one. */
  refreshToken: Scalars['String']['output'];
  refreshTokenExpiresAt: Scalars['DateTime']['output'];
  user: PartnerUser;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Live changes to the organization's users: global admins and user-management admins (§5). */
  partnerUserChanged?: Maybe<PartnerUserChangedEvent>;
};


export type SubscriptionPartnerUserChangedArgs = {
  after?: InputMaybe<Scalars['ID']['input']>;
};

/** An Azure AD tenant (work account): the directory that owns users and domains. */
export type Tenant = {
  __typename?: 'Tenant';
  countryCode: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  defaultDomain: Scalars['String']['output'];
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  verifiedDomains: Array<Scalars['String']['output']>;
};

export type UpdatePartnerUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  lastName?: InputMaybe<Scalars['String']['input']>;
};

export type UserState =
  | 'ACTIVE'
  | 'INACTIVE';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = ResolversObject<{
  Customer: Customer;
  PartnerOrganization: PartnerOrganization;
  PartnerUser: PartnerUser;
  Tenant: Tenant;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  PartnerOrganization:
    ( { __typename: 'PartnerOrganization' }
    & GraphQLRecursivePick<FederationTypes['PartnerOrganization'], {"id":true}> );
  PartnerUser:
    ( { __typename: 'PartnerUser' }
    & GraphQLRecursivePick<FederationTypes['PartnerUser'], {"id":true}> );
  Tenant:
    ( { __typename: 'Tenant' }
    & GraphQLRecursivePick<FederationTypes['Tenant'], {"id":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AdminRole: AdminRole;
  AgentRole: AgentRole;
  CreatePartnerUserInput: CreatePartnerUserInput;
  CreatePartnerUserPayload: ResolverTypeWrapper<Omit<CreatePartnerUserPayload, 'user'> & { user: ResolversTypes['PartnerUser'] }>;
  CreateWorkAccountInput: CreateWorkAccountInput;
  CreateWorkAccountPayload: ResolverTypeWrapper<Omit<CreateWorkAccountPayload, 'tenant' | 'user'> & { tenant: ResolversTypes['Tenant'], user: ResolversTypes['PartnerUser'] }>;
  Customer: ResolverTypeWrapper<Omit<Customer, 'tenant'> & { tenant?: Maybe<ResolversTypes['Tenant']> }>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerOrganization: ResolverTypeWrapper<Omit<PartnerOrganization, 'tenant' | 'users'> & { tenant?: Maybe<ResolversTypes['Tenant']>, users?: Maybe<ResolversTypes['PartnerUserConnection']> }>;
  PartnerUser: ResolverTypeWrapper<User>;
  PartnerUserChange: PartnerUserChange;
  PartnerUserChangedEvent: ResolverTypeWrapper<Omit<PartnerUserChangedEvent, 'actor' | 'user'> & { actor?: Maybe<ResolversTypes['PartnerUser']>, user?: Maybe<ResolversTypes['PartnerUser']> }>;
  PartnerUserConnection: ResolverTypeWrapper<AnyConnection>;
  PartnerUserEdge: ResolverTypeWrapper<Omit<PartnerUserEdge, 'node'> & { node: ResolversTypes['PartnerUser'] }>;
  PartnerUserFilter: PartnerUserFilter;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ResetPasswordPayload: ResolverTypeWrapper<Omit<ResetPasswordPayload, 'user'> & { user: ResolversTypes['PartnerUser'] }>;
  SignInPayload: ResolverTypeWrapper<Omit<SignInPayload, 'user'> & { user: ResolversTypes['PartnerUser'] }>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Tenant: ResolverTypeWrapper<TenantRow>;
  UpdatePartnerUserInput: UpdatePartnerUserInput;
  UserState: UserState;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  CreatePartnerUserInput: CreatePartnerUserInput;
  CreatePartnerUserPayload: Omit<CreatePartnerUserPayload, 'user'> & { user: ResolversParentTypes['PartnerUser'] };
  CreateWorkAccountInput: CreateWorkAccountInput;
  CreateWorkAccountPayload: Omit<CreateWorkAccountPayload, 'tenant' | 'user'> & { tenant: ResolversParentTypes['Tenant'], user: ResolversParentTypes['PartnerUser'] };
  Customer: Omit<Customer, 'tenant'> & { tenant?: Maybe<ResolversParentTypes['Tenant']> } | FederationReferenceTypes['Customer'];
  ID: Scalars['ID']['output'];
  DateTime: Scalars['DateTime']['output'];
  Mutation: Record<PropertyKey, never>;
  Boolean: Scalars['Boolean']['output'];
  PageInfo: PageInfo;
  PartnerOrganization: Omit<PartnerOrganization, 'tenant' | 'users'> & { tenant?: Maybe<ResolversParentTypes['Tenant']>, users?: Maybe<ResolversParentTypes['PartnerUserConnection']> } | FederationReferenceTypes['PartnerOrganization'];
  PartnerUser: User;
  PartnerUserChangedEvent: Omit<PartnerUserChangedEvent, 'actor' | 'user'> & { actor?: Maybe<ResolversParentTypes['PartnerUser']>, user?: Maybe<ResolversParentTypes['PartnerUser']> };
  PartnerUserConnection: AnyConnection;
  PartnerUserEdge: Omit<PartnerUserEdge, 'node'> & { node: ResolversParentTypes['PartnerUser'] };
  PartnerUserFilter: PartnerUserFilter;
  Query: Record<PropertyKey, never>;
  ResetPasswordPayload: Omit<ResetPasswordPayload, 'user'> & { user: ResolversParentTypes['PartnerUser'] };
  SignInPayload: Omit<SignInPayload, 'user'> & { user: ResolversParentTypes['PartnerUser'] };
  Subscription: Record<PropertyKey, never>;
  Tenant: TenantRow;
  UpdatePartnerUserInput: UpdatePartnerUserInput;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
}>;

export type ConstraintDirectiveArgs = {
  format?: Maybe<Scalars['String']['input']>;
  max?: Maybe<Scalars['Int']['input']>;
  maxItems?: Maybe<Scalars['Int']['input']>;
  maxLength?: Maybe<Scalars['Int']['input']>;
  min?: Maybe<Scalars['Int']['input']>;
  reason?: Maybe<Scalars['String']['input']>;
};

export type ConstraintDirectiveResolver<Result, Parent, ContextType = IdentityContext, Args = ConstraintDirectiveArgs> = DirectiveResolverFn<Result, Parent, ContextType, Args>;

export type CreatePartnerUserPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreatePartnerUserPayload'] = ResolversParentTypes['CreatePartnerUserPayload']> = ResolversObject<{
  temporaryPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
}>;

export type CreateWorkAccountPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['CreateWorkAccountPayload'] = ResolversParentTypes['CreateWorkAccountPayload']> = ResolversObject<{
  tenant?: Resolver<ResolversTypes['Tenant'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
}>;

export type CustomerResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type MutationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  changeMyPassword?: Resolver<Maybe<ResolversTypes['SignInPayload']>, ParentType, ContextType, RequireFields<MutationChangeMyPasswordArgs, 'currentPassword' | 'newPassword'>>;
  createPartnerUser?: Resolver<Maybe<ResolversTypes['CreatePartnerUserPayload']>, ParentType, ContextType, RequireFields<MutationCreatePartnerUserArgs, 'input'>>;
  createWorkAccount?: Resolver<Maybe<ResolversTypes['CreateWorkAccountPayload']>, ParentType, ContextType, RequireFields<MutationCreateWorkAccountArgs, 'input'>>;
  deactivatePartnerUser?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType, RequireFields<MutationDeactivatePartnerUserArgs, 'userId'>>;
  refreshAccessToken?: Resolver<Maybe<ResolversTypes['SignInPayload']>, ParentType, ContextType, RequireFields<MutationRefreshAccessTokenArgs, 'refreshToken'>>;
  resetPartnerUserPassword?: Resolver<Maybe<ResolversTypes['ResetPasswordPayload']>, ParentType, ContextType, RequireFields<MutationResetPartnerUserPasswordArgs, 'userId'>>;
  restorePartnerUser?: Resolver<Maybe<ResolversTypes['ResetPasswordPayload']>, ParentType, ContextType, RequireFields<MutationRestorePartnerUserArgs, 'userId'>>;
  setPartnerUserRoles?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType, RequireFields<MutationSetPartnerUserRolesArgs, 'adminRole' | 'agentRole' | 'userId'>>;
  signIn?: Resolver<Maybe<ResolversTypes['SignInPayload']>, ParentType, ContextType, RequireFields<MutationSignInArgs, 'email' | 'password'>>;
  signOut?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType, RequireFields<MutationSignOutArgs, 'allSessions' | 'refreshToken'>>;
  updatePartnerUser?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType, RequireFields<MutationUpdatePartnerUserArgs, 'id' | 'input'>>;
}>;

export type PageInfoResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerOrganizationResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerOrganization'] = ResolversParentTypes['PartnerOrganization'], FederationReferenceType extends FederationReferenceTypes['PartnerOrganization'] = FederationReferenceTypes['PartnerOrganization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  users?: Resolver<Maybe<ResolversTypes['PartnerUserConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationUsersArgs, 'first'>>;
}>;

export type PartnerUserResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerUser'] = ResolversParentTypes['PartnerUser'], FederationReferenceType extends FederationReferenceTypes['PartnerUser'] = FederationReferenceTypes['PartnerUser']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerUser']> | FederationReferenceType, FederationReferenceType, ContextType>;
  adminRole?: Resolver<ResolversTypes['AdminRole'], ParentType, ContextType>;
  agentRole?: Resolver<ResolversTypes['AgentRole'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastSignInAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  mustChangePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  organization?: Resolver<Maybe<ResolversTypes['PartnerOrganization']>, ParentType, ContextType>;
  partnerId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  softDeletionTime?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['UserState'], ParentType, ContextType>;
  tenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  userPrincipalName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PartnerUserChangedEventResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerUserChangedEvent'] = ResolversParentTypes['PartnerUserChangedEvent']> = ResolversObject<{
  actor?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  change?: Resolver<ResolversTypes['PartnerUserChange'], ParentType, ContextType>;
  eventId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  occurredAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
}>;

export type PartnerUserConnectionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerUserConnection'] = ResolversParentTypes['PartnerUserConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PartnerUserEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PartnerUserEdgeResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['PartnerUserEdge'] = ResolversParentTypes['PartnerUserEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  me?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType>;
  myTenant?: Resolver<Maybe<ResolversTypes['Tenant']>, ParentType, ContextType>;
  partnerUser?: Resolver<Maybe<ResolversTypes['PartnerUser']>, ParentType, ContextType, RequireFields<QueryPartnerUserArgs, 'id'>>;
  partnerUsers?: Resolver<Maybe<ResolversTypes['PartnerUserConnection']>, ParentType, ContextType, RequireFields<QueryPartnerUsersArgs, 'first'>>;
}>;

export type ResetPasswordPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['ResetPasswordPayload'] = ResolversParentTypes['ResetPasswordPayload']> = ResolversObject<{
  temporaryPassword?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
}>;

export type SignInPayloadResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['SignInPayload'] = ResolversParentTypes['SignInPayload']> = ResolversObject<{
  accessToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  expiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  refreshToken?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshTokenExpiresAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  user?: Resolver<ResolversTypes['PartnerUser'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  partnerUserChanged?: SubscriptionResolver<Maybe<ResolversTypes['PartnerUserChangedEvent']>, "partnerUserChanged", ParentType, ContextType, Partial<SubscriptionPartnerUserChangedArgs>>;
}>;

export type TenantResolvers<ContextType = IdentityContext, ParentType extends ResolversParentTypes['Tenant'] = ResolversParentTypes['Tenant'], FederationReferenceType extends FederationReferenceTypes['Tenant'] = FederationReferenceTypes['Tenant']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Tenant']> | FederationReferenceType, FederationReferenceType, ContextType>;
  countryCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  defaultDomain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  verifiedDomains?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = IdentityContext> = ResolversObject<{
  CreatePartnerUserPayload?: CreatePartnerUserPayloadResolvers<ContextType>;
  CreateWorkAccountPayload?: CreateWorkAccountPayloadResolvers<ContextType>;
  Customer?: CustomerResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganization?: PartnerOrganizationResolvers<ContextType>;
  PartnerUser?: PartnerUserResolvers<ContextType>;
  PartnerUserChangedEvent?: PartnerUserChangedEventResolvers<ContextType>;
  PartnerUserConnection?: PartnerUserConnectionResolvers<ContextType>;
  PartnerUserEdge?: PartnerUserEdgeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ResetPasswordPayload?: ResetPasswordPayloadResolvers<ContextType>;
  SignInPayload?: SignInPayloadResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Tenant?: TenantResolvers<ContextType>;
}>;

export type DirectiveResolvers<ContextType = IdentityContext> = ResolversObject<{
  constraint?: ConstraintDirectiveResolver<any, any, ContextType>;
}>;
