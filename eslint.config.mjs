import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

/**
 * Lint for every source file: TypeScript rules on .ts/.tsx/.mjs, Astro's own
 * rules on .astro files, and accessibility rules on the Preact islands (.tsx)
 * and on the markup of .astro files. Formatting is Prettier's job (see
 * .prettierrc.json); nothing here checks style.
 */
export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-base/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      'public/pagefind/',
      '.wrangler/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-recommended'],
  {
    // eslint-plugin-astro's a11y config registers the jsx-a11y plugin; this turns its rules on for the islands too.
    files: ['**/*.tsx'],
    rules: jsxA11y.flatConfigs.recommended.rules,
    settings: {
      // Preact's JSX uses `class` and `for`, and the islands' inputs carry their labels by id.
      'jsx-a11y': { attributes: { for: ['for', 'htmlFor'] } },
    },
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Command-line scripts and build checks report to the terminal.
    files: ['scripts/**', 'tests/**', 'src/integrations/**', 'astro.config.mjs'],
    rules: { 'no-console': 'off' },
  },
);
