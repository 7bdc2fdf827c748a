import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'coverage/', 'server/data/'],
  },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-eval': 'error',
      'no-implied-eval': 'off',
      '@typescript-eslint/no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    settings: { wc: { elementBaseClasses: ['LitElement', 'TkElement'] } },
  },
  {
    // Tests poke at results loosely typed on purpose (unknown JSON from storage, chai chains).
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Scripts that drive Chromium pass functions to page.evaluate, which run in the page.
    files: ['scripts/*.mjs', 'bench/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', '**/base/*', '**/components/*'],
              message: 'src/core is DOM-free and imports nothing above it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/base/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/components/*'], message: 'src/base never imports components (components -> base -> core).' },
          ],
        },
      ],
    },
  },
  // Example apps are type-checked by their own tsc, vue-tsc and svelte-check (examples/run.mjs).
  { ignores: ['examples/'] },
  {
    // The dashboard's word in code is "item" (issue #8); "widget" is a word only users read, so
    // strings, comments, and the keys of stored data and of `strings` may still say it.
    files: ['src/components/dashboard/**/*.ts', 'src/core/dashboard/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'Identifier[name=/[Ww]idget/]:not(MemberExpression > Identifier.property):not(Property > Identifier.key):not(TSPropertySignature > Identifier.key)',
          message:
            'The dashboard calls its widgets items in code: name it with "item" ("widget" is for strings users read).',
        },
      ],
    },
  },
);
