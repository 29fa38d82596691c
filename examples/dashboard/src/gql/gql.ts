/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    expiresAt\n  }\n}\n\nquery Dashboard {\n  me {\n    displayName\n    organization {\n      id\n      companyName\n      ... @defer(label: \"customers\") {\n        customers(first: 50) {\n          totalCount\n          edges {\n            node {\n              id\n              companyProfile {\n                companyName\n                domain\n              }\n              relationshipToMe\n              allowDelegatedAccess\n              resellerRelationships(first: 5) {\n                edges {\n                  node {\n                    state\n                    partner {\n                      companyName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  resellerRelationshipRequests(first: 20, state: PENDING) {\n    totalCount\n    edges {\n      node {\n        id\n        customerEmailHint\n        createdAt\n        expiresAt\n      }\n    }\n  }\n  serviceIncidents(first: 10, resolved: false) {\n    totalCount\n    edges {\n      node {\n        id\n        workload\n        title\n        status\n        startTime\n      }\n    }\n  }\n}\n\nsubscription RequestChanged($after: ID) {\n  resellerRelationshipRequestChanged(after: $after) {\n    eventId\n    state\n    request {\n      id\n      customerEmailHint\n      createdAt\n      expiresAt\n    }\n  }\n}\n\nsubscription RelationshipChanged($after: ID) {\n  customerRelationshipChanged(after: $after) {\n    eventId\n    change\n  }\n}\n\nsubscription ServiceHealthChanged($after: ID) {\n  serviceHealthChanged(after: $after) {\n    eventId\n    status\n    resolved\n  }\n}": typeof types.SignInDocument,
};
const documents: Documents = {
    "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    expiresAt\n  }\n}\n\nquery Dashboard {\n  me {\n    displayName\n    organization {\n      id\n      companyName\n      ... @defer(label: \"customers\") {\n        customers(first: 50) {\n          totalCount\n          edges {\n            node {\n              id\n              companyProfile {\n                companyName\n                domain\n              }\n              relationshipToMe\n              allowDelegatedAccess\n              resellerRelationships(first: 5) {\n                edges {\n                  node {\n                    state\n                    partner {\n                      companyName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  resellerRelationshipRequests(first: 20, state: PENDING) {\n    totalCount\n    edges {\n      node {\n        id\n        customerEmailHint\n        createdAt\n        expiresAt\n      }\n    }\n  }\n  serviceIncidents(first: 10, resolved: false) {\n    totalCount\n    edges {\n      node {\n        id\n        workload\n        title\n        status\n        startTime\n      }\n    }\n  }\n}\n\nsubscription RequestChanged($after: ID) {\n  resellerRelationshipRequestChanged(after: $after) {\n    eventId\n    state\n    request {\n      id\n      customerEmailHint\n      createdAt\n      expiresAt\n    }\n  }\n}\n\nsubscription RelationshipChanged($after: ID) {\n  customerRelationshipChanged(after: $after) {\n    eventId\n    change\n  }\n}\n\nsubscription ServiceHealthChanged($after: ID) {\n  serviceHealthChanged(after: $after) {\n    eventId\n    status\n    resolved\n  }\n}": types.SignInDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    expiresAt\n  }\n}\n\nquery Dashboard {\n  me {\n    displayName\n    organization {\n      id\n      companyName\n      ... @defer(label: \"customers\") {\n        customers(first: 50) {\n          totalCount\n          edges {\n            node {\n              id\n              companyProfile {\n                companyName\n                domain\n              }\n              relationshipToMe\n              allowDelegatedAccess\n              resellerRelationships(first: 5) {\n                edges {\n                  node {\n                    state\n                    partner {\n                      companyName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  resellerRelationshipRequests(first: 20, state: PENDING) {\n    totalCount\n    edges {\n      node {\n        id\n        customerEmailHint\n        createdAt\n        expiresAt\n      }\n    }\n  }\n  serviceIncidents(first: 10, resolved: false) {\n    totalCount\n    edges {\n      node {\n        id\n        workload\n        title\n        status\n        startTime\n      }\n    }\n  }\n}\n\nsubscription RequestChanged($after: ID) {\n  resellerRelationshipRequestChanged(after: $after) {\n    eventId\n    state\n    request {\n      id\n      customerEmailHint\n      createdAt\n      expiresAt\n    }\n  }\n}\n\nsubscription RelationshipChanged($after: ID) {\n  customerRelationshipChanged(after: $after) {\n    eventId\n    change\n  }\n}\n\nsubscription ServiceHealthChanged($after: ID) {\n  serviceHealthChanged(after: $after) {\n    eventId\n    status\n    resolved\n  }\n}"): (typeof documents)["mutation SignIn($email: String!, $password: String!) {\n  signIn(email: $email, password: $password) {\n    accessToken\n    expiresAt\n  }\n}\n\nquery Dashboard {\n  me {\n    displayName\n    organization {\n      id\n      companyName\n      ... @defer(label: \"customers\") {\n        customers(first: 50) {\n          totalCount\n          edges {\n            node {\n              id\n              companyProfile {\n                companyName\n                domain\n              }\n              relationshipToMe\n              allowDelegatedAccess\n              resellerRelationships(first: 5) {\n                edges {\n                  node {\n                    state\n                    partner {\n                      companyName\n                    }\n                  }\n                }\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n  resellerRelationshipRequests(first: 20, state: PENDING) {\n    totalCount\n    edges {\n      node {\n        id\n        customerEmailHint\n        createdAt\n        expiresAt\n      }\n    }\n  }\n  serviceIncidents(first: 10, resolved: false) {\n    totalCount\n    edges {\n      node {\n        id\n        workload\n        title\n        status\n        startTime\n      }\n    }\n  }\n}\n\nsubscription RequestChanged($after: ID) {\n  resellerRelationshipRequestChanged(after: $after) {\n    eventId\n    state\n    request {\n      id\n      customerEmailHint\n      createdAt\n      expiresAt\n    }\n  }\n}\n\nsubscription RelationshipChanged($after: ID) {\n  customerRelationshipChanged(after: $after) {\n    eventId\n    change\n  }\n}\n\nsubscription ServiceHealthChanged($after: ID) {\n  serviceHealthChanged(after: $after) {\n    eventId\n    status\n    resolved\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;