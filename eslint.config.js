// The layering in ../shared/DESIGN.md as lint rules, each with the reason in its message:
// entrypoints -> components, services -> domain; services -> db, platform -> domain; nothing imports an entrypoint.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const outside = (what, why) => ({ group: what, message: why });

const noEntrypoints = outside(['**/entrypoints/**'], 'Entrypoints only wire things up; nothing imports them.');
const noBrowserLibs = outside(
  ['idb', 'idb/*', 'wxt', 'wxt/*', 'webextension-polyfill', '@wxt-dev/*', '#imports'],
  'lib/domain is pure: no browser API and no idb, so it is tested fast in Node.',
);
const noUi = outside(['preact', 'preact/*', '**/components/**'], 'Only pages and components render UI.');
const noDb = outside(
  ['**/db/**', '**/lib/db', 'idb', 'idb/*'],
  'Components and platform code do no storage I/O: data comes in through props or arguments.',
);
const noServices = outside(
  ['**/services/**'],
  'Services are called from entrypoints (pages, background), not from below them.',
);
const noPlatform = outside(
  ['**/platform/**', 'wxt/browser', 'webextension-polyfill'],
  'Browser APIs are reached only through lib/platform, called by services and entrypoints.',
);

const restrict = (...patterns) => ['error', { patterns }];

// Entrypoints only wire: a page renders a component with what a service gives it; the background hands its events
// to a service. So they import components and lib/services, plus their own folder, the new tab's and popup's shared
// slots (entrypoints/today-slots), style sheets, Preact (to render) and wxt's define* helpers; nothing else: no
// lib/domain, lib/db or lib/platform (those are reached through a service).
const onlyWiring = {
  regex: '^(?!(\\./|\\.\\./today-slots/|(\\.\\./)+(components|lib/services)/|preact(/|$)|wxt/utils/define-|.*\\.css$))',
  message:
    "Entrypoints only wire: import components and lib/services (plus the entrypoint's own folder, today-slots, CSS, Preact and wxt/utils/define-*). Put logic, copy and browser or database access in a component or a service.",
};

const noRawCode = [
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No raw HTML: data must never become markup. Build nodes instead.',
  },
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No raw HTML: data must never become markup.',
  },
  { selector: "CallExpression[callee.name='eval']", message: 'No eval: the extension runs no generated code.' },
];
// lib/db is the storage boundary: only it names a store or the settings key. Everything above it goes through the
// repositories of lib/db/transaction.ts (or a read in lib/db), so that a write records what it wrote.
const storageInside =
  'Storage goes through lib/db: use writeTransaction/readTransaction and a repository (lib/db/transaction.ts) or a read in lib/db, so every write records the stores it wrote.';
const noRawStorage = [
  { selector: 'CallExpression[callee.property.name=/^(objectStore|transaction)$/]', message: storageInside },
  {
    selector:
      "MemberExpression[object.property.name='db'][property.name=/^(get|getAll|getAllFromIndex|getKey|put|add|delete|clear|count)$/]",
    message: storageInside,
  },
];
const noStoreKeys = {
  group: ['**/db/schema'],
  importNames: ['SETTINGS_KEY', 'APP_STATE_KEY', 'DATA_STORES'],
  message: storageInside,
};

export default tseslint.config(
  // Every build folder (.output, and each .output-<name> of a parallel build) is generated code.
  { ignores: ['.output*/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', ...noRawCode],
    },
  },
  {
    files: ['lib/domain/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(
        noBrowserLibs,
        noUi,
        noDb,
        noServices,
        noPlatform,
        noEntrypoints,
      ),
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'lib/domain is pure: no browser API.' },
        { name: 'browser', message: 'lib/domain is pure: no browser API.' },
        { name: 'indexedDB', message: 'lib/domain is pure: no storage.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Time is an argument in lib/domain (pass `now`).',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Time is an argument in lib/domain (pass `now`).',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'Randomness is an argument in lib/domain.',
        },
      ],
    },
  },
  {
    files: ['components/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(noDb, noServices, noPlatform, noEntrypoints) },
  },
  {
    files: ['entrypoints/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(onlyWiring) },
  },
  {
    files: ['lib/services/**', 'lib/platform/**', 'components/**', 'entrypoints/**'],
    rules: { 'no-restricted-syntax': ['error', ...noRawCode, ...noRawStorage] },
  },
  {
    files: ['lib/db/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(noUi, noServices, noPlatform, noEntrypoints) },
  },
  {
    files: ['lib/platform/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': restrict(noUi, noServices, noEntrypoints, {
        ...outside(['**/db/**', 'idb'], 'Platform adapters take plain data; storage belongs to services.'),
        allowTypeImports: true,
      }),
    },
  },
  {
    files: ['lib/services/**'],
    rules: { '@typescript-eslint/no-restricted-imports': restrict(noUi, noEntrypoints, noStoreKeys) },
  },
  { files: ['tests/**', 'scripts/**'], rules: { '@typescript-eslint/no-non-null-assertion': 'off' } },
);
