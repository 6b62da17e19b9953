// Lints the plugin's own code: typescript-eslint, eslint-plugin-eslint-plugin,
// and this plugin's own `strict` config (built to dist/ first: `npm run build`).
import js from '@eslint/js';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import tseslint from 'typescript-eslint';

import concurrency from './dist/index.js';

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'tests/fixtures/', 'examples/', 'bench/.corpus/', 'bench/out/', 'tmp-gen/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.rules,
    rules: {
      ...eslintPlugin.configs.rules.rules,
      // RuleCreator adds `meta.docs.url` at run time, where this rule cannot see it;
      // tests/meta/plugin.test.ts checks every rule's URL instead.
      'eslint-plugin/require-meta-docs-url': 'off',
      // typescript-eslint's RuleMetaData has no `languages`; the rules are for JS/TS only.
      'eslint-plugin/require-meta-languages': 'off',
      // `recommended` names the config ('recommended' | 'strict'), as in typescript-eslint.
      'eslint-plugin/require-meta-docs-recommended': ['error', { allowNonBoolean: true }],
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/no-deprecated-context-methods': 'error',
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce) ' }],
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs.tests,
    rules: {
      ...eslintPlugin.configs.tests.rules,
      'eslint-plugin/require-test-error-positions': 'off',
    },
  },
  {
    ...concurrency.configs.strict,
    files: ['src/**/*.ts', 'bench/**/*.{js,ts}'],
  },
  {
    files: ['bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['bench/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', require: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
