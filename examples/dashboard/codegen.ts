import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The dashboard's typed operations (GraphQL Code Generator client preset) and its persisted-documents manifest
 * `{ sha256 hash: document }`, which scripts/trusted-documents.ts files under trusted-documents/.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: 'schema/supergraph.graphql',
  documents: ['examples/dashboard/src/**/*.graphql'],
  generates: {
    'examples/dashboard/src/gql/': {
      preset: 'client',
      presetConfig: { persistedDocuments: { mode: 'embedHashInDocument', hashAlgorithm: 'sha256' }, fragmentMasking: false },
      config: { enumsAsTypes: true, scalars: { DateTime: 'string' }, useTypeImports: true },
    },
  },
};

export default config;
