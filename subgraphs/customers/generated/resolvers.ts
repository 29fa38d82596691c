import { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
export type Maybe<T> = T | null | undefined;
export type InputMaybe<T> = T | null | undefined;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  DateTime: { input: Date | string; output: Date | string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** An organization (an Azure AD tenant) that buys through partners. Its id is its tenant id. */
export type Customer = {
  __typename?: 'Customer';
  /** Whether the caller's organization holds active delegated admin privileges for this customer. */
  allowDelegatedAccess: Scalars['Boolean']['output'];
  commerceId?: Maybe<Scalars['String']['output']>;
  companyProfile: CustomerCompanyProfile;
  /** DAP-gated (T-8): null unless the caller's organization holds active delegated admin privileges. */
  customDomains?: Maybe<Array<Scalars['String']['output']>>;
  id: Scalars['ID']['output'];
  /** The caller organization's relationship to this customer. */
  relationshipToMe: CustomerPartnerRelationship;
  /** The relationships the caller may see (T-4…T-6). */
  resellerRelationships?: Maybe<Array<CustomerResellerRelationship>>;
};

export type CustomerCompanyProfile = {
  __typename?: 'CustomerCompanyProfile';
  companyName: Scalars['String']['output'];
  domain: Scalars['String']['output'];
  organizationRegistrationNumber?: Maybe<Scalars['String']['output']>;
  tenantId: Scalars['ID']['output'];
};

export type CustomerConnection = {
  __typename?: 'CustomerConnection';
  edges: Array<CustomerEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type CustomerEdge = {
  __typename?: 'CustomerEdge';
  cursor: Scalars['String']['output'];
  node: Customer;
};

export type CustomerPartnerRelationship =
  | 'ADVISOR'
  | 'NONE'
  | 'RESELLER';

/** A link between a partner organization and a customer (relationshipToPartner = reseller). */
export type CustomerResellerRelationship = {
  __typename?: 'CustomerResellerRelationship';
  customer: Customer;
  establishedAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  partner: PartnerOrganization;
  removedAt?: Maybe<Scalars['DateTime']['output']>;
  source: RelationshipSource;
  state: RelationshipState;
  type: CustomerPartnerRelationship;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** The customers subgraph's contribution to a partner organization: its customers. */
export type PartnerOrganization = {
  __typename?: 'PartnerOrganization';
  /** The organization's customers (C-01): only the caller's own organization. */
  customers?: Maybe<CustomerConnection>;
  id: Scalars['ID']['output'];
};


/** The customers subgraph's contribution to a partner organization: its customers. */
export type PartnerOrganizationCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

/** The customers subgraph's contribution to a partnership: the customers both sides share (S-33). */
export type ProviderResellerRelationship = {
  __typename?: 'ProviderResellerRelationship';
  providerId: Scalars['ID']['output'];
  resellerId: Scalars['ID']['output'];
  sharedCustomers?: Maybe<CustomerConnection>;
};


/** The customers subgraph's contribution to a partnership: the customers both sides share (S-33). */
export type ProviderResellerRelationshipSharedCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  customer?: Maybe<Customer>;
  /** The caller organization's customers (C-01), optionally searched by company name or domain. */
  customers?: Maybe<CustomerConnection>;
};


export type QueryCustomerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCustomersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type RelationshipSource =
  | 'IMPORTED'
  | 'INVITATION'
  | 'JOINT_INVITATION'
  | 'PROVIDER_CREATED';

export type RelationshipState =
  | 'ACTIVE'
  | 'REMOVED';

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
  CustomerResellerRelationship: CustomerResellerRelationship;
  PartnerOrganization: PartnerOrganization;
  ProviderResellerRelationship: ProviderResellerRelationship;
}>;

/** Mapping of federation reference types */
export type FederationReferenceTypes = ResolversObject<{
  Customer:
    ( { __typename: 'Customer' }
    & GraphQLRecursivePick<FederationTypes['Customer'], {"id":true}> );
  CustomerResellerRelationship:
    ( { __typename: 'CustomerResellerRelationship' }
    & GraphQLRecursivePick<FederationTypes['CustomerResellerRelationship'], {"id":true}> );
  PartnerOrganization:
    ( { __typename: 'PartnerOrganization' }
    & GraphQLRecursivePick<FederationTypes['PartnerOrganization'], {"id":true}> );
  ProviderResellerRelationship:
    ( { __typename: 'ProviderResellerRelationship' }
    & GraphQLRecursivePick<FederationTypes['ProviderResellerRelationship'], {"providerId":true,"resellerId":true}> );
}>;



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Customer: ResolverTypeWrapper<Customer>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  CustomerCompanyProfile: ResolverTypeWrapper<CustomerCompanyProfile>;
  CustomerConnection: ResolverTypeWrapper<CustomerConnection>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CustomerEdge: ResolverTypeWrapper<CustomerEdge>;
  CustomerPartnerRelationship: CustomerPartnerRelationship;
  CustomerResellerRelationship: ResolverTypeWrapper<CustomerResellerRelationship>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PartnerOrganization: ResolverTypeWrapper<PartnerOrganization>;
  ProviderResellerRelationship: ResolverTypeWrapper<ProviderResellerRelationship>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RelationshipSource: RelationshipSource;
  RelationshipState: RelationshipState;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Customer: Customer | FederationReferenceTypes['Customer'];
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  CustomerCompanyProfile: CustomerCompanyProfile;
  CustomerConnection: CustomerConnection;
  Int: Scalars['Int']['output'];
  CustomerEdge: CustomerEdge;
  CustomerResellerRelationship: CustomerResellerRelationship | FederationReferenceTypes['CustomerResellerRelationship'];
  DateTime: Scalars['DateTime']['output'];
  PageInfo: PageInfo;
  PartnerOrganization: PartnerOrganization | FederationReferenceTypes['PartnerOrganization'];
  ProviderResellerRelationship: ProviderResellerRelationship | FederationReferenceTypes['ProviderResellerRelationship'];
  Query: Record<PropertyKey, never>;
}>;

export type CustomerResolvers<ContextType = any, ParentType extends ResolversParentTypes['Customer'] = ResolversParentTypes['Customer'], FederationReferenceType extends FederationReferenceTypes['Customer'] = FederationReferenceTypes['Customer']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Customer']> | FederationReferenceType, FederationReferenceType, ContextType>;
  allowDelegatedAccess?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  commerceId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  companyProfile?: Resolver<ResolversTypes['CustomerCompanyProfile'], ParentType, ContextType>;
  customDomains?: Resolver<Maybe<Array<ResolversTypes['String']>>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  relationshipToMe?: Resolver<ResolversTypes['CustomerPartnerRelationship'], ParentType, ContextType>;
  resellerRelationships?: Resolver<Maybe<Array<ResolversTypes['CustomerResellerRelationship']>>, ParentType, ContextType>;
}>;

