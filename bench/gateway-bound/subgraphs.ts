import http from 'node:http';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { execute, parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import { exitOnSignals } from '../exit-on-signals.js';
import { IN_STOCK, PRODUCTS, REVIEWS, USERS, type Review } from './data.js';

/**
 * Benchmark only: the four subgraphs of The Guild's graphql-gateways-benchmark (accounts, inventory, products,
 * reviews; subgraphs/*.rs there) in one process, in memory, built with @apollo/subgraph and served by `node:http`
 * at `/<name>` like theirs (POST, GraphQL over HTTP; `/readyz` and `/health` answer 200). Cheap on purpose: the
 * gateway in front of them is what `npm run bench:gateways` measures. Their SDL is what the Rust subgraphs
 * declare (Federation 1 style), composed in bench/gateway-bound/supergraph.graphql. Environment: SUBGRAPHS_PORT.
 */
const gql = (sdl: string) => parse(sdl);

const accounts = buildSubgraphSchema({
  typeDefs: gql(`
    extend type Query { me: User user(id: ID!): User users: [User] }
    type User @key(fields: "id") { id: ID! name: String username: String birthday: Int }
  `),
  resolvers: {
    Query: {
      me: () => USERS[0],
      user: (_: unknown, args: { id: string }) => USERS.find((user) => user.id === args.id) ?? null,
      users: () => USERS,
    },
    User: { __resolveReference: (ref: { id: string }) => USERS.find((user) => user.id === ref.id) },
  },
});

interface InventoryProduct { upc: string; inStock: boolean; price?: number; weight?: number }

const inventory = buildSubgraphSchema({
  typeDefs: gql(`
    extend type Product @key(fields: "upc") {
      upc: String! @external
      weight: Int @external
      price: Int @external
      inStock: Boolean
      shippingEstimate: Int @requires(fields: "price weight")
    }
  `),
  resolvers: {
    Product: {
      // As inventory.rs: the entity is its own row, without the price and weight the gateway sends
      // (so shippingEstimate is null, as in the Guild's expected answer).
      __resolveReference: (ref: { upc: string }): InventoryProduct => ({ upc: ref.upc, inStock: IN_STOCK[ref.upc] }),
      shippingEstimate(product: InventoryProduct) {
        if (product.price === undefined) return null;
        if (product.price > 1000) return 0;
        return product.weight === undefined ? null : Math.trunc(product.weight / 2);
      },
    },
  },
});

const products = buildSubgraphSchema({
  typeDefs: gql(`
    extend type Query { topProducts(first: Int = 5): [Product] }
    type Product @key(fields: "upc") { upc: String! name: String price: Int weight: Int }
  `),
  resolvers: {
    Query: { topProducts: (_: unknown, args: { first: number }) => PRODUCTS.slice(0, args.first) },
    Product: { __resolveReference: (ref: { upc: string }) => PRODUCTS.find((product) => product.upc === ref.upc) },
  },
});

// reviews.rs: every author is user 1 ("urigo") with the first two reviews, whoever wrote the review.
const authorReviews = REVIEWS.slice(0, 2);
const reviews = buildSubgraphSchema({
  typeDefs: gql(`
    type Review @key(fields: "id") { id: ID! body: String product: Product author: User @provides(fields: "username") }
    extend type User @key(fields: "id") { id: ID! @external username: String @external reviews: [Review] }
    extend type Product @key(fields: "upc") { upc: String! @external reviews: [Review] }
  `),
  resolvers: {
    Review: {
      __resolveReference: (ref: { id: string }) => REVIEWS.find((review) => review.id === ref.id),
      product: (review: Review) => ({ upc: review.upc }),
      author: () => ({ id: '1', username: 'urigo', reviews: authorReviews }),
    },
    User: { __resolveReference: (ref: { id: string }) => ({ id: ref.id, username: 'user', reviews: authorReviews }) },
    Product: {
      __resolveReference: (ref: { upc: string }) => ({ upc: ref.upc }),
      reviews: (product: { upc: string }) => REVIEWS.filter((review) => review.upc === product.upc),
    },
  },
});

const SCHEMAS: Record<string, GraphQLSchema> = { '/accounts': accounts, '/inventory': inventory, '/products': products, '/reviews': reviews };

// A gateway sends few distinct documents: each is parsed and validated once per subgraph.
const documents = new Map<string, DocumentNode>();
function documentOf(path: string, schema: GraphQLSchema, query: string): DocumentNode {
  const key = `${path}\n${query}`;
  let document = documents.get(key);
  if (!document) {
    document = parse(query);
    const errors = validate(schema, document);
    if (errors.length) throw new Error(errors.map((error) => error.message).join('; '));
    if (documents.size < 1000) documents.set(key, document);
  }
  return document;
}

async function answer(path: string, schema: GraphQLSchema, request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
    query: string; variables?: Record<string, unknown>; operationName?: string;
  };
  try {
    const result = await execute({
      schema, document: documentOf(path, schema, body.query), variableValues: body.variables, operationName: body.operationName,
    });
    return JSON.stringify(result);
  } catch (error) {
    return JSON.stringify({ errors: [{ message: (error as Error).message }] });
  }
}

const server = http.createServer((request, response) => {
  const path = (request.url ?? '/').split('?')[0];
  const schema = SCHEMAS[path];
  if (!schema || request.method !== 'POST') {
    const known = path === '/readyz' || path === '/health';
    response.writeHead(known ? 200 : 404, { 'content-type': 'text/plain' });
    response.end(known ? 'OK' : 'not found');
    return;
  }
  answer(path, schema, request).then((text) => {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(text);
  }, (error: unknown) => {
    response.writeHead(400, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
  });
});
server.listen(Number(process.env.SUBGRAPHS_PORT ?? 4200), '127.0.0.1');

exitOnSignals(server);
