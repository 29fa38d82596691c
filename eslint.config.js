import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', '.data/', '.scratch/', 'coverage/', 'test-results/', 'subgraphs/*/generated/', 'examples/dashboard/src/gql/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // One typed configuration (issue 15): only platform/config.ts reads the environment; the composition root passes
    // it down, and the launcher hands its own environment to the services it starts.
    files: ['gateway/**/*.ts', 'subgraphs/**/*.ts', 'platform/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['platform/config.ts', 'scripts/start.ts'],
    rules: {
      'no-restricted-properties': ['error', {
        object: 'process', property: 'env', message: 'Read settings from the PlatformConfig that platform/config.ts parses (loadConfig).',
      }],
      'no-restricted-imports': ['error', { paths: ['node:process', 'process'].map((name) => ({
        name, importNames: ['env', 'default'], message: 'Read settings from the PlatformConfig that platform/config.ts parses (loadConfig).',
      })) }],
    },
  },
  {
    files: ['examples/dashboard/src/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.jest } },
  },
);