export type CustomerCompanyProfileResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerCompanyProfile'] = ResolversParentTypes['CustomerCompanyProfile']> = ResolversObject<{
  companyName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  domain?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  organizationRegistrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tenantId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type CustomerConnectionResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerConnection'] = ResolversParentTypes['CustomerConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['CustomerEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CustomerEdgeResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerEdge'] = ResolversParentTypes['CustomerEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
}>;

export type CustomerResellerRelationshipResolvers<ContextType = any, ParentType extends ResolversParentTypes['CustomerResellerRelationship'] = ResolversParentTypes['CustomerResellerRelationship'], FederationReferenceType extends FederationReferenceTypes['CustomerResellerRelationship'] = FederationReferenceTypes['CustomerResellerRelationship']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CustomerResellerRelationship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customer?: Resolver<ResolversTypes['Customer'], ParentType, ContextType>;
  establishedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  partner?: Resolver<ResolversTypes['PartnerOrganization'], ParentType, ContextType>;
  removedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['RelationshipSource'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['RelationshipState'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['CustomerPartnerRelationship'], ParentType, ContextType>;
}>;

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type PageInfoResolvers<ContextType = any, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PartnerOrganizationResolvers<ContextType = any, ParentType extends ResolversParentTypes['PartnerOrganization'] = ResolversParentTypes['PartnerOrganization'], FederationReferenceType extends FederationReferenceTypes['PartnerOrganization'] = FederationReferenceTypes['PartnerOrganization']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['PartnerOrganization']> | FederationReferenceType, FederationReferenceType, ContextType>;
  customers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<PartnerOrganizationCustomersArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type ProviderResellerRelationshipResolvers<ContextType = any, ParentType extends ResolversParentTypes['ProviderResellerRelationship'] = ResolversParentTypes['ProviderResellerRelationship'], FederationReferenceType extends FederationReferenceTypes['ProviderResellerRelationship'] = FederationReferenceTypes['ProviderResellerRelationship']> = ResolversObject<{
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProviderResellerRelationship']> | FederationReferenceType, FederationReferenceType, ContextType>;
  providerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  resellerId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sharedCustomers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<ProviderResellerRelationshipSharedCustomersArgs, 'first'>>;
}>;

export type QueryResolvers<ContextType = any, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  customer?: Resolver<Maybe<ResolversTypes['Customer']>, ParentType, ContextType, RequireFields<QueryCustomerArgs, 'id'>>;
  customers?: Resolver<Maybe<ResolversTypes['CustomerConnection']>, ParentType, ContextType, RequireFields<QueryCustomersArgs, 'first'>>;
}>;

export type Resolvers<ContextType = any> = ResolversObject<{
  Customer?: CustomerResolvers<ContextType>;
  CustomerCompanyProfile?: CustomerCompanyProfileResolvers<ContextType>;
  CustomerConnection?: CustomerConnectionResolvers<ContextType>;
  CustomerEdge?: CustomerEdgeResolvers<ContextType>;
  CustomerResellerRelationship?: CustomerResellerRelationshipResolvers<ContextType>;
  DateTime?: GraphQLScalarType;
  PageInfo?: PageInfoResolvers<ContextType>;
  PartnerOrganization?: PartnerOrganizationResolvers<ContextType>;
  ProviderResellerRelationship?: ProviderResellerRelationshipResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
}>;

