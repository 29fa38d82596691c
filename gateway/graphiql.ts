import type { renderGraphiQL } from '@graphql-yoga/render-graphiql';

/** The example GraphiQL opens with: how to sign in, then a query across the three subgraphs. */
export const EXAMPLE_OPERATIONS = `# Welcome to partner-graph.
#
# 1. Run "SignIn" (▶ ➜ SignIn). Every demo user's password is Partner-Graph-2026!
# 2. Copy the accessToken into the Headers tab below:  { "Authorization": "Bearer <accessToken>" }
# 3. Run "Dashboard": one request through identity → partners → customers.

mutation SignIn {
  signIn(email: "anna@contoso.it", password: "Partner-Graph-2026!") {
    accessToken
    expiresAt
  }
}

query Dashboard {
  me {
    displayName
    organization {
      companyName
      customers(first: 10) {
        totalCount
        edges { node { companyProfile { companyName } allowDelegatedAccess } }
      }
    }
  }
}
`;

/**
 * GraphiQL from npm assets inlined into the page: works offline, no CDN. Development only. The page's assets (about
 * 45 MiB once loaded) are imported on the first request for it, so a gateway that never shows GraphiQL (production)
 * never holds them (issue 16: idle memory).
 */
export const graphiqlOptions = {
  graphiql: {
    title: 'partner-graph',
    defaultQuery: EXAMPLE_OPERATIONS,
    // Empty until the user pastes a token: a placeholder would be rejected as an invalid token.
    headers: '',
  },
  renderGraphiQL: async (options: Parameters<typeof renderGraphiQL>[0]) =>
    (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(options),
};
