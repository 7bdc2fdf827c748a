import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/**
 * House naming conventions (issue #8), each its own rule so each can list the files not converted yet.
 * Every rule reports the nodes an esquery selector matches, like `no-restricted-syntax`.
 */
const selectorRule = (message, ...selectors) => ({
  meta: { type: 'suggestion', docs: { description: message }, schema: [] },
  create: (context) =>
    Object.fromEntries(selectors.map((selector) => [selector, (node) => context.report({ node, message })])),
});
const MEMBER =
  ':matches(PropertyDefinition, MethodDefinition, AccessorProperty, TSAbstractPropertyDefinition, TSAbstractMethodDefinition, TSAbstractAccessorProperty)';
const DETAIL_MAP =
  "TSInterfaceDeclaration[id.name='TkEventDetailMap'] > TSInterfaceBody > TSPropertySignature > TSTypeAnnotation";
const naming = {
  rules: {
    'private-hash': selectorRule(
      'Use an ES private member (#name) instead of TypeScript `private`; `private` is only for members a decorator needs (@state, @query).',
      `${MEMBER}[accessibility='private'][kind!='constructor']:not([decorators.length>0])`,
      "TSParameterProperty[accessibility='private']",
    ),
    'handler-names': selectorRule(
      'Name event handlers #on<Thing><Event> (e.g. #onHeaderKeydown): no handleX or _x members.',
      `${MEMBER}[key.name=/^(handle[A-Z]|_)/]`,
    ),
    'event-detail-names': selectorRule(
      'Every event of TkEventDetailMap has a detail type of its own named Tk…Detail (e.g. TkMenuSelectDetail).',
      `${DETAIL_MAP} > :not(TSTypeReference)`,
      `${DETAIL_MAP} > TSTypeReference > :not(Identifier[name=/^Tk[A-Z]\\w*Detail$/]):not(TSTypeParameterInstantiation)`,
    ),
    'derived-event-map': selectorRule(
      'Declare events in TkEventDetailMap only: GlobalEventHandlersEventMap is derived from it in src/base/tk-element.ts.',
      "TSInterfaceDeclaration[id.name='GlobalEventHandlersEventMap']",
    ),
  },
};

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
  {
    // Naming conventions (issue #8). Each `ignores` lists the files that still break the rule.
    files: ['src/**/*.ts'],
    plugins: { naming },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'naming/private-hash': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'naming/handler-names': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    rules: { 'naming/event-detail-names': 'error' },
  },
  {
    files: ['src/**/*.ts'],
    ignores: [
      'src/base/tk-element.ts', // derives GlobalEventHandlersEventMap from TkEventDetailMap
    ],
    rules: { 'naming/derived-event-map': 'error' },
  },
  {
    // Safari has no idle callbacks: `whenIdle` (base/idle.ts) falls back to a timer.
    files: ['src/**/*.ts'],
    ignores: ['src/base/idle.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'requestIdleCallback', message: 'Safari has none: use whenIdle from base/idle.ts.' },
        { name: 'cancelIdleCallback', message: 'Use the cancel function whenIdle returns.' },
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
